/**
 * Hand-made claims for matcher tests: the typed slots (`counted`, `facets`) from a short word list,
 * and the source keys the extractor would give an attribution.
 * - events, classes and nationalities are sorted by the vocabulary, other words kept as words;
 * - "@name" is whose figure it is;
 * - "=added", "=part", "=earlier" are portions (addition, part, superseded);
 * - any other "=detail" is an aggregate with that detail ("=minimum").
 */
import { CLASS_CONCEPTS, EVENT_CONCEPTS, nationality } from '../../server/src/analysis/claims/vocabulary';
import { sourceKeys } from '../../server/src/analysis/claims/source';
import type { Counted, Facet } from '../../server/src/analysis/types';

export function typed(words: readonly string[]): { counted: Counted; facets: Facet[] } {
  const counted: Counted = { events: [], classes: [], nationalities: [], words: [] };
  const facets: Facet[] = [];
  for (const w of words) {
    if (w.startsWith('@')) counted.subject = w.slice(1);
    else if (w === '=added') facets.push('addition');
    else if (w === '=part') facets.push('part');
    else if (w === '=earlier') facets.push('superseded');
    else if (w.startsWith('=')) {
      facets.push('aggregate');
      counted.facetDetail = w.slice(1);
    } else if (EVENT_CONCEPTS.has(w)) counted.events.push(w);
    else if (CLASS_CONCEPTS.has(w)) counted.classes.push(w);
    else if (nationality(w)) counted.nationalities.push(w);
    else counted.words.push(w);
  }
  return { counted, facets };
}

/** `{ sourceKeys }` for an attribution, as the extractor sets it, or nothing. */
export function sourceKeysOf(attribution: string | undefined): { sourceKeys?: string[] } {
  const keys = sourceKeys(attribution);
  return keys.size ? { sourceKeys: [...keys].sort() } : {};
}

/** The measure's display words: the list without "@" and "=" markers. */
export function measureWords(words: readonly string[]): string[] {
  return words.filter((w) => !/^[@=]/.test(w));
}
