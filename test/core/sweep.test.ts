import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import nlp from 'compromise';
import { bulkMatch } from '../../server/src/analysis/sweep';
import { generateCorpus } from '../../bench/corpusGenerator';

/** compromise's own sweep and ./sweep.ts's over the same clauses: the same patterns at the same places, in the same order. */
type Methods = { one: { bulkMatch: typeof bulkMatch } };
const world = (nlp as unknown as { world(): { methods: Methods } }).world();
const theirs = world.methods.one.bulkMatch;

/** Every term's tags after a whole parse, with the sweep given. */
function tagsWith(sweep: typeof bulkMatch, text: string): string[] {
  world.methods.one.bulkMatch = sweep;
  try {
    return (nlp(text) as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs.flat().map((t) => `${t.text} ${[...t.tags].sort().join(',')}`);
  } finally {
    world.methods.one.bulkMatch = theirs;
  }
}

const samples = readdirSync(join(__dirname, '../../samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(__dirname, '../../samples', f), 'utf8'));
const texts = [...samples, ...generateCorpus(40, 5).map((a) => a.text)];

test('the sweep tags every term of the samples and of generated articles as compromise does', () => {
  for (const text of texts) assert.deepEqual(tagsWith(bulkMatch, text), tagsWith(theirs, text));
});

test('the sweep finds the same matches in the same order, for the post-tagger and for a match with a net', () => {
  // A pointer's first three numbers: sentence, first and end term (the rest are term ids, new for each parse).
  const found: string[][] = [];
  const at = (r: { match: string; pointer: unknown[] }) => `${r.match} ${JSON.stringify(r.pointer.slice(0, 3))}`;
  const record = (sweep: typeof bulkMatch) => (...args: Parameters<typeof bulkMatch>) => {
    const results = sweep(...args);
    found.push(results.map(at));
    return results;
  };
  for (const text of texts.slice(0, 12)) {
    found.length = 0;
    tagsWith(record(theirs), text);
    const expected = [...found];
    found.length = 0;
    tagsWith(record(bulkMatch), text);
    assert.ok(expected.flat().length > 0);
    assert.deepEqual(found, expected);
  }
  // A net of the caller's, with matchOne: compromise's `.has()` and `.match()` go through the same sweep.
  const doc = nlp(texts[0]);
  const net = (nlp as unknown as { buildNet(m: { match: string }[]): unknown }).buildNet([{ match: '#Person' }, { match: 'the #Noun' }, { match: '#Value #Noun' }]);
  for (const opts of [{}, { matchOne: true }]) {
    const docs = (doc as unknown as { docs: unknown[][] }).docs;
    const methods = (doc as unknown as { methods: Parameters<typeof bulkMatch>[2] }).methods;
    const a = theirs(docs, net as never, methods, opts).map(at);
    const b = bulkMatch(docs, net as never, methods, opts).map(at);
    assert.ok(a.length > 0);
    assert.deepEqual(b, a);
  }
});
