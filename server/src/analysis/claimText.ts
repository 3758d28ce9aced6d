/**
 * A claim in words for people: hovers, diagnostic messages, the command line and the matcher's
 * reasons. Pure formatting, deterministic (no locale lookups): "> 40 billion USD a year",
 * "≤ 40 billion USD", "950 to under 1,050 arrests", "< 1%".
 */
import type { Interval, NumericClaim, Rate, Unit } from './types';
import { RATE_WORDS, SCALE_NAMES } from './lexicon/claims';

const SCALES = SCALE_NAMES;

function trimDecimals(n: number, max: number): string {
  const s = n.toFixed(max);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "40 billion", "1.5 million", "1,050", "33.3", "0.5". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  for (const [scale, name] of SCALES) {
    if (a >= scale) {
      const m = a / scale;
      // Only use the word when it reads exactly to three decimals ("1.137 billion"), else digits.
      if (Math.abs(m - Number(m.toFixed(3))) < 1e-12 * m) return `${sign}${trimDecimals(m, 3)} ${name}`;
    }
  }
  const fixed = trimDecimals(a, a >= 100 ? 0 : 2);
  const [int, frac] = fixed.split('.');
  return sign + group(int) + (frac ? '.' + frac : '');
}

/** Compact scientific form for reasons: 4e10, 33000000 -> 3.3e7, 1,050. */
export function formatCompact(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e6) return n.toExponential().replace(/\.?0*e\+?/, 'e').replace(/(\.\d*?)0+e/, '$1e');
  return formatNumber(n);
}


export function describeRate(rate: Rate | undefined): string {
  return rate ? RATE_WORDS[rate] : '';
}

function plural(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (noun === 'person') return 'people';
  return noun + 's';
}

function withUnit(number: string, unit: Unit): string {
  if (unit.kind === 'percent') return `${number}%`;
  if (unit.kind === 'currency') return `${number} ${unit.currency ?? ''}`.trim();
  return unit.noun ? `${number} ${plural(unit.noun)}` : number;
}

/** Bounds of an interval in words, each number formatted by `fmt`, units left out. */
export function describeBounds(i: Interval, fmt: (n: number) => string = formatNumber, unit?: Unit): string {
  if (i.low === null && i.high === null) return 'any value';
  if (i.low !== null && i.high !== null && i.low === i.high) return maybeUnit(fmt(i.low), unit);
  if (i.high === null) return `${i.lowInclusive ? '≥' : '>'} ${maybeUnit(fmt(i.low!), unit)}`;
  if (i.low === null || (i.low === 0 && i.lowInclusive)) return `${i.highInclusive ? '≤' : '<'} ${maybeUnit(fmt(i.high), unit)}`;
  const low = `${i.lowInclusive ? '' : 'over '}${fmt(i.low)}`;
  const high = `${i.highInclusive ? '' : 'under '}${fmt(i.high)}`;
  return maybeUnit(`${low} to ${high}`, unit);
}

function maybeUnit(number: string, unit: Unit | undefined): string {
  return unit ? withUnit(number, unit) : number;
}

/** The claim's interval with unit and rate: "> 40 billion USD a year", "≤ 40 billion USD". */
export function describeInterval(claim: Pick<NumericClaim, 'interval' | 'unit' | 'rate'>): string {
  const rate = describeRate(claim.rate);
  return describeBounds(claim.interval, formatNumber, claim.unit) + (rate ? ` ${rate}` : '');
}

/** The interval in compact form for reasons: "> 4e10", "≤ 4e10", "950 to under 1,050". */
export function describeIntervalCompact(i: Interval): string {
  return describeBounds(i, formatCompact);
}

/** Scope and source in words: "in southeast asia, between July 14 and 16; according to police". */
export function describeScope(claim: Pick<NumericClaim, 'scope' | 'attribution'>): string {
  const parts: string[] = [];
  if (claim.scope.places.length) parts.push(`in ${claim.scope.places.join(', ')}`);
  if (claim.scope.time) parts.push(claim.scope.time);
  else if (claim.scope.year !== undefined) parts.push(`in ${claim.scope.year}`);
  const where = parts.join(', ');
  const who = claim.attribution ? `according to ${claim.attribution}` : '';
  return [where, who].filter(Boolean).join('; ');
}

/**
 * One line per claim: `"more than $40 billion" = > 40 billion USD a year — illicit revenue (in
 * southeast asia; according to A 2024 UN report)`.
 */
export function formatClaimSummary(claim: NumericClaim): string {
  const scope = describeScope(claim);
  const equivalents = (claim.equivalents ?? []).map((e) => describeBounds(e.interval, formatNumber, e.unit));
  return (
    `"${claim.text}" = ${describeInterval(claim)}` +
    (equivalents.length ? ` (stated as ${equivalents.join(', ')})` : '') +
    ` — ${claim.measure.label}` +
    (scope ? ` (${scope})` : '')
  );
}
