/**
 * The analysis of one article: text in, plain data out. Pure: no editor, no protocol, no file
 * system, no clock. It never throws for any input; odd input gives a result plus problems.
 */
import { extractActors } from './actors';
import { extractClaims } from './claims';
import { articleDate } from './time/articleDate';
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

export function formatSize(length: number): string {
  if (length >= 1_000_000) return `${(length / 1_000_000).toFixed(1)} MB`;
  return length >= 1000 ? `${Math.round(length / 1000)} KB` : `${length} characters`;
}

/** The notice on a file over `crosscheck.maxFileSize`: the same words in the editor and the CLI. */
export function tooLargeMessage(length: number, maxLength: number): string {
  return `Crosscheck skipped this file: it is ${formatSize(length)}, above the limit of ${formatSize(maxLength)} (setting crosscheck.maxFileSize).`;
}

/** The result for a file that was not analysed: not an article, with one notice saying why. */
export function skippedAnalysis(length: number, code: string, message: string): ArticleAnalysis {
  return {
    structure: { length, contentStart: 0, blocks: [], urls: [], boilerplate: [], isArticle: false, notArticleReason: message, problems: [] },
    actors: [],
    claims: [],
    problems: [{ code, severity: 'information', message, span: { start: 0, end: 0 } }],
  };
}

/** The result for a file whose analysis failed or ran out of time; `consequence` ends the notice. */
export function failedAnalysis(length: number, error: string, consequence: string): ArticleAnalysis {
  const firstLine = error.split('\n')[0];
  const analysis = skippedAnalysis(length, 'article.analysis-failed', `Crosscheck could not analyse this file (${firstLine}); ${consequence}`);
  analysis.structure.notArticleReason = firstLine;
  return analysis;
}

export function analyseArticle(text: string, options: AnalysisOptions = defaultAnalysisOptions): ArticleAnalysis {
  if (text.length > options.maxLength) return skippedAnalysis(text.length, 'article.too-large', tooLargeMessage(text.length, options.maxLength));
  const problems: Problem[] = [];
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

  const date = articleDate(text, structure);
  const input = { text, structure, sentences: tokenize(text, structure), date };
  const actors = extractActors(input);
  const claims = extractClaims(input, actors);
  const analysis: ArticleAnalysis = { structure, actors, claims, problems };
  if (date) analysis.date = date;
  return analysis;
}
