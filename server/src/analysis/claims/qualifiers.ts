/**
 * Qualifiers and the interval they give a figure. The rules, in one place:
 *
 * - more than / over / above / exceeding / in excess of:  (v, ∞)
 * - at least / no fewer than / "or more" / "1,000-plus":  [v, ∞)
 * - up to / no more than / at most / as many as:          [0, v]
 * - less than / under / fewer than / below:               [0, v)
 * - nearly / almost / just under / close to:              [0.9·v, v)   (just below, by up to 10%)
 * - just over / slightly more than:                       (v, 1.1·v]
 * - about / around / roughly / some / an estimated:       [v − a, v + a], a = max(10% of v, rounding)
 * - exactly / precisely:                                  [v, v]
 * - between X and Y, X to Y, X-Y:                         [X, Y]
 * - vague amounts (dozens, hundreds of, billions of):     their range in ./numbers.ts, e.g. billions [2e9, 1e12)
 * - a bare figure: rounded to half a unit of its last significant digit, but never wider than 5%
 *   of the figure: "1,000" → [950, 1,050), "200" → [190, 210), "$33 million" → [32.5M, 33.5M),
 *   "150,000" → [145,000, 155,000), "45%" → [44.5, 45.5); "1,137" and "85" are exact. Writers round
 *   figures to their last written digit, and a headline's "1,000" must agree with "more than
 *   1,000"; the 5% cap keeps "1,000" from agreeing with "1,400".
 */
import type { Interval, Term } from '../types';
import type { Figure } from './figures';
import { clean, closed, point, rounded } from './interval';
import { word } from './terms';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../lexicon/claims';

export type QualifierKind =
  | 'more-than'
  | 'just-over'
  | 'at-least'
  | 'up-to'
  | 'less-than'
  | 'nearly'
  | 'about'
  | 'exact';

/** Phrases before a figure, longest first within each kind's list. */
const BEFORE = QUALIFIERS_BEFORE as readonly (readonly [string, QualifierKind])[];

/** Phrases after a figure. */
const AFTER = QUALIFIERS_AFTER as readonly (readonly [string, QualifierKind])[];

export interface Qualifier {
  kind: QualifierKind;
  /** The words as read, lower case ("more than", "an estimated", "or more"). */
  text: string;
  /** Term indices covered (before the figure: first..figure.first-1; after: figure.last+1..last). */
  first: number;
  last: number;
  after: boolean;
}

function matchPhrase(terms: readonly Term[], end: number, phrase: string): number | undefined {
  const words = phrase.split(' ');
  const start = end - words.length + 1;
  if (start < 0) return undefined;
  for (let k = 0; k < words.length; k++) {
    const t = terms[start + k];
    if (word(t) !== words[k].replace(/\.$/, '') && t.text.toLowerCase() !== words[k]) return undefined;
    // A qualifier never spans a comma: "over, 300" is not "over 300".
    if (k < words.length - 1 && /[,;:.]/.test(t.post)) return undefined;
  }
  if (/[,;:.!?]/.test(terms[end].post)) return undefined;
  return start;
}

/** Phrases before a figure, indexed by their last word: only those can end right before it. */
const BEFORE_BY_LAST = new Map<string, (readonly [string, QualifierKind])[]>();
for (const entry of BEFORE) {
  const last = entry[0].split(' ').pop()!.replace(/\.$/, '');
  const list = BEFORE_BY_LAST.get(last) ?? [];
  list.push(entry);
  BEFORE_BY_LAST.set(last, list);
}

/** The qualifier written before the figure, if any. */
export function qualifierBefore(terms: readonly Term[], figureFirst: number): Qualifier | undefined {
  const end = figureFirst - 1;
  if (end < 0) return undefined;
  let best: Qualifier | undefined;
  for (const [phrase, kind] of BEFORE_BY_LAST.get(word(terms[end])) ?? []) {
    const start = matchPhrase(terms, end, phrase);
    if (start === undefined) continue;
    if (!best || start < best.first) best = { kind, text: phrase, first: start, last: end, after: false };
  }
  return best;
}

/** A qualifier written after the figure ("1,000 or more", "300 or so"), if any. */
export function qualifierAfter(terms: readonly Term[], figureLast: number): Qualifier | undefined {
  if (/[,;:.!?)]/.test(terms[figureLast].post)) return undefined;
  for (const [phrase, kind] of AFTER) {
    const words = phrase.split(' ');
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = word(terms[figureLast + 1 + k]) === words[k];
    if (!ok) continue;
    // "1,000 or more people" and "1,000 or more." both read; "300 or more than" does not.
    const last = figureLast + words.length;
    if (phrase === 'plus' && !/^\s*$/.test(terms[figureLast].post)) continue;
    return { kind, text: phrase, first: figureLast + 1, last, after: true };
  }
  return undefined;
}

/** Counts below this are exact when written bare: "searches at 20 addresses" is 20, not about 20. */
export const SMALL_COUNT = 1000;

/**
 * Rounding tolerance of a bare figure: half a unit of its last digit, capped at 5% of it. A small
 * count of things is exact ("20 addresses", "300 people"): reporters round large figures ("3,000
 * so far"), not the number of addresses searched.
 */
export function roundingOf(figure: Figure): number {
  if (!figure.currency && !figure.percent && Math.abs(figure.value) < SMALL_COUNT && Number.isInteger(figure.value)) return 0;
  return Math.min(figure.halfUnit, Math.abs(figure.value) * 0.05);
}

/** The interval a figure and its qualifier state, and the qualifier as a reader names it. */
export function intervalOf(figure: Figure, q: Qualifier | undefined): { interval: Interval; qualifier: string } {
  const v = figure.value;
  if (figure.kind === 'vague') {
    const low = figure.value;
    const high = figure.high!;
    if (q?.kind === 'more-than' || q?.kind === 'at-least' || q?.kind === 'just-over')
      return { interval: { low, high: null, lowInclusive: q.kind === 'at-least', highInclusive: false }, qualifier: q.text };
    if (q?.kind === 'up-to' || q?.kind === 'less-than' || q?.kind === 'nearly')
      return { interval: { low: 0, high, lowInclusive: true, highInclusive: false }, qualifier: q.text };
    return {
      interval: { low, high, lowInclusive: true, highInclusive: false },
      qualifier: q ? `${q.text} (${figure.vaguePhrase})` : `vague amount (${figure.vaguePhrase})`,
    };
  }
  if (figure.kind === 'range') {
    const high = figure.high!;
    if (q?.kind === 'about') {
      return { interval: closed(clean(v * 0.9), clean(high * 1.1)), qualifier: `${q.text} ${figure.rangeJoin === 'between' ? 'between' : 'range'}` };
    }
    if (q?.kind === 'up-to' || q?.kind === 'less-than') return { interval: closed(0, high), qualifier: q.text };
    const name = figure.rangeJoin === 'between' ? 'between' : figure.rangeJoin === 'to' ? 'to' : figure.rangeJoin === 'or' ? 'or' : 'range';
    return { interval: closed(v, high), qualifier: name };
  }
  const kind = q?.kind ?? (figure.plus ? 'at-least' : undefined);
  const text = q?.text ?? (figure.plus ? 'plus' : undefined);
  switch (kind) {
    case 'more-than':
      return { interval: { low: v, high: null, lowInclusive: false, highInclusive: false }, qualifier: text! };
    case 'just-over':
      return { interval: { low: v, high: clean(v * 1.1), lowInclusive: false, highInclusive: true }, qualifier: text! };
    case 'at-least':
      return { interval: { low: v, high: null, lowInclusive: true, highInclusive: false }, qualifier: text! };
    case 'up-to':
      return { interval: { low: 0, high: v, lowInclusive: true, highInclusive: true }, qualifier: text! };
    case 'less-than':
      return { interval: { low: 0, high: v, lowInclusive: true, highInclusive: false }, qualifier: text! };
    case 'nearly':
      return { interval: { low: clean(v * 0.9), high: v, lowInclusive: true, highInclusive: false }, qualifier: text! };
    case 'about': {
      const a = Math.max(Math.abs(v) * 0.1, roundingOf(figure));
      return { interval: closed(clean(v - a), clean(v + a)), qualifier: text! };
    }
    case 'exact':
      return { interval: point(v), qualifier: text! };
    default: {
      const tolerance = roundingOf(figure);
      if (figure.kind === 'fraction') return { interval: rounded(v, clean(tolerance)), qualifier: 'fraction' };
      return { interval: rounded(v, clean(tolerance)), qualifier: tolerance > 0 ? 'bare round figure' : 'exact' };
    }
  }
}
