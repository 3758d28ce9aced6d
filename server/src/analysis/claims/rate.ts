/**
 * The rate of a figure: "$40 billion annually", "300 people a day", "per month", "weekly",
 * "annual revenue of $2 billion". Read from the few words after the figure and its counted noun,
 * or from a rate adjective just before the figure or its measure noun.
 */
import type { Rate, Term } from '../types';
import { word } from './terms';
import {
  BETWEEN_RATE_AND_FIGURE as BETWEEN_ADJECTIVE_AND_FIGURE,
  DURATION_BEFORE,
  NOT_RATE_AFTER,
  RATE_ADJECTIVES as ADJECTIVES,
  RATE_ADVERBS as ADVERBS,
  RATE_UNIT_ABBREVIATIONS,
  RATE_UNITS as UNITS,
} from '../lexicon/claims';


/** A rate phrase starting at `i`: "annually", "a year", "per month", "each day", "every week". */
function rateAt(terms: readonly Term[], i: number): { rate: Rate; end: number } | undefined {
  const w = word(terms[i]);
  if (ADVERBS[w]) return { rate: ADVERBS[w], end: i };
  if (w === 'per' && word(terms[i + 1]) === 'annum') return { rate: 'year', end: i + 1 };
  if (w === 'a' || w === 'an' || w === 'per' || w === 'each' || w === 'every') {
    // "take a month", "for a year", "within a week": how long, not how often.
    if ((w === 'a' || w === 'an') && DURATION_BEFORE.has(word(terms[i - 1]))) return undefined;
    const unit = UNITS[word(terms[i + 1])];
    if (unit && !NOT_RATE_AFTER.has(word(terms[i + 2]))) return { rate: unit, end: i + 1 };
  }
  if (/^\//.test(terms[i]?.text ?? '') && RATE_UNIT_ABBREVIATIONS.has(terms[i].text.slice(1))) {
    const u = terms[i].text.slice(1);
    return { rate: u.startsWith('y') ? 'year' : u.startsWith('m') ? 'month' : u === 'day' ? 'day' : 'week', end: i };
  }
  return undefined;
}

/**
 * The rate stated for a figure that ends at `after - 1`. Looks at most `window` terms ahead,
 * stopping at clause punctuation or another figure, and at the words just before the figure.
 */
export function rateOf(terms: readonly Term[], firstIndex: number, after: number, window = 6, stopAt = terms.length): { rate: Rate; start: number; end: number } | undefined {
  for (let i = after; i < Math.min(terms.length, after + window, stopAt); i++) {
    const found = rateAt(terms, i);
    if (found) return { ...found, start: i };
    if (/[;:.!?()]/.test(terms[i].post)) break;
    if (i > after && /,/.test(terms[i - 1].post) && i - after > 2) break;
  }
  // "an annual $40 billion", "annual revenue of $40 billion", "daily arrivals of 300".
  for (let i = firstIndex - 1; i >= Math.max(0, firstIndex - 4); i--) {
    const w = word(terms[i]);
    if (ADJECTIVES[w]) return { rate: ADJECTIVES[w], start: i, end: i };
    if (/[;:.!?,]/.test(terms[i].post)) break;
    // Only the figure's own noun phrase counts: "annual revenue of", not "the annual report said".
    if (!BETWEEN_ADJECTIVE_AND_FIGURE.has(w) && !terms[i].tags.includes('Noun')) break;
    if (terms[i].tags.includes('Verb') && !BETWEEN_ADJECTIVE_AND_FIGURE.has(w)) break;
  }
  // "$40 billion in annual revenue".
  for (let i = after; i < Math.min(terms.length, after + 4, stopAt); i++) {
    const w = word(terms[i]);
    if (ADJECTIVES[w] && i > after) return { rate: ADJECTIVES[w], start: i, end: i };
    if (/[,;:.!?()]/.test(terms[i].post)) break;
  }
  return undefined;
}
