/**
 * Reading the written form of a number: digits with separators and suffixes ("1,000", "$1.5bn",
 * "€40m", "45%", "10-20"), number words ("two million", "twenty-five", "a third"), scale words
 * ("million", "bn") and currency markers. Pure string work on one term's text at a time; the
 * figure finder (./figures.ts) strings terms together.
 */

/** Currency symbols that may stand before the digits, longest first, with their codes. */
const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['USD$', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['C$', 'CAD'], ['CA$', 'CAD'],
  ['HK$', 'HKD'], ['S$', 'SGD'], ['NZ$', 'NZD'], ['NT$', 'TWD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['RM', 'MYR'],
  ['Rs.', 'INR'], ['Rs', 'INR'], ['Rp', 'IDR'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'],
  ['₩', 'KRW'], ['฿', 'THB'], ['₱', 'PHP'], ['₫', 'VND'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['៛', 'KHR'],
  ['KShs', 'KES'], ['KSh', 'KES'], ['TShs', 'TZS'], ['TSh', 'TZS'], ['UShs', 'UGX'], ['USh', 'UGX'], ['₦', 'NGN'], ['GH₵', 'GHS'], ['₵', 'GHS'], ['E£', 'EGP'],
  ['N$', 'NAD'], ['zł', 'PLN'], ['Tk', 'BDT'], ['৳', 'BDT'], ['₴', 'UAH'], ['₸', 'KZT'], ['₭', 'LAK'], ['₮', 'MNT'],
];

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

/** ISO codes we accept written next to a figure ("THB 2.5 billion", "40 million USD"). */
export const CURRENCY_CODES = new Set(
  'USD EUR GBP JPY CNY RMB THB KHR VND MYR IDR PHP SGD AUD NZD CAD HKD TWD INR KRW MMK LAK BDT PKR CHF SEK NOK DKK RUB TRY BRL MXN ZAR NGN KES AED SAR ILS PLN CZK HUF RON BGN UAH EGP GHS TZS UGX ETB MAD NAD ZMW LKR NPR QAR KWD OMR BHD JOD ARS CLP COP PEN ISK KZT'.split(
    ' ',
  ),
);

/** Currency words after a figure ("2.5 billion baht", "40 million euros"), singular and plural. */
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', baht: 'THB', yuan: 'CNY', renminbi: 'CNY', riel: 'KHR',
  riels: 'KHR', dong: 'VND', ringgit: 'MYR', rupiah: 'IDR', rupee: 'INR', rupees: 'INR', peso: 'PHP', pesos: 'PHP',
  yen: 'JPY', kyat: 'MMK', kip: 'LAK', taka: 'BDT', sterling: 'GBP', pound: 'GBP', pounds: 'GBP', franc: 'CHF',
  francs: 'CHF', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', lira: 'TRY', rand: 'ZAR', naira: 'NGN',
  shilling: 'KES', shillings: 'KES', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', shekel: 'ILS', shekels: 'ILS',
  // Currencies shared by several countries are read by name; only the same name compares.
  krona: 'KRONA', kronor: 'KRONA', krone: 'KRONE', kroner: 'KRONE', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF',
  koruna: 'CZK', lev: 'BGN', leu: 'RON', lei: 'RON', hryvnia: 'UAH', hryvnias: 'UAH', lari: 'GEL', dram: 'AMD',
  manat: 'MANAT', som: 'SOM', tenge: 'KZT', afghani: 'AFN', afghanis: 'AFN', rial: 'RIAL', rials: 'RIAL',
  dinar: 'DINAR', dinars: 'DINAR', kwacha: 'KWACHA', cedi: 'GHS', cedis: 'GHS', birr: 'ETB', quetzal: 'GTQ',
  quetzales: 'GTQ', real: 'BRL', reais: 'BRL', sol: 'PEN', soles: 'PEN', bolivar: 'VES', bolivares: 'VES',
  rupiahs: 'IDR', ringgits: 'MYR', bahts: 'THB',
};

/** Adjectives that pin "dollars" to a country ("US dollars", "Singapore dollars"). */
export const DOLLAR_COUNTRIES: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', singapore: 'SGD', 'hong kong': 'HKD',
  taiwan: 'TWD', 'new zealand': 'NZD',
};

/** Scale words and suffixes, with their multipliers. */
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12, lakh: 1e5, crore: 1e7,
};

/** Suffixes only safe with a currency ("$3m", "€40k"): otherwise "5m" may be metres. */
const CURRENCY_ONLY_SUFFIXES = new Set(['m', 'k', 'b', 'tr']);

export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return w === 'm' || w === 'k' || w === 'b' || w === 'tr' ? undefined : SCALES[w.replace(/s$/, '')] ?? SCALES[w];
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

function currencySymbol(prefix: string): string | undefined | null {
  if (!prefix) return undefined;
  for (const [symbol, code] of CURRENCY_SYMBOLS) if (prefix.toUpperCase() === symbol.toUpperCase()) return code;
  return null;
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

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The value of a single number word ("seven", "forty"), or undefined. */
export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  return UNITS[w] ?? TENS[w];
}

/** Fraction words: "half", "third", "quarter"… with the denominator they stand for. */
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  tenth: 10, tenths: 10,
};

/**
 * Vague amounts: "dozens", "hundreds of", "tens of thousands". Each reads as an interval from
 * two of the unit up to (not including) the next word a writer would have used instead.
 */
export const VAGUE_AMOUNTS: Record<string, [number, number]> = {
  dozens: [24, 100],
  scores: [40, 100],
  hundreds: [200, 1000],
  thousands: [2000, 1e6],
  'tens of thousands': [2e4, 1e5],
  'hundreds of thousands': [2e5, 1e6],
  millions: [2e6, 1e9],
  'tens of millions': [2e7, 1e8],
  'hundreds of millions': [2e8, 1e9],
  billions: [2e9, 1e12],
  'tens of billions': [2e10, 1e11],
  'hundreds of billions': [2e11, 1e12],
  trillions: [2e12, 1e15],
};

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
