/**
 * Links claims about the same measure across articles. Placeholder until the matcher lands.
 */
import type { ClaimLink, NumericClaim } from './types';

export interface ConflictOptions {
  /** Relative tolerance of a bare round figure beyond its written precision (0.0 = none). */
  roundTolerance: number;
  /** Links below this confidence are dropped. */
  minConfidence: number;
}

export const defaultConflictOptions: ConflictOptions = { roundTolerance: 0, minConfidence: 0.6 };

export function linkClaims(
  _articles: readonly { article: string; claims: readonly NumericClaim[] }[],
  _options: ConflictOptions = defaultConflictOptions,
): ClaimLink[] {
  return [];
}
