/**
 * Cities and first-level subdivisions of the world, from two maintained data packages rather than
 * hand-written lists: city-timezones (about 7,300 cities with their population, from Natural
 * Earth / simplemaps, MIT) and country-region-data (every country's provinces, states and regions,
 * about 4,400, MIT). Both are plain JSON that esbuild bundles, so nothing is read at run time.
 *
 * A city or a province is weaker evidence than a country: many share a name with people (Victoria,
 * Jackson) or with other places, so a hit only counts for a whole capitalised run outside headings,
 * and context (a role, a verb of saying) may still make it a person. Countries and regions of the
 * gazetteer (./gazetteer.ts) keep precedence.
 */
import { cityMapping } from 'city-timezones';
import regionData from 'country-region-data/data.json';
import { foldWords } from './fold';
import { placeByWords } from './gazetteer';

export interface WorldPlace {
  /** The name as the data spells it. */
  name: string;
  kind: 'city' | 'subdivision';
  /** ISO 3166-1 alpha-2 code of the country. */
  country: string;
  population?: number;
}

const byName = new Map<string, WorldPlace>();
let longest = 1;

function add(name: string, place: WorldPlace): void {
  const trimmed = name.trim();
  // Codes, numbered districts and one-letter names are no names to find in prose.
  if (trimmed.length < 3 || /\d/.test(trimmed) || !/^\p{Lu}/u.test(trimmed)) return;
  const words = foldWords(trimmed);
  if (words.length === 0 || placeByWords(words)) return;
  const key = words.join(' ');
  const previous = byName.get(key);
  // Of two places with one name, the city people have heard of wins: the larger one.
  if (previous && (previous.population ?? 0) >= (place.population ?? 0)) return;
  byName.set(key, place);
  longest = Math.max(longest, words.length);
}

/** The other spellings a subdivision goes by: "Valencia/València", "Holy See (Vatican City)", "Bryansk Oblast" → Bryansk. */
function subdivisionNames(name: string): string[] {
  const names = new Set<string>();
  for (const part of name.split(/\s*\/\s*|\s*\(\s*|\s*\)\s*/).filter(Boolean)) {
    names.add(part);
    const bare = part.replace(/^(?:Republic|Province|State|Region|Department|Governorate|County|District) of /, '')
      .replace(/ (?:Oblast|Krai|Province|Region|State|Governorate|Prefecture|County|District|Department|Autonomous Okrug|Republic)$/, '');
    if (bare !== part && bare.length >= 3) names.add(bare);
  }
  return [...names];
}

for (const region of (regionData as { countryShortCode: string; regions: { name: string }[] }[]).flatMap((c) => c.regions.map((r) => ({ country: c.countryShortCode, name: r.name })))) {
  for (const name of subdivisionNames(region.name)) add(name, { name, kind: 'subdivision', country: region.country });
}
for (const city of cityMapping) {
  const place: WorldPlace = { name: city.city, kind: 'city', country: city.iso2, population: city.pop };
  add(city.city, place);
  if (city.city_ascii && city.city_ascii !== city.city) add(city.city_ascii, place);
}

export const LONGEST_WORLD_PLACE = longest;

/** The city or subdivision whose name folds to these words, if any. */
export function worldPlaceByWords(words: readonly string[]): WorldPlace | undefined {
  return byName.get(words.join(' '));
}
