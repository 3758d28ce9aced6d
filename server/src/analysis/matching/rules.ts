/**
 * The matcher's judgement as one table of named rules. Each rule looks at a candidate pair of
 * claims (from two articles, already in one bucket of unit and measure) and, when it fires, gives
 * a reason a reviewer can check. Its verdict says what firing means:
 *
 * - `different-measure`: the two figures count different things; no link at all;
 * - `different-scope`: the same measure for another place, time, rate or group (a hint, never a
 *   conflict);
 * - `later-moment`: the same tally reported at two moments (an update, or a revision when the
 *   later figure is lower);
 * - `agree-only`: figures that may be the same fact told two ways, but whose disagreement proves
 *   nothing (a part against the whole, a forecast against a toll);
 * - `dispute`: an article of the story gives both figures side by side, for one measure at one
 *   moment: they are rival counts, so the rules that read two figures as an earlier and a later
 *   count (`givesWayToDispute`) do not apply;
 * - `evidence`: a vote on whether the two are one measure at one moment; its weight is fitted
 *   (./weights.json, written by fit/fit.ts) and the confidence is the logistic of the sum.
 *
 * Every warning names the rules that fired (ClaimLink.rules). Rules read typed claim slots only
 * (NumericClaim.counted, facets, time, asOf, scope.places, rate, modality), never the text.
 */
import type { NumericClaim, TimeValue } from '../types';
import { placeByName } from '../actors/gazetteer';
import { CLASS_CONCEPTS } from '../claims/vocabulary';
import { FALLING_COUNTS, PERSON_CLASSES } from '../lexicon/claims';
import { PLACE_CATEGORY_NOUNS, PLACE_UNIT_NOUNS, pluralsOf } from '../lexicon';
import { intersects, overlapOf, type MeasureInfo, type MeasureOverlap } from './measure';
import { sharedSourceOf } from './source';
import { unitOfMeasure } from './units';
import { below, overlaps } from '../claims/interval';
import { daysBetween, spansOverlap } from '../time/dates';

export type Verdict = 'different-measure' | 'different-scope' | 'later-moment' | 'agree-only' | 'dispute' | 'evidence';

/** One claim of a candidate pair, with what its article tells about it. */
export interface Side {
  claim: NumericClaim;
  info: MeasureInfo;
  sources: ReadonlySet<string>;
  /** Every place its article names (undefined when the caller gave no actors). */
  articlePlaces?: ReadonlySet<string>;
  /** Its article gives the same measure for another place. */
  splitByPlace: boolean;
  /** Times (as `from/to`) for which its article gives the same measure in other claims. */
  siblingTimes: ReadonlySet<string>;
  /** The latest year any claim of its article is dated to. */
  latestYear?: number;
  /** The story its article belongs to (corpus/stories.ts), when the caller grouped articles. */
  story?: string;
  /** Days between the first and the last moment any figure of its story is dated to (0: one day; undefined: none dated). */
  storySpanDays?: number;
  /** The first day any figure of its story is dated to. */
  storyStart?: string;
  /** The day its article was written, when known. */
  articleDay?: string;
  /** Its article counts the time since its event ("one year after"). */
  looksBack?: boolean;
  /** Its story's dated tallies (day, value, events), for the growth between two of them. */
  storyTallies?: readonly StoryTally[];
  /** Places at least half the articles of its story name (among those with figures, three or more): where the story happens. */
  storyCorePlaces?: ReadonlySet<string>;
}

export interface StoryTally {
  day: string;
  value: number;
  events: ReadonlySet<string>;
}

export interface Pair {
  a: Side;
  b: Side;
  overlap: MeasureOverlap;
  /** The source both claims name, if any. */
  source?: string;
  /** The two articles name no actor in common (and each names some). */
  strangers: boolean;
  /** Without stories: both articles name actors, and none in common. */
  unrelated: boolean;
  /** An article of the story that gives both figures side by side (link.ts disputesOf), if any. */
  dispute?: Dispute;
}

/** Two figures one article gives for one measure at one moment, from rival sources or readings. */
export interface Dispute {
  article: string;
  /** The two figures as written, the lower first. */
  texts: [string, string];
}

export interface Rule {
  id: string;
  verdict: Verdict;
  /** What the rule checks, in a reviewer's words (the README's table). */
  description: string;
  /** The reason when the rule fires, else undefined. */
  test(p: Pair): string | undefined;
  /** For evidence rules: the feature's value when it fires (1 unless stated). */
  value?(p: Pair): number;
  /**
   * For evidence rules: which way the evidence points. "for" (the two are one measure at one
   * moment) may only raise the confidence, "against" (missing or thin evidence, signs of two
   * stories) may only lower it: the fit keeps each weight on its side of zero, so missing evidence
   * never reads as "same".
   */
  direction?: 'for' | 'against';
  /** Reads two figures as counts of different moments: it does not apply to a dispute. */
  givesWayToDispute?: boolean;
  /**
   * A different scope that is only two moments ("on Wednesday", "on Friday"): when a later-moment
   * rule reads the pair as a tally on two days and no other scope rule fires, that rule decides.
   */
  givesWayToLaterMoment?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Helpers over typed slots
// ---------------------------------------------------------------------------------------------

const both = (p: Pair, f: (s: Side) => boolean) => f(p.a) && f(p.b);
const either = (p: Pair, f: (s: Side) => boolean) => f(p.a) || f(p.b);
const bare = (i: MeasureInfo) => !i.nounClass && i.classes.size === 0;
const rawNoun = (i: MeasureInfo) => i.nounClass !== undefined && !CLASS_CONCEPTS.has(i.nounClass) && i.nounClass !== 'mass' && i.classes.size === 0;

/** The days a time value covers, when it is resolved. */
function spanOf(t: TimeValue | undefined): { from: string; to: string } | undefined {
  if (!t) return undefined;
  if (t.kind === 'through') return t.to ? { from: t.to, to: t.to } : undefined;
  if (t.from && t.to) return { from: t.from, to: t.to };
  return undefined;
}

/** A total over a period rather than one moment: "since January", "last year", "so far this year". */
function isPeriod(t: TimeValue | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'since' || t.kind === 'period') return true;
  if (t.kind === 'through' && !t.from && /^(?:so far|to date)/i.test(t.text)) return true;
  return (t.kind === 'year' || t.kind === 'month') && t.relative === true;
}

const isWholeYear = (t: TimeValue | undefined) => t?.kind === 'year';

/** Two stated times that cannot be the same: resolved spans apart, or different stated parts. */
export function timesExclude(x: TimeValue, y: TimeValue): boolean {
  // "since Sunday" runs up to now: it excludes no later time, only what ended before it began.
  if (x.kind === 'since' || y.kind === 'since') {
    const [since, other] = x.kind === 'since' ? [x, y] : [y, x];
    const os = spanOf(other);
    return other.kind !== 'since' && since.from !== undefined && os !== undefined && os.to < since.from;
  }
  const sx = spanOf(x);
  const sy = spanOf(y);
  if (sx && sy) return !spansOverlap(sx, sy);
  const differ = (u: number | undefined, v: number | undefined) => u !== undefined && v !== undefined && u !== v;
  return differ(x.year, y.year) || differ(x.month, y.month) || differ(x.weekday, y.weekday) || (x.month === y.month && differ(x.dayOfMonth, y.dayOfMonth));
}

/** All of `countries` are countries and none of `local` is a known place: the local places may lie inside. */
export function countriesAgainstLocal(countries: readonly string[], local: readonly string[]): boolean {
  const isCountry = (p: string) => placeByName(p)?.kind === 'country';
  return countries.length === 1 && isCountry(countries[0]) && local.every((p) => !isCountry(p) && placeByName(p) === undefined);
}

/**
 * "27 people killed" and "31 workers killed": people on one side, one kind of people (workers,
 * victims, children) on the other may be the same people; they are not different things counted.
 */
function peopleOfAKind(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const people = (s: ReadonlySet<string>) => s.size === 1 && s.has('person');
  const kinds = (s: ReadonlySet<string>) => [...s].every((c) => PERSON_CLASSES.has(c));
  return (people(a) && kinds(b)) || (people(b) && kinds(a));
}

/** A vague amount ("hundreds", "billions of"), or a figure read with a note in its qualifier. */
export function isVagueFigure(c: NumericClaim): boolean {
  return c.qualifier.startsWith('vague amount') || c.qualifier.includes('(');
}

/** Two actor keys for one name written in full and shorter: every word of the shorter is in the longer, in order. */
export function sameActorName(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x.split(/\s+/), y.split(/\s+/)] : [y.split(/\s+/), x.split(/\s+/)];
  if (short.length < 2) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/** Both claims name places and none in common: the two lists, else undefined. */
function disjointPlaces(p: Pair): [readonly string[], readonly string[]] | undefined {
  const pa = p.a.claim.scope.places;
  const pb = p.b.claim.scope.places;
  return pa.length && pb.length && !pa.some((x) => pb.includes(x)) ? [pa, pb] : undefined;
}

/** The one country a figure is for: the country it names alone, or, naming no place, its source's. */
function countryOfFigure(c: NumericClaim): string | undefined {
  const places = c.scope.places;
  if (places.length === 0) return c.sourceCountry;
  return places.length === 1 && placeByName(places[0])?.kind === 'country' ? places[0] : undefined;
}

/** Exactly one claim names a place: that side and the other, else undefined. */
function onePlaced(p: Pair): [Side, Side] | undefined {
  const a = p.a.claim.scope.places.length > 0;
  const b = p.b.claim.scope.places.length > 0;
  return a === b ? undefined : a ? [p.a, p.b] : [p.b, p.a];
}

/** How many days the longer of the two figures' stories runs (0 when neither is dated). */
function storySpan(p: Pair): number {
  return Math.max(p.a.storySpanDays ?? 0, p.b.storySpanDays ?? 0);
}

/** Days between the two claims' moments (b - a), when both are known. */
export function momentGap(p: Pair): number | undefined {
  const x = p.a.claim.asOf;
  const y = p.b.claim.asOf;
  return x && y ? daysBetween(x, y) : undefined;
}

/** How far apart two moments of a measure that does not grow may be and still be one moment. */
export const FIXED_MEASURE_DAYS = 7;
/**
 * A story whose dated figures span more than this many days has counts that moved while it was
 * told (tolls, injured and missing change by the hour in the first days): a tally whose own moment
 * is unknown may be from any of them. Chosen on the development data (the real development half,
 * and the validation events once measured), with the invented fixtures' floors held.
 */
export const UNDATED_TALLY_SPAN_DAYS = 2;
/** The days after a story's first dated day in which its tolls are still being counted by the hour. */
export const FIRST_DAYS = 1;
/**
 * How long a tally keeps growing: within this many days a later, larger toll is an update; past
 * it, articles restate a settled figure ("the attack that killed 145"), and two of those compare.
 */
export const TALLY_GROWTH_DAYS = 30;
/** A later, lower count this many times smaller than the earlier one is no rival count of it (time.lower-from-other-source). */
export const RIVAL_RATIO = 3;
/** A figure whose stated time ended this many days before the other figure's moment is an earlier event's. */
export const LONG_BEFORE_DAYS = 365;

/** The figure's stated time ended more than LONG_BEFORE_DAYS before `moment`. */
function endsLongBefore(s: Side, moment: string): boolean {
  const end = s.claim.time?.to;
  return end !== undefined && daysBetween(end, moment) > LONG_BEFORE_DAYS;
}

/**
 * Rules that read the figures' times as the moments they count (ids "time.…"). In a sentence that
 * disputes a count they read when each side spoke instead, so a dispute there skips them.
 */
export function readsMoments(rule: Rule): boolean {
  return rule.id.startsWith('time.');
}

/** A time that names one day: a date, or a weekday or day of the month not yet placed. */
function namesOneDay(t: TimeValue): boolean {
  return t.kind === 'day' || (t.kind === 'unresolved' && (t.weekday !== undefined || t.dayOfMonth !== undefined));
}

/**
 * A tally told as its event's settled total, with no day of its own: in an article that counts the
 * time since its event ("one year after", "on the anniversary") and is undated or written more
 * than TALLY_GROWTH_DAYS after its story's first dated day, or pinned to a year before the one its
 * article was written in ("the 2024 attack that killed 149", told in 2025).
 */
export function settled(x: Side): boolean {
  if (!x.info.tally) return false;
  const t = x.claim.time;
  if (t && namesOneDay(t)) return false;
  const written = x.articleDay ? Number(x.articleDay.slice(0, 4)) : undefined;
  const year = t?.kind === 'year' ? (t.year ?? (t.from ? Number(t.from.slice(0, 4)) : undefined)) : undefined;
  if (year !== undefined && written !== undefined && year < written) return true;
  if (!x.looksBack) return false;
  return !x.articleDay || (x.storyStart !== undefined && daysBetween(x.storyStart, x.articleDay) > TALLY_GROWTH_DAYS);
}

/** A count of places ("six states", "nine provinces") that names no event. */
function isPlaceCount(x: Side): boolean {
  const noun = x.claim.unit.kind === 'count' ? x.claim.unit.noun : undefined;
  return noun !== undefined && (PLACE_UNIT_NOUNS.has(noun) || PLACE_CATEGORY_NOUNS.has(noun)) && x.info.events.size === 0;
}

/** A count of a noun with nothing else read ("1.3 million customers"): no event, no other word, no facet, no owner. */
function nounOnly(x: Side): boolean {
  const i = x.info;
  return x.claim.unit.kind === 'count' && i.nounClass !== undefined && !unitOfMeasure(x.claim.unit.noun) && i.events.size === 0 && i.words.size <= 1 && !i.facets && !i.portion && !i.subject;
}

/** A dated count of the story between two figures in both day and value (the later larger), if any. */
function growthBetween(earlier: Side, later: Side): StoryTally | undefined {
  const [d0, d1] = [earlier.claim.asOf, later.claim.asOf];
  const [v0, v1] = [earlier.claim.value, later.claim.value];
  if (!d0 || !d1 || !(v1 > v0)) return undefined;
  return (earlier.storyTallies ?? []).find((t) => t.day > d0 && t.day < d1 && t.value > v0 && t.value < v1 && intersects(t.events, earlier.info.events) && intersects(t.events, later.info.events));
}

/** Two dated counts of the pair's tally in its story, the later larger: the tally moved while the story was told. */
function grewInStory(p: Pair): [StoryTally, StoryTally] | undefined {
  const ofPair = (p.a.storyTallies ?? []).filter((t) => intersects(t.events, p.a.info.events) && intersects(t.events, p.b.info.events));
  ofPair.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  // From the last day back: the largest count of the days after each one.
  let largest: StoryTally | undefined;
  let from = ofPair.length;
  for (let i = ofPair.length - 1; i >= 0; i--) {
    while (from > i + 1 && ofPair[from - 1].day > ofPair[i].day) {
      from--;
      if (!largest || ofPair[from].value > largest.value) largest = ofPair[from];
    }
    if (largest && largest.value > ofPair[i].value) return [ofPair[i], largest];
  }
  return undefined;
}

/** One key per moment: a resolved span whatever its wording ("in 2024", "last year's"), else the words. */
export const timeKeyOf = (t: TimeValue | undefined) => (t ? (t.from && t.to ? `${t.from}/${t.to}` : `//${t.text.toLowerCase()}`) : '');

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

export const RULES: readonly Rule[] = [
  // Which story.
  {
    id: 'story.differs',
    verdict: 'different-measure',
    description: 'the two articles tell different stories (corpus/stories.ts): figures are compared within a story only',
    test: (p) => (p.a.story !== undefined && p.b.story !== undefined && p.a.story !== p.b.story ? 'different stories' : undefined),
  },
  {
    id: 'story.no-shared-actor',
    verdict: 'different-measure',
    description: 'without stories (a caller that does not group articles): the two articles each name actors, and none in common',
    test: (p) => (p.unrelated ? 'the articles name no actor in common' : undefined),
  },
  // What is counted.
  {
    id: 'measure.nationality-differs',
    verdict: 'different-measure',
    description: 'the figures count different national groups ("85 Cambodians", "1,000 people")',
    test: (p) => (p.a.info.nationality !== p.b.info.nationality ? 'different national groups' : undefined),
  },
  {
    id: 'measure.facet-differs',
    verdict: 'different-measure',
    description: 'one figure is a margin, an average, a per-unit amount, a sub-population or some places, the other is not the same kind',
    test: (p) => (p.a.info.facets !== p.b.info.facets ? `one is ${p.a.info.facets || 'a plain figure'}, the other ${p.b.info.facets || 'a plain figure'}` : undefined),
  },
  {
    id: 'measure.event-differs',
    verdict: 'different-measure',
    description: 'both name what happened, and it differs (arrested vs killed)',
    test: (p) => (p.a.info.events.size && p.b.info.events.size && !intersects(p.a.info.events, p.b.info.events) ? 'different events' : undefined),
  },
  {
    id: 'measure.class-differs',
    verdict: 'different-measure',
    description: 'both name the kind of thing counted, and it differs (people vs houses; people and one kind of people, such as workers, may be the same)',
    test: (p) => (p.a.info.classes.size && p.b.info.classes.size && !intersects(p.a.info.classes, p.b.info.classes) && !peopleOfAKind(p.a.info.classes, p.b.info.classes) ? 'different things counted' : undefined),
  },
  {
    id: 'measure.noun-differs',
    verdict: 'different-measure',
    description: 'the counted nouns are of different classes (tonnes vs containers; people and workers may be the same)',
    test: (p) =>
      p.a.info.nounClass && p.b.info.nounClass && p.a.info.nounClass !== p.b.info.nounClass && !peopleOfAKind(new Set([p.a.info.nounClass]), new Set([p.b.info.nounClass])) ? 'different counted nouns' : undefined,
  },
  {
    id: 'measure.subject-differs',
    verdict: 'different-measure',
    description: "the figures belong to different named actors (the winner's votes vs the runner-up's; a name and its shorter form, \"Edmundo Gonzalez\" and \"Edmundo Gonzalez Urrutia\", are one actor)",
    test: (p) => (p.a.info.subject && p.b.info.subject && !sameActorName(p.a.info.subject, p.b.info.subject) ? 'figures of different actors' : undefined),
  },
  {
    id: 'measure.nothing-shared',
    verdict: 'different-measure',
    description: 'the two measures share no word',
    test: (p) => (p.overlap.shared.length === 0 ? 'nothing in common' : undefined),
  },
  {
    id: 'measure.bare-against-noun',
    verdict: 'different-measure',
    description: 'a bare figure against a count of things outside the vocabulary: the bare one may count anything (unless the noun is the event both name: \"5,150,092 cast\" and \"2.75 million votes cast\")',
    test: (p) => {
      const [bareSide, nounSide] = bare(p.a.info) && rawNoun(p.b.info) ? [p.a, p.b] : bare(p.b.info) && rawNoun(p.a.info) ? [p.b, p.a] : [];
      if (!bareSide || !nounSide) return undefined;
      // "5,150,092 cast" and "2.75 million votes cast": the noun is the event both name.
      const noun = nounSide.info.nounClass!;
      return nounSide.info.events.has(noun) && bareSide.info.events.has(noun) ? undefined : 'a bare figure may count anything';
    },
  },
  {
    id: 'measure.noun-against-none',
    verdict: 'different-measure',
    description: 'one names what it counts, the other does not, and they share only a plain word',
    test: (p) =>
      Boolean(p.a.info.nounClass) !== Boolean(p.b.info.nounClass) && p.overlap.shared.every((w) => !p.a.info.events.has(w) && !p.a.info.classes.has(w) && !p.a.info.nationality.includes(w))
        ? 'only a plain word in common'
        : undefined,
  },
  {
    id: 'measure.generic-unsourced',
    verdict: 'different-measure',
    description: 'without stories (a caller that does not group articles): they share only people, countries or a unit, and no source; within a story this is evidence instead (evidence.generic-only)',
    test: (p) => (p.overlap.generic && !p.source && (p.a.story === undefined || p.b.story === undefined) ? 'only a generic word in common, and no shared source' : undefined),
  },

  // Place.
  {
    id: 'place.differs',
    verdict: 'different-scope',
    description: 'both name places and share none',
    test: (p) => {
      const places = disjointPlaces(p);
      if (!places) return undefined;
      const [pa, pb] = places;
      if (p.a.claim.unit.kind !== 'percent' && (countriesAgainstLocal(pa, pb) || countriesAgainstLocal(pb, pa))) return undefined;
      return `places differ: ${pa.join(', ')} vs ${pb.join(', ')}`;
    },
  },
  {
    id: 'place.within-country',
    verdict: 'agree-only',
    description: "a country's figure against one for a place that may lie in it: a part and its whole, unless the country's is the smaller",
    test: (p) => {
      const places = disjointPlaces(p);
      if (!places || p.a.claim.unit.kind === 'percent') return undefined;
      const [pa, pb] = places;
      if (countriesAgainstLocal(pa, pb)) return `${pb.join(', ')} may lie in ${pa.join(', ')}`;
      if (countriesAgainstLocal(pb, pa)) return `${pa.join(', ')} may lie in ${pb.join(', ')}`;
      return undefined;
    },
  },
  {
    id: 'place.not-named-in-other',
    verdict: 'different-scope',
    description: "one figure names a place the other article, which names several places, never names, unless at least half the story's articles name it (where the story happens)",
    test: (p) => {
      const [placed, other] = onePlaced(p) ?? [];
      if (!placed || !other?.articlePlaces || other.articlePlaces.size < 3) return undefined;
      if (placed.storyCorePlaces && placed.claim.scope.places.every((x) => placed.storyCorePlaces!.has(x))) return undefined;
      return placed.claim.scope.places.some((x) => other.articlePlaces!.has(x)) ? undefined : `${placed.claim.scope.places.join(', ')} is not named in the other article`;
    },
  },
  {
    id: 'place.split-by-place',
    verdict: 'different-scope',
    description: 'one figure is for one of several places its article counts separately; the other names none',
    test: (p) => {
      const [placed, other] = onePlaced(p) ?? [];
      if (!placed || !placed.splitByPlace) return undefined;
      if (other?.articlePlaces && other.articlePlaces.size >= 3 && placed.claim.scope.places.some((x) => other.articlePlaces!.has(x))) return undefined;
      return `${placed.claim.scope.places.join(', ')} is one of several places its article counts separately; the other figure names none`;
    },
  },

  {
    id: 'place.source-countries-differ',
    verdict: 'different-scope',
    description: "each figure is one country's, by the country it names or, naming no place, by the country whose body gives it (\"Israel's Health Ministry\", \"the Iranian army\"), and the two countries differ: in a war between two countries each side counts its own dead",
    test: (p) => {
      // Two places named are place.differs' to judge.
      if (p.a.claim.scope.places.length > 0 && p.b.claim.scope.places.length > 0) return undefined;
      const [ca, cb] = [countryOfFigure(p.a.claim), countryOfFigure(p.b.claim)];
      return ca && cb && ca !== cb ? `one counts in ${ca}, the other in ${cb} (by ${p.a.claim.scope.places.length ? 'its place' : 'its source'} and ${p.b.claim.scope.places.length ? 'its place' : 'its source'})` : undefined;
    },
  },

  // Time.
  {
    id: 'time.differs',
    verdict: 'different-scope',
    givesWayToDispute: true,
    givesWayToLaterMoment: true,
    description: 'both state a time, and the times cannot be the same (unless the two figures stand on either side of a dispute of their story, within two weeks of it: then they are rival counts, and the days are when each side was told); when the days are all that sets them apart and a later-moment rule reads them as a tally on two days, that rule decides (an update or a revision)',
    test: (p) => {
      const ta = p.a.claim.time;
      const tb = p.b.claim.time;
      return ta && tb && timesExclude(ta, tb) ? `times differ: ${ta.text} vs ${tb.text}` : undefined;
    },
  },
  {
    id: 'time.running-against-day',
    verdict: 'different-scope',
    description: 'a running total ("since the vote") against one day\'s figure',
    test: (p) => {
      const ta = p.a.claim.time;
      const tb = p.b.claim.time;
      if (!ta || !tb || (ta.kind === 'since') === (tb.kind === 'since')) return undefined;
      const other = ta.kind === 'since' ? tb : ta;
      return namesOneDay(other) ? `a running total (${(ta.kind === 'since' ? ta : tb).text}) against the figure for ${other.text}` : undefined;
    },
  },
  {
    id: 'time.period-against-undated',
    verdict: 'different-scope',
    description: 'a total over a period ("since January", "last year") against a figure that names no time (unless that one is a yearly figure)',
    test: (p) => {
      const ta = p.a.claim.time;
      const tb = p.b.claim.time;
      if (Boolean(ta) === Boolean(tb)) return undefined;
      const [timed, other] = ta ? [p.a, p.b] : [p.b, p.a];
      if (!isPeriod(timed.claim.time)) return undefined;
      if (other.claim.rate === 'year' && (timed.claim.time!.kind === 'year' || /\byear\b/i.test(timed.claim.time!.text))) return undefined;
      return `${timed.claim.time!.text} is a total over a period; the other figure names no time`;
    },
  },
  {
    id: 'time.years-differ',
    verdict: 'different-scope',
    description: 'both are pinned to a year, and the years differ',
    test: (p) => {
      const ya = p.a.claim.scope.year;
      const yb = p.b.claim.scope.year;
      return ya !== undefined && yb !== undefined && ya !== yb ? `years differ: ${ya} vs ${yb}` : undefined;
    },
  },
  {
    id: 'time.reported-separately',
    verdict: 'different-scope',
    description: 'the times differ, and the other article reports this time separately',
    test: (p) => {
      const ta = p.a.claim.time;
      const tb = p.b.claim.time;
      if (!ta || !tb || timeKeyOf(ta) === timeKeyOf(tb)) return undefined;
      return p.b.siblingTimes.has(timeKeyOf(ta)) || p.a.siblingTimes.has(timeKeyOf(tb)) ? `times differ: ${ta.text} vs ${tb.text}, which the other article reports separately` : undefined;
    },
  },
  {
    id: 'time.long-before',
    verdict: 'different-scope',
    description: `a figure whose stated time ended more than ${LONG_BEFORE_DAYS} days before the other figure's moment, which states no time as old: an earlier event's ("in October 2023 an earthquake here killed more than 1,500", in an explainer on a 2025 quake)`,
    test: (p) => {
      for (const [old, other] of [[p.a, p.b], [p.b, p.a]] as const) {
        const moment = other.claim.asOf;
        if (moment && endsLongBefore(old, moment) && !endsLongBefore(other, moment)) return `${old.claim.time!.text} is more than a year before the other figure's moment (${moment}): an earlier event`;
      }
      return undefined;
    },
  },
  {
    id: 'time.earlier-year',
    verdict: 'different-scope',
    description: 'a figure dated to an earlier year than its article\'s latest, against one that names no time: history',
    test: (p) => {
      if ((p.a.claim.scope.year === undefined) === (p.b.claim.scope.year === undefined)) return undefined;
      const [dated, other] = p.a.claim.scope.year !== undefined ? [p.a, p.b] : [p.b, p.a];
      if (other.claim.time || dated.latestYear === undefined || dated.claim.scope.year! >= dated.latestYear) return undefined;
      return `${dated.claim.scope.year} is earlier than the latest year its article reports (${dated.latestYear}); the other figure names no time`;
    },
  },
  {
    id: 'time.one-of-several-years',
    verdict: 'different-scope',
    description: 'a whole year\'s figure from an article that gives other times separately, against a figure that names no time',
    test: (p) => {
      if (Boolean(p.a.claim.time) === Boolean(p.b.claim.time)) return undefined;
      const timed = p.a.claim.time ? p.a : p.b;
      return timed.siblingTimes.size > 0 && isWholeYear(timed.claim.time) ? `${timed.claim.time!.text} is one of several times its article counts separately; the other figure names none` : undefined;
    },
  },
  {
    id: 'time.tally-moment-unknown',
    verdict: 'agree-only',
    givesWayToDispute: true,
    description: `a running tally (deaths, arrests, missing) in a story whose dated figures span more than ${UNDATED_TALLY_SPAN_DAYS} days, or whose dated counts of it grew from one day to a later one, where the moment of one figure is unknown and no stated time joins them: it may be an earlier or a later count, so figures that differ are never a conflict; unless both are settled totals told well after the story (in an article that looks back, "one year after", or pinned to a year before the article's)`,
    test: (p) => {
      if (!p.a.info.tally && !p.b.info.tally) return undefined;
      if (momentGap(p) !== undefined) return undefined;
      // Two stated days that meet join them ("on Wednesday" in both); a year or a month does not,
      // nor a weekday no date places against a dated day (it may be any week's Wednesday).
      const placed = (t: TimeValue | undefined) => t !== undefined && t.kind === 'day';
      const weekday = (t: TimeValue | undefined) => t !== undefined && t.kind === 'unresolved' && t.weekday !== undefined;
      const [ta, tb] = [p.a.claim.time, p.b.claim.time];
      if (((placed(ta) && placed(tb)) || (weekday(ta) && weekday(tb))) && !timesExclude(ta!, tb!)) return undefined;
      // Two settled totals, each told well after its story's first days, are one moment: the end.
      if (settled(p.a) && settled(p.b)) return undefined;
      const span = storySpan(p);
      if (span > UNDATED_TALLY_SPAN_DAYS) return `a running tally in a story reported over ${span + 1} days, and the moment of one figure is unknown: perhaps an earlier or a later count`;
      // However short the story, a count of it that grew from one dated day to a later one shows the tally moving.
      const grew = grewInStory(p);
      return grew ? `a running tally that grew in this story (${grew[0].value} on ${grew[0].day}, ${grew[1].value} on ${grew[1].day}), and the moment of one figure is unknown: perhaps an earlier or a later count` : undefined;
    },
  },
  {
    id: 'time.level-moment-unknown',
    verdict: 'agree-only',
    description: `a count of things, not people and not a running tally (flights cancelled, aircraft, structures), where one figure names no event (what happened to what it counts is left to the sentences around it), the two share no word for what happened besides the counted noun, and the moment of one figure is unknown, in a story whose dated figures span more than ${UNDATED_TALLY_SPAN_DAYS} days, with no stated time joining them: it may count another moment or another lot (Friday's flights or the weekend's, aircraft sent or aircraft downed), so figures that differ are never a conflict`,
    test: (p) => {
      if (p.a.info.tally || p.b.info.tally || p.a.claim.unit.kind !== 'count') return undefined;
      if (p.a.info.events.size > 0 && p.b.info.events.size > 0) return undefined;
      // A word for what happened that both use ("38,000 ballots annulled", "21,000 annulled ballots") says one measure.
      if ([...p.a.info.others].some((w) => w !== p.a.info.nounClass && w !== p.b.info.nounClass && p.b.info.others.has(w))) return undefined;
      // People ("1.3 million passengers", "30 people") are most often counted once, whatever the verb.
      if ([p.a, p.b].some((s) => s.info.nounClass !== undefined && (s.info.nounClass === 'person' || PERSON_CLASSES.has(s.info.nounClass)))) return undefined;
      if (momentGap(p) !== undefined) return undefined;
      const [ta, tb] = [p.a.claim.time, p.b.claim.time];
      if (ta && tb && !timesExclude(ta, tb)) return undefined;
      const span = storySpan(p);
      if (span <= UNDATED_TALLY_SPAN_DAYS) return undefined;
      const bare = p.a.info.events.size === 0 ? p.a : p.b;
      return `${bare.claim.text} names no event, and the moment of one figure is unknown in a story reported over ${span + 1} days: perhaps another moment or another lot`;
    },
  },
  {
    id: 'time.first-days-tally',
    verdict: 'agree-only',
    givesWayToDispute: true,
    description: `a tally whose two figures are both from the story's first ${FIRST_DAYS + 1} days (its first dated day and the next; a day an article restates more than 30 days later does not count as its first), unless two named sources give exact counts: the toll was still being counted, by the hour, so figures that differ are never a conflict ("a politician said more than 300", "local officials said 100 or more": each a count so far), unless "the governor said 40 were killed; police said 25"`,
    test: (p) => {
      if (!p.a.info.tally && !p.b.info.tally) return undefined;
      // "The governor said 40 were killed; police said 25": two named sources' counts on the first day dispute it.
      const counted = (s: Side) => s.sources.size > 0 && s.claim.interval.high !== null;
      if (counted(p.a) && counted(p.b) && !p.source) return undefined;
      const start = p.a.storyStart ?? p.b.storyStart;
      const x = p.a.claim.asOf;
      const y = p.b.claim.asOf;
      if (!start || !x || !y) return undefined;
      return daysBetween(start, x) <= FIRST_DAYS && daysBetween(start, y) <= FIRST_DAYS ? `both from the story's first days (${x}, ${y}; first report ${start}): a toll still being counted` : undefined;
    },
  },
  {
    id: 'time.other-moment',
    verdict: 'different-scope',
    description: `a measure that does not grow (people on board, an amount) reported for moments more than ${FIXED_MEASURE_DAYS} days apart: another occasion`,
    test: (p) => {
      if (p.a.info.tally || p.b.info.tally) return undefined;
      const gap = momentGap(p);
      return gap !== undefined && Math.abs(gap) > FIXED_MEASURE_DAYS ? `${p.a.claim.asOf} and ${p.b.claim.asOf} are ${Math.abs(gap)} days apart` : undefined;
    },
  },
  {
    id: 'time.later-tally',
    verdict: 'later-moment',
    givesWayToDispute: true,
    description: `a tally (deaths, arrests, evacuations) reported on different days up to ${TALLY_GROWTH_DAYS} days apart, or further apart when the earlier is within ${TALLY_GROWTH_DAYS} days of the story's first day (an early count against the final toll) or a third count of the story lies between them in day and value (a toll that grew for months): an update, or a revision when the later figure is lower`,
    test: (p) => {
      if (!p.a.info.tally && !p.b.info.tally) return undefined;
      const gap = momentGap(p);
      if (gap === undefined || gap === 0) return undefined;
      if (Math.abs(gap) <= TALLY_GROWTH_DAYS) return `reported for ${p.a.claim.asOf} and ${p.b.claim.asOf}`;
      // Past the window, both are settled figures restated, unless the earlier was counted while the toll still grew.
      const [earlier, later] = gap > 0 ? [p.a, p.b] : [p.b, p.a];
      const start = earlier.storyStart;
      if (start && daysBetween(start, earlier.claim.asOf!) <= TALLY_GROWTH_DAYS) {
        return `reported for ${p.a.claim.asOf} and ${p.b.claim.asOf}; ${earlier.claim.asOf} is within ${TALLY_GROWTH_DAYS} days of the story's first report (${start}), while the toll still grew`;
      }
      // Protests and wars go on for months: a third count of the story, dated between the two and
      // of a value between them, shows the toll still growing after the earlier one.
      const between = growthBetween(earlier, later);
      return between ? `reported for ${p.a.claim.asOf} and ${p.b.claim.asOf}; the story's count of ${between.value} on ${between.day} shows the toll still growing between them` : undefined;
    },
  },

  // Rate.
  {
    id: 'rate.differs',
    verdict: 'different-scope',
    description: 'both state a rate, and it differs (a year vs a month); never converted',
    test: (p) => (p.a.claim.rate && p.b.claim.rate && p.a.claim.rate !== p.b.claim.rate ? `rates differ (a ${p.a.claim.rate} vs a ${p.b.claim.rate}); Crosscheck does not convert between them` : undefined),
  },
  {
    id: 'rate.against-total',
    verdict: 'different-scope',
    description: 'a daily, weekly or monthly figure against a figure with no rate (a yearly one is still compared: articles drop "a year")',
    test: (p) => {
      const ra = p.a.claim.rate;
      const rb = p.b.claim.rate;
      if ((ra && rb) || (!ra && !rb)) return undefined;
      const rate = ra ?? rb;
      return rate !== 'year' ? `a ${rate}'s figure against one that states no rate; Crosscheck does not convert between them` : undefined;
    },
  },

  // Kinds of figures that only ever agree.
  {
    id: 'facet.portion',
    verdict: 'agree-only',
    description: 'a part ("Nine of the suspects", "in X alone"), an addition ("three more") or a superseded figure ("had stood at 19"): different figures are expected',
    test: (p) => (p.a.info.portion || p.b.info.portion ? 'a part, an addition or a superseded figure' : undefined),
  },
  {
    id: 'measure.places-without-event',
    verdict: 'agree-only',
    description: 'two counts of places (states, provinces, countries, villages) and neither names what happened there: which places is unstated (hit by a storm, under an emergency, with deaths), so different counts are expected',
    test: (p) => (isPlaceCount(p.a) && isPlaceCount(p.b) ? `counts of ${p.a.claim.unit.noun}s with no event named: which ones is unstated` : undefined),
  },
  {
    id: 'measure.noun-only',
    verdict: 'agree-only',
    description: `both figures count a noun and nothing else ("1.3 million customers" and "7.4 million customers", "500 troops" and "15,000 troops"; not a unit of measure): no event, no other word, no part or whose on either side; or one does and the other, counting the same noun, names no event either ("2,400 workers" and "seven workers making") in a story whose dated figures span more than ${UNDATED_TALLY_SPAN_DAYS} days, with the moment of one unknown; what happened to them is left to the sentences around them (without power or served, deployed or promised), so different counts prove nothing, unless both come from one source`,
    test: (p) => {
      if (p.source) return undefined;
      if (both(p, nounOnly)) return 'each figure counts a noun and says nothing of what happened to it';
      // One counts the noun alone, the other names no event either ("2,400 workers" and "seven workers making"):
      // what happened to them is no more said.
      // In a story told over days, with the moment of one unknown, they may count another lot or another moment.
      const [x, y] = nounOnly(p.a) ? [p.a, p.b] : nounOnly(p.b) ? [p.b, p.a] : [];
      if (!x || !y || y.info.events.size > 0 || y.info.nounClass !== x.info.nounClass || y.claim.unit.kind !== 'count' || y.info.portion) return undefined;
      if (momentGap(p) !== undefined || storySpan(p) <= UNDATED_TALLY_SPAN_DAYS) return undefined;
      return `one figure counts a noun alone, and the other names no event either, in a story reported over ${storySpan(p) + 1} days`;
    },
  },
  {
    id: 'measure.group-of-people',
    verdict: 'agree-only',
    description: 'one figure counts a group of people (women, children, civilians, foreigners: lexicon subgroupNouns) and the other does not count the same group ("four women" and "five people" killed; "10 girls" and "30 children"): a part of those counted, so different figures are expected',
    test: (p) => {
      const [x, y] = [p.a.info.group, p.b.info.group];
      if (x === y || (x === undefined && y === undefined)) return undefined;
      // "woman" -> "women", "child" -> "children", for a reason a reviewer reads.
      const plural = (g: string | undefined) => (g ? (pluralsOf(g)[0] ?? g) : 'people');
      return `one counts ${plural(x)}, the other ${plural(y)}: a group within those counted`;
    },
  },
  {
    id: 'modality.forecast',
    verdict: 'agree-only',
    description: 'a forecast or scenario ("could exceed 5,000") against a figure: a projection is not contradicted by a count',
    test: (p) => (p.a.claim.modality === 'forecast' || p.b.claim.modality === 'forecast' ? 'a forecast or scenario' : undefined),
  },

  // Rival figures.
  {
    id: 'story.rival-figures',
    verdict: 'dispute',
    description: 'an article of the story gives both figures side by side for one measure and one moment ("the government says 2,000 were buried; a UN agency put the toll at 670"): rival counts, not an earlier and a later one',
    test: (p) => (p.dispute ? 'rival figures from different sources, not an earlier and a later count' : undefined),
  },

  {
    id: 'time.lower-from-other-source',
    verdict: 'dispute',
    description: `a tally that only grows (not the missing or the displaced: lexicon fallingCounts) reported on different days up to ${TALLY_GROWTH_DAYS} days apart, lower on the later day but more than 1/${RIVAL_RATIO} of the earlier, and each figure attributed to a source the other does not name, neither a total over a list of places against a figure that names none: a toll does not fall, and a revision is a source correcting itself, so two sources disagree`,
    test: (p) => {
      if (!p.a.info.tally && !p.b.info.tally) return undefined;
      const gap = momentGap(p);
      if (gap === undefined || gap === 0 || Math.abs(gap) > TALLY_GROWTH_DAYS) return undefined;
      if (p.a.sources.size === 0 || p.b.sources.size === 0 || p.source) return undefined;
      // The missing are found, the displaced go home: those counts fall.
      if (either(p, (s) => [...s.info.events].some((e) => FALLING_COUNTS.has(e)))) return undefined;
      // A toll over a list of places against one that names none may be a total against a part
      // (a storm's toll across six states, a governor's for his own): no proof of a dispute.
      if ((p.a.claim.scope.places.length > 1 && p.b.claim.scope.places.length === 0) || (p.b.claim.scope.places.length > 1 && p.a.claim.scope.places.length === 0)) return undefined;
      const [earlier, later] = gap > 0 ? [p.a, p.b] : [p.b, p.a];
      const ie = earlier.claim.interval;
      const il = later.claim.interval;
      if (overlaps(ie, il) || !below(il, ie)) return undefined;
      // A rival count of one toll is of its order; a third of the earlier figure or less counts a
      // part (one city's dead, one day's) more often than it disputes the whole.
      if (il.high !== null && ie.low !== null && il.high * RIVAL_RATIO <= ie.low) return undefined;
      return `lower on the later day (${later.claim.text}, ${later.claim.asOf}, from ${later.claim.attribution}) than ${earlier.claim.text} (${earlier.claim.asOf}, from ${earlier.claim.attribution}): two sources disagree`;
    },
  },

  // Evidence that the two are one measure at one moment (weights fitted).
  {
    id: 'evidence.measure-overlap',
    verdict: 'evidence',
    direction: 'for',
    description: 'how much of what is counted the two share (weighted: events and nationalities most, then classes)',
    test: (p) => `same measure (${p.overlap.shared.join(', ')})`,
    value: (p) => p.overlap.similarity,
  },
  {
    id: 'evidence.shared-event',
    verdict: 'evidence',
    direction: 'for',
    description: 'both name the same event (killed, arrested, seized)',
    test: (p) => (intersects(p.a.info.events, p.b.info.events) ? 'both name the same event' : undefined),
  },
  {
    id: 'evidence.event-missing',
    verdict: 'evidence',
    direction: 'against',
    description: 'at least one names no event: what happened to what is counted is unknown',
    test: (p) => (either(p, (s) => s.info.events.size === 0) ? 'one names no event' : undefined),
  },
  {
    id: 'evidence.same-noun',
    verdict: 'evidence',
    direction: 'for',
    description: 'both name the same kind of counted thing',
    test: (p) => (p.a.info.nounClass && p.a.info.nounClass === p.b.info.nounClass ? `both count ${p.a.info.nounClass}` : undefined),
  },
  {
    id: 'evidence.single-word',
    verdict: 'evidence',
    direction: 'against',
    description: 'each measure is a single word: thin evidence',
    test: (p) => (both(p, (s) => s.info.words.size === 1) ? 'each measure is one word' : undefined),
  },
  {
    id: 'evidence.same-place',
    verdict: 'evidence',
    direction: 'for',
    description: 'both name a place, and share one',
    test: (p) => {
      const common = p.a.claim.scope.places.filter((x) => p.b.claim.scope.places.includes(x));
      return common.length ? `both in ${common.join(', ')}` : undefined;
    },
  },
  {
    id: 'evidence.place-missing',
    verdict: 'evidence',
    direction: 'against',
    description: 'only one names a place',
    test: (p) => (Boolean(p.a.claim.scope.places.length) !== Boolean(p.b.claim.scope.places.length) ? `only one names a place (${[...p.a.claim.scope.places, ...p.b.claim.scope.places].join(', ')})` : undefined),
  },
  {
    id: 'evidence.same-day',
    verdict: 'evidence',
    direction: 'for',
    description: 'both describe the same day (stated, or the articles\' dates)',
    test: (p) => (p.a.claim.asOf && p.a.claim.asOf === p.b.claim.asOf ? `both as of ${p.a.claim.asOf}` : undefined),
  },
  {
    id: 'evidence.moment-unknown',
    verdict: 'evidence',
    direction: 'against',
    description: 'the moment of one figure is unknown (no date in its article, no time stated)',
    test: (p) => (!p.a.claim.asOf || !p.b.claim.asOf ? 'the moment of one figure is unknown' : undefined),
  },
  {
    id: 'evidence.same-time-stated',
    verdict: 'evidence',
    direction: 'for',
    description: 'both state a time, and the times meet',
    test: (p) => (p.a.claim.time && p.b.claim.time && !timesExclude(p.a.claim.time, p.b.claim.time) ? `both ${p.a.claim.time.text} / ${p.b.claim.time.text}` : undefined),
  },
  {
    id: 'evidence.shared-source',
    verdict: 'evidence',
    direction: 'for',
    description: 'both are attributed to the same source',
    test: (p) => (p.source ? `both attributed to ${p.source} (${p.a.claim.attribution}; ${p.b.claim.attribution})` : undefined),
  },
  {
    id: 'evidence.same-rate',
    verdict: 'evidence',
    direction: 'for',
    description: 'both state the same rate',
    test: (p) => (p.a.claim.rate && p.a.claim.rate === p.b.claim.rate ? `both a ${p.a.claim.rate}` : undefined),
  },
  {
    id: 'evidence.rate-missing',
    verdict: 'evidence',
    direction: 'against',
    description: 'only one states a rate (compared as stated)',
    test: (p) => (Boolean(p.a.claim.rate) !== Boolean(p.b.claim.rate) ? `only one states a rate (a ${p.a.claim.rate ?? p.b.claim.rate}); compared as stated` : undefined),
  },
  {
    id: 'evidence.strangers',
    verdict: 'evidence',
    direction: 'against',
    description: 'the two articles name no place, organisation or person in common',
    test: (p) => (p.strangers ? 'the two articles name no place, organisation or person in common: perhaps different events' : undefined),
  },
  {
    id: 'evidence.generic-only',
    verdict: 'evidence',
    direction: 'against',
    description: 'within one story, they share only people, countries or a unit, and no source: weak evidence of one measure',
    test: (p) => (p.overlap.generic && !p.source ? 'only a generic word in common' : undefined),
  },
  {
    id: 'evidence.rival-figures',
    verdict: 'evidence',
    direction: 'for',
    description: 'an article of the story gives both figures side by side (story.rival-figures)',
    test: (p) => (p.dispute ? `${p.dispute.article} gives both ${p.dispute.texts[0]} and ${p.dispute.texts[1]}, from different sources` : undefined),
  },
  {
    id: 'evidence.vague',
    verdict: 'evidence',
    direction: 'against',
    description: 'one figure is a vague amount ("hundreds", "billions of")',
    test: (p) => (either(p, (s) => isVagueFigure(s.claim)) ? 'one figure is a vague amount' : undefined),
  },
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/** The pair's shared source, for the `Pair` record. */
export function pairOf(a: Side, b: Side, strangers: boolean, unrelated: boolean): Pair {
  return { a, b, overlap: overlapOf(a.info, b.info), source: sharedSourceOf(a.sources, b.sources), strangers, unrelated };
}

