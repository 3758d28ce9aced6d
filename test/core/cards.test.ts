/**
 * Hover cards as the reviewer reads them, from multi-file fixtures in this project's own words.
 */
import { test } from 'node:test';
import { checkHover } from '../support/check';

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
  checkHover(HERALD.replace('More than 40', 'More than 4$00') + TODAY, { snapshot: 'figure-card-conflict', testFile: __filename }, true);
});

test('no card on a common word', () => {
  checkHover(HERALD.replace('searched flooded', 'searched flo$0oded') + TODAY, '(no hover)');
});
