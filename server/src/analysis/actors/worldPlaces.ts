/**
 * Cities and first-level subdivisions of the world, from two maintained data packages rather than
 * hand-written lists: city-timezones (about 7,300 cities with their population, MIT) and
 * country-region-data (every country's provinces, states and regions, MIT), reduced to names,
 * countries and populations by ../lexicon/worldPlaces.build.mjs so the bundles stay small.
 *
 * A city or a province is weaker evidence than a country: many share a name with people (Victoria,
 * Jackson) or with other places, so a hit only counts for a whole capitalised run outside headings,
 * and context (a role, a verb of saying) may still make it a person. Countries and regions of the
 * gazetteer (./gazetteer.ts) keep precedence.
 */
import { WORLD_CITIES, WORLD_SUBDIVISIONS } from '../lexicon';
import { foldWords } from './fold';
import { placeByWords } from './gazetteer';

export interface WorldPlace {
  /** The name as the data spells it. */
  name: string;
  kind: 'city' | 'subdivision';
  /** ISO 3166-1 alpha-2 code of the country. */
  country: string;
  population?: number;
  /** A city's first-level subdivision as the data names it ("Texas" for Austin), when it gives one. */
  province?: string;
}

const byName = new Map<string, WorldPlace>();
let longest = 1;

function add(place: WorldPlace): void {
  const words = foldWords(place.name);
  if (words.length === 0 || placeByWords(words)) return;
  const key = words.join(' ');
  const previous = byName.get(key);
  // Of two places with one name, the larger city wins; a city wins over a province of its name.
  if (previous && (previous.population ?? 0) >= (place.population ?? 0)) return;
  byName.set(key, place);
  longest = Math.max(longest, words.length);
}

const subdivisions = new Map<string, WorldPlace>();
for (const [name, country] of WORLD_SUBDIVISIONS) {
  add({ name, kind: 'subdivision', country });
  const words = foldWords(name);
  if (words.length === 1 && !placeByWords(words)) subdivisions.set(words[0], { name, kind: 'subdivision', country });
}
for (const [name, country, population, province] of WORLD_CITIES) add({ name, kind: 'city', country, population, ...(province ? { province } : {}) });

export const LONGEST_WORLD_PLACE = longest;

/** The city or subdivision whose name folds to these words, if any. */
export function worldPlaceByWords(words: readonly string[]): WorldPlace | undefined {
  return byName.get(words.join(' '));
}

/**
 * The state or province whose people a capitalised plural names, by the usual endings of such
 * names: "Bavarians" (Bavaria), "Kansans" (Kansas), "Ohioans" (Ohio), "Oregonians" (Oregon).
 * Only one-word subdivisions of the data, and only plurals in "-ns"; a country's people are the
 * gazetteer's (./gazetteer.ts).
 */
export function subdivisionOfPeople(folded: string): WorldPlace | undefined {
  if (!/^\p{L}{3,}ns$/u.test(folded)) return undefined;
  const stem = folded.slice(0, -2);
  for (const base of [stem, `${stem}s`, folded.slice(0, -3), folded.slice(0, -4)]) {
    const place = base.length >= 3 ? subdivisions.get(base) : undefined;
    if (place) return place;
  }
  return undefined;
}

/** Whether the city named `city` lies in the subdivision named `region` ("Austin", "Texas"), by the data. */
export function cityInProvince(city: string, region: string): boolean {
  const place = byName.get(foldWords(city).join(' '));
  return place?.kind === 'city' && place.province !== undefined && foldWords(place.province).join(' ') === foldWords(region).join(' ');
}
