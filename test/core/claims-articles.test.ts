/**
 * Claims of whole articles: the two real seeds and the fictional fixture sets in
 * test/fixtures/claims/. Readable snapshots list every claim with its interval, unit, rate,
 * measure, scope and attribution; the seeds' snapshot quotes only the figures, never the prose.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { extractActors } from '../../server/src/analysis/actors';
import { extractClaims } from '../../server/src/analysis/claims';
import { describeInterval } from '../../server/src/analysis/claimText';
import { tokenize } from '../../server/src/analysis/nlp';
import { parseStructure } from '../../server/src/analysis/structure';
import type { NumericClaim } from '../../server/src/analysis/types';
import { expectSnapshot } from '../support/snapshot';
import { seed, seedTestOptions } from '../support/seeds';

const FIXTURES = join(__dirname, '..', 'fixtures', 'claims');

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}

/** One readable block per claim. */
function renderClaims(text: string, claims: readonly NumericClaim[]): string {
  const out: string[] = [];
  for (const c of claims) {
    const i = c.interval;
    const interval = `${i.lowInclusive ? '[' : '('}${i.low ?? '-∞'}, ${i.high ?? '∞'}${i.highInclusive ? ']' : ')'}`;
    out.push(`line ${lineOf(text, c.span.start)}: "${c.text}" (${c.qualifier})`);
    out.push(`  reads:       ${describeInterval(c)}   ${interval}`);
    out.push(`  unit:        ${c.unit.kind}${c.unit.currency ? ' ' + c.unit.currency : ''}${c.unit.noun ? ' of ' + c.unit.noun : ''}${c.rate ? ', per ' + c.rate : ''}`);
    out.push(`  measure:     ${c.measure.label} [${c.measure.words.join(', ')}]`);
    const scope = [c.scope.places.length ? `places ${c.scope.places.join(', ')}` : '', c.scope.time ? `time "${c.scope.time}"` : '', c.scope.year !== undefined ? `year ${c.scope.year}` : '']
      .filter(Boolean)
      .join('; ');
    if (scope) out.push(`  scope:       ${scope}`);
    if (c.attribution) out.push(`  attribution: ${c.attribution}`);
    for (const e of c.equivalents ?? []) out.push(`  equivalent:  "${text.slice(e.span.start, e.span.end)}" = ${describeInterval({ interval: e.interval, unit: e.unit })}`);
  }
  return out.join('\n');
}

test('seed 000: the figures it states, and nothing that is a date, a year or a list', seedTestOptions(), () => {
  const { text } = seed('000');
  const claims = analyseArticle(text).claims;
  assert.deepEqual(
    claims.map((c) => c.text),
    ['more than 1,000', 'over 200', '270', '85', 'over 100,000', 'more than $40 billion', '19', 'more than $33 million'],
  );
  const revenue = claims.find((c) => c.text === 'more than $40 billion')!;
  assert.deepEqual(revenue.interval, { low: 40e9, high: null, lowInclusive: false, highInclusive: false });
  assert.deepEqual(revenue.unit, { kind: 'currency', currency: 'USD' });
  assert.equal(revenue.rate, 'year');
  assert.equal(revenue.value, 40e9);
  assert.deepEqual(revenue.scope.places, ['southeast asia']);
  assert.match(revenue.attribution ?? '', /UN report/);
  const arrests = claims[0];
  assert.deepEqual(arrests.measure.words, ['arrest', 'person']);
  assert.equal(arrests.scope.time, 'between July 14 and 16');
  expectSnapshot(__filename, 'seed-000-claims', renderClaims(text, claims));
});

test('seed 003: the title counts, vague amounts are claims, ages and teasers are not', seedTestOptions(), () => {
  const { text } = seed('003');
  const claims = analyseArticle(text).claims;
  assert.deepEqual(
    claims.map((c) => c.text),
    ['1,000', 'over 1,000', 'more than 1,000', '85', 'billions of dollars', 'up to $40 billion', 'hundreds', 'less than 1%', 'estimated 150,000'],
  );
  const stolen = claims.find((c) => c.text === 'up to $40 billion')!;
  assert.deepEqual(stolen.interval, { low: 0, high: 40e9, lowInclusive: true, highInclusive: true });
  assert.equal(stolen.measure.label, 'money stolen from victims');
  const billions = claims.find((c) => c.text === 'billions of dollars')!;
  assert.deepEqual(billions.interval, { low: 2e9, high: 1e12, lowInclusive: true, highInclusive: false });
  assert.ok(!claims.some((c) => /799|13|2022|2024/.test(c.text)), 'no teaser, age or year figures');
  expectSnapshot(__filename, 'seed-003-claims', renderClaims(text, claims));
});

test('extraction time per seed (claims only, after tokenization)', seedTestOptions(), (t) => {
  for (const prefix of ['000', '003']) {
    const { text } = seed(prefix);
    const structure = parseStructure(text);
    const input = { text, structure, sentences: tokenize(text, structure) };
    const actors = extractActors(input);
    extractClaims(input, actors);
    const runs = 50;
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) extractClaims(input, actors);
    const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
    t.diagnostic(`seed ${prefix}: ${ms.toFixed(3)} ms per extraction (${text.length} chars, ${input.sentences.length} sentences)`);
    assert.ok(ms < 50, `extraction of seed ${prefix} took ${ms} ms`);
  }
});

for (const event of readdirSync(FIXTURES).sort()) {
  test(`fixture ${event}: claims of every article`, () => {
    const dir = join(FIXTURES, event);
    const parts: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const analysis = analyseArticle(text);
      assert.equal(analysis.structure.isArticle, true, `${event}/${file} reads as an article`);
      for (const c of analysis.claims) assert.equal(text.slice(c.span.start, c.span.end), c.text);
      parts.push(`== ${file}\n${renderClaims(text, analysis.claims)}`);
    }
    expectSnapshot(__filename, `fixture-${event}-claims`, parts.join('\n\n'));
  });
}
