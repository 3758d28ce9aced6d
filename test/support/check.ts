/**
 * One `check()` helper for data-driven tests of the corpus: a multi-file fixture (see fixture.ts)
 * is analysed with the real pipeline into a corpus, then the feature under test renders what the
 * user would see at the `$0` cursor, and the result is compared with an expected string or a
 * snapshot. A failing check prints both in full.
 */
import assert from 'node:assert/strict';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { actorCard, claimCard } from '../../server/src/corpus/cards';
import { Corpus } from '../../server/src/corpus/corpus';
import { parseFixture, type Fixture } from './fixture';
import { expectSnapshot } from './snapshot';

export function corpusOf(fixture: Fixture): Corpus {
  const corpus = new Corpus();
  for (const f of fixture.files) corpus.set(f.name, f.name, 1, f.text, analyseArticle(f.text));
  return corpus;
}

/** The hover card (plain text or Markdown) at the fixture's cursor, or "(no hover)". */
export function hoverAt(source: string, markdown = false): string {
  const fixture = parseFixture(source);
  assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
  const corpus = corpusOf(fixture);
  const { file, offset } = fixture.cursor;

  const ctx = {
    corpus,
    here: file,
    markdown,
    linkTo: (article: string, span: { start: number }) => {
      const line = corpus.get(article)!.lineStarts.filter((s) => s <= span.start).length;
      return `${article}#L${line}`;
    },
  };
  const claim = corpus.claimAt(file, offset);
  if (claim) return claimCard(claim.claim, claim.ref, ctx);
  const actor = corpus.actorAt(file, offset);
  return actor ? actorCard(actor.actor, ctx) : '(no hover)';
}

/** Checks the hover at the cursor against an expected text (exact) or a named snapshot. */
export function checkHover(source: string, expected: string | { snapshot: string; testFile: string }, markdown = false): void {
  const actual = hoverAt(source, markdown);
  if (typeof expected === 'string') assert.equal(actual, expected);
  else expectSnapshot(expected.testFile, expected.snapshot, actual);
}
