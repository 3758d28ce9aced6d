/**
 * The one place that runs compromise. Each content block (title, heading, paragraph) is parsed
 * once, its terms are copied into plain `Term` objects with offsets into the original text, and
 * the compromise document is dropped: a live document holds about 70 MB of heap per MB of text.
 * Boilerplate is never parsed. See ../../../shared/COMPROMISE.md for the measured costs.
 */
import nlp from 'compromise';
import { actorLexicon } from './actors/lexicon';
import { claimLexicon } from './claims/lexicon';
import type { ArticleStructure, Sentence, Term } from './types';

const lexicon: Record<string, string> = { ...claimLexicon, ...actorLexicon };

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** Splits every content block of the article into sentences of plain terms. */
export function tokenize(text: string, structure: ArticleStructure): Sentence[] {
  const sentences: Sentence[] = [];
  structure.blocks.forEach((block, blockIndex) => {
    const doc = nlp(block.text, lexicon);
    doc.compute('offset');
    const docs = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
    for (const raw of docs) {
      const terms: Term[] = [];
      for (const t of raw) {
        if (!t.text) continue;
        const start = block.span.start + t.offset.start;
        terms.push({
          text: t.text,
          normal: t.machine ?? t.normal,
          start,
          end: start + t.text.length,
          pre: t.pre,
          post: t.post,
          tags: [...t.tags],
        });
      }
      if (terms.length === 0) continue;
      sentences.push({
        span: { start: terms[0].start, end: terms[terms.length - 1].end },
        blockIndex,
        terms,
      });
    }
  });
  return sentences;
}
