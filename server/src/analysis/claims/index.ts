/**
 * Finds the numeric claims of one article. Placeholder until the extractor lands.
 */
import type { ArticleActor, NumericClaim } from '../types';
import type { ArticleInput } from '../input';

export function extractClaims(_input: ArticleInput, _actors: readonly ArticleActor[]): NumericClaim[] {
  return [];
}
