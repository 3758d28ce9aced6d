/**
 * Locations in articles as LSP values and as link targets with a line fragment (`#L12,5`), which
 * VS Code opens at that line from a Markdown hover.
 */
import type { Location } from 'vscode-languageserver';
import type { Span } from '../analysis/types';
import type { Corpus } from '../corpus/corpus';
import { toPosition, toRange } from './convert';

export function location(corpus: Corpus, article: string, span: Span): Location | undefined {
  const entry = corpus.get(article);
  return entry ? { uri: article, range: toRange(entry.lineStarts, span) } : undefined;
}

export function locationUri(corpus: Corpus, article: string, span: Span): string {
  const entry = corpus.get(article);
  if (!entry) return article;
  const p = toPosition(entry.lineStarts, span.start);
  return `${article}#L${p.line + 1},${p.character + 1}`;
}
