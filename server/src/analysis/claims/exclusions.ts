/**
 * Figures that are not claims: years and dates, times of day, ages, durations, identifiers
 * ("Flight 370", "Article 5"), phone numbers, list markers and footnote numbers, multipliers
 * ("three times"), and small number words that only refer back ("the two countries").
 *
 * Ages are not claims here at all: an age describes a person, not a measure of the event, and
 * must never be compared with counts. Durations ("for three days", "a 10-year sentence") are left
 * out for the same reason: they read as times, and the time scope already records them.
 */
import type { BlockKind, Term } from '../types';
import type { Figure } from './figures';
import { readNumericTerm } from './numbers';
import { has, isCapitalised, word } from './terms';
import {
  AGE_BOUNDS,
  AGE_HEADS,
  AGE_PHRASES as AGE_BEFORE,
  IDENTIFIER_WORDS,
  MONTH_ABBREVIATIONS,
  PHONE_WORDS,
  REFERRING_DETERMINERS,
  TIME_UNITS,
  YEAR_PREPOSITIONS as TIME_PREPOSITIONS,
} from '../lexicon/claims';

export type Exclusion =
  | 'year'
  | 'date'
  | 'time'
  | 'age'
  | 'duration'
  | 'identifier'
  | 'phone'
  | 'list-marker'
  | 'multiplier'
  | 'reference';

function wordsBefore(terms: readonly Term[], i: number, n: number): string {
  const out: string[] = [];
  for (let k = Math.max(0, i - n); k < i; k++) out.push(word(terms[k]));
  return out.join(' ');
}

function isYearValue(f: Figure, text: string): boolean {
  return (
    f.kind === 'number' &&
    !f.currency &&
    !f.percent &&
    !f.inWords &&
    /^\d{4}$/.test(text) &&
    f.value >= 1800 &&
    f.value <= 2100
  );
}

function isMonth(t: Term | undefined): boolean {
  return has(t, 'Month') || MONTH_ABBREVIATIONS.has((t?.text ?? '').toLowerCase().replace(/\.$/, ''));
}

/** A bare day number next to a month, or joined to one ("July 14 and 16", "14-16 July"). */
function isDateNumber(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  const n = readNumericTerm(t.text);
  if (!n || n.currency || n.percent || n.value > 31 || n.value < 1 || n.digits.includes('.')) return false;
  if (isMonth(terms[i - 1]) || isMonth(terms[i + 1]) || (word(terms[i + 1]) === 'of' && isMonth(terms[i + 2]))) return true;
  // "between July 14 and 16", "from 14 to 16 July": a number joined to a date number.
  const join = word(terms[i - 1]);
  if ((join === 'and' || join === 'to' || join === 'through' || join === 'until') && i >= 2 && isDateNumber(terms, i - 2)) return true;
  if (/[-–]\s*$/.test(terms[i - 1]?.post ?? '') && i >= 1 && isMonth(terms[i - 2])) return true;
  if ((word(terms[i + 1]) === 'and' || word(terms[i + 1]) === 'to') && isMonth(terms[i + 3])) return true;
  return false;
}

/** Why the figure at `figure.first..figure.last` is not a claim, or undefined if it is one. */
export function exclusionOf(
  terms: readonly Term[],
  figure: Figure,
  qualifierText: string | undefined,
  blockKind: BlockKind,
  firstInBlock: boolean,
): Exclusion | undefined {
  const first = terms[figure.first];
  const last = terms[figure.last];
  const next = terms[figure.last + 1];
  const prev = terms[figure.first - 1];
  const text = first.text;
  const bare = !figure.currency && !figure.percent;

  if (bare && (has(first, 'Time') || /^\s*(?::|a\.?m\.?|p\.?m\.?)/i.test(last.post) || /^(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|o'clock)$/i.test(next?.text ?? '')))
    return 'time';
  if (isYearValue(figure, text)) {
    const plural = next && has(next, 'Plural') && !has(next, 'ProperNoun') && !has(next, 'Date');
    if (!plural || TIME_PREPOSITIONS.has(word(prev)) || has(first, 'Year')) return 'year';
  }
  if (figure.kind === 'range' && bare && figure.value >= 1800 && figure.high! <= 2100 && /^\d{4}/.test(text)) return 'year';
  // compromise's own Date tag also lands on counts after a date ("on Monday, 45 officers"), so
  // only a day number next to a month counts as a date.
  if (bare && figure.kind !== 'vague' && !figure.inWords && isDateNumber(terms, figure.first)) return 'date';
  if (bare && /^\d+(?:st|nd|rd|th)$/i.test(text)) return 'date';

  // Ages: "aged 13", "as young as 13", "13-year-old", "13 years old", "Kok An, 62,".
  if (bare) {
    const before = wordsBefore(terms, figure.first, 4);
    if (AGE_BEFORE.some((p) => before === p || before.endsWith(' ' + p))) return 'age';
    if (qualifierText && AGE_BEFORE.some((p) => qualifierText.endsWith(p))) return 'age';
    if (word(next) === 'year' && /-/.test(last.post) && /^old/.test(word(terms[figure.last + 2]))) return 'age';
    // "voters under 30", "people over 65": a bound on age right after the people it describes,
    // with nothing counted after it.
    const person = terms[figure.first - 2];
    if (qualifierText && /^(?:under|over)$/i.test(qualifierText) && person && has(person, 'Plural') && !has(person, 'ProperNoun') && (!next || /[,;:.!?()]/.test(last.post) || !has(next, 'Noun'))) return 'age';
    if (/^years?$/.test(word(next)) && word(terms[figure.last + 2]) === 'old') return 'age';
    if (/^years?$/.test(word(next)) && word(terms[figure.last + 2]) === 'of' && word(terms[figure.last + 3]) === 'age') return 'age';
    if (
      figure.value < 120 &&
      prev &&
      /,\s*$/.test(prev.post) &&
      /^,/.test(last.post) &&
      (has(prev, 'Person') || has(prev, 'ProperNoun'))
    )
      return 'age';
    if (figure.value < 120 && /\(/.test(first.pre) && /\)/.test(last.post) && has(prev, 'ProperNoun')) return 'age';
    // "children under 18", "those over 65", "most victims were under 30".
    if (figure.value < 120 && qualifierText && AGE_BOUNDS.has(qualifierText) && !has(next, 'Noun')) {
      const head = word(terms[figure.first - 2]);
      if (AGE_HEADS.has(head)) return 'age';
    }
  }

  // Durations: "three days", "10 years", "48 hours", "a two-year sentence".
  if (bare && next && TIME_UNITS.has(word(next))) return 'duration';

  if (bare && next && (word(next) === 'times' || /^-?fold$/.test(word(next)))) return 'multiplier';

  // Phone numbers: "+855 12 345 678", "Tel 012 345 678", runs of three bare numbers.
  if (bare) {
    const numeric = (t: Term | undefined) => !!t && /^[+(]?\d[\d().-]*$/.test(t.text);
    if (/^\+/.test(first.pre) || /^\+/.test(text)) return 'phone';
    if (PHONE_WORDS.has(word(prev))) return 'phone';
    if (numeric(next) && (numeric(terms[figure.last + 2]) || numeric(prev))) return 'phone';
    if (numeric(prev) && numeric(terms[figure.first - 2])) return 'phone';
  }

  // List markers and footnotes: "1. Introduction", "(2)", "[3]", a number opening a heading.
  if (bare && !figure.inWords) {
    if (firstInBlock && /^[.)]/.test(last.post)) return 'list-marker';
    if (/[([]\s*$/.test(first.pre) && /^\s*[)\]]/.test(last.post) && !qualifierText) return 'list-marker';
    if (firstInBlock && blockKind === 'heading' && figure.value < 100 && !qualifierText) return 'list-marker';
  }

  // Identifiers: "Flight 370", "Article 5", "Boeing 737", "Resolution 2334".
  if (bare && prev && !qualifierText) {
    if (IDENTIFIER_WORDS.has(word(prev)) && !/,\s*$/.test(prev.post)) return 'identifier';
    if (prev.text === '#' || /#$/.test(first.pre)) return 'identifier';
    const titleCase = blockKind !== 'paragraph';
    if (!titleCase && isCapitalised(prev) && has(prev, 'ProperNoun') && !has(prev, 'Demonym') && !/[,;:]/.test(prev.post) && figure.first - 1 > 0)
      return 'identifier';
  }

  // "one" alone is a pronoun or an article; "the two countries" refers back rather than counts.
  if (figure.inWords && figure.kind === 'number' && bare) {
    if (figure.value === 1) return 'reference';
    if (figure.value < 10 && REFERRING_DETERMINERS.has(word(prev)) && !qualifierText) return 'reference';
  }
  return undefined;
}
