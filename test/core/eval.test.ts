/**
 * The scorer behind `npm run eval` (eval/score.ts), on two tiny articles about one invented dam
 * collapse: "At least 40" killed in one, "25" in the other (a conflict the tool warns about), "300
 * houses" in both (an agreement). Each test gives a different truth for the same texts. Warnings
 * are taken at confidence 0 (these two are the only links the matcher scores at all), so the tests
 * depend on the matcher reading 40 against 25 dead as a conflict, not on its weights. Both carry
 * the same Published day: a toll whose moment is unknown is never a conflict. The inspection of May
 * 2 dates the story's start, so the day of the two tolls is not among its first days (whose tolls
 * are still being counted).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { claimIndexAt, locateFigure, parseTruth, score, type ScoreInput, type Truth } from '../../eval/score';
import type { NumericClaim } from '../../server/src/analysis/types';

const A = `- Source: www.alpha.example
Dam collapse in Riverton
Published: May 14, 2025

Inspectors rated the Riverton dam on the Mora River safe on May 2, when 12 engineers visited it. It collapsed on Tuesday. At least 40 people were killed in Riverton, Governor Ana Lind said. The dam held 12 million cubic metres of water, and 300 houses were destroyed in Riverton and two nearby villages, she told reporters in the regional capital.
`;
const B = `- Source: www.beta.example
Riverton flood toll
Published: May 14, 2025

The Riverton dam on the Mora River gave way on Tuesday. Police said 25 people were killed in Riverton, a figure Governor Ana Lind did not dispute. About 300 houses were destroyed in Riverton and nearby villages, and the regional government pledged $5 million in aid to the families on Wednesday.
`;
const TEXTS = { 'a.txt': A, 'b.txt': B };
const run = (input: Omit<ScoreInput, 'options'>) => score({ ...input, options: { minConfidence: 0 } });

const DEAD_A = { a: 'a.txt', aQuote: 'At least 40 people were killed', aFigure: 'At least 40' };
const DEAD_B = { b: 'b.txt', bQuote: 'Police said 25 people were killed', bFigure: '25' };
const HOUSES = { a: 'a.txt', aQuote: '300 houses were destroyed', aFigure: '300', b: 'b.txt', bQuote: 'About 300 houses were destroyed', bFigure: 'About 300' };
const figures = (measureA: string, measureB: string): Truth['figures'] => [
  { id: 'f1', file: 'a.txt', quote: DEAD_A.aQuote, figure: DEAD_A.aFigure, measure: measureA },
  { id: 'f2', file: 'b.txt', quote: DEAD_B.bQuote, figure: DEAD_B.bFigure, measure: measureB },
];

test('eval: a flagged conflict the tool warns about is found; an agreement found as agree', () => {
  const truth: Truth = {
    figures: figures('m-dead', 'm-dead'),
    links: [
      { ...DEAD_A, ...DEAD_B, relation: 'conflict', why: 'dead in the collapse' },
      { ...HOUSES, relation: 'agree', why: 'houses destroyed' },
    ],
    actors: [
      { name: 'Ana Lind', kind: 'person' },
      { name: 'Riverton', kind: 'place' },
      { name: 'Nobody Atall', kind: 'person' },
    ],
  };
  const r = run({ texts: TEXTS, truths: [{ event: 'riverton', base: '', truth }] });
  const t = r.total;
  assert.deepEqual(t.flagged.conflict, { expected: 1, found: 1, recall: 1 });
  assert.deepEqual(t.flagged.all, { expected: 1, found: 1, recall: 1 });
  assert.deepEqual(t.agreements, { expected: 1, foundAsAgree: 1, warned: 0, notExtracted: 0, notLocated: 0 });
  assert.equal(t.warnings.total, 1);
  assert.equal(t.warnings.onFlagged, 1);
  assert.equal(t.warnings.unlisted, 0);
  assert.equal(t.warnings.precision, 1);
  assert.deepEqual(t.figures, { total: 2, located: 2, extracted: 2, share: 1 });
  assert.deepEqual(t.actors.person, { total: 2, found: 1, rightKind: 1, rightKindInArticle: 1 });
  assert.deepEqual(t.actors.total, { total: 3, found: 2, rightKind: 2, rightKindInArticle: 2 });
  assert.deepEqual(r.actorMisses, [{ event: 'riverton', name: 'Nobody Atall', kind: 'person', foundAs: [] }]);
  const w = r.warnings[0];
  assert.equal(`${w.a.file} "${w.a.text}" ~ ${w.b.file} "${w.b.text}": ${w.class} ${w.flagged}`, 'a.txt "At least 40" ~ b.txt "25": flagged conflict');
  // Calibration: both scored pairs of truth figures are truth links (label 1).
  assert.deepEqual(
    r.calibrationPairs.map((c) => [c.a.text, c.b.text, c.label]),
    [
      ['At least 40', '25', 1],
      ['300', 'About 300', 1],
    ],
  );
  assert.deepEqual(
    t.calibration.filter((b) => b.count > 0).map((b) => [b.count, b.observed]),
    t.calibration.filter((b) => b.count > 0).map((b) => [b.count, 1]),
  );
  assert.equal(t.calibration.reduce((n, b) => n + b.count, 0), 2);
  assert.equal(r.events.length, 1);
  assert.deepEqual(r.halves, []);
  assert.deepEqual(r.notLocated, []);
});

test('eval: a look-alike the tool warns about is counted by kind, and the warning is on a look-alike', () => {
  const truth: Truth = { nearMisses: [{ ...DEAD_A, ...DEAD_B, kind: 'update', why: 'tolls at different moments' }] };
  const r = run({ texts: TEXTS, truths: [{ event: 'riverton', base: '', truth }] });
  const t = r.total;
  assert.deepEqual(t.lookAlikes.byKind.update, { total: 1, warned: 1, notExtracted: 0, notLocated: 0, rate: 1 });
  assert.equal(t.lookAlikes.nearMissesWarned, 1);
  assert.equal(t.warnings.onLookAlike, 1);
  assert.equal(t.warnings.precision, 0);
  assert.deepEqual(r.warnings.map((w) => [w.class, w.listed]), [['look-alike', [{ source: 'near miss', label: 'update', why: 'tolls at different moments' }]]]);
  // An old near miss has no kind.
  const old = run({ texts: TEXTS, truths: [{ event: 'riverton', base: '', truth: { nearMisses: [{ ...DEAD_A, ...DEAD_B, why: '' }] } }] });
  assert.deepEqual(Object.keys(old.total.lookAlikes.byKind), ['unspecified']);
});

test('eval: an unlisted warning is classified by what the truth says of its two figures', () => {
  const unlisted = (truths: ScoreInput['truths'], texts: Record<string, string> = TEXTS) => {
    const r = run({ texts, truths });
    assert.equal(r.total.warnings.unlisted, 1);
    return r.warnings[0].unlisted;
  };
  assert.equal(unlisted([{ event: 'riverton', base: '', truth: { figures: figures('m-dead-tuesday', 'm-dead-friday') } }]), 'different measure');
  assert.equal(unlisted([{ event: 'riverton', base: '', truth: { figures: figures('m-dead', 'm-dead') } }]), 'same measure');
  assert.equal(unlisted([{ event: 'riverton', base: '', truth: {} }]), 'outside truth figures');
  // Two events in one corpus, each in its own folder, in different halves.
  const r = run({
    texts: { 'north/a.txt': A, 'south/b.txt': B },
    truths: [
      { event: 'north', base: 'north', truth: {}, half: 'development' },
      { event: 'south', base: 'south', truth: {}, half: 'test' },
    ],
  });
  assert.deepEqual(r.warnings.map((w) => [w.a.event, w.b.event, w.unlisted]), [['north', 'south', 'other event']]);
  assert.equal(r.total.warnings.unlistedBy['other event'], 1);
  assert.equal(r.total.warnings.unlistedPerArticle, 0.5);
  assert.deepEqual(r.events.map((g) => [g.name, g.texts, g.warnings.total]), [['north', 1, 0], ['south', 1, 0]]);
  assert.deepEqual(r.halves.map((g) => [g.name, g.events, g.warnings.total]), [['development', ['north'], 0], ['test', ['south'], 0]]);
});

test('eval: a quote with curly quotes, another dash and a line break is located', () => {
  // Without the inspection of May 2, the two tolls are from the story's first day.
  const curly = A.replace('Inspectors rated the Riverton dam on the Mora River safe on May 2, when 12 engineers visited it. It collapsed', 'The Riverton dam on the Mora River collapsed').replace('At least 40 people were killed in Riverton, Governor Ana Lind said', '“At least 40 people were killed in\nRiverton,” Governor Ana Lind’s office said — on Wednesday');
  const quote = '"At least 40 people were killed in Riverton," Governor Ana Lind\'s office said - on Wednesday';
  const found = locateFigure(curly, quote, 'At least 40');
  assert.ok('span' in found);
  assert.equal(curly.slice(found.span.start, found.span.end), 'At least 40');
  const dash = locateFigure(curly, "Lind's office said-on", 'said');
  assert.ok('span' in dash && curly.slice(dash.span.start, dash.span.end) === 'said');

  const truth: Truth = { links: [{ a: 'a.txt', aQuote: quote, aFigure: 'At least 40', ...DEAD_B, relation: 'conflict', why: '' }] };
  const r = run({ texts: { 'a.txt': curly, 'b.txt': B }, truths: [{ event: 'riverton', base: '', truth }] });
  assert.deepEqual(r.notLocated, []);
  assert.equal(r.pairs[0].a.claimText, 'At least 40');
  // A lower bound ("At least 40") against police's count on the story's first day is a toll still
  // being counted, not a conflict, and the scorer says why.
  assert.equal(r.total.flagged.conflict.found, 0);
  assert.match(r.pairs[0].whyNot ?? '', /time\.first-days-tally/);
  // A figure written as another claim's stated equivalent is that claim.
  const claims = [
    { span: { start: 0, end: 5 } },
    { span: { start: 10, end: 20 }, equivalents: [{ span: { start: 23, end: 35 } }] },
  ] as unknown as NumericClaim[];
  assert.deepEqual([claimIndexAt(claims, { start: 12, end: 14 }), claimIndexAt(claims, { start: 25, end: 30 }), claimIndexAt(claims, { start: 40, end: 44 })], [1, 1, -1]);
});

test('eval: a quote not found is reported with its file and quote, and counted as not located', () => {
  const truth: Truth = {
    figures: [
      { id: 'f1', file: 'a.txt', quote: 'At least 41 people were killed', figure: 'At least 41' },
      { id: 'f2', file: 'c.txt', quote: 'anything', figure: 'anything' },
      { id: 'f3', file: 'b.txt', quote: 'Police said 25 people were killed', figure: '26' },
    ],
    links: [{ ...DEAD_A, aQuote: 'At least 41 people were killed', aFigure: 'At least 41', ...DEAD_B, relation: 'conflict', why: '' }],
  };
  const r = run({ texts: TEXTS, truths: [{ event: 'riverton', base: '', truth }] });
  assert.deepEqual(
    r.notLocated.map((n) => `${n.file}: ${n.reason}: "${n.quote}" (${n.where})`),
    [
      'a.txt: quote not found: "At least 41 people were killed" (figures f1)',
      'c.txt: file not found: "anything" (figures f2)',
      'b.txt: figure not in quote: "Police said 25 people were killed" (figures f3)',
    ],
  );
  assert.deepEqual(r.total.figures, { total: 3, located: 0, extracted: 0, share: 0 });
  assert.deepEqual(r.total.flagged.conflict, { expected: 1, found: 0, recall: 0 });
  assert.equal(r.total.flagged.notLocated, 1);
  assert.equal(r.pairs[0].status, 'not located');
  // The warning the tool still gives is unlisted.
  assert.equal(r.total.warnings.unlisted, 1);
});

test('eval: truth files are read leniently; an old link without a relation is an agreement', () => {
  const { truth, problems } = parseTruth({ links: [{ ...HOUSES }, { a: 'a.txt' }], nearMisses: 'none', actors: [{ name: 'X', kind: 'person' }] });
  assert.deepEqual(truth.links?.map((l) => l.relation), ['agree']);
  assert.deepEqual(truth.nearMisses, []);
  assert.equal(truth.actors?.length, 1);
  assert.deepEqual(problems, ['links[0] has no relation: read as agree', 'links[1] lacks aQuote, aFigure, b, bQuote, bFigure: left out', '"nearMisses" is not a list']);
});

test('eval: a truth actor written with a slash ("Mora / Riverton", "Lind/Ana Lind") is found by any of its forms', () => {
  const truth: Truth = {
    figures: figures('m-dead', 'm-dead'),
    links: [],
    actors: [
      { name: 'Mora River / Riverton', kind: 'place' },
      { name: 'Governor/Ana Lind', kind: 'person' },
      { name: 'Nobody / Atall', kind: 'person' },
    ],
  };
  // No files listed for the actors: none is counted as in an article.
  const t = run({ texts: TEXTS, truths: [{ event: 'riverton', base: '', truth }] }).total;
  assert.deepEqual(t.actors.total, { total: 3, found: 2, rightKind: 2, rightKindInArticle: 0 });
});

test('eval --each-event: each event is scored as a workspace of its own, one row per event and their sum', () => {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'eval/main.ts', 'test/fixtures/heldout/round-3', '--truth', 'test/fixtures/heldout/round-3', '--each-event'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const lines = out.stdout.trim().split('\n');
  assert.match(lines[0], /^Each event as a workspace of its own/);
  const rows = lines.filter((l) => /^(?:dam-flood|data-breach|transport-strike|total)\s/.test(l)).map((l) => l.split(/\s{2,}/));
  assert.deepEqual(rows.map((r) => r[0]), ['dam-flood', 'data-breach', 'transport-strike', 'total']);
  // The total row sums the events' articles, flagged conflicts and warnings.
  const [events, total] = [rows.slice(0, 3), rows[3]];
  const sum = (col: number, part: 0 | 1) => events.reduce((n, r) => n + Number(r[col].split('/')[part]), 0);
  assert.equal(Number(total[1]), events.reduce((n, r) => n + Number(r[1]), 0));
  assert.equal(total[2], `${sum(2, 0)}/${sum(2, 1)}`);
  assert.equal(Number(total[7]), events.reduce((n, r) => n + Number(r[7]), 0));
});
