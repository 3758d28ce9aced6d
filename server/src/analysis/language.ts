/**
 * A cheap guess whether prose is English, from the share of English function words. compromise
 * reads English only: on French or Khmer text it would tag every capitalised word as a name, so
 * the analysis says plainly that it skipped the file instead of filling the hover with noise.
 */
import { ENGLISH_MARKERS as FUNCTION_WORDS } from './lexicon/claims';

/** Share (0..1) of words that are common English function words, over at most 2,000 words. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, 2000);
  if (sample.length === 0) return 0;
  let hits = 0;
  for (const w of sample) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / sample.length;
}
