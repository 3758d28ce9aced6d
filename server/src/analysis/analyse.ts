/**
 * The analysis of one article: text in, plain data out. Pure: no editor, no protocol, no file
 * system, no clock. It never throws for any input; odd input gives a result plus problems.
 */
import { extractActors } from './actors';
import { extractClaims } from './claims';
import { englishShare } from './language';
import { tokenize } from './nlp';
import { defaultStructureOptions, parseStructure, type StructureOptions } from './structure';
import type { ArticleAnalysis, Problem } from './types';

export interface AnalysisOptions {
  /** Texts longer than this (UTF-16 code units) are not read for actors and figures. */
  maxLength: number;
  structure: StructureOptions;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  maxLength: 1_000_000,
  structure: defaultStructureOptions,
};

function formatSize(length: number): string {
  return length >= 1_000_000 ? `${(length / 1_000_000).toFixed(1)} MB` : `${Math.round(length / 1000)} KB`;
}

export function analyseArticle(text: string, options: AnalysisOptions = defaultAnalysisOptions): ArticleAnalysis {
  const problems: Problem[] = [];
  if (text.length > options.maxLength) {
    problems.push({
      code: 'article.too-large',
      severity: 'information',
      message: `Crosscheck skipped this file: it is ${formatSize(text.length)}, above the limit of ${formatSize(options.maxLength)} (setting crosscheck.maxFileSize).`,
      span: { start: 0, end: 0 },
    });
    const structure = parseStructure('', options.structure);
    structure.length = text.length;
    structure.notArticleReason = problems[0].message;
    return { structure, actors: [], claims: [], problems };
  }
  const structure = parseStructure(text, options.structure);
  problems.push(...structure.problems);
  if (!structure.isArticle) return { structure, actors: [], claims: [], problems };

  const prose = structure.blocks.map((b) => b.text).join('\n');
  const share = englishShare(prose);
  if (share < 0.12) {
    problems.push({
      code: 'article.not-english',
      severity: 'information',
      message: `Crosscheck reads English articles; this one does not look English (${Math.round(share * 100)}% common English words), so its actors and figures are not extracted.`,
      span: { start: structure.contentStart, end: structure.contentStart },
    });
    structure.isArticle = false;
    structure.notArticleReason = problems[problems.length - 1].message;
    return { structure, actors: [], claims: [], problems };
  }

  const input = { text, structure, sentences: tokenize(text, structure) };
  const actors = extractActors(input);
  const claims = extractClaims(input, actors);
  return { structure, actors, claims, problems };
}
