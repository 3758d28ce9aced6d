/**
 * Finds the numeric claims of one article: every figure with its qualifier as an interval, its
 * unit and scale, rate, what it counts, its place and time scope, and who says so. One walk over
 * each sentence's plain terms; compromise is never called here (see ../../../../shared/COMPROMISE.md
 * for why per-match calls are a cost trap). Never throws: a sentence that trips a bug is skipped.
 *
 * The pieces: ./figures.ts reads numbers, scale, currency and percent; ./qualifiers.ts turns
 * qualifiers into intervals; ./exclusions.ts drops dates, ages, identifiers and the like;
 * ./measure.ts reads what is counted; ./rate.ts, ./scope.ts and ./attribution.ts the rest.
 */
import type { ArticleInput } from '../input';
import type { ArticleActor, ArticleDate, Interval, NumericClaim, Span, Term, TimeValue, Unit } from '../types';
import { timeValueOf } from '../time/timeValue';
import { antecedentSource, attributionAt, attributionOf, contrastClauses, participleSource, pronounSays, SAYING } from './attribution';
import { exclusionOf } from './exclusions';
import { readFigureAt, type Figure } from './figures';
import { isValidInterval } from './interval';
import { toMeasure } from './label';
import { readMeasure, type MeasureParts } from './measure';
import { intervalOf, qualifierAfter, qualifierBefore, type Qualifier } from './qualifiers';
import { rateOf } from './rate';
import { attach, nonPlaceKeys, placeMentions, placeSpans, spokenAt, timeMentions, type Mention } from './scope';
import { actorSpans, subjectOf, type ActorSpan } from './subject';
import { modalityOf } from './modality';
import { sourceCountry, sourceKeys } from './source';
import { has, isVerbLike, word } from './terms';
import { REPORTING_VERBS } from './vocabulary';
import { ALTERNATIVE_HEDGES, APPROXIMATORS, DISPUTE_VERBS, PERFECT_AND_BE_FORMS, RELATIVE_PRONOUNS, TALLY_EVENTS } from '../lexicon/claims';
import { EVENT_CLAUSE_OPENERS } from '../lexicon';

interface Found {
  figure: Figure;
  before?: Qualifier;
  after?: Qualifier;
  /** First and last term of the claim: qualifier, figure, scale, currency, post-qualifier. */
  start: number;
  end: number;
  excluded: boolean;
  equivalents: Found[];
}

function unitOf(f: Figure): Unit {
  if (f.currency) return { kind: 'currency', currency: f.currency };
  if (f.percent) return { kind: 'percent' };
  return { kind: 'count' };
}

function spanOf(terms: readonly Term[], start: number, end: number): Span {
  return { start: terms[start].start, end: terms[end].end };
}

/** Finds every figure of a sentence with its qualifiers. */
function findFigures(terms: readonly Term[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < terms.length; i++) {
    const figure = readFigureAt(terms, i);
    if (!figure) continue;
    const before = qualifierBefore(terms, figure.first);
    const after = figure.kind === 'number' ? qualifierAfter(terms, figure.last) : undefined;
    const start = before ? before.first : figure.first;
    const end = after ? after.last : figure.last;
    found.push({ figure, before, after, start, end, excluded: false, equivalents: [] });
    i = end;
  }
  return found;
}

/**
 * "2.5 billion baht (about $70 million)", "THB 2.5bn, or about $70m": a second figure in another
 * currency, in brackets or after "or" directly behind the first, states the same amount.
 */
function isEquivalent(terms: readonly Term[], a: Found, b: Found): boolean {
  if (!a.figure.currency || !b.figure.currency || a.figure.currency === b.figure.currency) return false;
  if (b.start === a.end + 1 && /\(\s*$/.test(terms[b.start].pre + terms[a.end].post)) return true;
  // "500 million yen, about $3.4 million": an approximate restatement set off by a comma.
  if (b.start === a.end + 1 && /^,\s*$/.test(terms[a.end].post) && b.before && APPROXIMATORS.has(b.before.text.toLowerCase())) return true;
  const join = word(terms[a.end + 1]);
  if ((join === 'or' || join === 'equivalent' || join === 'roughly') && b.start <= a.end + 3) return true;
  return false;
}

function claimFrom(
  terms: readonly Term[],
  found: Found,
  parts: MeasureParts,
  context: { text: string; sentence: Span; attribution?: string; places: string[]; time?: { text: string; year?: number }; date?: ArticleDate },
  rate: NumericClaim['rate'],
): NumericClaim | undefined {
  const { interval, qualifier } = intervalOf(found.figure, found.before ?? found.after);
  if (!isValidInterval(interval)) return undefined;
  const unit = unitOf(found.figure);
  // Counts carry their counted noun; a percentage carries its base ("72% of union members").
  if ((unit.kind === 'count' || unit.kind === 'percent') && parts.unitNoun) unit.noun = parts.unitNoun;
  const span = spanOf(terms, found.start, found.end);
  const claim: NumericClaim = {
    text: context.text.slice(span.start, span.end),
    span,
    sentence: context.sentence,
    qualifier,
    interval,
    value: found.figure.value,
    unit,
    measure: toMeasure(terms, parts, unit.kind),
    scope: { places: context.places },
    counted: {
      events: [...new Set(parts.events)].sort(),
      classes: [...new Set(parts.classes)].sort(),
      nationalities: [...new Set(parts.nationalities)].sort(),
      words: [...new Set(parts.extra)].sort(),
    },
    facets: [...new Set(parts.facets)].sort(),
    modality: 'fact',
  };
  if (parts.facetDetail) claim.counted.facetDetail = parts.facetDetail;
  if (rate) claim.rate = rate;
  if (context.time) {
    claim.scope.time = context.time.text;
    if (context.time.year !== undefined) claim.scope.year = context.time.year;
    claim.time = timeValueOf(context.time.text, context.date);
  }
  const asOf = asOfDay(claim.time, context.date);
  if (asOf) claim.asOf = asOf;
  if (context.attribution) {
    claim.attribution = context.attribution;
    const keys = sourceKeys(context.attribution);
    if (keys.size) claim.sourceKeys = [...keys].sort();
    const country = sourceCountry(context.attribution);
    if (country) claim.sourceCountry = country;
  }
  if (found.equivalents.length) {
    claim.equivalents = found.equivalents.map((e) => {
      const eq = intervalOf(e.figure, e.before ?? e.after);
      return { value: e.figure.value, interval: eq.interval as Interval, unit: unitOf(e.figure), span: spanOf(terms, e.start, e.end) };
    });
  }
  return claim;
}

/** Whether an actor key names the claim's source ("united nations" and "UN"). */
function isSourceOf(subject: string, keys: readonly string[] | undefined): boolean {
  if (!keys?.length) return false;
  const words = subject.split(/\s+/).filter((w) => !/^(?:of|the|and|for)$/.test(w));
  const initials = words.length > 1 ? words.map((w) => w[0].toUpperCase()).join('') : undefined;
  return keys.some((k) => k.toLowerCase() === subject || k === initials || (k.length > 3 && subject.includes(k.toLowerCase())));
}

function extractFromSentence(
  input: ArticleInput,
  terms: readonly Term[],
  sentence: Span,
  blockIndex: number,
  places: ReturnType<typeof placeSpans>,
  notPlaces: ReadonlySet<string>,
  subjects: readonly ActorSpan[],
  out: NumericClaim[],
  sentenceBefore?: readonly Term[],
): void {
  const block = input.structure.blocks[blockIndex];
  const firstInBlock = block !== undefined && terms[0]?.start === block.span.start;
  const all = findFigures(terms);
  if (all.length === 0) return;
  const inFigure = (i: number) => all.some((f) => i >= f.start && i <= f.end);

  const urls = input.structure.urls;
  for (const f of all) {
    const why = exclusionOf(terms, f.figure, f.before?.text, block?.kind ?? 'paragraph', firstInBlock && f.start === 0);
    const from = terms[f.start].start;
    const inUrl = urls.some((u) => from < u.span.end && terms[f.end].end > u.span.start);
    if (why || inUrl) f.excluded = true;
  }
  const claims: Found[] = [];
  for (const f of all) {
    if (f.excluded) continue;
    const last = claims[claims.length - 1];
    if (last && isEquivalent(terms, last, f)) {
      last.equivalents.push(f);
      continue;
    }
    claims.push(f);
  }
  if (claims.length === 0) return;

  // "Rajoelina disputed the toll, saying there were 12": this sentence's figures, and the next one's, stand against another source's.
  const disputes = (ts: readonly Term[] | undefined) => ts !== undefined && ts.some((t) => DISPUTE_VERBS.has(word(t)) && has(t, 'Verb'));
  const disputing = disputes(terms) || disputes(sentenceBefore);
  // '"There have been 12 deaths," he said': the person the sentence before opens with.
  const sentenceAttribution = attributionOf(terms) ?? (sentenceBefore && pronounSays(terms) ? antecedentSource(sentenceBefore, terms) : undefined);
  const clauses = contrastClauses(terms);
  // After a participle of saying: the main clause's source, or the source of the sentence before
  // when the participle goes on with its speaker (read once for the sentence).
  let before: { source?: string } | undefined;
  const participleAttribution = (at: number): string | undefined => {
    const p = participleSource(terms, at);
    if (p.source !== undefined || !p.continues || !sentenceBefore) return p.source;
    before ??= { source: attributionOf(sentenceBefore) };
    return before.source;
  };
  const placeList = placeMentions(terms, places, notPlaces, block !== undefined && block.kind !== 'paragraph');
  const times = timeMentions(terms);
  let previous: MeasureParts | undefined;
  let previousKind: string | undefined;
  for (let c = 0; c < claims.length; c++) {
    const found = claims[c];
    const claimEnd = found.equivalents.length ? found.equivalents[found.equivalents.length - 1].end : found.end;
    const nextFigure = c + 1 < claims.length ? claims[c + 1].start : terms.length;
    const unitKind = unitOf(found.figure).kind;
    const rate = rateOf(terms, found.start, claimEnd + 1, 6, nextFigure);
    const parts = readMeasure({
      terms,
      start: found.start,
      end: claimEnd,
      unitKind,
      nextFigure,
      inFigure,
      rateEnd: rate && rate.end > claimEnd ? rate.end : undefined,
      rateStart: rate && rate.end > claimEnd ? rate.start : undefined,
      previous: previousKind === unitKind ? previous : undefined,
      vague: found.figure.kind === 'vague',
    });
    previous = parts;
    previousKind = unitKind;
    let placeMentionsHere = attach(terms, placeList, found.start, claimEnd, nextFigure, true);
    // "More than 40 people were killed when the dam gave way, sending water through three
    // villages in Velmora Province": with no place in its own clause, a figure takes the place
    // its sentence names nearest to it.
    // Not from the closing ", health authorities in Poland said" of the sentence: that place is
    // where the source sits.
    if (placeMentionsHere.length === 0 && placeList.length > 0) {
      const reporting = reportingClauseStart(terms);
      const candidates = (found.start < reporting ? placeList.filter((m) => m.first < reporting) : placeList).filter((m) => m.first > found.start || !spokenAt(terms, m, found.start));
      if (candidates.length) placeMentionsHere = nearestGroup(candidates, found.start, claimEnd);
    }
    // "The earthquake that hit the province on Thursday has killed 198": a time inside a relative
    // clause before the figure dates the subject, not the figure.
    const timeHere = attach(terms, times, found.start, claimEnd, nextFigure).filter((m) => !(m.last < found.start && inRelativeClause(terms, m.first, found.start)));
    let time = timeHere.length ? (timeHere[0].first > claimEnd ? timeHere[0] : timeHere[timeHere.length - 1]) : undefined;
    // "…has killed 198 people, the agency said on Friday evening": with no time of its own, a
    // figure is dated by when its source said it.
    const saidAt = times.find((m) => m.first > claimEnd && m.first < nextFigure && REPORTING_VERBS.has(word(terms[m.first - 1])));
    // "At least 43 people were killed when the dam gave way on Monday, the ministry said on
    // Thursday": for a running tally, a time inside a clause telling when its event happened
    // dates the event; when the sentence says when the count was given, that is its moment.
    if (time && saidAt && time !== saidAt && parts.events.some((e) => TALLY_EVENTS.has(e)) && inEventClause(terms, claimEnd, time.first)) time = saidAt;
    time ??= saidAt;
    // "Rajoelina this week put the number of deaths at 12": a week or a month named between a
    // source and its verb of saying is when the source spoke, not a period the figure totals.
    if (time && time.last < found.start && REPORTING_VERBS.has(word(terms[time.last + 1])) && /\b(?:week|weekend|month|year)\b/i.test(time.text)) time = undefined;
    const claim = claimFrom(
      terms,
      found,
      parts,
      {
        text: input.text,
        sentence,
        attribution: attributionAt(terms, clauses, sentenceAttribution, found.start) ?? participleAttribution(found.start),
        places: [...new Set(placeMentionsHere.map((m) => m.key))],
        time: time && { text: time.text, year: time.year },
        date: input.date,
      },
      rate?.rate,
    );
    if (claim) {
      const votes = claim.counted.events.includes('vote') || claim.unit.kind === 'count' && claim.unit.noun === 'vote';
      let subject = subjectOf(terms, found.start, subjects, found.end, votes);
      // "he won 51.20 percent of the votes (5,150,092 support)": a figure in brackets right after
      // another restates it, and is the same actor's.
      const before = c > 0 ? claims[c - 1] : undefined;
      const prior = out[out.length - 1];
      const opens = /\(\s*$/.test(terms[found.start - 1]?.post ?? '') || /\(/.test(terms[found.start].pre);
      const closes = terms.slice(claimEnd, claimEnd + 3).some((t) => /\)/.test(t.post));
      const sameSentence = prior !== undefined && prior.span.start >= terms[0].start && prior.span.end <= terms[found.start].start;
      if (!subject && before && sameSentence && prior.counted.subject && found.start - before.end <= 8 && opens && closes) subject = prior.counted.subject;
      // "a UN agency estimate of 670": the actor that gives the figure is its source, not whose it is.
      if (subject && !isSourceOf(subject, claim.sourceKeys)) claim.counted.subject = subject;
      claim.modality = modalityOf(terms, found.start, claimEnd, nextFigure);
      // "perhaps close to a thousand, or a few thousand": an alternative joined to a projected
      // figure by "or" is projected too.
      if (claim.modality === 'fact' && prior?.modality === 'forecast' && sameSentence && before && joinedAsAlternative(terms, before.end, found.start)) claim.modality = 'forecast';
      if (disputing) claim.rival = true;
      out.push(claim);
    }
  }
}

/**
 * Whether the words between two figures only offer the second as an alternative to the first
 * (", or", "or even", "or perhaps"), within one clause.
 */
function joinedAsAlternative(terms: readonly Term[], prevEnd: number, start: number): boolean {
  const gap = terms.slice(prevEnd + 1, start);
  if (gap.length === 0 || gap.length > 3 || gap.some((t) => /[;:.!?()]/.test(t.post))) return false;
  if (/[;:.!?()]/.test(terms[prevEnd].post)) return false;
  return word(gap[0]) === 'or' && gap.slice(1).every((t) => ALTERNATIVE_HEDGES.has(word(t)));
}

/**
 * The claims of an article read again against a date found for it outside its text (the year of
 * its story, for an article whose dateline gives only the day and month): every stated time is
 * resolved against it, and a figure that states none describes that day. The claims given are
 * left as they are.
 */
export function redateClaims(claims: readonly NumericClaim[], date: ArticleDate): NumericClaim[] {
  return claims.map((c) => {
    const claim: NumericClaim = { ...c };
    if (c.scope.time !== undefined) claim.time = timeValueOf(c.scope.time, date);
    const asOf = asOfDay(claim.time, date);
    if (asOf) claim.asOf = asOf;
    else delete claim.asOf;
    return claim;
  });
}

/**
 * The day a figure describes: the day it states, the end of a total "by" a day or "since" a day
 * (the article's date), and for a figure that states no time, the article's date. A figure over
 * a whole past period ("last year", "in 2023") describes that period, not a day.
 */
function asOfDay(time: TimeValue | undefined, date: ArticleDate | undefined): string | undefined {
  const today = date?.precision === 'day' ? date.day : undefined;
  if (!time) return today;
  switch (time.kind) {
    case 'day':
      return time.from;
    case 'through':
    case 'since':
    case 'span':
      return time.to ?? today;
    case 'month':
    case 'year':
    case 'period':
      // "this year", "in May" of an article written in May: the period so far.
      return today && time.from && time.to && time.from <= today && today <= time.to ? today : undefined;
    default:
      return undefined;
  }
}

/** Whether a clause telling when an event happened ("when the dam gave way", "after clashes broke out") opens between `from` and the time at `at`. */
function inEventClause(terms: readonly Term[], from: number, at: number): boolean {
  for (let k = from; k < at - 1; k++) if (EVENT_CLAUSE_OPENERS.has(word(terms[k]))) return true;
  return false;
}

/** Whether the term at `from` stands in a relative clause ("that hit X on Thursday") closed before `to`. */
function inRelativeClause(terms: readonly Term[], from: number, to: number): boolean {
  let opener = -1;
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    if (/[;:.!?()]/.test(terms[k].post)) break;
    if (RELATIVE_PRONOUNS.has(word(terms[k]))) {
      opener = k;
      break;
    }
  }
  if (opener < 0) return false;
  // The main clause's verb stands between the relative clause and the figure.
  for (let k = from + 1; k < to; k++) if (isVerbLike(terms[k]) || PERFECT_AND_BE_FORMS.has(word(terms[k]))) return true;
  return false;
}

function nearestGroup(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let best = mentions[0];
  let bestDistance = Infinity;
  for (const m of mentions) {
    const d = m.first > end ? m.first - end : start - m.last;
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return [best];
}

export function extractClaims(input: ArticleInput, actors: readonly ArticleActor[]): NumericClaim[] {
  const out: NumericClaim[] = [];
  let places: ReturnType<typeof placeSpans> = [];
  let notPlaces: ReadonlySet<string> = new Set();
  let subjects: ActorSpan[] = [];
  try {
    places = placeSpans(actors);
    notPlaces = nonPlaceKeys(actors);
    subjects = actorSpans(actors);
  } catch {
    // Malformed actors only cost the place scope.
  }
  const boilerplate = input.structure.boilerplate;
  let previous: readonly Term[] | undefined;
  for (const sentence of input.sentences) {
    const before = previous;
    previous = sentence.terms;
    try {
      if (boilerplate.some((b) => sentence.span.start >= b.span.start && sentence.span.start < b.span.end)) continue;
      extractFromSentence(input, sentence.terms, sentence.span, sentence.blockIndex, places, notPlaces, subjects, out, before);
    } catch {
      // One odd sentence must not cost the article its other claims.
    }
  }
  return out;
}

/**
 * Where the closing reporting clause of a sentence starts ("…, health authorities in Poland and
 * the Czech Republic said on Wednesday."), or the sentence's length when it has none: the last
 * comma-separated clause, when it holds a verb of saying.
 */
function reportingClauseStart(terms: readonly Term[]): number {
  for (let k = terms.length - 2; k >= 0; k--) {
    if (!/,/.test(terms[k].post)) continue;
    for (let j = k + 1; j < terms.length; j++) if (SAYING.has(word(terms[j]))) return k + 1;
    return terms.length;
  }
  return terms.length;
}
