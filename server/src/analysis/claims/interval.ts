/**
 * Intervals of values: construction, widening and the one question the matcher asks — can both
 * hold at once? Infinite bounds are null (JSON has no Infinity).
 */
import type { Interval } from '../types';

export function point(value: number): Interval {
  return { low: value, high: value, lowInclusive: true, highInclusive: true };
}

export function closed(low: number | null, high: number | null): Interval {
  return { low, high, lowInclusive: low !== null, highInclusive: high !== null };
}

/** [value - tolerance, value + tolerance): a rounded figure; exact when tolerance is 0. */
export function rounded(value: number, tolerance: number): Interval {
  if (tolerance <= 0) return point(value);
  return { low: clean(value - tolerance), high: clean(value + tolerance), lowInclusive: true, highInclusive: false };
}

/** Removes floating-point dust (0.1 + 0.2) so that bounds print and compare as written. */
export function clean(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  return Number(n.toPrecision(12));
}

/** Whether some value lies in both intervals. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !lowerAbove(a, b) && !lowerAbove(b, a);
}

/** True when everything in `b` lies below everything in `a` (a's low bound is above b's high bound). */
function lowerAbove(a: Interval, b: Interval): boolean {
  if (a.low === null || b.high === null) return false;
  if (a.low > b.high) return true;
  if (a.low < b.high) return false;
  return !(a.lowInclusive && b.highInclusive);
}

/** Widens an interval on both finite sides by a fraction of each bound (0.05 = 5%). */
/** Whether every value of `x` lies below every value of `y`. */
export function below(x: Interval, y: Interval): boolean {
  return lowerAbove(y, x);
}

export function widen(i: Interval, fraction: number): Interval {
  if (fraction <= 0) return i;
  return {
    low: i.low === null ? null : clean(i.low - Math.abs(i.low) * fraction),
    high: i.high === null ? null : clean(i.high + Math.abs(i.high) * fraction),
    lowInclusive: i.lowInclusive,
    highInclusive: i.highInclusive,
  };
}

export function scaleInterval(i: Interval, factor: number): Interval {
  return {
    low: i.low === null ? null : clean(i.low * factor),
    high: i.high === null ? null : clean(i.high * factor),
    lowInclusive: i.lowInclusive,
    highInclusive: i.highInclusive,
  };
}

export function isValidInterval(i: Interval): boolean {
  const finiteOrNull = (n: number | null) => n === null || Number.isFinite(n);
  if (!finiteOrNull(i.low) || !finiteOrNull(i.high)) return false;
  if (i.low !== null && i.high !== null && i.low > i.high) return false;
  return true;
}
