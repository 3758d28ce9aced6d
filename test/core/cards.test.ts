/**
 * Hover cards as the reviewer reads them, from multi-file fixtures in this project's own words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkHover, hoverAt } from '../support/check';

const HERALD = `
//- /herald.txt
- Source: www.velmora-herald.example
Dam Collapse Leaves Villages Under Water

Rescue crews searched flooded villages in Velmora Province on Tuesday after the Orsk Dam gave way overnight. More than 40 people were killed, provincial governor Marisol Teveri said, and she ordered an inquiry into the dam’s operator, Northgate Hydro.

Teveri said the company had ignored warnings. “We will find out who knew what, and when,” she told reporters in the provincial capital, Lenz.
`;

const TODAY = `
//- /today.txt
- Source: www.velmora-today.example
Orsk Dam: What We Know So Far

Up to 35 people died when the Orsk Dam failed in Velmora Province, according to the regional emergency service. Governor Marisol Teveri, who visited the site on Wednesday, said that families would be rehoused within a month, and engineers from Northgate Hydro joined the search teams near the town of Lenz.
`;

test('an actor card: kind, role with its source, mentions across articles, a statement', () => {
  checkHover(
    HERALD.replace('governor Marisol Teveri', 'governor Marisol$0 Teveri') + TODAY,
    [
      'Marisol Teveri (person)',
      '',
      '- provincial governor — herald.txt',
      '- Governor — today.txt',
      '',
      'Also: Teveri',
      '',
      'Mentioned in 2 of 2 articles: herald.txt:4 · today.txt:4',
      '3 mentions in all.',
      '',
      // Statements from the other article come first: the card is about what is said elsewhere.
      '"Marisol Teveri, who visited the site on Wednesday, said that families would be rehoused within a month, and engineers from Northgate Hydro joined the search…" — today.txt',
      '',
      '"Marisol Teveri said, and she ordered an inquiry into the dam’s operator, Northgate Hydro" — herald.txt',
    ].join('\n'),
  );
});

test('a figure card: its reading and the conflicting figure in the other article, as Markdown', () => {
  // Both tolls name the province: without a place (or a day) in common, two tolls of undated
  // articles are one measure at one moment less than half the time on real coverage, and the
  // link is not shown.
  checkHover(HERALD.replace('More than 40 people were killed,', 'More than 4$00 people were killed in Velmora Province,') + TODAY, { snapshot: 'figure-card-conflict', testFile: __filename }, true);
});

test('no card on a common word', () => {
  checkHover(HERALD.replace('searched flooded', 'searched flo$0oded') + TODAY, '(no hover)');
});

test('a card links at most eight articles and counts the rest', () => {
  const files = Array.from({ length: 10 }, (_, i) =>
    [
      `//- /a${i}.txt`,
      `- Source: www.outlet${i}.example`,
      'Harbour Strike Enters Its Second Week',
      '',
      `Dockworkers in Kestrel Bay stayed out for a ${i + 2}th day on Monday, union leader Mara Osei said, after talks with the port authority broke down over pay and shift patterns. Shipping lines said cargo was being diverted to other ports along the coast while the dispute went on.`,
    ].join('\n'),
  );
  files[0] = files[0].replace('union leader Mara Osei', 'union leader Mara Os$0ei');
  const card = hoverAt(files.join('\n'));
  assert.match(card, /^Mentioned in 10 of 10 articles: a0\.txt:4 · a1\.txt:4 · a2\.txt:4 · a3\.txt:4 · a4\.txt:4 · a5\.txt:4 · a6\.txt:4 · a7\.txt:4 and 2 more$/m);
});
