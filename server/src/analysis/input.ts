/**
 * What every extractor reads: the original text, its structure, and its sentences of plain terms
 * (compromise has already run once, in ./nlp.ts). Extractors never call compromise themselves.
 */
import type { ArticleDate, ArticleStructure, Sentence } from './types';

export interface ArticleInput {
  text: string;
  structure: ArticleStructure;
  sentences: readonly Sentence[];
  /** When the article was written, when its text says (./time/articleDate.ts). */
  date?: ArticleDate;
}
