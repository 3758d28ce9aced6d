import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleFilter } from '../../server/src/corpus/articleFilter';
import { defaultSettings, readSettings, unflatten, unknownSettings } from '../../server/src/settings';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('package.json declares every setting with the same default as the shared settings shape', () => {
  const declared = manifest.contributes.configuration.properties as Record<string, { default: unknown }>;
  const flat: Record<string, unknown> = {};
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else flat[`crosscheck.${prefix}${k}`] = v;
    }
  };
  walk(defaultSettings as unknown as Record<string, unknown>, '');
  assert.deepEqual(Object.keys(declared).sort(), Object.keys(flat).sort());
  for (const [key, value] of Object.entries(flat)) assert.deepEqual(declared[key].default, value, key);
});

test('invalid settings fall back to defaults, each with a message', () => {
  const { settings, problems } = readSettings({ maxFileSize: -3, conflicts: { severity: 'loud', minConfidence: 2 }, include: 'x' });
  assert.equal(settings.maxFileSize, defaultSettings.maxFileSize);
  assert.equal(settings.conflicts.severity, 'warning');
  assert.equal(settings.conflicts.minConfidence, 0.5);
  assert.deepEqual(settings.include, defaultSettings.include);
  assert.deepEqual(problems, [
    'crosscheck.include: invalid value "x"; using the default patterns (expected a list of glob patterns such as ["**/*.txt"])',
    'crosscheck.maxFileSize: invalid value -3; using 1000000 (expected a whole number of characters from 1 to 1000000000)',
    'crosscheck.conflicts.severity: invalid value "loud"; using "warning" (expected one of "error", "warning", "information", "hint")',
    'crosscheck.conflicts.minConfidence: invalid value 2; using 0.5 (expected a number from 0 to 1)',
  ]);
});

test('every kind of bad value is named with what was given and what is expected; unknown keys are listed', () => {
  const { settings, problems } = readSettings({
    include: ['/etc/**', '../outside/*.txt', '', 'news/**/*.txt'],
    exclude: [3],
    maxFileSize: 1.5,
    conflicts: { showAgreements: 'yes', showDifferentScope: 1, roundTolerance: -1 },
    trace: { server: 'everything' },
  });
  assert.deepEqual(settings.include, ['news/**/*.txt'], 'the good pattern is kept');
  assert.deepEqual(settings.exclude, defaultSettings.exclude);
  assert.equal(settings.maxFileSize, defaultSettings.maxFileSize);
  assert.equal(settings.conflicts.showAgreements, false);
  assert.equal(settings.trace.server, 'off');
  assert.deepEqual(problems, [
    'crosscheck.include: the pattern "/etc/**" is ignored: an absolute path; patterns are relative to the workspace folder',
    'crosscheck.include: the pattern "../outside/*.txt" is ignored: it climbs out of the workspace folder with ".."',
    'crosscheck.include: the pattern "" is ignored: an empty pattern',
    'crosscheck.exclude: invalid value [3]; using the default patterns (expected a list of glob patterns such as ["**/*.txt"])',
    'crosscheck.maxFileSize: invalid value 1.5; using 1000000 (expected a whole number of characters from 1 to 1000000000)',
    'crosscheck.conflicts.showAgreements: invalid value "yes"; using false (expected true or false)',
    'crosscheck.conflicts.showDifferentScope: invalid value 1; using false (expected true or false)',
    'crosscheck.conflicts.roundTolerance: invalid value -1; using 0 (expected a number from 0 to 1)',
    'crosscheck.trace.server: invalid value "everything"; using "off" (expected one of "off", "messages", "verbose")',
  ]);
  assert.deepEqual(readSettings({ include: ['/abs/**'] }).settings.include, defaultSettings.include, 'no usable include pattern: the defaults');
  assert.deepEqual(unknownSettings({ maxFilesize: 3, include: [], conflicts: { severty: 'error' }, trace: { server: 'off', level: 1 } }), ['maxFilesize', 'conflicts.severty', 'trace.level']);
  const pins = readSettings({ stories: { pin: ['flood', '../elsewhere', 'C:/abs'] } });
  assert.deepEqual(pins.settings.stories.pin, ['flood']);
  assert.deepEqual(pins.problems, [
    'crosscheck.stories.pin: the folder "../elsewhere" is ignored: it climbs out of the workspace folder with ".."',
    'crosscheck.stories.pin: the folder "C:/abs" is ignored: an absolute path; patterns are relative to the workspace folder',
  ]);
  assert.deepEqual(readSettings({ maxFileSize: '1000' }).problems, ['crosscheck.maxFileSize: invalid value "1000"; using 1000000 (expected a whole number of characters from 1 to 1000000000)']);
});

test('dotted keys from crosscheck.json read like nested ones', () => {
  const { settings } = readSettings(unflatten({ 'conflicts.severity': 'error', 'conflicts.showAgreements': true }));
  assert.equal(settings.conflicts.severity, 'error');
  assert.equal(settings.conflicts.showAgreements, true);
});

test('the default include and exclude globs keep project files out', () => {
  const isArticle = articleFilter(defaultSettings.include, defaultSettings.exclude);
  for (const yes of ['story.txt', 'news/2025/raid.txt', 'feature.article', 'Notes On Raids.TXT']) assert.equal(isArticle(yes), true, yes);
  for (const no of ['LICENSE.txt', 'docs/README.txt', 'requirements.txt', 'node_modules/x/story.txt', 'robots.txt', 'data.csv', 'CMakeLists.txt', '.crosscheck/reviewed.json'])
    assert.equal(isArticle(no), false, no);
});
