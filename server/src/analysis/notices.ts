/**
 * Analysis options, and the results of files that are not analysed (too large, failed, skipped),
 * with the same notices in the editor and the command line. Kept apart from ./analyse.ts so the
 * server's protocol thread can use them without loading compromise, which only the analysis
 * workers need.
 */
import { defaultStructureOptions, type StructureOptions } from './structure';
import type { ArticleAnalysis } from './types';

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
