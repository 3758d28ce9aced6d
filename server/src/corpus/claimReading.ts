/**
 * How a figure was read, as short labelled fields for hovers and the command line. The wording of
 * intervals comes from ../analysis/claimText.ts, so hovers, messages and reports say it alike.
 */
import { describeBounds, describeInterval, formatNumber } from '../analysis/claimText';
import type { Interval, NumericClaim, Unit } from '../analysis/types';

/** "> 40 billion USD", "≤ 40 billion USD", "950 to under 1,050 people". */
export function formatInterval(interval: Interval, unit: Unit): string {
  return describeBounds(interval, formatNumber, unit);
}

export function describeClaimReading(claim: NumericClaim): { headline: string; fields: [string, string][] } {
  const fields: [string, string][] = [];
  fields.push(['read as', `${describeInterval(claim)} (${claim.qualifier})`]);
  fields.push(['measure', claim.measure.label]);
  const scope = [claim.scope.places.join(', '), claim.scope.time].filter(Boolean).join('; ');
  if (scope) fields.push(['scope', scope]);
  if (claim.attribution) fields.push(['according to', claim.attribution]);
  for (const e of claim.equivalents ?? []) fields.push(['also stated as', formatInterval(e.interval, e.unit)]);
  return { headline: claim.measure.label, fields };
}
