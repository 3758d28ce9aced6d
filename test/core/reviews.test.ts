import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairKey, parseReviewFile, ReviewSet } from '../../server/src/corpus/reviews';

test('a review silences exactly one pair of figures, in either order', () => {
  const set = new ReviewSet();
  assert.equal(set.add({ a: { file: 'a.txt', text: 'more than $40 billion' }, b: { file: 'b.txt', text: 'up to $40 billion' } }), true);
  assert.equal(set.has({ file: 'b.txt', text: 'up to $40 billion' }, { file: 'a.txt', text: 'more than $40 billion' }), true);
  assert.equal(set.has({ file: 'a.txt', text: 'more than $41 billion' }, { file: 'b.txt', text: 'up to $40 billion' }), false, 'a rewritten figure is not reviewed');
  assert.equal(set.has({ file: 'c.txt', text: 'more than $40 billion' }, { file: 'b.txt', text: 'up to $40 billion' }), false, 'another file is not reviewed');
  assert.equal(pairKey({ file: 'x', text: '1' }, { file: 'y', text: '2' }), pairKey({ file: 'y', text: '2' }, { file: 'x', text: '1' }));
});

test('the review file round-trips and a malformed one is reported, not thrown', () => {
  const set = new ReviewSet([{ a: { file: 'a.txt', text: '1,000' }, b: { file: 'b.txt', text: '2,000' }, reviewedAt: '2026-01-01T00:00:00.000Z' }]);
  const again = parseReviewFile(JSON.stringify(set.toFile()));
  assert.equal(again.problem, undefined);
  assert.equal(again.set.size, 1);
  const broken = parseReviewFile('{ not json');
  assert.equal(broken.set.size, 0);
  assert.match(broken.problem!, /^\.crosscheck\/reviewed\.json is not valid JSON/);
  const partly = parseReviewFile(JSON.stringify({ version: 1, reviewed: [{ a: { file: 'a' } }, set.list()[0]] }));
  assert.equal(partly.set.size, 1);
  assert.equal(partly.problem, '1 malformed entries in .crosscheck/reviewed.json were ignored');
});
