/**
 * Hover: the card of the actor or figure under the cursor, read from the indexes (never parsed).
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { actorCard, articleCard, claimCard, type CardContext } from '../corpus/cards';
import type { Corpus } from '../corpus/corpus';
import { toOffset, toRange } from './convert';
import { locationUri } from './locations';

export function hover(corpus: Corpus, params: HoverParams, markdown: boolean): Hover | null {
  const uri = params.textDocument.uri;
  const entry = corpus.get(uri);
  if (!entry) return null;
  const offset = toOffset(entry.lineStarts, params.position, entry.analysis.structure.length);
  const ctx: CardContext = {
    corpus,
    here: uri,
    markdown,
    linkTo: (article, span) => locationUri(corpus, article, span),
  };
  const kind = markdown ? MarkupKind.Markdown : MarkupKind.PlainText;
  const claim = corpus.claimAt(uri, offset);
  if (claim) {
    return { contents: { kind, value: claimCard(claim.claim, claim.ref, ctx) }, range: toRange(entry.lineStarts, claim.claim.span) };
  }
  const hit = corpus.actorAt(uri, offset);
  if (hit) {
    return { contents: { kind, value: actorCard(hit.actor, ctx) }, range: toRange(entry.lineStarts, hit.mention.span) };
  }
  // The `- Source:` header and the title: the article's date and story.
  const { sourceHeader, title } = entry.analysis.structure;
  for (const span of [sourceHeader?.span, title?.span]) {
    if (span && offset >= span.start && offset <= span.end && entry.analysis.structure.isArticle) {
      return { contents: { kind, value: articleCard(uri, ctx) }, range: toRange(entry.lineStarts, span) };
    }
  }
  return null;
}
