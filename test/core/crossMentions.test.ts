/**
 * A name one article establishes is recognised in the others, where a bare mention gives no cue.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusOf, hoverAt } from '../support/check';
import { parseFixture } from '../support/fixture';
import fc from 'fast-check';
import { NameScanner } from '../../server/src/corpus/crossMentions';

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

/** What the scan replaced: one regular expression of every name, longest first. */
function regexScan(names: readonly string[], text: string): { start: number; end: number; name: string }[] {
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: { start: number; end: number; name: string }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const folded = m[0].replace(/['’]/g, "'").replace(/\s+/g, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, name: names.find((n) => n.replace(/['’]/g, "'").replace(/\s+/g, ' ') === folded)! });
  }
  return out;
}

test('the scan through first words finds what one regular expression of all the names found', () => {
  const letter = fc.constantFrom('A', 'B', 'a', 'b', 'É', 'é', '1', "'", '’', '.', '-', '(', '𝐀');
  const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const space = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0');
  const name = fc
    .tuple(fc.constantFrom('A', 'B', 'É', '𝐀'), word, fc.array(fc.tuple(space, fc.constantFrom('A', 'B', 'É'), word), { minLength: 1, maxLength: 3 }))
    .map(([first, rest, more]) => first + rest + more.map(([s, f, w]) => s + f + w).join(''));
  const names = fc.uniqueArray(name, { minLength: 1, maxLength: 8 }).map((ns) => [...ns].sort((a, b) => b.length - a.length));
  const piece = (ns: string[]) => fc.oneof(fc.constantFrom(...ns), word, space, fc.constantFrom(...ns).map((n) => n.replace(/'/g, '’').replace(/ /g, '\n ')));
  fc.assert(
    fc.property(
      names.chain((ns) => fc.tuple(fc.constant(ns), fc.array(piece(ns), { maxLength: 30 }).map((ps) => ps.join('')))),
      ([ns, text]) => {
        const scanned = [...new NameScanner(ns).scan(text)].map((m) => ({ ...m, name: ns.find((n) => n.replace(/['’]/g, "'").replace(/\s+/g, ' ') === m.name.replace(/['’]/g, "'").replace(/\s+/g, ' '))! }));
        assert.deepEqual(scanned, regexScan(ns, text));
      },
    ),
    { numRuns: 400 },
  );
});
