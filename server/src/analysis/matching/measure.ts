/**
 * What the matcher knows of a claim's measure, computed once per claim from its typed slots
 * (`NumericClaim.counted`, `facets`, `unit`): events, classes, nationalities, the class of the
 * counted noun, whose figure it is, and its facets. Nothing here reads the claim's text.
 */
import { classConcept, CLASS_CONCEPTS, EVENT_CONCEPTS, nationality } from '../claims/vocabulary';
import type { Facet, NumericClaim } from '../types';
import { unitOfMeasure } from './units';
import { CROWD_NOUNS, GENERIC_SHARED, PERSON_CLASSES, PERSON_EVENTS, REMAINS_NOUNS, SERVING_CLASSES, SUBGROUP_NOUNS, TALLY_CLASSES, TALLY_EVENTS } from '../lexicon/claims';
import { singular } from '../claims/terms';

/** Facets that only ever agree with a total: a part of it, an addition to it, a figure superseded. */
export const PORTION_FACETS: ReadonlySet<Facet> = new Set<Facet>(['part', 'addition', 'superseded']);

/** Classes and dimensions too general to make two figures one measure on their own. */
export { GENERIC_SHARED };

/** Events whose count only grows as a story goes on: a later, larger figure is an update. */
export { TALLY_EVENTS };

/** The class a counted noun belongs to: its concept, "person" for nationals, else the noun itself. */
export function nounClass(noun: string): string {
  return classConcept(noun) ?? classConcept(noun + 's') ?? (nationality(noun) ? 'person' : noun);
}

/** One form for a group noun: "women" and "woman", "children" and "kids"; "girls" stay girls, not all children. */
function groupOf(noun: string): string {
  // "officers", "policemen" and "cops" are one group, the police; "troops" and "soldiers" another.
  const cls = classConcept(noun);
  if (cls !== undefined && SERVING_CLASSES.has(cls)) return cls;
  const one = singular(noun);
  return one === 'kid' || one === 'minor' ? 'child' : one;
}

export interface MeasureInfo {
  /** Every word of the measure, weighted by kind when compared. */
  words: ReadonlySet<string>;
  events: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  /** Other content words. */
  others: ReadonlySet<string>;
  /** Nationalities, sorted and joined: they must be equal. */
  nationality: string;
  /** Class of the counted noun or percentage base, when the claim states one. */
  nounClass?: string;
  subject?: string;
  /** Facets other than portions, with their detail, sorted and joined: they must be equal. */
  facets: string;
  /** A part, an addition or a superseded figure. */
  portion: boolean;
  /** The group of people the counted noun names ("women", "children", "civilians": lexicon subgroupNouns), in its singular. */
  group?: string;
  /** The count only grows as the story goes on (deaths, arrests). */
  tally: boolean;
  /** Bodies found and counted: deaths, and a lower bound on the toll ("39 bodies at the morgue"). */
  lowerBound: boolean;
}

export function measureInfo(claim: NumericClaim): MeasureInfo {
  const counted = claim.counted;
  const events = new Set(counted.events);
  const classes = new Set(counted.classes);
  const others = new Set(counted.words);
  let noun = claim.unit.kind !== 'currency' && claim.unit.noun ? nounClass(claim.unit.noun) : undefined;
  // "2.4 tonnes" and "2,400 kilograms" count the same thing in different units: both read as
  // mass (the matcher converts the figures, see ./units.ts).
  const unit = claim.unit.kind === 'count' ? unitOfMeasure(claim.unit.noun) : undefined;
  if (unit) {
    const own = claim.unit.noun!.toLowerCase();
    // "square kilometres": the word of the length ("kilometer", "kms") is the area's too.
    const area = own.startsWith('square ');
    for (const w of [...others]) if (w === own || unitOfMeasure(w) === unit || (area && unitOfMeasure(`square ${w}`) === unit)) {
      others.delete(w);
      others.add(unit.dimension);
    }
    for (const c of [...classes]) if (c === own || unitOfMeasure(c) === unit) {
      classes.delete(c);
      others.add(unit.dimension);
    }
    noun = unit.dimension;
  }
  // "50,000 residents voted for her" counts her votes: people who voted are votes.
  if (noun === 'person' && events.has('vote') && counted.nationalities.length === 0) {
    noun = 'vote';
    classes.delete('person');
  }
  // "200,000 protesters in Chicago": a crowd counted is an attendance.
  const own = claim.unit.kind === 'count' ? claim.unit.noun?.toLowerCase() : undefined;
  // A small exact count of them ("Thirty-nine protesters are undergoing exams") names people, not a
  // crowd's size, which reporters give round or approximate.
  const smallExact = claim.qualifier === 'exact' && claim.interval.high !== null && claim.interval.high < SMALL_EXACT_COUNT;
  if (events.size === 0 && own !== undefined && CROWD_NOUNS.has(own) && !smallExact) events.add('attend');
  // "39 bodies were brought to the morgue": the dead as found, the counted noun itself (not a
  // modifier: "158 body parts"); at least that many died.
  // Bodies "recovered" keep that event: two such counts compare as counts of one act.
  const lowerBound = events.size === 0 && own !== undefined && REMAINS_NOUNS.has(own);
  if (lowerBound) {
    others.delete(own);
    events.add('death');
    noun = 'person';
  }
  // "Over 2,000 buried", "670 feared dead": what happened says people were counted.
  if (classes.size === 0 && noun === undefined && [...events].some((e) => PERSON_EVENTS.has(e))) classes.add('person');
  const facets = claim.facets.filter((f) => !PORTION_FACETS.has(f));
  // "police personnel", "troops": people who serve are a group whatever the noun that counts them.
  const serving = [...SERVING_CLASSES].find((g) => classes.has(g));
  const words = new Set<string>([...events, ...classes, ...counted.nationalities, ...others]);
  return {
    words,
    events,
    classes,
    others,
    nationality: [...counted.nationalities].sort().join('+'),
    nounClass: noun,
    subject: counted.subject,
    facets: facets.length ? `${facets.sort().join('+')}${counted.facetDetail ? `:${counted.facetDetail}` : ''}` : '',
    portion: claim.facets.some((f) => PORTION_FACETS.has(f)),
    ...(own !== undefined && SUBGROUP_NOUNS.has(own) ? { group: groupOf(own) } : serving ? { group: serving } : {}),
    tally: [...events].some((e) => TALLY_EVENTS.has(e)) || [...classes].some((c) => TALLY_CLASSES.has(c)) || (noun !== undefined && TALLY_CLASSES.has(noun)),
    lowerBound,
  };
}

/** Below this, an exact count of protesters is of people, not a crowd estimate. */
const SMALL_EXACT_COUNT = 100;

type Category = 'event' | 'class' | 'nationality' | 'other';
const WEIGHTS: Record<Category, number> = { event: 3, class: 2, nationality: 3, other: 1 };

export function categoryOf(word: string): Category {
  if (EVENT_CONCEPTS.has(word)) return 'event';
  if (CLASS_CONCEPTS.has(word)) return 'class';
  if (nationality(word)) return 'nationality';
  return 'other';
}

export interface MeasureOverlap {
  /** Weighted share of the words in common (0–1). */
  similarity: number;
  shared: string[];
  /** Only generic words in common (people, countries, a unit of length). */
  generic: boolean;
}

/** The weighted overlap of two measures' words. */
export function overlapOf(a: MeasureInfo, b: MeasureInfo): MeasureOverlap {
  let shared = 0;
  let union = 0;
  const sharedWords: string[] = [];
  // One kind of people ("39 victims", "31 workers") are people too: they share that word with "30 people died".
  const [wa, wb] = [peopleToo(a, b), peopleToo(b, a)];
  for (const w of wa) {
    const weight = WEIGHTS[categoryOf(w)];
    union += weight;
    if (wb.has(w)) {
      shared += weight;
      sharedWords.push(w);
    }
  }
  for (const w of wb) if (!wa.has(w)) union += WEIGHTS[categoryOf(w)];
  sharedWords.sort();
  return { similarity: union ? shared / union : 0, shared: sharedWords, generic: sharedWords.length > 0 && sharedWords.every((w) => GENERIC_SHARED.has(w)) };
}

/** A measure's words, with "person" when it counts one kind of people and the other measure counts people. */
function peopleToo(m: MeasureInfo, other: MeasureInfo): ReadonlySet<string> {
  if (m.words.has('person') || !other.words.has('person') || ![...m.classes].some((c) => PERSON_CLASSES.has(c))) return m.words;
  return new Set([...m.words, 'person']);
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
