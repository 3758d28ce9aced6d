/**
 * The analysis of one article: text in, plain data out. Pure: no editor, no protocol, no file
 * system, no clock. It never throws for any input; odd input gives a result plus problems.
 */
import { extractActors } from './actors';
import { extractClaims } from './claims';
import { articleDate, looksBack, yearlessArticleDate } from './time/articleDate';
import { storyKindsOf } from './storyKinds';
import { englishShare } from './language';
import { tokenize } from './nlp';
import { defaultAnalysisOptions, skippedAnalysis, tooLargeMessage, type AnalysisOptions } from './notices';
import { parseStructure } from './structure';
import type { ArticleAnalysis, Problem } from './types';

// Options and the results of files that are not analysed live apart from the pipeline, so the
// server's protocol thread can use them without loading compromise (./notices.ts).
export { defaultAnalysisOptions, failedAnalysis, formatSize, skippedAnalysis, tooLargeMessage, type AnalysisOptions } from './notices';

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
  if (looksBack(text)) analysis.looksBack = true;
  const kinds = storyKindsOf(structure, input.sentences);
  if (kinds.length) analysis.storyKinds = kinds;
  if (date) analysis.date = date;
  else {
    const yearless = yearlessArticleDate(text);
    if (yearless) analysis.yearlessDate = yearless;
  }
  return analysis;
}
