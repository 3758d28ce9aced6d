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

test('a figure card: the measure\'s timeline across sources in date order, a tally stated for two days being an update', () => {
  const filler =
    ' Residents described water rising through their homes within minutes, and aid groups said shelters in the valley towns were filling quickly as families arrived with what they could carry.';
  const source = `
//- /day1.txt
- Source: www.kestrel-courier.example
Published: 12 May 2025
Floods Hit Marrow Valley

Floods swept through Marrow Valley on Monday after days of heavy rain. At least 12 people were killed in Marrow Valley, the regional governor Anika Strand said, and rescue teams were searching for the missing.${filler}
//- /day2.txt
- Source: www.valley-times.example
Published: 14 May 2025
Flood Toll Rises in Marrow Valley

The death toll from the floods in Marrow Valley rose to 2$00 on Wednesday, governor Anika Strand said, as rescue teams reached villages cut off by the water.${filler}
//- /day3.txt
- Source: www.northern-wire.example
Published: 16 May 2025
Marrow Valley Counts Its Dead

The death toll from the floods in Marrow Valley has risen to 31, governor Anika Strand said on Friday, as the water began to recede.${filler}
`;
  checkHover(
    source,
    [
      '20: people killed',
      '',
      '- read as: 20 (exact)',
      '- measure: people killed',
      '- scope: marrow valley; on Wednesday',
      '- according to: governor Anika Strand',
      '',
      'In other articles:',
      '- UPDATE: "At least 12" (people killed) — day1.txt:5',
      // "on Wednesday" and "on Friday" tell two days of one tally: an update, not another scope.
      '- UPDATE: "31" (people killed) — day3.txt:5',
      '',
      'Timeline of this measure:',
      '- 2025-05-12 · "At least 12" · kestrel-courier.example — day1.txt:5',
      '- 2025-05-14 · "20" · valley-times.example (this figure) — day2.txt:5',
      '- 2025-05-16 · "31" · northern-wire.example — day3.txt:5',
    ].join('\n'),
  );
});
