/**
 * Reading the written form of a number: digits with separators and suffixes ("1,000", "$1.5bn",
 * "€40m", "45%", "10-20"), number words ("two million", "twenty-five", "a third"), scale words
 * ("million", "bn") and currency markers. Pure string work on one term's text at a time; the
 * figure finder (./figures.ts) strings terms together.
 */
import {
  CURRENCY_CODES,
  CURRENCY_ONLY_SUFFIXES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_COUNTRIES,
  FRACTION_DENOMINATORS,
  NUMBER_TENS,
  NUMBER_UNITS,
  SCALES,
  VAGUE_AMOUNTS,
} from '../lexicon/claims';

/** ISO codes we accept written next to a figure ("THB 2.5 billion", "40 million USD"). */
export { CURRENCY_CODES };
/** Adjectives that pin "dollars" to a country ("US dollars", "Singapore dollars"). */
export { DOLLAR_COUNTRIES };
/** Fraction words: "half", "third", "quarter"… with the denominator they stand for. */
export { FRACTION_DENOMINATORS };
/** Vague amounts: "dozens", "hundreds of", "tens of thousands", each read as an interval. */
export { VAGUE_AMOUNTS };

/**
 * The currency of a symbol or abbreviation written as a word of its own before a figure ("KSh 9.4
 * billion", "Rs. 100 crore", "₦ 2bn"), from the same table as the glued forms. A bare "$", "€" or
 * "£" set apart from the digits stays unread, as before.
 */
export function currencyPrefixWord(text: string): string | undefined {
  const t = text.replace(/\.$/, '');
  if (!/\p{L}|₦/u.test(t)) return undefined;
  return currencySymbol(t) ?? undefined;
}

export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return CURRENCY_ONLY_SUFFIXES.has(w) ? undefined : SCALES[w.replace(/s$/, '')] ?? SCALES[w];
}

export function currencyWord(word: string): string | undefined {
  const w = word.toLowerCase();
  return CURRENCY_WORDS[w] ?? (CURRENCY_CODES.has(word.toUpperCase()) && word === word.toUpperCase() ? normaliseCode(word) : undefined);
}

function normaliseCode(code: string): string {
  const c = code.toUpperCase();
  return c === 'RMB' ? 'CNY' : c;
}

/** One term's number as written. */
export interface WrittenNumber {
  value: number;
  /** Upper end when the term is a range ("10-20", "$2-3bn"). */
  high?: number;
  /** Digits as written without separators, sign or suffix ("1000", "1.5"): read for precision. */
  digits: string;
  highDigits?: string;
  /** Multiplier from a suffix in the same term ("bn" in "$1.5bn"). */
  scale: number;
  currency?: string;
  percent: boolean;
  /** "1,000-plus", "1,000+": at least this. */
  plus: boolean;
  /** "5,000-strong": a count of the group, no qualifier. */
  strong: boolean;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const SUFFIX = String.raw`(?:-?(bn|b|mn|mln|m|k|tn|tr|million|billion|trillion|thousand))?`;
const NUMERIC_TERM = new RegExp(
  String.raw`^(.{0,4}?)${NUMBER}${SUFFIX}(?:[-–](.{0,4}?)${NUMBER}${SUFFIX})?(%)?(-plus|\+|-strong)?$`,
  'i',
);

/** The symbol table by upper-case symbol; the first entry of a symbol wins, as in the table. */
const SYMBOL_CODES = new Map<string, string>();
for (const [symbol, code] of CURRENCY_SYMBOLS) if (!SYMBOL_CODES.has(symbol.toUpperCase())) SYMBOL_CODES.set(symbol.toUpperCase(), code);

function currencySymbol(prefix: string): string | undefined | null {
  if (!prefix) return undefined;
  return SYMBOL_CODES.get(prefix.toUpperCase()) ?? null;
}

/** Reads a term such as "1,000", "$1.5bn", "US$3.2", "45%", "10-20", "€2–3m"; undefined if not a number. */
export function readNumericTerm(text: string): WrittenNumber | undefined {
  const m = NUMERIC_TERM.exec(text);
  if (!m) return undefined;
  const [, pre1, num1, suf1, pre2, num2, suf2, pct, tail] = m;
  const cur1 = currencySymbol(pre1);
  if (cur1 === null) return undefined;
  const cur2 = num2 !== undefined ? currencySymbol(pre2 ?? '') : undefined;
  if (cur2 === null) return undefined;
  const currency = cur1 ?? cur2 ?? undefined;
  const suffixScale = (suf: string | undefined): number | undefined | null => {
    if (!suf) return undefined;
    const s = suf.toLowerCase();
    if (CURRENCY_ONLY_SUFFIXES.has(s) && !currency) return null;
    return SCALES[s];
  };
  const s1 = suffixScale(suf1);
  const s2 = suffixScale(suf2);
  if (s1 === null || s2 === null) return undefined;
  const digits = num1.replace(/,/g, '');
  const value = Number(digits);
  if (!Number.isFinite(value)) return undefined;
  const result: WrittenNumber = {
    value: value * (s1 ?? s2 ?? 1),
    digits,
    scale: s1 ?? s2 ?? 1,
    currency,
    percent: pct === '%',
    plus: tail === '+' || tail?.toLowerCase() === '-plus',
    strong: tail?.toLowerCase() === '-strong',
  };
  if (num2 !== undefined) {
    const highDigits = num2.replace(/,/g, '');
    const high = Number(highDigits) * (s2 ?? s1 ?? 1);
    // "3-1" is a score and "2022-23" a season, not a range of amounts.
    if (!(high > result.value) || (/^\d{4}$/.test(digits) && /^\d{2}$/.test(highDigits))) return undefined;
    result.high = high;
    result.highDigits = highDigits;
  }
  return result;
}

/** The value of a single number word ("seven", "forty"), or undefined. */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  return NUMBER_UNITS[w] ?? NUMBER_TENS[w];
}

/**
 * Half a unit of the last significant digit of a written figure, after scale: the precision a
 * reader grants a round figure ("1,000" → 500, "1.5 billion" → 50 million). Zero for figures
 * that end in a non-zero digit and carry no scale word, which read as exact counts.
 */
export function halfUnitOfLastDigit(digits: string, scale: number): number {
  const dot = digits.indexOf('.');
  if (dot >= 0) {
    const decimals = digits.length - dot - 1;
    return scale > 1 ? 0.5 * 10 ** -decimals * scale : 0;
  }
  const zeros = /0*$/.exec(digits)![0].length;
  if (zeros === digits.length) return 0;
  if (zeros === 0 && scale === 1) return 0;
  return 0.5 * 10 ** zeros * scale;
}
