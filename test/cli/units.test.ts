/**
 * The pure parts of the command line, in-process: argument parsing, settings files, the report
 * built from a hand-filled corpus (independent of the extractors), and each formatter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleAnalysis, ClaimLink, NumericClaim } from '../../server/src/analysis/types';
import { parseArgs } from '../../server/src/cli/args';
import { settingsFromConfig } from '../../server/src/cli/config';
import { formatActors } from '../../server/src/cli/format/actors';
import { formatClaims } from '../../server/src/cli/format/claims';
import { formatSarif } from '../../server/src/cli/format/sarif';
import { renderTable } from '../../server/src/cli/format/table';
import { formatFindings, summaryLine } from '../../server/src/cli/format/text';
import { Progress } from '../../server/src/cli/progress';
import { buildReport, failsAt } from '../../server/src/cli/report';
import { Corpus } from '../../server/src/corpus/corpus';
import { ReviewSet } from '../../server/src/corpus/reviews';
import { parseStructure } from '../../server/src/analysis/structure';
import { defaultSettings } from '../../server/src/settings';
import { dedent } from '../support/fixture';
import { validateReport, validateSarif } from './helpers';

test('parseArgs: commands, paths, options in both spellings, defaults', () => {
  assert.deepEqual(parseArgs([]), { kind: 'run', options: { command: 'check', paths: ['.'], format: 'text', output: undefined, config: undefined, failOn: 'warning', quiet: false } });
  const r = parseArgs(['check', 'a', '--format=json', '-o', 'out.json', 'b', '--fail-on', 'error', '-q', '-c', 'cfg.json']);
  assert.deepEqual(r, { kind: 'run', options: { command: 'check', paths: ['a', 'b'], format: 'json', output: 'out.json', config: 'cfg.json', failOn: 'error', quiet: true } });
  assert.deepEqual(parseArgs(['--', '-odd-name.txt']), { kind: 'run', options: { command: 'check', paths: ['-odd-name.txt'], format: 'text', output: undefined, config: undefined, failOn: 'warning', quiet: false } });
  assert.deepEqual(parseArgs(['claims', '-h']), { kind: 'help', command: 'claims' });
  assert.deepEqual(parseArgs(['help', 'check']), { kind: 'help', command: 'check' });
  assert.deepEqual(parseArgs(['-V']), { kind: 'version' });
  assert.equal(parseArgs(['check', '--format']).kind, 'error');
  assert.equal(parseArgs(['check', '--format', '--quiet']).kind, 'error');
  assert.equal(parseArgs(['claims', '--fail-on', 'error']).kind, 'error');
});

test('settingsFromConfig: nested, dotted and prefixed keys; unknown keys and invalid values reported', () => {
  const nested = settingsFromConfig({ conflicts: { severity: 'error', showAgreements: true } });
  assert.equal(nested.settings.conflicts.severity, 'error');
  assert.equal(nested.settings.conflicts.showAgreements, true);
  assert.deepEqual(nested.problems, []);
  const dotted = settingsFromConfig({ 'crosscheck.conflicts.severity': 'hint', 'conflicts.minConfidence': 0.8, crosscheck: { maxFileSize: 500 } });
  assert.equal(dotted.settings.conflicts.severity, 'hint');
  assert.equal(dotted.settings.conflicts.minConfidence, 0.8);
  assert.equal(dotted.settings.maxFileSize, 500);
  assert.deepEqual(dotted.problems, []);
  const bad = settingsFromConfig({ conflicts: { severity: 'fatal', showAgreements: 'yes' }, include: '*.txt', colour: 1 }, 'cfg.json');
  assert.deepEqual(bad.settings, { ...defaultSettings, conflicts: { ...defaultSettings.conflicts }, trace: { ...defaultSettings.trace } });
  assert.deepEqual(bad.problems.sort(), [
    'cfg.json: crosscheck.conflicts.severity: invalid value "fatal"; using "warning" (expected one of "error", "warning", "information", "hint")',
    'cfg.json: crosscheck.conflicts.showAgreements: invalid value "yes"; using false (expected true or false)',
    'cfg.json: crosscheck.include: invalid value "*.txt"; using the default patterns (expected a list of glob patterns such as ["**/*.txt"])',
    'cfg.json: unknown setting "crosscheck.colour" is ignored',
  ]);
  assert.match(settingsFromConfig([1, 2]).problems[0], /expected a JSON object/);
});

// ---------------------------------------------------------------------------------------------
// A corpus filled by hand, so the formatters are tested whatever the extractors return today.
// ---------------------------------------------------------------------------------------------

const ARTICLE_A = dedent(`
  - Source: www.velmoraherald.example
  Dam Collapse Floods the Valley

  More than 40 people were killed when the dam failed on Tuesday, provincial officials said, and about 1,200 residents were evacuated from the villages along the river before dawn. Governor Marisol Teveri called it the worst night the province had known in living memory.
`);
const ARTICLE_B = dedent(`
  - Source: www.taldriatoday.example
  Aging Dam Bursts in the Valley

  Up to 35 people died after the dam collapsed early on Tuesday, the national disaster agency said, and rescuers were still searching the mud in the villages on Wednesday afternoon. Marisol Teveri, the provincial governor, visited the shelters in the evening.
`);

function claim(text: string, source: string, interval: NumericClaim['interval'], label: string): NumericClaim {
  const start = source.indexOf(text);
  return {
    text,
    span: { start, end: start + text.length },
    sentence: { start, end: start + 100 },
    qualifier: text.split(' ').slice(0, 2).join(' ').toLowerCase(),
    interval,
    value: 40,
    unit: { kind: 'count', noun: 'person' },
    measure: { label, words: ['person', 'death'] },
    scope: { places: ['velmora province'], time: 'on Tuesday' },
    attribution: 'officials',
    counted: { events: ['death'], classes: ['person'], nationalities: [], words: [] },
    facets: [],
    time: { kind: 'unresolved', text: 'on Tuesday', weekday: 2 },
    modality: 'fact',
  };
}

function analysis(text: string, claims: NumericClaim[], governor: string, role?: string): ArticleAnalysis {
  const at = text.indexOf(governor);
  const span = { start: at, end: at + governor.length };
  return {
    structure: parseStructure(text),
    actors: [
      {
        key: 'marisol teveri',
        name: 'Marisol Teveri',
        kind: 'person',
        aliases: ['Teveri'],
        mentions: [{ span, text: 'Marisol Teveri', sentence: span }],
        roles: role ? [{ text: role, span: { start: span.end + 2, end: span.end + 2 + role.length }, mention: span }] : [],
        relations: [],
        statements: [],
      },
    ],
    claims,
    problems: [],
  };
}

/** A corpus whose links are given (the matcher is not under test here). */
class LinkedCorpus extends Corpus {
  constructor(private readonly given: ClaimLink[]) {
    super();
  }
  override get links(): ClaimLink[] {
    return this.given;
  }
  override linksOf(ref: { article: string; index: number }): ClaimLink[] {
    return this.given
      .filter((l) => (l.a.article === ref.article && l.a.index === ref.index) || (l.b.article === ref.article && l.b.index === ref.index))
      .map((l) => (l.a.article === ref.article && l.a.index === ref.index ? l : { ...l, a: l.b, b: l.a }));
  }
}

function handReport(reviews = new ReviewSet()) {
  const link: ClaimLink = { a: { article: '/w/a.txt', index: 0 }, b: { article: '/w/b.txt', index: 0 }, relation: 'conflict', confidence: 0.9, reasons: ['same measure: people killed'], rules: ['evidence.measure-overlap'] };
  const corpus = new LinkedCorpus([link]);
  corpus.set('/w/a.txt', 'a.txt', 0, ARTICLE_A, analysis(ARTICLE_A, [claim('More than 40', ARTICLE_A, { low: 40, high: null, lowInclusive: false, highInclusive: false }, 'people killed')], 'Marisol Teveri'));
  corpus.set('/w/b.txt', 'b.txt', 0, ARTICLE_B, analysis(ARTICLE_B, [claim('Up to 35', ARTICLE_B, { low: null, high: 35, lowInclusive: false, highInclusive: true }, 'people killed')], 'Marisol Teveri', 'the provincial governor'));
  return buildReport({ corpus, ids: ['/w/a.txt', '/w/b.txt'], errors: [], notes: [], settings: defaultSettings, reviews }, 'check', '9.9.9');
}

test('buildReport: files, actors, claims, links and diagnostics with 0-based ranges; valid against the schema', () => {
  const report = handReport();
  assert.deepEqual(validateReport(report), []);
  assert.deepEqual(report.files.map((f) => [f.path, f.isArticle, f.title, f.source]), [
    ['a.txt', true, 'Dam Collapse Floods the Valley', 'velmoraherald.example'],
    ['b.txt', true, 'Aging Dam Bursts in the Valley', 'taldriatoday.example'],
  ]);
  assert.deepEqual(report.actors.map((a) => [a.name, a.kind, a.articles, a.roles.map((r) => [r.text, r.location.file])]), [
    ['Marisol Teveri', 'person', ['a.txt', 'b.txt'], [['the provincial governor', 'b.txt']]],
  ]);
  assert.deepEqual(report.claims.map((c) => [c.file, c.index, c.text, c.reading, c.location.range.start]), [
    ['a.txt', 0, 'More than 40', '> 40 people', { line: 3, character: 0 }],
    ['b.txt', 0, 'Up to 35', '≤ 35 people', { line: 3, character: 0 }],
  ]);
  assert.deepEqual(report.diagnostics.map((d) => [d.file, d.range, d.code, d.related.map((r) => r.file)]), [
    ['a.txt', { start: { line: 3, character: 0 }, end: { line: 3, character: 12 } }, 'numeric-conflict', ['b.txt']],
    ['b.txt', { start: { line: 3, character: 0 }, end: { line: 3, character: 8 } }, 'numeric-conflict', ['a.txt']],
  ]);
  assert.equal(report.summary.conflicts, 1);
  assert.equal(failsAt(report, 'warning'), true);
  assert.equal(failsAt(report, 'error'), false);
  assert.equal(failsAt(report, 'none'), false);
});

test('text: one clickable line per finding, the related figure indented below, a summary', () => {
  const report = handReport();
  assert.equal(
    formatFindings(report),
    [
      'a.txt:4:1: warning numeric-conflict: Conflicts with b.txt: "Up to 35" (people killed, officials) vs here "More than 40" (people killed, officials) (90% sure — rules: evidence.measure-overlap)',
      '  b.txt:4:1: related: "Up to 35" (people killed, officials) — same measure: people killed',
      'b.txt:4:1: warning numeric-conflict: Conflicts with a.txt: "More than 40" (people killed, officials) vs here "Up to 35" (people killed, officials) (90% sure — rules: evidence.measure-overlap)',
      '  a.txt:4:1: related: "More than 40" (people killed, officials) — same measure: people killed',
      '',
    ].join('\n'),
  );
  assert.equal(summaryLine(report), '2 articles, 1 actor, 2 claims: 2 warnings (1 conflict)');
});

test('reviewed pairs are left out of the diagnostics and counted in the summary', () => {
  const reviews = new ReviewSet([{ a: { file: 'b.txt', text: 'Up to 35' }, b: { file: 'a.txt', text: 'More than 40' } }]);
  const report = handReport(reviews);
  assert.deepEqual(report.diagnostics, []);
  assert.equal(report.links[0].reviewed, true);
  assert.equal(summaryLine(report), '2 articles, 1 actor, 2 claims: no findings; 1 conflict left out as reviewed');
});

test('actors and claims as text', () => {
  const report = handReport();
  assert.equal(
    formatActors(report),
    [
      'NAME            KIND    MENTIONS  ROLES                    ARTICLES',
      'Marisol Teveri  person         2  the provincial governor  a.txt',
      '  aka Teveri                                               b.txt',
      '',
      '1 actor in 2 articles',
      '',
    ].join('\n'),
  );
  const claims = formatClaims(report);
  assert.match(claims, /^a\.txt \(velmoraherald\.example\)\n {2}4:1 {5}"More than 40" {2}> 40 people {2}\(more than\)\n {10}measure: people killed · scope: velmora province; on Tuesday · according to: officials\n {10}conflicts with b\.txt:4:1 "Up to 35" \(≤ 35 people\)\n/);
  assert.match(claims, /\n2 claims in 2 articles: 1 conflict, 0 agreements, 0 with a different scope\n$/);
});

test('sarif: valid SARIF 2.1.0 with rules, relative locations and related locations', () => {
  const report = handReport();
  const log = formatSarif(report, { cwd: '/w', conflictSeverity: 'error', informationUri: 'https://example.org/crosscheck', helpUri: 'https://example.org/crosscheck/docs' });
  assert.deepEqual(validateSarif(log), []);
  const run = log.runs[0];
  assert.equal(run.tool.driver.rules.find((r) => r.id === 'numeric-conflict')?.defaultConfiguration.level, 'error');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///w/');
  assert.deepEqual(run.results[0].locations[0].physicalLocation, { artifactLocation: { uri: 'a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 13 } });
  assert.equal(run.results[0].relatedLocations?.[0].physicalLocation.artifactLocation.uri, 'b.txt');
  // Fingerprints depend on the figures as written, not on where they stand.
  const moved = formatSarif({ ...report, diagnostics: report.diagnostics.map((d) => ({ ...d, range: { start: { line: 9, character: 3 }, end: { line: 9, character: 9 } } })) }, { cwd: '/w', conflictSeverity: 'warning', informationUri: 'https://e.org', helpUri: 'https://e.org' });
  assert.deepEqual(moved.runs[0].results.map((r) => r.partialFingerprints), run.results.map((r) => r.partialFingerprints));
});

test('renderTable: multi-line cells, right-aligned numbers, long lines cut', () => {
  assert.equal(
    renderTable([{ title: 'A' }, { title: 'N', align: 'right' }, { title: 'LONG', max: 6 }], [
      [['x', 'y'], '7', 'abcdefghij'],
      ['zz', '12', ['k', 'l']],
    ]),
    ['A    N  LONG', 'x    7  abcde…', 'y', 'zz  12  k', '        l', ''].join('\n'),
  );
});

test('progress: only on a terminal, only after the delay, erased at the end', () => {
  const writes: string[] = [];
  let now = 0;
  const p = new Progress({ isTTY: true, write: (t) => writes.push(t) }, true, 1000, () => now);
  p.update(1, 10);
  assert.deepEqual(writes, [], 'nothing in the first second');
  now = 1500;
  p.update(2, 10);
  assert.deepEqual(writes, ['\rcrosscheck: analysing 2/10 files (20%)\x1b[K']);
  now = 1550;
  p.update(3, 10);
  assert.equal(writes.length, 1, 'redraws are throttled');
  p.end();
  assert.equal(writes[writes.length - 1], '\r\x1b[K');

  const piped: string[] = [];
  const q = new Progress({ isTTY: false, write: (t) => piped.push(t) }, true, 0, () => (now += 5000));
  q.update(1, 2);
  q.end();
  assert.deepEqual(piped, []);
});
