/**
 * Synthetic articles for the benchmark, written from templates in this project's own words:
 * fictional places, people and figures, with the features real articles have (source header,
 * title, headings, roles, possessives, figures with qualifiers, a Sources list, boilerplate).
 * Deterministic: the same index gives the same article.
 */
const PLACES = ['Tamsin', 'Port Ellery', 'Varno', 'Kestrel Bay', 'Larkspur', 'Odessa Flats', 'Marrow Vale', 'Quillon'];
const PEOPLE = ['Elena Marwick', 'Tomas Brandt', 'Hana Okafor', 'Nguyen Thi Lan', 'Rafael Ibáñez', 'Chen Weiming', 'Amara Diallo', 'Somchai Rattanakorn'];
const ROLES = ['provincial governor', 'police chief', 'transport minister', 'union leader', 'harbour director', 'senior analyst'];
const ORGS = ['Harbour Authority', 'Red Crescent', 'National Water Agency', 'Ministry of Transport', 'Varno Port Workers Union'];
const QUALIFIERS = ['more than', 'about', 'up to', 'nearly', 'at least', 'over', 'an estimated'];
const MEASURES = ['residents were evacuated', 'containers were stranded', 'workers walked out', 'homes were damaged', 'people were arrested'];

function pick<T>(list: readonly T[], n: number): T {
  return list[Math.abs(n) % list.length];
}

export function syntheticArticle(index: number, paragraphs = 8): string {
  const place = pick(PLACES, index);
  const lines = [`- Source: www.outlet${index % 17}.example`, `${pick(ORGS, index)} Responds as Crisis Deepens in ${place}`, '', 'Published:', '', 'spot_img', ''];
  for (let p = 0; p < paragraphs; p++) {
    const n = index * 7 + p * 13;
    const person = pick(PEOPLE, n);
    const figure = (1 + (n % 9)) * Math.pow(10, 2 + (n % 3));
    lines.push(
      `${pick(QUALIFIERS, n)[0].toUpperCase()}${pick(QUALIFIERS, n).slice(1)} ${figure.toLocaleString('en-US')} ${pick(MEASURES, n)} in ${place} on Monday, ${pick(ROLES, n)} ${person} said, adding that the ${pick(ORGS, n + 1)}’s teams would stay in ${pick(PLACES, n + 3)} until the end of the week. Officials estimated losses of $${1 + (n % 40)} million a month, while critics from the ${pick(ORGS, n + 2)} said “the response came far too late for the families affected.”`,
    );
    if (p % 3 === 2) lines.push('', `What Happens Next in ${place}`, '');
  }
  lines.push('Sources:', `https://www.outlet${(index + 1) % 17}.example/news/${index}`, '', 'Related articles', '', 'An Unrelated Teaser Headline', 'Teaser text about something else entirely...');
  return lines.join('\n');
}
