/**
 * The world's countries and a few territories and regions, with their other names and demonyms,
 * from the lexicon (../lexicon/gazetteer.json). A name marked ambiguous is also a common first
 * name or word (Chad, Jordan, Georgia, Turkey): it counts as a place only when nothing says it is
 * a person, and never in a heading.
 */
import { COUNTRY_TABLE, REGION_TABLE, type PlaceTableEntry } from '../lexicon';
import { fold, foldWords } from './fold';

export interface PlaceEntry {
  /** Canonical name, e.g. "United States". */
  name: string;
  kind: 'country' | 'region';
  /** Also a common first name or word: a place only without contrary evidence, never in headings. */
  ambiguous: boolean;
  /** Folded names, canonical first. */
  names: string[];
  adjectives: string[];
  plurals: string[];
}

export interface DemonymHit {
  entry: PlaceEntry;
  /** Plural noun ("Cambodians") rather than adjective ("Cambodian"). */
  plural: boolean;
}

const entries: PlaceEntry[] = [];
/** Folded name words joined by single spaces → entry. */
const byName = new Map<string, PlaceEntry>();
const byDemonym = new Map<string, DemonymHit>();
/** Folded names written as acronyms ("US", "U.K."): they match only when written in capitals. */
const acronymNames = new Set<string>();
let longestName = 1;

function load(table: readonly PlaceTableEntry[], kind: PlaceEntry['kind']): void {
  for (const row of table) {
    const names = row.names;
    const entry: PlaceEntry = {
      name: names[0],
      kind,
      ambiguous: row.ambiguous === true,
      names: names.map((n) => foldWords(n).join(' ')),
      adjectives: [...(row.adjectives ?? [])],
      plurals: [...(row.plurals ?? [])],
    };
    entries.push(entry);
    for (const n of names) {
      const key = foldWords(n).join(' ');
      // Exact spellings of acronyms ("US", "UK") are matched by case elsewhere; folded keys here.
      if (!byName.has(key)) byName.set(key, entry);
      if (/^(?:\p{Lu}\.?){2,}$/u.test(n)) acronymNames.add(key);
      longestName = Math.max(longestName, key.split(' ').length);
    }
    for (const a of entry.adjectives) {
      const key = foldWords(a).join(' ');
      if (!byDemonym.has(key)) byDemonym.set(key, { entry, plural: false });
    }
    for (const p of entry.plurals) {
      const key = foldWords(p).join(' ');
      if (!byDemonym.has(key)) byDemonym.set(key, { entry, plural: true });
    }
  }
}
load(COUNTRY_TABLE, 'country');
load(REGION_TABLE, 'region');

export const LONGEST_PLACE_NAME = longestName;

/** The place whose name (any spelling) folds to these words, if any. */
export function placeByWords(words: readonly string[]): PlaceEntry | undefined {
  return byName.get(words.join(' '));
}

/** Whether this folded name is an acronym ("us"), which must be written in capitals to count. */
export function isAcronymName(words: readonly string[]): boolean {
  return acronymNames.has(words.join(' '));
}

/** The place a folded name denotes, if any ("u.s." and "united states of america" both give the US). */
export function placeByName(name: string): PlaceEntry | undefined {
  return byName.get(foldWords(name).join(' ')) ?? byName.get(foldWords(name.replace(/\./g, '')).join(' '));
}

/** The place a demonym word (or two words, "Sri Lankan") belongs to. */
export function demonym(words: readonly string[]): DemonymHit | undefined {
  return byDemonym.get(words.join(' '));
}

/** All entries, for tests and documentation. */
export function placeEntries(): readonly PlaceEntry[] {
  return entries;
}

/** Folded names are compared by words; a name written with dots ("U.S.") folds without them. */
export function placeKey(entry: PlaceEntry): string {
  return fold(entry.name);
}
