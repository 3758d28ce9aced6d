/**
 * Finds the figures of a sentence in its terms: numbers in digits or words, with their scale
 * ("$40 billion", "1.5bn"), currency ("2.5 billion baht", "THB 2.5bn", "US$3"), percent ("45 per
 * cent"), ranges ("10-20", "between 2 and 3 million", "two or three") and vague amounts ("dozens",
 * "hundreds of thousands", "billions of dollars"), fractions ("a third of", "two-thirds"). It reads
 * each term's text itself: compromise's own money and number views drop the multiplier.
 */
import type { Term } from '../types';
import {
  currencyPrefixWord,
  currencyWord,
  DOLLAR_COUNTRIES,
  FRACTION_DENOMINATORS,
  halfUnitOfLastDigit,
  numberWord,
  readNumericTerm,
  scaleOf,
  VAGUE_AMOUNTS,
  type WrittenNumber,
} from './numbers';
import { clean } from './interval';
import { has, word } from './terms';
import {
  FIGURE_OPENERS as OPENERS,
  HALF_QUALIFIERS as QUALIFYING_BEFORE_HALF,
  ORDINALS_BEFORE_FIGURE,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  VAGUE_SCALES,
} from '../lexicon/claims';

export type FigureKind = 'number' | 'range' | 'vague' | 'fraction';

export interface Figure {
  kind: FigureKind;
  /** First and last term of the figure itself (currency code and scale included, qualifier not). */
  first: number;
  last: number;
  /** The value as written after scale; the low end for ranges and vague amounts. */
  value: number;
  /** High end of a range or vague amount (exclusive for vague amounts). */
  high?: number;
  /** Half a unit of the last significant digit (see numbers.ts); 0 for exact figures. */
  halfUnit: number;
  currency?: string;
  percent: boolean;
  /** "percentage points" rather than per cent. */
  points: boolean;
  /** "1,000-plus", "1,000+". */
  plus: boolean;
  /** "5,000-strong": a group size. */
  strong: boolean;
  /** Written in words ("two million"), not digits. */
  inWords: boolean;
  /** How a range was joined ("between", "to", "-", "or"), if it is one. */
  rangeJoin?: string;
  /** The vague phrase as read ("hundreds of thousands"). */
  vaguePhrase?: string;
}

/** A number as written, with how it was read from the terms. */
interface Core extends WrittenNumber {
  inWords: boolean;
  /** Index of the last term consumed. */
  end: number;
}


/** Reads number words from `i` ("two", "twenty-five", "two hundred and ten thousand", "a million"). */
function readNumberWords(terms: readonly Term[], i: number): Core | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = 1;
  let j = i;
  let end = -1;
  for (; j < terms.length; j++) {
    const w = word(terms[j]);
    const n = numberWord(w);
    if (n !== undefined) {
      if (seen && current % 100 !== 0 && current % 10 === 0 && n < 10 && n > 0) current += n;
      else if (seen && current !== 0 && (current % 100 !== 0 || n >= 100)) break;
      else current += n;
      seen = true;
      end = j;
      lastScale = 1;
      continue;
    }
    if ((w === 'a' || w === 'an') && !seen && SCALE_WORDS.has(word(terms[j + 1]))) {
      current = 1;
      seen = true;
      continue;
    }
    if (SCALE_WORDS.has(w) && seen) {
      if (w === 'hundred') current *= 100;
      else {
        const s = scaleOf(w)!;
        total += current * s;
        current = 0;
        lastScale = s;
      }
      end = j;
      continue;
    }
    if (w === 'and' && seen && numberWord(word(terms[j + 1])) !== undefined && /^(?:hundred|thousand)$/.test(word(terms[j - 1]))) continue;
    break;
  }
  if (!seen || end < 0) return undefined;
  const value = total + current;
  const digits = lastScale > 1 && current === 0 ? String(value / lastScale) : String(value);
  return {
    value,
    digits,
    scale: lastScale > 1 && current === 0 ? lastScale : 1,
    percent: false,
    plus: false,
    strong: false,
    inWords: true,
    end,
  };
}

/** A number in digits at `i`, or in words; followed by a scale word when there is one. */
function readCore(terms: readonly Term[], i: number): Core | undefined {
  const t = terms[i];
  const written = readNumericTerm(t.text);
  let core: Core | undefined;
  if (written) {
    core = {
      value: written.value,
      high: written.high,
      digits: written.digits,
      highDigits: written.highDigits,
      scale: written.scale,
      currency: written.currency,
      percent: written.percent,
      plus: written.plus,
      strong: written.strong,
      inWords: false,
      end: i,
    };
  } else if (has(t, 'Value') || numberWord(word(t)) !== undefined || word(t) === 'a' || word(t) === 'an') {
    core = readNumberWords(terms, i);
    if (!core) return undefined;
  } else return undefined;

  // A scale word after digits ("40 billion", "1.5 million", "300 thousand", "5 bn").
  const next = terms[core.end + 1];
  if (next && core.scale === 1 && !core.percent && !/[-–]$/.test(terms[core.end].post.trim())) {
    const s = scaleOf(word(next)) ?? (SCALE_ABBREVIATIONS.has(next.text.toLowerCase()) ? scaleOf(next.text) : undefined);
    if (s !== undefined && (s >= 1e3 || (!core.inWords && s === 100))) {
      core.value *= s;
      if (core.high !== undefined) core.high *= s;
      core.scale = s;
      core.end += 1;
      const after = terms[core.end + 1];
      if (after && /^(?:-?plus|\+)$/i.test(after.text) && /-$/.test(terms[core.end].post)) {
        core.plus = true;
        core.end += 1;
      }
    }
  }
  return core;
}

/** A currency word or code after the figure: "baht", "USD", "US dollars", "Singapore dollars". */
function readCurrencyAfter(terms: readonly Term[], i: number): { code: string; end: number } | undefined {
  const t = terms[i];
  if (!t) return undefined;
  const w = word(t);
  const country = DOLLAR_COUNTRIES[w] ?? DOLLAR_COUNTRIES[`${w} ${word(terms[i + 1])}`];
  if (country) {
    const span = DOLLAR_COUNTRIES[w] ? 1 : 2;
    if (/^dollars?$/.test(word(terms[i + span]))) return { code: country, end: i + span };
  }
  const code = currencyWord(t.text);
  if (!code) return undefined;
  // "pounds of cocaine" is a weight, not sterling.
  if ((w === 'pound' || w === 'pounds') && word(terms[i + 1]) === 'of') return undefined;
  return { code, end: i };
  return undefined;
}

/** "%", "percent", "per cent", "pct", "percentage points" after a number. */
function readPercentAfter(terms: readonly Term[], i: number): { end: number; points: boolean } | undefined {
  const w = word(terms[i]);
  if (w === 'percent' || w === 'pct' || w === '%') return { end: i, points: false };
  if (w === 'per' && word(terms[i + 1]) === 'cent') return { end: i + 1, points: false };
  if (w === 'percentage' && /^points?$/.test(word(terms[i + 1]))) return { end: i + 1, points: true };
  return undefined;
}

/** A vague amount at `i`: "dozens", "hundreds of thousands", "several million", "a few hundred". */
function readVague(terms: readonly Term[], i: number): Figure | undefined {
  const w = word(terms[i]);
  if (w === 'several' || w === 'few' || (w === 'a' && word(terms[i + 1]) === 'few')) {
    const j = w === 'a' ? i + 2 : i + 1;
    const s = word(terms[j]);
    if (!SCALE_WORDS.has(s)) return undefined;
    const unit = s === 'hundred' ? 100 : scaleOf(s)!;
    const low = (w === 'several' ? 3 : 2) * unit;
    return vagueFigure(terms, i, j, low, 10 * unit, `${w === 'a' ? 'a few' : w} ${s}`);
  }
  let phrase = w;
  let j = i;
  if ((w === 'tens' || w === 'hundreds') && word(terms[i + 1]) === 'of' && VAGUE_SCALES.has(word(terms[i + 2]))) {
    phrase = `${w} of ${word(terms[i + 2])}`;
    j = i + 2;
  } else if ((w === 'dozens' || w === 'scores') && word(terms[i + 1]) !== 'of') {
    // "killed dozens", "dozens were hurt": the object or the subject of a verb. Never "scores"
    // alone (a match's), never "dozens of" elsewhere than here.
    const prev = terms[i - 1];
    const next = terms[i + 1];
    const objectOfVerb = prev !== undefined && prev.tags.includes('Verb') && !/[,;:.!?()]/.test(prev.post);
    const subjectOfVerb = next !== undefined && !/[,;:.!?()]/.test(terms[i].post) && next.tags.includes('Verb');
    if (w === 'scores' || !(objectOfVerb || subjectOfVerb)) return undefined;
  }
  const bounds = VAGUE_AMOUNTS[phrase];
  if (!bounds) return undefined;
  return vagueFigure(terms, i, j, bounds[0], bounds[1], phrase);
}

function vagueFigure(terms: readonly Term[], first: number, last: number, low: number, high: number, phrase: string): Figure {
  const figure: Figure = {
    kind: 'vague',
    first,
    last,
    value: low,
    high,
    halfUnit: 0,
    percent: false,
    points: false,
    plus: false,
    strong: false,
    inWords: true,
    vaguePhrase: phrase,
  };
  // "billions of dollars", "millions of US dollars", "hundreds of millions of baht".
  if (word(terms[last + 1]) === 'of') {
    const currency = readCurrencyAfter(terms, last + 2);
    if (currency) {
      figure.currency = currency.code;
      figure.last = currency.end;
    }
  } else {
    const currency = readCurrencyAfter(terms, last + 1);
    if (currency) {
      figure.currency = currency.code;
      figure.last = currency.end;
    }
  }
  return figure;
}

/** "one in five", "1 in 10", "one in every four": a share. */
function readRatio(terms: readonly Term[], i: number): Figure | undefined {
  const n = numberWord(word(terms[i])) ?? (/^\d+$/.test(terms[i].text) ? +terms[i].text : undefined);
  if (n === undefined || word(terms[i + 1]) !== 'in') return undefined;
  const j = word(terms[i + 2]) === 'every' ? i + 3 : i + 2;
  const d = numberWord(word(terms[j])) ?? (/^\d+$/.test(terms[j]?.text ?? '') ? +terms[j].text : undefined);
  if (!d || n >= d || /[,;]/.test(terms[i].post)) return undefined;
  const value = clean((100 * n) / d);
  return { kind: 'fraction', first: i, last: j, value, halfUnit: 0, percent: true, points: false, plus: false, strong: false, inWords: true };
}

/** A fraction at `i`: "a third of", "two-thirds of", "half of", "almost half". */
function readFraction(terms: readonly Term[], i: number): Figure | undefined {
  const ratio = readRatio(terms, i);
  if (ratio) return ratio;
  const w = word(terms[i]);
  let numerator = 1;
  let j = i;
  if (w === 'a' || w === 'one' || numberWord(w) !== undefined) {
    numerator = w === 'a' ? 1 : numberWord(w)!;
    j = i + 1;
  }
  const d = FRACTION_DENOMINATORS[word(terms[j])];
  if (!d) return undefined;
  if (j === i && word(terms[j]) !== 'half') return undefined;
  const hyphenated = j > i && /-/.test(terms[i].post);
  const followedByOf = word(terms[j + 1]) === 'of';
  const qualified = j === i && QUALIFYING_BEFORE_HALF.has(word(terms[i - 1]));
  if (!followedByOf && !hyphenated && !qualified) return undefined;
  // "the first half of 2024", "the second quarter" are times, not shares.
  if (has(terms[i - 1], 'Ordinal') || ORDINALS_BEFORE_FIGURE.has(word(terms[i - 1]))) return undefined;
  if (numerator >= d) return undefined;
  const value = clean((100 * numerator) / d);
  return {
    kind: 'fraction',
    first: i,
    last: j,
    value,
    halfUnit: clean(value * 0.05),
    percent: true,
    points: false,
    plus: false,
    strong: false,
    inWords: true,
  };
}

/** "half a million", "half a billion dollars". */
function readHalfScale(terms: readonly Term[], i: number): Core | undefined {
  if (word(terms[i]) !== 'half' || !/^an?$/.test(word(terms[i + 1]))) return undefined;
  const s = scaleOf(word(terms[i + 2]));
  if (!s || s < 1e3) return undefined;
  return { value: 0.5 * s, digits: '5', scale: s / 10, percent: false, plus: false, strong: false, inWords: true, end: i + 2 };
}


/** Reads the figure that starts at term `i`, if one does. */
export function readFigureAt(terms: readonly Term[], i: number): Figure | undefined {
  const t = terms[i];
  if (!t) return undefined;
  // Most terms are plain words: reject them before any parsing.
  const prefixCode = currencyPrefixWord(t.text);
  if (!/\d/.test(t.text) && !OPENERS.has(word(t)) && !/^[A-Z]{3}$/.test(t.text) && !prefixCode) return undefined;
  // A currency code or abbreviation before the digits: "THB 2.5 billion", "USD 40m", "Rs 100", "KSh 9.4 billion".
  let currency: string | undefined;
  let start = i;
  const code = /^[A-Z]{3}$/.test(t.text) ? currencyWord(t.text) : prefixCode;
  if (code && terms[i + 1] && readNumericTerm(terms[i + 1].text)) {
    currency = code;
    start = i + 1;
  }

  const vague = start === i ? readVague(terms, i) : undefined;
  if (vague) return vague;
  const fraction = start === i ? readFraction(terms, i) : undefined;
  if (fraction) return fraction;

  const core = readHalfScale(terms, start) ?? readCore(terms, start);
  if (!core) return undefined;
  if (core.currency) currency = core.currency;
  let end = core.end;
  let high = core.high;
  let highDigits = core.highDigits;
  let rangeJoin: string | undefined = core.high !== undefined ? '-' : undefined;

  // A range written across terms: "10 to 20", "2 - 3 million", "between 5 and 10", "two or three".
  if (high === undefined) {
    const joinTerm = terms[end + 1];
    const join = word(joinTerm);
    const dashed = /^\s*[-–]\s*$/.test(terms[end].post);
    const between = word(terms[i - 1]) === 'between' || word(terms[i - 2]) === 'between';
    const canJoin =
      dashed || join === 'to' || (join === 'and' && between) || (join === 'or' && core.inWords && core.value < 100);
    const secondAt = dashed ? end + 1 : end + 2;
    if (canJoin && terms[secondAt] && !has(terms[secondAt], 'Date')) {
      const second = readCore(terms, secondAt);
      // "10 to 20%" shares the percent; "10% to 20 people" is two figures.
      if (second && !(core.percent && !second.percent)) {
        let low = core.value;
        // "between 2 and 3 million": the scale written once applies to both ends.
        if (core.scale === 1 && second.scale > 1 && low * second.scale < second.value) low *= second.scale;
        if (second.value > low) {
          core.value = low;
          high = second.value;
          highDigits = second.digits;
          if (second.scale > core.scale) core.scale = second.scale;
          currency = currency ?? second.currency;
          if (second.percent) core.percent = true;
          end = second.end;
          rangeJoin = dashed ? '-' : join === 'and' ? 'between' : join;
        }
      }
    }
  }

  let points = false;
  if (!core.percent) {
    const percent = readPercentAfter(terms, end + 1);
    if (percent) {
      core.percent = true;
      points = percent.points;
      end = percent.end;
    }
  }
  if (!core.percent && !currency) {
    const after = readCurrencyAfter(terms, end + 1);
    if (after) {
      currency = after.code;
      end = after.end;
    }
  } else if (currency && !core.percent) {
    // "$40 million USD": a redundant code after the figure belongs to it.
    const after = readCurrencyAfter(terms, end + 1);
    if (after && after.code === currency) end = after.end;
  }

  let halfUnit = clean(halfUnitOfLastDigit(core.digits, core.scale));
  if (core.percent && halfUnit === 0) {
    // Percentages are rounded to their last written digit ("45%" covers 44.5–45.5).
    const decimals = core.digits.includes('.') ? core.digits.length - core.digits.indexOf('.') - 1 : 0;
    halfUnit = 0.5 * 10 ** -decimals;
  }
  if (highDigits !== undefined) halfUnit = 0;

  return {
    kind: high !== undefined ? 'range' : 'number',
    first: i,
    last: end,
    value: clean(core.value),
    high: high === undefined ? undefined : clean(high),
    halfUnit,
    currency,
    percent: core.percent,
    points,
    plus: core.plus,
    strong: core.strong,
    inWords: core.inWords,
    rangeJoin,
  };
}
