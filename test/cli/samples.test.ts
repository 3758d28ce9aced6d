/**
 * The sample articles (samples/, two fictional events told by three outlets each) through the
 * command line: exactly the two conflicts they were written to contain, the agreements, and none
 * of the near-misses (same number for another measure, per month against per year, another
 * place, a running total on a later day) reported as conflicts. Also the actors and claims views.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report, ReportClaim } from '../../server/src/cli/report';
import { crosscheck, lineCol, samplesDir, show, validateReport, write, copyDir } from './helpers';

const HERALD = 'dam-velmora-herald.txt';
const TODAY = 'dam-taldria-today.txt';
const WIRE = 'dam-continental-wire.txt';
const CHRONICLE = 'hospital-marrowgate-chronicle.txt';
const HEALTHIT = 'hospital-health-it-daily.txt';
const BULLETIN = 'hospital-northern-bulletin.txt';

/** The figures the samples were written around: file and the words that start the figure. */
const FIGURES = {
  killedMoreThan40: [HERALD, 'More than 40'],
  diedUpTo35: [TODAY, 'Up to 35'],
  injured40: [TODAY, '40 people were injured'],
  korsaKilled12: [TODAY, '12 people'],
  tollBySunday61: [WIRE, '61'],
  evacuatedAbout1200: [HERALD, 'About 1,200'],
  evacueesMoreThan1100: [TODAY, 'More than 1,100'],
  evacuatedSome1200: [WIRE, 'Some 1,200'],
  earnedPerMonth: [HERALD, 'about $3 million'],
  earnedPerYear: [TODAY, 'roughly $36 million'],
  patientsMoreThan200k: [CHRONICLE, 'more than 200,000'],
  recordsAbout180k: [HEALTHIT, 'about 180,000'],
  eastbrookPatients: [HEALTHIT, '4,000'],
  ransomChronicle: [CHRONICLE, '$4.5 million'],
  ransomBulletin: [BULLETIN, '$4.5 million'],
  operationsMonday: [CHRONICLE, 'Up to 60'],
  operationsByThursday: [BULLETIN, 'more than 300'],
  contractors: [HEALTHIT, 'More than 60'],
  securityPerYear: [HEALTHIT, 'about $2 million'],
  securityPerMonth: [BULLETIN, 'roughly $170,000'],
} as const;

type FigureName = keyof typeof FIGURES;

function at(name: FigureName): string {
  const [file, needle] = FIGURES[name];
  return `${file}:${lineCol(join(samplesDir, file), needle)}`;
}

/** The claim of the report that starts where the figure's words start (or contains them). */
function claimOf(report: Report, name: FigureName): ReportClaim | undefined {
  const [file, needle] = FIGURES[name];
  const [line, col] = lineCol(join(samplesDir, file), needle).split(':').map(Number);
  return report.claims.find(
    (c) => c.file === file && c.location.range.start.line === line - 1 && c.location.range.start.character <= col - 1 && c.location.range.end.character > col - 1,
  );
}

function pairs(report: Report, relation: string): string[] {
  const where = (id: { file: string; index: number }) => {
    const c = report.claims.find((x) => x.file === id.file && x.index === id.index)!;
    return `${c.file}:${c.location.range.start.line + 1}:${c.location.range.start.character + 1}`;
  };
  return report.links
    .filter((l) => l.relation === relation)
    .map((l) => [where(l.a), where(l.b)].sort().join(' <> '))
    .sort();
}

function pair(x: FigureName, y: FigureName): string {
  return [at(x), at(y)].sort().join(' <> ');
}

let cached: Promise<Report> | undefined;
function samplesReport(): Promise<Report> {
  cached ??= crosscheck(['check', '--format', 'json', '--fail-on', 'none'], samplesDir).then((r) => {
    assert.equal(r.status, 0, show(r));
    return JSON.parse(r.stdout) as Report;
  });
  return cached;
}

test('check samples/: exactly two conflicts, each reported on both sides', async () => {
  const r = await crosscheck(['check', 'samples/']);
  const findings = r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.deepEqual(
    findings.map((l) => l.replace(/^(\S+:\d+:\d+): (\w+) ([\w.-]+): .*$/, '$1 $2 $3')),
    // Files in name order (dam-continental-wire, dam-taldria-today, dam-velmora-herald, hospital-…).
    [
      `samples/${at('diedUpTo35')} warning numeric-conflict`,
      `samples/${at('killedMoreThan40')} warning numeric-conflict`,
      `samples/${at('recordsAbout180k')} warning numeric-conflict`,
      `samples/${at('patientsMoreThan200k')} warning numeric-conflict`,
    ],
    show(r),
  );
  const related = r.stdout.split('\n').filter((l) => l.startsWith('  '));
  assert.deepEqual(
    related.map((l) => l.replace(/^ {2}(\S+:\d+:\d+): related: .*$/, '$1')),
    [`samples/${at('killedMoreThan40')}`, `samples/${at('diedUpTo35')}`, `samples/${at('patientsMoreThan200k')}`, `samples/${at('recordsAbout180k')}`],
    show(r),
  );
  assert.match(r.stdout, /\n6 articles, \d+ actors, \d+ claims: 4 warnings \(2 conflicts\)\n$/, show(r));
  assert.equal(r.status, 1, show(r));
  assert.equal(r.stderr, '', show(r));
});

test('samples: every planned figure is read, and the JSON validates against the schema', async () => {
  const report = await samplesReport();
  assert.deepEqual(validateReport(report), []);
  assert.equal(report.summary.articles, 6);
  assert.deepEqual(report.files.map((f) => f.source), [
    'continentalwire.example',
    'taldriatoday.example',
    'velmoraherald.example',
    'healthitdaily.example',
    'marrowgatechronicle.example',
    'northernbulletin.example',
  ]);
  const missing = (Object.keys(FIGURES) as FigureName[]).filter((name) => !claimOf(report, name));
  assert.deepEqual(missing, [], 'figures the samples state that were not read as claims');
});

test('samples: the conflicts are exactly the death toll and the stolen records', async () => {
  const report = await samplesReport();
  assert.deepEqual(pairs(report, 'conflict'), [pair('killedMoreThan40', 'diedUpTo35'), pair('patientsMoreThan200k', 'recordsAbout180k')].sort());
});

test('samples: figures that agree across outlets are linked as agreements once the threshold lets them through', async () => {
  // Undated articles that share no place with the same figure for the same event: on the real
  // development half such pairs are one measure at one moment less than half the time, so at the
  // default threshold (0.5) they are not shown; at 0.4 they are.
  assert.deepEqual(pairs(await samplesReport(), 'agree'), []);
  const dir = copyDir(samplesDir);
  write(join(dir, 'crosscheck.json'), JSON.stringify({ conflicts: { minConfidence: 0.4 } }));
  const r = await crosscheck(['check', '--format', 'json', '--fail-on', 'none'], dir);
  assert.equal(r.status, 0, show(r));
  const agreements = pairs(JSON.parse(r.stdout) as Report, 'agree');
  for (const [x, y] of [
    ['evacuatedAbout1200', 'evacuatedSome1200'],
    ['evacuatedAbout1200', 'evacueesMoreThan1100'],
    ['evacueesMoreThan1100', 'evacuatedSome1200'],
    ['ransomChronicle', 'ransomBulletin'],
  ] as [FigureName, FigureName][]) {
    assert.ok(agreements.includes(pair(x, y)), `${x} and ${y} should agree; agreements: ${agreements.join(', ')}`);
  }
});

test('samples: near-misses are never conflicts', async () => {
  const report = await samplesReport();
  const conflicting = new Set(report.links.filter((l) => l.relation === 'conflict').flatMap((l) => [`${l.a.index}@${l.a.file}`, `${l.b.index}@${l.b.file}`]));
  const nearMisses: [FigureName, string][] = [
    ['injured40', 'same number, another measure (injured, not killed)'],
    ['contractors', 'same number, another measure (contractors, not operations)'],
    ['korsaKilled12', 'another place (Korsa Province)'],
    ['eastbrookPatients', 'another place and time (Eastbrook, in March)'],
    ['tollBySunday61', 'a running total on a later day'],
    ['operationsByThursday', 'a running total on a later day'],
    ['earnedPerMonth', 'per month against per year'],
    ['earnedPerYear', 'per year against per month'],
    ['securityPerMonth', 'per month against per year'],
    ['securityPerYear', 'per year against per month'],
  ];
  for (const [name, why] of nearMisses) {
    const c = claimOf(report, name);
    if (!c) continue; // Reported by the test above.
    assert.ok(!conflicting.has(`${c.index}@${c.file}`), `${at(name)} "${c.text}" must not conflict: ${why}`);
  }
});

test('samples with showAgreements: agreements appear as hints, and hints do not fail the run', async () => {
  const dir = copyDir(samplesDir);
  write(join(dir, 'crosscheck.json'), JSON.stringify({ conflicts: { showAgreements: true, minConfidence: 0.4 } }));
  const r = await crosscheck(['check', '--fail-on', 'error', '.'], dir);
  assert.equal(r.status, 0, show(r));
  assert.match(r.stdout, new RegExp(`^${at('ransomBulletin').replace(/\$/g, '\\$')}: hint numeric-agreement: Agrees with ${CHRONICLE}`, 'm'), show(r));
  assert.match(r.stdout, /: 4 warnings \(2 conflicts\), \d+ hints\n$/, show(r));
});

test('actors samples/: an aligned table of actors, kinds, roles and articles', async () => {
  const r = await crosscheck(['actors', 'samples/']);
  assert.equal(r.status, 0, show(r));
  const lines = r.stdout.split('\n');
  assert.match(lines[0], /^NAME +KIND +MENTIONS +ROLES +ARTICLES$/);
  const row = (name: string) => lines.find((l) => l.startsWith(name + ' '));
  for (const [name, kind] of [
    ['Marisol Teveri', 'person'],
    ['Ana Lúcia Ferreira', 'person'],
    ['Vesk Hydro Authority', 'organisation'],
    ['Velmora Province', 'place'],
    ['St. Aurelia General Hospital', 'organisation'],
    ['Oluwaseun Adeyemi-Hart', 'person'],
  ]) {
    assert.match(row(name) ?? '', new RegExp(`^${name.replace(/\./g, '\\.')} +${kind} `), `${name} as ${kind}\n${r.stdout}`);
  }
  assert.match(r.stdout, /\n\d+ actors in 6 articles\n$/);
  // Columns line up: KIND starts at the same column on every row that has one.
  const kindColumn = lines[0].indexOf('KIND');
  for (const l of lines.slice(1)) if (/ (person|organisation|place|national group) /.test(l)) assert.match(l.slice(kindColumn), /^(person|organisation|place|national group)/, l);
});

test('actors --format json samples/: the same people and organisations across outlets are one actor', async () => {
  const r = await crosscheck(['actors', '--format', 'json', '.'], samplesDir);
  const report = JSON.parse(r.stdout) as Report;
  const actor = (name: string) => report.actors.find((a) => a.name === name);
  const expected: [string, string, string[], string[]][] = [
    ['Marisol Teveri', 'person', [HERALD, WIRE], []],
    ['Ana Lúcia Ferreira', 'person', [HERALD, WIRE], []],
    ['Vesk Hydro Authority', 'organisation', [HERALD, TODAY, WIRE], ['VHA']],
    ['Civil Protection Directorate', 'organisation', [TODAY, WIRE], ['CPD']],
    ['Oluwaseun Adeyemi-Hart', 'person', [CHRONICLE, BULLETIN], []],
    ['St. Aurelia General Hospital', 'organisation', [CHRONICLE, HEALTHIT, BULLETIN], []],
    ['National Cyber Security Office', 'organisation', [CHRONICLE, HEALTHIT, BULLETIN], ['NCSO']],
  ];
  for (const [name, kind, articles, aliases] of expected) {
    const a = actor(name);
    assert.ok(a, `${name} is an actor`);
    assert.equal(a.kind, kind, name);
    assert.deepEqual([...a.articles].sort(), [...articles].sort(), `${name} is named in ${articles.join(', ')}`);
    for (const alias of aliases) assert.ok(a.aliases.includes(alias), `${name} aka ${alias}`);
  }
  // A title or a trailing "of …" is not part of the name: no second Teveri, no second Ferreira.
  assert.deepEqual(report.actors.filter((a) => /Teveri|Ferreira/.test(a.name)).map((a) => a.name).sort(), ['Ana Lúcia Ferreira', 'Marisol Teveri']);
});

test('claims samples/: figures with their reading, and the conflicts', async () => {
  const r = await crosscheck(['claims', 'samples/']);
  assert.equal(r.status, 0, show(r));
  assert.match(r.stdout, /^samples\/dam-velmora-herald\.txt \(velmoraherald\.example\)$/m);
  assert.match(r.stdout, /"More than 40"  > 40 /);
  assert.match(r.stdout, new RegExp(`conflicts with samples/${at('diedUpTo35')} "Up to 35"`));
  // The agreements fall below the default threshold (see the agreements test above).
  assert.match(r.stdout, /\n\d+ claims in 6 articles: 2 conflicts, 0 agreements, \d+ with a different scope\n$/);
});
