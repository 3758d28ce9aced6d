/**
 * A name one article establishes is recognised in the others, where a bare mention gives no cue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusOf, hoverAt } from '../support/check';
import { parseFixture } from '../support/fixture';

const FIXTURE = `
//- /chronicle.txt
- Source: www.marrow-chronicle.example
Hospital Records Stolen in Cyber Attack

The attackers, a group that calls itself Ember Harrow, demanded a ransom from Quillon General Hospital on Friday, the hospital’s chief executive, Dr. Ines Varga, said. Officials said patient care had continued on paper while the systems were restored over the weekend by outside engineers.

//- /bulletin.txt
- Source: www.north-bulletin.example
Quillon Hospital Still Offline

Samples of the stolen files appeared on Sunday on a site run by Ember Harrow$0, and the hospital said it would not pay. Staff were told to expect several more days of paper records while engineers rebuilt the whole network from the backups that were kept off site.
`;

test('a group named with a cue in one article is found where another article names it bare', () => {
  const card = hoverAt(FIXTURE);
  assert.match(card, /^Ember Harrow \(organisation\)$/m);
  assert.match(card, /^Mentioned in 2 of 2 articles: bulletin\.txt:4 · chronicle\.txt:4$/m);
});

test('single words are never carried over, and existing mentions are not doubled', () => {
  const corpus = corpusOf(parseFixture(FIXTURE.replace('$0', '')));
  const varga = corpus.actors.find((a) => a.name === 'Ines Varga');
  assert.ok(varga);
  assert.deepEqual(varga.articles, ['chronicle.txt']);
  const harrow = corpus.actors.find((a) => a.name === 'Ember Harrow')!;
  assert.deepEqual(
    harrow.mentions.map((m) => [m.article, m.text]),
    [
      ['bulletin.txt', 'Ember Harrow'],
      ['chronicle.txt', 'Ember Harrow'],
    ],
  );
  assert.equal(corpus.actorAt('bulletin.txt', harrow.mentions[0].span.start + 1)?.actor.name, 'Ember Harrow');
});
