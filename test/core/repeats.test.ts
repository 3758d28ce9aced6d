/**
 * One warning per disagreement: a figure stated twice in each of two articles (a headline and its
 * body) that conflicts gives one conflict, on its first statement, listing the others.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { Corpus } from '../../server/src/corpus/corpus';
import { allConflicts, findingsFor } from '../../server/src/corpus/findings';
import { defaultSettings } from '../../server/src/settings';

const A = [
  '- Source: harbourpost.example',
  'Published: May 14, 2025',
  '',
  'Ferry fire off Tarvo Island kills 40 passengers',
  '',
  'A fire on a ferry off Tarvo Island killed 40 passengers, the Tarvo coast guard said. The ferry was carrying about 300 people from Tarvo to the mainland when the fire broke out in its engine room.',
  '',
  'The coast guard said 40 passengers were killed and dozens more were treated in hospital in Tarvo.',
  '',
].join('\n');

const B = [
  '- Source: islandtimes.example',
  'Published: May 14, 2025',
  '',
  'Ferry fire off Tarvo Island kills 25 passengers',
  '',
  'A fire on a ferry off Tarvo Island killed 25 passengers, the Tarvo provincial governor said. The ferry, on its way from Tarvo to the mainland, caught fire in its engine room.',
  '',
  'The governor said 25 passengers were killed, and rescue boats were still searching the sea near Tarvo.',
  '',
].join('\n');

function corpusOf(files: Record<string, string>): Corpus {
  const corpus = new Corpus();
  let version = 1;
  for (const [name, text] of Object.entries(files)) corpus.set(name, name, version++, text, analyseArticle(text));
  return corpus;
}

test('a figure repeated in both articles: one conflict between them, shown once in each, listing every statement of the two figures', () => {
  const corpus = corpusOf({ 'a.txt': A, 'b.txt': B });
  const conflicts = allConflicts(corpus, defaultSettings);
  // The headlines name no source: on the story's first day, only two named sources dispute a toll.
  assert.equal(conflicts.length, 1);
  const link = conflicts[0].link;
  const at = (ref: { article: string; index: number }) => [ref.article, corpus.claim(ref)!.span.start];
  assert.deepEqual([at(link.a), at(link.b)], [['a.txt', A.indexOf('40 passengers, the')], ['b.txt', B.indexOf('25 passengers were')]]);
  assert.deepEqual((link.repeats ?? []).map((r) => [at(r.a), at(r.b)]), [
    [['a.txt', A.indexOf('40 passengers were')], ['b.txt', B.indexOf('25 passengers, the')]],
    [['a.txt', A.indexOf('40 passengers were')], ['b.txt', B.indexOf('25 passengers were')]],
  ]);

  const shown = (id: string) => findingsFor(corpus, id, defaultSettings).filter((f) => f.code === 'numeric-conflict');
  const inA = shown('a.txt');
  assert.equal(inA.length, 1);
  assert.equal(inA[0].span.start, A.indexOf('40 passengers, the'));
  assert.match(inA[0].message, /^Conflicts with b\.txt: "25" \(passengers killed, governor\) vs here "40" \(passengers killed, Tarvo coast guard\)/);
  assert.deepEqual(
    inA[0].related.map((r) => [r.article, r.span.start, r.message.replace(/ \(passengers killed.*$/, '').replace(/ — .*$/, '')]),
    [
      ['b.txt', B.indexOf('25 passengers were'), 'b.txt: "25"'],
      ['b.txt', B.indexOf('25 passengers, the'), 'b.txt, the same figure again: "25"'],
      ['a.txt', A.indexOf('40 passengers were'), 'here, the same figure again: "40"'],
    ],
  );
  // A repeated statement shows no warning of its own, but its hover and go-to know the conflict.
  const repeat = corpus.claimAt('a.txt', A.indexOf('40 passengers were'))!.ref;
  const seen = corpus.linksOf(repeat).filter((l) => l.relation === 'conflict');
  assert.deepEqual(seen.map((l) => [at(l.a), at(l.b), l.repeatOf && at(l.repeatOf.a)]), [
    [['a.txt', A.indexOf('40 passengers were')], ['b.txt', B.indexOf('25 passengers, the')], ['a.txt', A.indexOf('40 passengers, the')]],
    [['a.txt', A.indexOf('40 passengers were')], ['b.txt', B.indexOf('25 passengers were')], ['a.txt', A.indexOf('40 passengers, the')]],
  ]);
  const inB = shown('b.txt');
  assert.equal(inB.length, 1);
  assert.equal(inB[0].span.start, B.indexOf('25 passengers were'));
  assert.deepEqual(
    inB[0].related.map((r) => [r.article, r.span.start]),
    [['a.txt', A.indexOf('40 passengers, the')], ['a.txt', A.indexOf('40 passengers were')], ['b.txt', B.indexOf('25 passengers, the')]],
  );
});
