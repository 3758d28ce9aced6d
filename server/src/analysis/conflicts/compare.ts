/**
 * Whether two claims speak of the same measure, in the same scope, and how sure that is. The
 * rules are strict on purpose: a false conflict is what users of prose tools hate most.
 *
 * - Measure: nationalities must be equal ("85 Cambodians" is not "1,000 people"); when both name
 *   an event they must share one (arrested vs killed), when both name a class of thing counted
 *   they must share one (people vs properties); counted nouns outside the vocabulary must be the
 *   same noun (tonnes vs kilograms). Similarity is a weighted overlap of the words.
 * - Scope: places named on both sides must meet; times and years stated on both sides must be
 *   the same; rates stated on both sides must be the same (a year vs a month is never converted).
 *   A side that states nothing is compatible — articles often drop "a year" or the place — but
 *   it costs confidence.
 */
import { placeByName } from '../actors/gazetteer';
import { timeKey } from '../claims/scope';
import { FACET_PREFIX, SUBJECT_PREFIX } from '../claims/subject';
import { unitOfMeasure } from './units';
import { classConcept, CLASS_CONCEPTS, EVENT_CONCEPTS, isNationality, nationality } from '../claims/vocabulary';
import type { NumericClaim } from '../types';

export interface MeasureMatch {
  similarity: number;
  shared: string[];
  /** Only generic words in common (people, countries, a unit of length): weak on its own. */
  generic: boolean;
  /** One side is a part of the whole or an addition, the other not: only agreement links. */
  portion: boolean;
}

type Category = 'event' | 'class' | 'nationality' | 'subject' | 'facet' | 'other';

const WEIGHTS: Record<Category, number> = { event: 3, class: 2, nationality: 3, subject: 0, facet: 0, other: 1 };

export function categoryOf(word: string): Category {
  if (word.startsWith(SUBJECT_PREFIX)) return 'subject';
  if (word.startsWith(FACET_PREFIX)) return 'facet';
  if (EVENT_CONCEPTS.has(word)) return 'event';
  if (CLASS_CONCEPTS.has(word)) return 'class';
  if (isNationality(word)) return 'nationality';
  return 'other';
}

function byCategory(words: readonly string[]): Record<Category, Set<string>> {
  const out: Record<Category, Set<string>> = { event: new Set(), class: new Set(), nationality: new Set(), subject: new Set(), facet: new Set(), other: new Set() };
  for (const w of words) out[categoryOf(w)].add(w);
  return out;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Classes and dimensions too general to make two figures one measure on their own. */
const GENERIC_SHARED: ReadonlySet<string> = new Set(['person', 'country', 'mass', 'length', 'area', 'volume']);

/** The class a counted noun belongs to: its concept, "person" for nationals, else the noun itself. */
export function nounClass(noun: string): string {
  return classConcept(noun) ?? classConcept(noun + 's') ?? (nationality(noun) ? 'person' : noun);
}

/** What the matcher needs of a claim's measure, computed once per claim. */
export interface MeasureInfo {
  words: ReadonlySet<string>;
  events: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  /** Nationalities, sorted and joined: they must be equal. */
  nationality: string;
  /** Class of the counted noun or percentage base, when the claim states one. */
  nounClass?: string;
  /** Named actors whose figure it is ("Marrow won", "Japan promised"). */
  subjects: ReadonlySet<string>;
  /** Margins, parts and sub-populations, sorted and joined: they must be equal. */
  facets: string;
}

export function measureInfo(claim: NumericClaim): MeasureInfo {
  let words = claim.measure.words;
  let noun = claim.unit.kind !== 'currency' && claim.unit.noun ? nounClass(claim.unit.noun) : undefined;
  // "2.4 tonnes" and "2,400 kilograms" count the same thing in different units: both read as
  // mass (the matcher converts the figures, see ./units.ts).
  const unit = claim.unit.kind === 'count' ? unitOfMeasure(claim.unit.noun) : undefined;
  if (unit) {
    const own = claim.unit.noun!.toLowerCase();
    words = words.map((w) => (w === own || unitOfMeasure(w) === unit ? unit.dimension : w));
    noun = unit.dimension;
  }
  const c = byCategory(words);
  // "50,000 residents voted for her" counts her votes: people who voted are votes.
  if (noun === 'person' && c.event.has('vote') && c.nationality.size === 0) {
    noun = 'vote';
    c.class.delete('person');
  }
  return {
    words: new Set(words),
    events: c.event,
    classes: c.class,
    nationality: [...c.nationality].sort().join('+'),
    nounClass: noun,
    subjects: c.subject,
    facets: [...c.facet].sort().join('+'),
  };
}

/** Compares two measures; undefined when they are not the same measure. */
export function compareMeasureInfo(a: MeasureInfo, b: MeasureInfo): MeasureMatch | undefined {
  if (a.words.size === 0 || b.words.size === 0) return undefined;
  if (a.nationality !== b.nationality) return undefined;
  // A part of the whole or an addition to it ("Nine of the suspects", "three more") against a
  // figure without that facet: the same figure may be the same fact told two ways, a different
  // one is most likely the part against the whole (the caller links only agreement).
  // Two parts or two additions may be different ones ("38 of the survivors", "Twenty of the
  // survivors"): the same rule.
  // A figure the article says was superseded ("had stood at 19") is read the same way.
  const isPortion = (x: string) => x === `${FACET_PREFIX}added` || x === `${FACET_PREFIX}part` || x === `${FACET_PREFIX}earlier`;
  const portions = (f: string) => f.split('+').filter(isPortion);
  const rest = (f: string) => f.split('+').filter((x) => x && !isPortion(x)).join('+');
  if (rest(a.facets) !== rest(b.facets)) return undefined;
  const portion = portions(a.facets).length > 0 || portions(b.facets).length > 0;
  if (a.events.size && b.events.size && !intersects(a.events as Set<string>, b.events as Set<string>)) return undefined;
  if (a.classes.size && b.classes.size && !intersects(a.classes as Set<string>, b.classes as Set<string>)) return undefined;
  if (a.nounClass && b.nounClass && a.nounClass !== b.nounClass) return undefined;
  // The winner's votes are not the runner-up's; one donor's pledge is not another's.
  if (a.subjects.size && b.subjects.size && !intersects(a.subjects as Set<string>, b.subjects as Set<string>)) return undefined;
  let shared = 0;
  let union = 0;
  const sharedWords: string[] = [];
  for (const w of a.words) {
    const weight = WEIGHTS[categoryOf(w)];
    if (weight === 0) continue;
    union += weight;
    if (b.words.has(w)) {
      shared += weight;
      sharedWords.push(w);
    }
  }
  for (const w of b.words) if (!a.words.has(w)) union += WEIGHTS[categoryOf(w)];
  if (shared === 0) return undefined;
  // "holds 12" against "held more than 40 rallies": a bare figure that shares only a plain verb
  // with a figure of counted things may count anything.
  // The same for a bare figure against things outside the vocabulary ("14 seats"): only a known
  // class ("61 people killed" against "the toll rose to 61") can be taken to be what it counts.
  const bare = (x: MeasureInfo) => !x.nounClass && x.classes.size === 0;
  const rawNoun = (x: MeasureInfo) => x.nounClass !== undefined && !CLASS_CONCEPTS.has(x.nounClass) && x.nounClass !== 'mass' && x.classes.size === 0;
  if ((bare(a) && rawNoun(b)) || (bare(b) && rawNoun(a))) return undefined;
  if (Boolean(a.nounClass) !== Boolean(b.nounClass) && sharedWords.every((w) => categoryOf(w) === 'other')) return undefined;
  // "about 480 people" on a boat and "thousands" of people in the country; "14 countries" sold to
  // and "nine countries" alerted; 70 nautical miles out and 90 metres deep: sharing only what
  // is counted, when that is people, countries or a unit of length, says nothing about the measure.
  // The caller accepts such a match only with more in common (a shared source).
  const generic = sharedWords.every((w) => GENERIC_SHARED.has(w));
  return { similarity: shared / union, shared: sharedWords.sort(), generic, portion };
}

/** Compares the measures of two claims; undefined when they differ. */
export function compareMeasures(a: NumericClaim, b: NumericClaim): MeasureMatch | undefined {
  return compareMeasureInfo(measureInfo(a), measureInfo(b));
}

/** Source names in an attribution: acronyms and capitalised names, with the names' initials. */
export function sourceKeys(attribution: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (!attribution) return keys;
  const text = attribution.normalize('NFD').replace(/\p{M}/gu, '');
  for (const m of text.matchAll(/\b[A-Z]{2,}\b/g)) keys.add(m[0].toLowerCase());
  // Runs of capitalised words ("United Nations", "Amnesty International"), joined by "of"/"for".
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][a-z]+)*/g)) {
    const name = m[0];
    const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    if (words.length === 1 && m.index === 0 && /^(?:A|An|The|According|Estimates|Police|Figures|Data)$/.test(words[0])) continue;
    keys.add(name.toLowerCase());
    if (words.length > 1) keys.add(words.map((w) => w[0]).join('').toLowerCase());
  }
  // The same description word for word ("the national seismology institute").
  const whole = text.toLowerCase().replace(/^(?:according to|figures from|data from|estimates from)\s+/, '').replace(/^(?:the|a|an)\s+/, '').trim();
  if (whole.split(/\s+/).length >= 2) keys.add(whole);
  // Common nouns for sources that often stand alone ("police", "authorities").
  for (const m of text.toLowerCase().matchAll(/\b(police|authorities|government|ministry|officials|prosecutors)\b/g)) keys.add(m[1]);
  return keys;
}

export function sharedSource(a: NumericClaim, b: NumericClaim): string | undefined {
  const ka = sourceKeys(a.attribution);
  const kb = sourceKeys(b.attribution);
  // A full name both share reads better than its initials; initials alone show as an acronym.
  const shared = [...ka].filter((k) => kb.has(k)).sort((x, y) => Number(y.includes(' ')) - Number(x.includes(' ')) || x.localeCompare(y));
  const best = shared[0];
  if (!best) return undefined;
  return best.includes(' ') ? best.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|For|The|And)\b/g, (w) => w.toLowerCase()) : best.toUpperCase();
}

export interface ScopeComparison {
  /** Why the scopes differ, when they do. */
  differs: string[];
  /** Notes on what agrees or is missing, for the reasons. */
  notes: string[];
  /** Confidence adjustment. */
  adjust: number;
  /** Which side names a country the other side's place may lie in. */
  whole?: 'a' | 'b';
}

export function compareScopes(a: NumericClaim, b: NumericClaim): ScopeComparison {
  const out: ScopeComparison = { differs: [], notes: [], adjust: 0 };
  const pa = a.scope.places;
  const pb = b.scope.places;
  if (pa.length && pb.length) {
    const common = pa.filter((p) => pb.includes(p));
    if (common.length) {
      out.notes.push(`both in ${common.join(', ')}`);
      out.adjust += 0.1;
    } else if (a.unit.kind !== 'percent' && (countriesAgainstLocal(pa, pb) || countriesAgainstLocal(pb, pa))) {
      // "31 killed in Charbokul" and "27 in Bangladesh": a town may lie in the country, and a
      // country's count is never smaller than a town's in it (the caller checks which is which).
      out.whole = countriesAgainstLocal(pa, pb) ? 'a' : 'b';
      out.notes.push(`${out.whole === 'a' ? pb.join(', ') : pa.join(', ')} may lie in ${out.whole === 'a' ? pa.join(', ') : pb.join(', ')}`);
    } else out.differs.push(`places differ: ${pa.join(', ')} vs ${pb.join(', ')}`);
  } else if (pa.length || pb.length) {
    out.notes.push(`only one names a place (${[...pa, ...pb].join(', ')})`);
    out.adjust -= 0.05;
  }
  const ta = a.scope.time;
  const tb = b.scope.time;
  if (ta && tb) {
    if (timeKey(ta) === timeKey(tb)) {
      out.notes.push(`both ${ta}`);
      out.adjust += 0.05;
    } else if (timesExclude(ta, tb)) out.differs.push(`times differ: ${ta} vs ${tb}`);
    else if (runningSince(ta) !== runningSince(tb) && !cumulative(ta) !== !cumulative(tb)) {
      // "160 held since the vote" against "47 detained on Monday night": a running total against
      // one day's figure.
      out.differs.push(`a running total (${runningSince(ta) ? ta : tb}) against the figure for ${runningSince(ta) ? tb : ta}`);
    }
    else out.notes.push(`times may overlap: ${ta} / ${tb}`);
  }
  // "some 1,100 deaths last year", "more than 560 since January" against a toll that names no
  // time: a total over a period is not the figure for one event.
  const yearly = (t: string | undefined, other: NumericClaim) => other.rate === 'year' && /\byear\b/i.test(t ?? '');
  if (!ta !== !tb && isPeriod(ta ?? tb) && !yearly(ta, b) && !yearly(tb, a)) out.differs.push(`${ta ?? tb} is a total over a period; the other figure names no time`);
  if (a.scope.year !== undefined && b.scope.year !== undefined && a.scope.year !== b.scope.year && !out.differs.some((d) => d.startsWith('times'))) {
    out.differs.push(`years differ: ${a.scope.year} vs ${b.scope.year}`);
  }
  if (a.rate && b.rate) {
    if (a.rate !== b.rate) out.differs.push(`rates differ (a ${a.rate} vs a ${b.rate}); Crosscheck does not convert between them`);
    else out.adjust += 0.05;
  } else if ((a.rate && a.rate !== 'year' && isWholeYear(b.scope.time)) || (b.rate && b.rate !== 'year' && isWholeYear(a.scope.time))) {
    // "1,200 containers a day" against "450,000 containers last year": a daily rate against a
    // year's total.
    const [rated, total] = a.rate ? [a, b] : [b, a];
    out.differs.push(`a ${rated.rate}'s figure against a total for ${total.scope.time}; Crosscheck does not convert between them`);
  } else if ((a.rate && a.rate !== 'year') || (b.rate && b.rate !== 'year')) {
    // "40,000 tins a day" against "1.2 million tins": a yearly figure often goes without "a
    // year", but a daily or monthly one against a figure without a rate is a rate against a total.
    out.differs.push(`a ${a.rate ?? b.rate}'s figure against one that states no rate; Crosscheck does not convert between them`);
  } else if (a.rate || b.rate) {
    out.notes.push(`only one states a rate (a ${a.rate ?? b.rate}); compared as stated`);
    out.adjust -= 0.05;
  }
  return out;
}


/** All of `countries` are countries and none of `local` is: the local places may lie inside. */
function countriesAgainstLocal(countries: readonly string[], local: readonly string[]): boolean {
  const isCountry = (p: string) => placeByName(p)?.kind === 'country';
  return countries.length === 1 && isCountry(countries[0]) && local.every((p) => !isCountry(p) && placeByName(p) === undefined);
}

/** A time that spans a period rather than an event: "last year", "since January", "so far this year", "last month". */
export function isPeriod(time: string | undefined): boolean {
  if (!time) return false;
  const t = time.trim().toLowerCase();
  // A year by number ("in 2019") often dates the statement rather than the figure: not counted.
  return /^since\b/.test(t) || /\b(?:so far|to date)\b/.test(t) || /^(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?:last|this|past|previous)\s+(?:year|month|quarter|decade)s?$/.test(t);
}

/** "since the vote", "since Sunday": a running total up to now. */
function runningSince(time: string): boolean {
  return /^since\b/i.test(time.trim());
}

/** Times that read as a total up to a point: "since…", "by Tuesday", "as of Monday", "so far". */
function cumulative(time: string): boolean {
  return /^(?:since|by|as of|so far|to date|until|till|through)\b/i.test(time.trim());
}

/** "last year", "in 2023": a time that spans a whole year. */
export function isWholeYear(time: string | undefined): boolean {
  if (!time) return false;
  return /^(?:(?:in|during|over|for)\s+)?(?:(?:last|this|past|previous)\s+year|(?:19|20)\d\d)$/i.test(time.trim());
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

interface TimeParts {
  years: Set<number>;
  months: Set<string>;
  weekdays: Set<string>;
  days: Set<number>;
  relative?: string;
}

function timeParts(text: string): TimeParts {
  const key = timeKey(text);
  const parts: TimeParts = { years: new Set(), months: new Set(), weekdays: new Set(), days: new Set() };
  for (const m of key.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) parts.years.add(+m[1]);
  for (const w of key.split(/[\s-]+/)) {
    const month = MONTHS.find((m) => m === w || (w.length >= 3 && m.startsWith(w) && w !== 'mar' && w !== 'may') || w === m.slice(0, 3));
    if (month) parts.months.add(month);
    if (WEEKDAYS.includes(w)) parts.weekdays.add(w);
    if (/^\d{1,2}$/.test(w) && +w >= 1 && +w <= 31) parts.days.add(+w);
  }
  const rel = /\b(last|this|past|previous)\s+(year|month|week|weekend|quarter)\b/.exec(key);
  if (rel) parts.relative = `${rel[1] === 'past' || rel[1] === 'previous' ? 'last' : rel[1]} ${rel[2]}`;
  return parts;
}

function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/**
 * Whether two stated times cannot be the same: different years, months, weekdays or days, or
 * "last year" against "this year". Times that only differ in how they are said ("on Thursday"
 * and "this week") may overlap and keep the claims comparable. Day numbers compare only within
 * the same month; a range ("between July 14 and 16") keeps both its days.
 */
export function timesExclude(a: string, b: string): boolean {
  // "since Sunday" runs up to now: it excludes no later time.
  if (runningSince(a) || runningSince(b)) return false;
  const pa = timeParts(a);
  const pb = timeParts(b);
  if (disjoint(pa.years, pb.years)) return true;
  if (disjoint(pa.months, pb.months)) return true;
  if (disjoint(pa.weekdays, pb.weekdays)) return true;
  const sameMonth = pa.months.size > 0 && pb.months.size > 0 && !disjoint(pa.months, pb.months);
  if (sameMonth && disjoint(pa.days, pb.days)) {
    const ra = [...pa.days];
    const rb = [...pb.days];
    const within = (x: number[], y: number[]) => x.length === 2 && y.every((d) => d >= Math.min(...x) && d <= Math.max(...x));
    if (!within(ra, rb) && !within(rb, ra)) return true;
  }
  if (pa.relative && pb.relative && pa.relative !== pb.relative) {
    const unit = (r: string) => r.split(' ')[1];
    if (unit(pa.relative) === unit(pb.relative)) return true;
  }
  return false;
}
