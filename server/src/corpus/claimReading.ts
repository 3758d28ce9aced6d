/**
 * How a figure was read, as short labelled fields for hovers and the command line.
 */
import type { Interval, NumericClaim, Unit } from '../analysis/types';

function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [scale, word] of scales) {
    if (abs >= scale) {
      const v = value / scale;
      return `${Number(v.toFixed(3)).toLocaleString('en-US')} ${word}`;
    }
  }
  return Number(value.toFixed(4)).toLocaleString('en-US');
}

/** English plural of a counted noun, for readings like "> 40 people" (nouns are stored singular). */
export function plural(noun: string): string {
  if (/(?:^|\s)person$/.test(noun)) return noun.replace(/person$/, 'people');
  if (/(?:man|woman)$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/child$/.test(noun)) return noun + 'ren';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

export function formatUnit(unit: Unit, count = 2): string {
  if (unit.kind === 'currency') return unit.currency ?? 'money';
  if (unit.kind === 'percent') return '%';
  if (!unit.noun) return '';
  return count === 1 ? unit.noun : plural(unit.noun);
}

/** "> 40 billion USD", "≤ 40 billion USD", "950 – 1,050 people", "≥ 2 billion USD". */
export function formatInterval(interval: Interval, unit: Unit): string {
  const single = interval.low === 1 && interval.high === 1;
  const u = formatUnit(unit, single ? 1 : 2);
  const suffix = u === '%' ? '%' : u ? ` ${u}` : '';
  const { low, high, lowInclusive, highInclusive } = interval;
  if (low !== null && high !== null && low === high) return `${formatNumber(low)}${suffix}`;
  if (low !== null && high !== null && low > 0) return `${formatNumber(low)} – ${formatNumber(high)}${suffix}${lowInclusive && highInclusive ? '' : ` (${lowInclusive ? '[' : '('}${highInclusive ? ']' : ')'})`}`;
  if (high !== null) return `${highInclusive ? '≤' : '<'} ${formatNumber(high)}${suffix}`;
  if (low !== null) return `${lowInclusive ? '≥' : '>'} ${formatNumber(low)}${suffix}`;
  return `any${suffix}`;
}

export function describeClaimReading(claim: NumericClaim): { headline: string; fields: [string, string][] } {
  const rate = claim.rate ? ` a ${claim.rate}` : '';
  const fields: [string, string][] = [];
  fields.push(['read as', `${formatInterval(claim.interval, claim.unit)}${rate} (${claim.qualifier})`]);
  fields.push(['measure', claim.measure.label]);
  const scope = [claim.scope.places.join(', '), claim.scope.time].filter(Boolean).join('; ');
  if (scope) fields.push(['scope', scope]);
  if (claim.attribution) fields.push(['according to', claim.attribution]);
  for (const e of claim.equivalents ?? []) fields.push(['also stated as', formatInterval(e.interval, e.unit)]);
  return { headline: claim.measure.label, fields };
}
