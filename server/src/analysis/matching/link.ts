/**
 * Links claims about the same measure across articles: `agree` when their intervals overlap,
 * `conflict` when they cannot both hold, `different-scope` when the measure is the same but the
 * place, time or rate is not (kept for hints; never a conflict).
 *
 * Candidates come from buckets keyed by unit (currency code, percent, count), nationality and
 * one event of the measure (or, for measures without an event, one class of thing counted), so
 * the work grows with the number of claims that could match, not with all pairs. A pair is
 * examined in one bucket only (the first key both share), so no set of seen pairs is kept.
 *
 * When the caller gives each article's actors, articles that name no actor in common are taken
 * to be about different events and never linked; large buckets are then walked through the
 * actors' keys, so only claims of related articles meet. Actors that most articles name (a
 * country every story mentions) do not count as common ground.
 *
 * Currencies are compared only as stated: a claim whose text gives an equivalent ("2.5 billion
 * baht (about $70 million)") can be compared in either currency; no exchange rate is ever
 * invented. Per year and per month are never converted.
 */
import { describeIntervalCompact } from '../claimText';
import { below, clean, overlaps, scaleInterval, widen } from '../claims/interval';
import type { ArticleActor, ClaimLink, ClaimRef, Interval, NumericClaim } from '../types';
import { placeKey } from '../claims/scope';
import { unitOfMeasure } from './units';
import { categoryOf, intersects, measureInfo, type MeasureInfo } from './measure';
import { countriesAgainstLocal, isVagueFigure, pairOf, readsMoments, RULES, RULES_BY_ID, timeKeyOf, type Dispute, type Side, type StoryTally } from './rules';
import { daysBetween } from '../time/dates';
import { ESTIMATED_EVENTS, HARMED_CLASSES } from '../lexicon/claims';
import { confidenceOf, defaultWeights, featuresOf, type Weights } from './score';

export interface ConflictOptions {
  /** Relative tolerance of a bare round figure beyond its written precision (0.0 = none). */
  roundTolerance: number;
  /** Links below this confidence are dropped. */
  minConfidence: number;
  /** The evidence weights (./weights.json unless a fit is being evaluated). */
  weights?: Weights;
  /**
   * Only pairs with at least one claim in these articles are examined (the corpus relinks an
   * edited article against the rest this way, corpus/linking.ts). Every article is still read, so
   * the context of each pair is the same as in a full run.
   */
  focus?: ReadonlySet<string>;
}

export const defaultConflictOptions: ConflictOptions = { roundTolerance: 0, minConfidence: 0.5 };

/**
 * One article for the matcher. `actors` is optional context: with it, articles that name no
 * place, organisation or person in common are not linked at all (different events).
 */
export interface LinkInput {
  article: string;
  claims: readonly NumericClaim[];
  actors?: readonly ArticleActor[];
  /** The story the article belongs to: claims are compared within one story only. */
  story?: string;
  /** The day the article was written (`YYYY-MM-DD`), when known. */
  date?: string;
  /** The article counts the time since its event ("one year after"): written well after it. */
  looksBack?: boolean;
}

interface View {
  unitKey: string;
  interval: Interval;
  /** The currency the view is in, when it comes from an equivalent. */
  viaEquivalent?: string;
  /** For units of measure: the unit's size in its dimension's base unit, and that unit's name. */
  factor?: number;
  base?: string;
}

interface Entry extends Side {
  ref: ClaimRef;
  order: number;
  views: View[];
  /** Bucket keys where this claim is paired with every other member. */
  keys: string[];
  /** Bucket keys where it only meets claims that name no event (see bucketKeys). */
  passive: string[];
  /** The article's distinctive actor ids, sorted; undefined when no actors were given. */
  context?: Int32Array;
  /** Of those, the ones a large bucket is walked through (not the actor most of the workspace names). */
  walk?: Int32Array;
  /** How many actors the article names in all (small contexts prove little). */
  contextSize: number;
  siblingTimes: Set<string>;
  /** The disputes its story holds (shared by every entry of the story; see markDisputes). */
  disputes?: StoryDispute[];
}

/** A dispute (rules.ts) with the two entries it is between. */
interface StoryDispute extends Dispute {
  sides: [Entry, Entry];
}

/** Buckets larger than this are walked through actor keys when the articles give actors. */
const SMALL_BUCKET = 64;
/** A day an article restates more than this many days after it is history, not a first report. */
const RESTATED_DAYS = 30;
/** How many days from two rival figures a third may be and still side with one of them. */
const DISPUTE_DAYS = 14;
/** Within a large bucket, a story with at most this many claims in it has all of them meet. */
const STORY_BUCKET = 256;

function viewsOf(claim: NumericClaim, info: MeasureInfo): View[] {
  const unit = claim.unit;
  // Bodies counted: at least that many died.
  if (info.lowerBound && claim.interval.low !== null) return [{ unitKey: 'count', interval: { low: claim.interval.low, high: null, lowInclusive: claim.interval.lowInclusive, highInclusive: false } }];
  const key = unit.kind === 'currency' ? `cur:${unit.currency ?? '?'}` : unit.kind === 'percent' ? 'pct' : 'count';
  // Units of measure compare in their base unit: 2.4 tonnes is 2,400 kilograms.
  const measured = unit.kind === 'count' ? unitOfMeasure(unit.noun) : undefined;
  if (measured) return [{ unitKey: `count:${measured.dimension}`, interval: claim.interval, factor: measured.factor, base: measured.base }];
  const views: View[] = [{ unitKey: key, interval: claim.interval }];
  for (const e of claim.equivalents ?? []) {
    if (!e || e.unit?.kind !== 'currency' || !e.unit.currency || !e.interval) continue;
    const k = `cur:${e.unit.currency}`;
    if (!views.some((v) => v.unitKey === k)) views.push({ unitKey: k, interval: e.interval, viaEquivalent: e.unit.currency });
  }
  return views;
}

/**
 * A claim with events joins one bucket per unit view and event; one without events joins one per
 * class (or, failing that, per other word). Claims with events also wait passively in their class
 * buckets, where claims without events can find them ("300 homes" meets "300 homes destroyed").
 */
function bucketKeys(claim: NumericClaim, info: MeasureInfo, views: View[]): { keys: string[]; passive: string[] } {
  const keys: string[] = [];
  const passive: string[] = [];
  const others = [...info.words].filter((w) => categoryOf(w) === 'other');
  // People named by what befell them ("39 victims") are people: they meet the people counted.
  // (Other kinds of people, a toll's groups, meet them only through an event both name; once met,
  // measure.ts overlapOf weighs any kind of people as people.)
  const classes = [...info.classes].some((c) => HARMED_CLASSES.has(c)) && !info.classes.has('person') ? [...info.classes, 'person'] : [...info.classes];
  // Nationals of one country are counted apart from everyone else.
  for (const v of views) {
    const prefix = `${v.unitKey}|${info.nationality}|`;
    if (info.events.size) {
      for (const e of info.events) keys.push(`${prefix}e:${e}`);
      for (const c of classes) passive.push(`${prefix}c:${c}`);
      // "2.4 tonnes of cocaine seized" waits where "2,400 kilograms of cocaine" (no event) looks.
      if (info.classes.size === 0) for (const o of others) passive.push(`${prefix}o:${o}`);
    } else if (classes.length) {
      for (const c of classes) keys.push(`${prefix}c:${c}`);
    } else {
      for (const o of others) keys.push(`${prefix}o:${o}`);
    }
  }
  return { keys: [...new Set(keys)].sort(), passive: [...new Set(passive)].sort() };
}

/** The first bucket key in which the pair meets: the pair is examined there and nowhere else. */
function firstSharedKey(a: Entry, b: Entry): string | undefined {
  let best = smallestShared(a.keys, b.keys, undefined);
  best = smallestShared(a.keys, b.passive, best);
  return smallestShared(a.passive, b.keys, best);
}

function smallestShared(xs: readonly string[], ys: readonly string[], best: string | undefined): string | undefined {
  for (const x of xs) if ((best === undefined || x < best) && ys.includes(x)) best = x;
  return best;
}

/** Slack a reader grants the lower edge of a bare vague amount ("hundreds" of a toll of 198). */
const VAGUE_LOW_SLACK = 0.1;

/**
 * How far reporters' open bounds reach: "more than 670" is read as somewhat more than 670, not any
 * number above it, and "up to 50,000" as somewhat less than 50,000 ("more than 670" against "more
 * than 2,000" is a dispute, not an agreement). Fitted on the development half (fit/README.md).
 */
export const OPEN_BOUND_REACH = 1.5;

/** A one-sided interval closed at the reach of its bound; two-sided ones as they are. */
function reach(i: Interval): Interval {
  // Three significant digits: the reach is a reading, not a measurement.
  const approx = (n: number) => Number(n.toPrecision(3));
  if (i.high === null && i.low !== null && i.low > 0) return { ...i, high: approx(i.low * OPEN_BOUND_REACH), highInclusive: true };
  if (i.low === 0 && i.high !== null && i.high > 0) return { ...i, low: approx(i.high / OPEN_BOUND_REACH), lowInclusive: true };
  return i;
}

function widenRound(c: NumericClaim, i: Interval, tolerance: number, keepOpen = false): Interval {
  // A view open above where the claim itself is not has no reach: the view the matcher opens for
  // bodies counted (at least that many died), and also a stated equivalent with an open bound ("$5
  // million (more than 20 billion riel)"), which this test catches too. Against a body count,
  // "more than 10" keeps its open bound as well (`keepOpen`): two lower bounds never clash.
  if (i.high === null && (keepOpen || c.interval.high !== null)) return i;
  i = reach(i);
  if (c.qualifier.startsWith('vague amount') && i.low !== null && i.low > 0) {
    // A vague amount is said loosely near its lower edge: that edge gets the slack of "nearly".
    return { ...i, low: clean(i.low * (1 - VAGUE_LOW_SLACK)) };
  }
  return c.qualifier === 'bare round figure' ? widen(i, tolerance) : i;
}

function commonViews(a: Entry, b: Entry): [View, View] | undefined {
  for (const va of a.views) for (const vb of b.views) if (va.unitKey === vb.unitKey) return [va, vb];
  return undefined;
}

function sharesContext(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

const MEASURE_RULES = RULES.filter((r) => r.verdict === 'different-measure' && r.id.startsWith('measure.'));
const DISPUTE_RULES = RULES.filter((r) => r.verdict === 'dispute');

/** Whether two claims of one article count the same thing (no measure rule tells them apart). */
function sameMeasure(a: Entry, b: Entry): boolean {
  if (a.claim.unit.kind !== b.claim.unit.kind) return false;
  const p = pairOf(a, b, false, false);
  return MEASURE_RULES.every((r) => r.test(p) === undefined);
}

/** Marks claims whose article states the same measure for another explicit place or time. */
function markSplitByPlace(entries: Entry[]): void {
  let from = 0;
  while (from < entries.length) {
    let to = from;
    while (to < entries.length && entries[to].ref.article === entries[from].ref.article) to++;
    for (let i = from; i < to; i++) {
      const ti = entries[i].claim.time;
      for (let j = from; j < to; j++) {
        const tj = entries[j].claim.time;
        if (i === j || !ti || !tj || timeKeyOf(ti) === timeKeyOf(tj)) continue;
        if (sameMeasure(entries[i], entries[j])) entries[i].siblingTimes.add(timeKeyOf(tj));
      }
      const pi = entries[i].claim.scope.places;
      if (pi.length === 0) continue;
      for (let j = from; j < to; j++) {
        const pj = entries[j].claim.scope.places;
        if (i === j || pj.length === 0 || pj.some((p) => pi.includes(p))) continue;
        // One figure told for two names of a place ("30 died at the Sangam", "30 died at the Kumbh")
        // is one count placed twice; a split gives each place its own, exact figure.
        if (isVagueFigure(entries[i].claim) || isVagueFigure(entries[j].claim) || overlaps(entries[i].claim.interval, entries[j].claim.interval)) continue;
        // A country's figure beside its towns' ("13 killed across Nigeria … six in Suleja") is the
        // whole, not one of the places counted separately.
        if (countriesAgainstLocal(pi, pj)) continue;
        if (sameMeasure(entries[i], entries[j])) {
          entries[i].splitByPlace = true;
          break;
        }
      }
    }
    from = to;
  }
}

/**
 * Whether one article gives two figures for one measure at one moment from rival sources ("the
 * government says more than 2,000 … a UN agency put the toll at 670"): same unit, the same event
 * of those that sources estimate from outside (lexicon matching.json estimatedEvents), both
 * attributed and to no source in common, no rule that tells them apart or puts them in different
 * scopes (other than the rules that read an earlier and a later count, which cannot apply inside
 * one article), neither a vague amount, and figures that cannot both hold.
 */

function isDispute(a: Entry, b: Entry): boolean {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.unit.kind !== cb.unit.kind || a.sources.size === 0 || b.sources.size === 0) return false;
  if (![...a.info.events].some((e) => ESTIMATED_EVENTS.has(e) && b.info.events.has(e))) return false;
  if (isVagueFigure(ca) || isVagueFigure(cb) || !firstSharedKey(a, b)) return false;
  const views = commonViews(a, b);
  if (!views || overlaps(widenRound(ca, views[0].interval, 0), widenRound(cb, views[1].interval, 0))) return false;
  const p = pairOf(a, b, false, false);
  if (p.source) return false;
  // A sentence that disputes a count ("disputed the toll, saying there were 12") names when each side spoke, not two moments counted.
  const spoken = ca.rival === true || cb.rival === true;
  // "34 deaths overall … at least three killed the previous day, the hospital said on Friday": a
  // figure with a time of its own beside one with none is a day's count beside the whole.
  if (!spoken && Boolean(ca.time) !== Boolean(cb.time)) return false;
  for (const rule of RULES) {
    if (rule.verdict === 'evidence' || rule.verdict === 'dispute' || rule.givesWayToDispute || (spoken && readsMoments(rule))) continue;
    if (rule.test(p) !== undefined) return false;
  }
  return true;
}

/** A figure's point value: its lower bound, else its upper one. */
const pointOf = (c: NumericClaim) => c.interval.low ?? c.interval.high ?? 0;

/**
 * Two figures of one article that are parts of a whole, not rivals: the article gives a larger
 * figure for the measure ("nine arrested: four in Vietnam, three in Nigeria, two in Malaysia"), or
 * other figures of it that make up the difference ("five arrested … three in Valencia, two in
 * Kraków").
 */
function breakdown(lo: Entry, hi: Entry, article: readonly Entry[]): boolean {
  const others: number[] = [];
  for (const e of article) {
    if (e === lo || e === hi || e.claim.unit.kind !== hi.claim.unit.kind || isVagueFigure(e.claim) || !sameMeasure(e, hi)) continue;
    const v = pointOf(e.claim);
    if (v > pointOf(hi.claim)) return true;
    // The same figure told again is neither a part nor a whole.
    if (v > 0 && v !== pointOf(hi.claim) && v !== pointOf(lo.claim) && others.length < 12) others.push(v);
  }
  const gap = pointOf(hi.claim) - pointOf(lo.claim);
  // Whether some of the other figures add up to the gap (at most 2^12 subsets).
  const sums = new Set<number>([0]);
  for (const v of others) for (const t of [...sums]) sums.add(t + v);
  return sums.has(gap) || sums.has(pointOf(hi.claim));
}

/** Finds, per story, the pairs of figures one article gives side by side (see isDispute). */
function markDisputes(entries: Entry[]): void {
  const byStory = new Map<string, StoryDispute[]>();
  let from = 0;
  while (from < entries.length) {
    let to = from;
    while (to < entries.length && entries[to].ref.article === entries[from].ref.article) to++;
    for (let i = from; i < to; i++)
      for (let j = i + 1; j < to; j++) {
        if (!isDispute(entries[i], entries[j])) continue;
        const [lo, hi] = below(entries[i].claim.interval, entries[j].claim.interval) ? [entries[i], entries[j]] : [entries[j], entries[i]];
        if (breakdown(lo, hi, entries.slice(from, to))) continue;
        const key = entries[i].story ?? '';
        let list = byStory.get(key);
        if (!list) byStory.set(key, (list = []));
        list.push({ article: entries[i].ref.article, texts: [lo.claim.text, hi.claim.text], sides: [lo, hi] });
      }
    from = to;
  }
  if (byStory.size === 0) return;
  for (const e of entries) e.disputes = byStory.get(e.story ?? '');
}

/** A figure is on one side of a dispute: not a vague amount, the same event, no measure rule tells them apart, and they agree. */
function onSide(x: Entry, side: Entry): boolean {
  if (x === side) return true;
  // A count from days after the dispute (a running total months later) sides with neither figure.
  if (x.claim.asOf && side.claim.asOf && Math.abs(daysBetween(x.claim.asOf, side.claim.asOf)) > DISPUTE_DAYS) return false;
  // A total over a year or a named period ("the previous year, more than 1,000 were killed") is
  // another moment's count, no side of a dispute over one that names no such period.
  const period = (e: Entry) => e.claim.time !== undefined && (e.claim.time.kind === 'period' || e.claim.time.kind === 'year');
  if (period(x) && !period(side)) return false;
  if (isVagueFigure(x.claim) || x.claim.unit.kind !== side.claim.unit.kind || !intersects(x.info.events, side.info.events)) return false;
  const views = commonViews(x, side);
  // "670" stands on the side of "more than 670": the bounds are taken as closed.
  const closed = (i: Interval): Interval => ({ ...i, lowInclusive: true, highInclusive: true });
  // A body count sides with the figures near it, not with every larger one its lower bound allows.
  const own = (e: Entry, v: View) => (e.info.lowerBound ? e.claim.interval : v.interval);
  if (!views || !overlaps(closed(widenRound(x.claim, own(x, views[0]), 0)), closed(widenRound(side.claim, own(side, views[1]), 0)))) return false;
  return sameMeasure(x, side);
}

/** The dispute of their story that the two figures stand on either side of, if any. */
function disputeBetween(a: Entry, b: Entry): Dispute | undefined {
  for (const d of a.disputes ?? []) {
    const [lo, hi] = d.sides;
    const [aLo, aHi, bLo, bHi] = [onSide(a, lo), onSide(a, hi), onSide(b, lo), onSide(b, hi)];
    if ((aLo && bHi && !aHi && !bLo) || (aHi && bLo && !aLo && !bHi)) return { article: d.article, texts: d.texts };
  }
  return undefined;
}

function round2(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

/** A scored candidate, before the confidence threshold: what the fit and the calibration read. */
export interface ScoredPair {
  a: ClaimRef;
  b: ClaimRef;
  /** Evidence values by rule id. */
  features: Record<string, number>;
  confidence: number;
  /** The relation the pair would get (undefined: no link, e.g. a part against its whole that disagrees). */
  relation?: ClaimLink['relation'];
  rules: string[];
}

function compare(a: Entry, b: Entry, options: ConflictOptions, scored?: ScoredPair[]): ClaimLink | undefined {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.unit.kind !== cb.unit.kind) return undefined;
  const views = commonViews(a, b);
  if (!views) return undefined;
  let strangers = false;
  let unrelated = false;
  if (a.story === undefined && a.context && b.context && !sharesContext(a.context, b.context)) {
    // Two articles that each name actors and share none are most likely about different events.
    strangers = a.contextSize > 0 && b.contextSize > 0;
    unrelated = strangers;
  } else if (a.context && b.context && !sharesContext(a.context, b.context)) strangers = a.contextSize > 0 && b.contextSize > 0;
  const pair = pairOf(a, b, strangers, unrelated);
  pair.dispute = disputeBetween(a, b);
  // The dispute rules first (each tested once): when one fires, the rules that read two moments give way.
  const disputeReasons = new Map(DISPUTE_RULES.map((r) => [r, r.test(pair)]));
  const disputed = [...disputeReasons.values()].some((reason) => reason !== undefined);
  const fired: { id: string; verdict: string; reason: string }[] = [];
  for (const rule of RULES) {
    if (rule.verdict === 'evidence' || (disputed && rule.givesWayToDispute)) continue;
    const reason = disputeReasons.has(rule) ? disputeReasons.get(rule) : rule.test(pair);
    if (reason === undefined) continue;
    // A measure rule decides alone: the figures count different things.
    if (rule.verdict === 'different-measure') return undefined;
    fired.push({ id: rule.id, verdict: rule.verdict, reason });
  }
  const { values, reasons: evidence } = featuresOf(pair);
  const has = (verdict: string) => fired.some((f) => f.verdict === verdict);

  const reasons: string[] = [];
  const labels = ca.measure.label === cb.measure.label ? `"${ca.measure.label}"` : `"${ca.measure.label}" / "${cb.measure.label}"`;
  reasons.push(`${evidence.get('evidence.measure-overlap')}: ${labels}`);
  for (const [id, reason] of evidence) if (id !== 'evidence.measure-overlap') reasons.push(reason);
  const [va, vb] = views;
  if (va.viaEquivalent || vb.viaEquivalent) reasons.push(`compared in ${va.viaEquivalent ?? vb.viaEquivalent}, as the text itself states it`);
  let inA = va.interval;
  let inB = vb.interval;
  if (va.factor !== undefined && vb.factor !== undefined && va.factor !== vb.factor) {
    // "2.4 tonnes" against "2,400 kilograms": both in the base unit.
    inA = scaleInterval(inA, va.factor);
    inB = scaleInterval(inB, vb.factor);
    reasons.push(`compared in ${va.base}: ${ca.unit.noun} and ${cb.unit.noun} converted`);
  }
  const bound = a.info.lowerBound || b.info.lowerBound;
  let ia = widenRound(ca, inA, options.roundTolerance, bound);
  let ib = widenRound(cb, inB, options.roundTolerance, bound);
  // "over 670" in one article, "670" in another: the same estimate with and without its "more
  // than"; the bound is the figure the other states.
  [ia, ib] = [boundAt(ia, ib), boundAt(ib, ia)];
  const sa = `${ca.text} (${describeIntervalCompact(ia)})`;
  const sb = `${cb.text} (${describeIntervalCompact(ib)})`;

  let relation: ClaimLink['relation'] | undefined;
  const within = fired.find((f) => f.id === 'place.within-country');
  // A tally stated for two days ("rose to 20 on Wednesday", "31 on Friday") is one measure at two
  // moments: when the scope rules that fired all give way to a later moment, that rule decides.
  const onlyMoments = fired.filter((f) => f.verdict === 'different-scope').every((f) => RULES_BY_ID.get(f.id)?.givesWayToLaterMoment);
  if (has('different-scope') && !(onlyMoments && has('later-moment'))) {
    relation = 'different-scope';
    for (const f of fired) if (f.verdict === 'different-scope') reasons.push(f.reason);
    reasons.push(`not compared: ${sa} and ${sb} may both hold in their own scopes`);
  } else if (has('later-moment')) {
    const later = (ca.asOf ?? '') < (cb.asOf ?? '') ? ib : ia;
    const earlier = later === ib ? ia : ib;
    relation = below(later, earlier) ? 'revision' : 'update';
    reasons.push(fired.find((f) => f.verdict === 'later-moment')!.reason);
    reasons.push(relation === 'revision' ? `the later figure is lower: ${sa} and ${sb} read as a revision` : `the later figure is the same or higher: an update`);
  } else if (overlaps(ia, ib)) {
    relation = 'agree';
    for (const f of fired) if (f.verdict === 'agree-only') reasons.push(f.reason);
    reasons.push(`${sa} and ${sb} can both hold`);
  } else if (within) {
    // The country's figure is at least the town's: a part and its whole, not a contradiction;
    // a country's figure below the town's cannot be right, unless another rule says disagreement
    // proves nothing here (an earlier count, a forecast).
    const countryIsA = ca.scope.places.length === 1 && within.reason.endsWith(`in ${ca.scope.places[0]}`);
    const otherAgreeOnly = fired.find((f) => f.verdict === 'agree-only' && f !== within);
    if (otherAgreeOnly) relation = undefined;
    else if (countryIsA ? !below(ia, ib) : !below(ib, ia)) {
      relation = 'different-scope';
      reasons.push(within.reason, `not compared: ${sa} and ${sb} may be a place and the country it lies in`);
    } else {
      relation = 'conflict';
      reasons.push(within.reason, `${sa} and ${sb} cannot both hold: the country's figure is below the place's`);
    }
  } else if (has('agree-only')) {
    relation = undefined;
  } else {
    relation = 'conflict';
    const dispute = fired.find((f) => f.verdict === 'dispute');
    if (dispute) reasons.push(dispute.reason);
    reasons.push(`${sa} and ${sb} cannot both hold`);
  }
  const rules = [...fired.map((f) => f.id), ...evidence.keys()].filter((id, k, all) => all.indexOf(id) === k);
  const confidence = round2(confidenceOf(values, options.weights ?? defaultWeights, relation));
  scored?.push({ a: a.ref, b: b.ref, features: values, confidence, relation, rules });
  if (!relation || confidence < options.minConfidence) return undefined;
  return { a: a.ref, b: b.ref, relation, confidence, reasons, rules };
}

/** `i` with its strict lower bound made inclusive when `other` is exactly that bound ("over 670" against "670"). */
function boundAt(i: Interval, other: Interval): Interval {
  return !i.lowInclusive && i.low !== null && other.lowInclusive && other.highInclusive && other.low === i.low && other.high === i.low ? { ...i, lowInclusive: true } : i;
}

export function linkClaims(articles: readonly LinkInput[], options: ConflictOptions = defaultConflictOptions): ClaimLink[] {
  try {
    return link(articles, options);
  } catch {
    return [];
  }
}

/**
 * Every candidate pair the matcher examines, with its evidence values, confidence and the relation
 * it would get, whatever the threshold: what the weight fit (fit/fit.ts) and the calibration table
 * of `npm run eval` read. Pairs a measure rule tells apart are not candidates.
 */
export function scorePairs(articles: readonly LinkInput[], options: ConflictOptions = defaultConflictOptions): ScoredPair[] {
  const scored: ScoredPair[] = [];
  link(articles, { ...options, minConfidence: 0 }, scored);
  return scored;
}

/**
 * Interns actor keys and drops the ones many articles name: they tell no events apart. An actor
 * most of the workspace names is its own story's (a folder of one story names its country in every
 * article): it stays in the context, as in story grouping (corpus/stories.ts), but a large bucket
 * is never walked through it (every pair would meet).
 */
function contexts(articles: readonly LinkInput[]): { context?: Int32Array; walk?: Int32Array }[] {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  // Per article: the ids of its actors' names, then those of their first words (see below).
  const perArticle: ({ names: number[]; all: number[] } | undefined)[] = articles.map((a) => {
    if (!a || !Array.isArray(a.actors)) return undefined;
    const names = new Set<number>();
    const firstWords = new Set<number>();
    for (const actor of a.actors) {
      // Nationality groups ("Cambodian nationals") turn up in unrelated stories; names do not.
      if (!actor || actor.kind === 'group' || typeof actor.key !== 'string') continue;
      names.add(idOf(actor.key));
      // A name of three words or more also names what its first words name: "Maha Kumbh Mela"
      // is the "Maha Kumbh" another article names, whatever kind each article read it as. That
      // makes two articles no strangers; it opens no walk through a large bucket.
      const cut = actor.key.lastIndexOf(' ');
      if (cut > 0 && actor.key.indexOf(' ') < cut) firstWords.add(idOf(actor.key.slice(0, cut)));
    }
    for (const id of names) firstWords.delete(id);
    return { names: [...names], all: [...names, ...firstWords] };
  });
  const withContext = perArticle.filter((c) => c !== undefined).length;
  const frequency = new Int32Array(ids.size);
  for (const c of perArticle) if (c) for (const id of c.all) frequency[id]++;
  const ubiquitous = Math.max(10, Math.ceil(withContext * 0.25));
  const namedByMost = (id: number) => frequency[id] * 2 > withContext;
  return perArticle.map((c) =>
    c
      ? {
          context: Int32Array.from(c.all.filter((id) => frequency[id] <= ubiquitous || namedByMost(id))).sort(),
          walk: Int32Array.from(c.names.filter((id) => frequency[id] <= ubiquitous)).sort(),
        }
      : {},
  );
}

function link(articles: readonly LinkInput[], options: ConflictOptions, scored?: ScoredPair[]): ClaimLink[] {
  const entries = entriesOf(articles);
  return linkEntries(entries, options, scored);
}

function entriesOf(articles: readonly LinkInput[]): Entry[] {
  const orderOf = new Map<string, number>();
  articles.forEach((a, i) => {
    if (a && typeof a.article === 'string' && !orderOf.has(a.article)) orderOf.set(a.article, i);
  });
  const articleContexts = contexts(articles);
  const entries: Entry[] = [];
  /** The places each article of a story names, for the articles with figures. */
  const storyPlaces = new Map<string, ReadonlySet<string>[]>();
  articles.forEach((a, order) => {
    if (!a || !Array.isArray(a.claims)) return;
    // An article without claims gives no entries (the corpus passes such articles for their actors).
    if (a.claims.length === 0) return;
    const { context, walk } = articleContexts[order];
    let articlePlaces: Set<string> | undefined;
    if (Array.isArray(a.actors)) {
      articlePlaces = new Set();
      for (const actor of a.actors) if (actor && actor.kind === 'place' && typeof actor.key === 'string') articlePlaces.add(placeKey(actor.key));
      for (const c of a.claims) for (const p of c?.scope?.places ?? []) articlePlaces.add(placeKey(p));
    }
    const contextSize = Array.isArray(a.actors) ? a.actors.filter((x) => x && x.kind !== 'group').length : 0;
    let latestYear: number | undefined;
    for (const c of a.claims) {
      const y = c?.scope?.year;
      if (typeof y === 'number' && (latestYear === undefined || y > latestYear)) latestYear = y;
    }
    const story = typeof a.story === 'string' ? a.story : undefined;
    if (story !== undefined && articlePlaces) {
      const list = storyPlaces.get(story);
      if (list) list.push(articlePlaces);
      else storyPlaces.set(story, [articlePlaces]);
    }
    const articleDay = typeof a.date === 'string' && /^\d{4}-\d\d-\d\d$/.test(a.date) ? a.date : undefined;
    const looksBack = a.looksBack === true;
    a.claims.forEach((claim, index) => {
      if (!claim || !claim.counted || !Array.isArray(claim.facets) || !claim.interval || !claim.unit || !claim.scope) return;
      const info = measureInfo(claim);
      const views = viewsOf(claim, info);
      const { keys, passive } = bucketKeys(claim, info, views);
      if (keys.length === 0) return;
      entries.push({
        ref: { article: a.article, index }, order: orderOf.get(a.article) ?? order, claim, info, views, keys, passive, context, walk, contextSize,
        articlePlaces, splitByPlace: false, siblingTimes: new Set(), latestYear, story, articleDay, looksBack, sources: new Set(Array.isArray(claim.sourceKeys) ? claim.sourceKeys : []),
      });
    });
  });
  // How long each story runs (the first and last days its figures are told as news; the first is
  // its start), and its dated tallies (for the growth between two of them).
  const span = new Map<string, { first: string; last: string }>();
  const tallies = new Map<string, StoryTally[]>();
  for (const e of entries) {
    const day = e.claim.asOf;
    if (e.story === undefined || typeof day !== 'string') continue;
    // A day an article restates weeks later ("on 14 October", in a November follow-up; "in
    // October 2023 an earthquake here killed 1,500") is history, and may be misdated: the story is
    // reported over the days its figures are told as news.
    const restated = e.articleDay !== undefined && daysBetween(day, e.articleDay) > RESTATED_DAYS;
    const s = span.get(e.story);
    if (!restated) {
      if (!s) span.set(e.story, { first: day, last: day });
      else if (day < s.first) s.first = day;
      else if (day > s.last) s.last = day;
    }
    if (!e.info.tally || typeof e.claim.value !== 'number') continue;
    let list = tallies.get(e.story);
    if (!list) tallies.set(e.story, (list = []));
    list.push({ day, value: e.claim.value, events: e.info.events });
  }
  const corePlaces = corePlacesOf(storyPlaces);
  for (const e of entries) {
    const core = e.story === undefined ? undefined : corePlaces.get(e.story);
    if (core) e.storyCorePlaces = core;
    if (e.story === undefined) continue;
    const s = span.get(e.story);
    if (s) {
      e.storySpanDays = Math.abs(daysBetween(s.first, s.last));
      e.storyStart = s.first;
    }
    e.storyTallies = tallies.get(e.story);
  }
  markSplitByPlace(entries);
  markDisputes(entries);
  return entries;
}

/** Where each story of three articles or more happens: the places at least half its articles name. */
function corePlacesOf(storyPlaces: ReadonlyMap<string, readonly ReadonlySet<string>[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [story, lists] of storyPlaces) {
    if (lists.length < 3) continue;
    const counts = new Map<string, number>();
    for (const places of lists) for (const place of places) counts.set(place, (counts.get(place) ?? 0) + 1);
    out.set(story, new Set([...counts].filter(([, c]) => 2 * c >= lists.length).map(([place]) => place)));
  }
  return out;
}

function linkEntries(entries: Entry[], options: ConflictOptions, scored?: ScoredPair[]): ClaimLink[] {
  // Bucket members: actives pair with everyone; passives only with actives.
  const buckets = new Map<string, { active: number[]; passive: number[] }>();
  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { active: [], passive: [] }));
    return b;
  };
  entries.forEach((e, i) => {
    for (const k of e.keys) bucket(k).active.push(i);
    for (const k of e.passive) bucket(k).passive.push(i);
  });

  const links: { link: ClaimLink; a: Entry; b: Entry }[] = [];
  // Marks partners already met by the current claim in the current bucket.
  const stamp = new Int32Array(entries.length);
  let tick = 0;
  const examine = (key: string, i: number, j: number) => {
    const a = entries[i];
    const b = entries[j];
    if (a.ref.article === b.ref.article) return;
    if (options.focus && !options.focus.has(a.ref.article) && !options.focus.has(b.ref.article)) return;
    // Rule story.differs, decided before the cost of comparing: it ends the pair either way.
    if (a.story !== undefined && b.story !== undefined && a.story !== b.story) return;
    if (firstSharedKey(a, b) !== key) return;
    const [x, y] = a.order < b.order || (a.order === b.order && i < j) ? [a, b] : [b, a];
    const l = compare(x, y, options, scored);
    if (l) links.push({ link: l, a: x, b: y });
  };

  for (const [key, { active, passive }] of buckets) {
    const members = [...active, ...passive];
    if (active.length === 0 || members.length < 2) continue;
    const isActive = new Set(active);
    if (members.length <= SMALL_BUCKET) {
      for (let p = 0; p < members.length; p++)
        for (let q = p + 1; q < members.length; q++) {
          const i = members[p];
          const j = members[q];
          if (isActive.has(i) || isActive.has(j)) examine(key, i, j);
        }
      continue;
    }
    // A large bucket: the claims of one story meet each other when the story's share of the
    // bucket is small enough to pair all of it (the stories already tell events apart).
    const byStory = new Map<string, number[]>();
    const rest: number[] = [];
    for (const m of members) {
      const story = entries[m].story;
      if (story === undefined) {
        rest.push(m);
        continue;
      }
      let list = byStory.get(story);
      if (!list) byStory.set(story, (list = []));
      list.push(m);
    }
    for (const list of byStory.values()) {
      if (list.length > STORY_BUCKET) rest.push(...list);
      else
        for (let p = 0; p < list.length; p++)
          for (let q = p + 1; q < list.length; q++) if (isActive.has(list[p]) || isActive.has(list[q])) examine(key, list[p], list[q]);
    }
    if (rest.length < 2) continue;
    // Otherwise each claim meets only claims of articles that share an actor with its own, and
    // claims of articles that gave no actors.
    const byActor = new Map<number, number[]>();
    const open: number[] = [];
    for (const m of rest) {
      const ctx = entries[m].walk;
      if (!ctx || entries[m].contextSize < 2) open.push(m);
      else for (const id of ctx) {
        let list = byActor.get(id);
        if (!list) byActor.set(id, (list = []));
        list.push(m);
      }
    }
    for (const i of rest) {
      const mark = ++tick;
      const ctx = entries[i].walk;
      const partners: number[][] = !ctx || entries[i].contextSize < 2 ? [rest] : [open, ...[...ctx].map((id) => byActor.get(id) ?? [])];
      for (const list of partners)
        for (const j of list) {
          if (j <= i || stamp[j] === mark) continue;
          stamp[j] = mark;
          if (isActive.has(i) || isActive.has(j)) examine(key, i, j);
        }
    }
  }

  links.sort((l, m) => l.a.order - m.a.order || l.a.ref.index - m.a.ref.index || l.b.order - m.b.order || l.b.ref.index - m.b.ref.index);
  return foldRepeats(settleConflicts(links).map((l) => l.link), entries);
}

/**
 * One warning per disagreement: conflicts between the same two articles whose two figures are the
 * same two values (a figure in a headline and again in the body) fold into the first of them, in
 * text order, which lists the others as `repeats`. Links come sorted by article order and index.
 */
function foldRepeats(links: ClaimLink[], entries: readonly Entry[]): ClaimLink[] {
  const claimOf = new Map<string, NumericClaim>();
  for (const e of entries) claimOf.set(`${e.ref.article}\u0000${e.ref.index}`, e.claim);
  const figure = (ref: ClaimRef) => {
    const c = claimOf.get(`${ref.article}\u0000${ref.index}`);
    return c ? `${c.unit.kind}:${c.unit.kind === 'currency' ? c.unit.currency : ''}:${c.interval.low}:${c.interval.high}:${c.interval.lowInclusive}:${c.interval.highInclusive}` : `#${ref.index}`;
  };
  const kept = new Map<string, ClaimLink>();
  const out: ClaimLink[] = [];
  for (const l of links) {
    if (l.relation !== 'conflict') {
      out.push(l);
      continue;
    }
    const key = `${l.a.article}\u0000${l.b.article}\u0000${figure(l.a)}\u0000${figure(l.b)}`;
    const first = kept.get(key);
    if (!first) {
      const copy = { ...l };
      kept.set(key, copy);
      out.push(copy);
    } else (first.repeats ??= []).push({ a: l.a, b: l.b });
  }
  return out;
}

/**
 * Why the matcher shows no link between two claims (for `npm run eval --verbose`): the first of a
 * unit that differs, no bucket in common, a measure or story rule that tells them apart, a pair a
 * large bucket never meets, a relation that is not shown, a confidence below the threshold, or the
 * settling of one article against another. Built once for a set of articles; `why` is undefined
 * when the two claims are linked.
 */
export class NoLinkExplainer {
  private readonly entries: Entry[];
  private readonly scored = new Map<string, ScoredPair>();
  private readonly shown = new Set<string>();

  constructor(articles: readonly LinkInput[], private readonly options: ConflictOptions = defaultConflictOptions) {
    // One set of entries for both runs: linking reads them and never changes them.
    this.entries = entriesOf(articles);
    const scored: ScoredPair[] = [];
    linkEntries(this.entries, { ...options, minConfidence: 0 }, scored);
    for (const s of scored) this.scored.set(claimPairKey(s.a, s.b), s);
    for (const l of linkEntries(this.entries, options)) for (const r of [l, ...(l.repeats ?? [])]) this.shown.add(claimPairKey(r.a, r.b));
  }

  why(a: ClaimRef, b: ClaimRef): string | undefined {
    if (this.shown.has(claimPairKey(a, b))) return undefined;
    const ea = this.entries.find((e) => e.ref.article === a.article && e.ref.index === a.index);
    const eb = this.entries.find((e) => e.ref.article === b.article && e.ref.index === b.index);
    if (!ea || !eb) return 'not a claim the matcher reads';
    if (ea.claim.unit.kind !== eb.claim.unit.kind) return `units differ (${ea.claim.unit.kind} / ${eb.claim.unit.kind})`;
    if (!commonViews(ea, eb)) return 'units differ (no common currency or dimension)';
    if (!firstSharedKey(ea, eb)) return `no bucket in common: ${[...ea.keys, ...ea.passive].join(', ') || '-'} / ${[...eb.keys, ...eb.passive].join(', ') || '-'}`;
    const [x, y] = ea.order < eb.order ? [ea, eb] : [eb, ea];
    const pair = pairOf(x, y, false, false);
    for (const rule of RULES) {
      if (rule.verdict !== 'different-measure') continue;
      const reason = rule.test(pair);
      if (reason !== undefined) return `${rule.id}: ${reason}`;
    }
    const s = this.scored.get(claimPairKey(a, b));
    if (!s) return 'never met: past its story\'s share of a large bucket, only articles that share an actor meet';
    if (!s.relation) return `no relation (${s.rules.filter((r) => !r.startsWith('evidence.')).join(', ')})`;
    if (s.confidence < this.options.minConfidence) return `below the threshold: ${s.relation} ${s.confidence.toFixed(2)}`;
    return `settled away: ${s.relation} ${s.confidence.toFixed(2)}, dropped because one article gives another figure for the measure`;
  }
}

/** Order-independent key of a pair of claims. */
export function claimPairKey(a: ClaimRef, b: ClaimRef): string {
  const x = `${a.article}\u0000${a.index}`;
  const y = `${b.article}\u0000${b.index}`;
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
}

/**
 * What one article says against another, taken as a whole. A claim's conflicts with another
 * article are dropped when that article also gives a figure for the measure that agrees with it
 * (it does not contradict the claim; its other figure is about something else), or when the
 * claim conflicts there with several figures that do not agree with each other (that article
 * counts several things this measure cannot tell apart). A vague amount ("billions of dollars")
 * or a count of bodies found (a lower bound) agrees with too much to count as agreement. A conflict across a dispute of the story
 * (story.rival-figures) is never dropped.
 */
function settleConflicts<T extends { link: ClaimLink; a: Entry; b: Entry }>(links: T[]): T[] {
  const groups = new Map<string, { agree: number; conflicts: { link: T; other: Entry }[] }>();
  for (const l of links) {
    // A conflict across a dispute stands even where the other article also gives this figure:
    // that article reports the dispute, this one only one side of it.
    if (l.link.relation === 'conflict' && l.link.rules.includes('story.rival-figures')) continue;
    for (const [self, other] of [[l.a, l.b], [l.b, l.a]] as const) {
      const key = `${self.ref.article}\u0000${self.ref.index}\u0000${other.ref.article}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { agree: 0, conflicts: [] }));
      if (l.link.relation === 'agree' && !other.claim.qualifier.startsWith('vague amount') && !other.info.lowerBound) g.agree++;
      else if (l.link.relation === 'conflict') g.conflicts.push({ link: l, other });
    }
  }
  const dropped = new Set<T>();
  for (const g of groups.values()) {
    if (g.conflicts.length === 0) continue;
    if (g.agree > 0) {
      for (const c of g.conflicts) dropped.add(c.link);
      continue;
    }
    let consistent = true;
    for (let i = 0; i < g.conflicts.length && consistent; i++)
      for (let j = i + 1; j < g.conflicts.length && consistent; j++) if (!overlaps(g.conflicts[i].other.claim.interval, g.conflicts[j].other.claim.interval)) consistent = false;
    if (consistent) continue;
    for (const c of g.conflicts) dropped.add(c.link);
  }
  return dropped.size ? links.filter((l) => !dropped.has(l)) : links;
}
