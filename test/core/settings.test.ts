import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleFilter } from '../../server/src/corpus/articleFilter';
import { defaultSettings, readSettings, unflatten } from '../../server/src/settings';

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
    'crosscheck.include: invalid value "x"; using ["**/*.txt","**/*.article"]',
    'crosscheck.maxFileSize: invalid value -3; using 1000000',
    'crosscheck.conflicts.severity: invalid value "loud"; using "warning"',
    'crosscheck.conflicts.minConfidence: invalid value 2; using 0.5',
  ]);
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
