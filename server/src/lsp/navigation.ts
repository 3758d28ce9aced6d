/**
 * Go to Definition, Find All References and document highlights on actors and figures, read from
 * the corpus indexes.
 */
import {
  DocumentHighlightKind,
  type DefinitionParams,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type ReferenceParams,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import type { CorpusActor, Span } from '../analysis/types';
import type { Corpus } from '../corpus/corpus';
import { toOffset, toRange } from './convert';
import { location } from './locations';

function offsetOf(corpus: Corpus, params: TextDocumentPositionParams): number | undefined {
  const entry = corpus.get(params.textDocument.uri);
  return entry ? toOffset(entry.lineStarts, params.position, entry.analysis.structure.length) : undefined;
}

/** The mention that introduces an actor in an article: the first that states a role, else the first. */
export function introducingMention(actor: CorpusActor, article: string): Span | undefined {
  const mentions = actor.mentions.filter((m) => m.article === article).sort((x, y) => x.span.start - y.span.start);
  const withRole = actor.roles
    .filter((r) => r.article === article)
    .map((r) => mentions.find((m) => m.span.start === r.mention.start))
    .filter((m): m is NonNullable<typeof m> => !!m)
    .sort((x, y) => x.span.start - y.span.start)[0];
  return (withRole ?? mentions[0])?.span;
}

export function definition(corpus: Corpus, params: DefinitionParams): LocationLink[] | null {
  const uri = params.textDocument.uri;
  const offset = offsetOf(corpus, params);
  const entry = corpus.get(uri);
  if (offset === undefined || !entry) return null;

  const claim = corpus.claimAt(uri, offset);
  if (claim) {
    const order = { conflict: 0, revision: 1, agree: 2, update: 3, 'different-scope': 4 } as const;
    const links = corpus.linksOf(claim.ref).sort((x, y) => order[x.relation] - order[y.relation] || y.confidence - x.confidence);
    const origin = toRange(entry.lineStarts, claim.claim.span);
    const out: LocationLink[] = [];
    for (const l of links) {
      const other = corpus.claim(l.b);
      const loc = other && location(corpus, l.b.article, other.span);
      const sentence = other && location(corpus, l.b.article, other.sentence);
      if (loc && sentence) out.push({ originSelectionRange: origin, targetUri: loc.uri, targetRange: sentence.range, targetSelectionRange: loc.range });
    }
    return out;
  }

  const hit = corpus.actorAt(uri, offset);
  if (!hit) return null;
  const origin = toRange(entry.lineStarts, hit.mention.span);
  // Other articles first: the reviewer wants to see what the other sources say.
  const articles = [...hit.actor.articles.filter((a) => a !== uri), ...hit.actor.articles.filter((a) => a === uri)];
  const out: LocationLink[] = [];
  for (const article of articles) {
    const span = introducingMention(hit.actor, article);
    if (!span || (article === uri && span.start === hit.mention.span.start)) continue;
    const loc = location(corpus, article, span);
    const mention = hit.actor.mentions.find((m) => m.article === article && m.span.start === span.start);
    const sentence = mention && location(corpus, article, mention.sentence);
    if (loc) out.push({ originSelectionRange: origin, targetUri: loc.uri, targetRange: sentence?.range ?? loc.range, targetSelectionRange: loc.range });
  }
  return out;
}

export function references(corpus: Corpus, params: ReferenceParams): Location[] | null {
  const uri = params.textDocument.uri;
  const offset = offsetOf(corpus, params);
  if (offset === undefined) return null;
  const claim = corpus.claimAt(uri, offset);
  if (claim) {
    const refs = [...(params.context.includeDeclaration ? [claim.ref] : []), ...corpus.linksOf(claim.ref).map((l) => l.b)];
    return refs.flatMap((r) => {
      const c = corpus.claim(r);
      const loc = c && location(corpus, r.article, c.span);
      return loc ? [loc] : [];
    });
  }
  const hit = corpus.actorAt(uri, offset);
  if (!hit) return null;
  return hit.actor.mentions
    .filter((m) => params.context.includeDeclaration || !(m.article === uri && m.span.start === hit.mention.span.start))
    .flatMap((m) => {
      const loc = location(corpus, m.article, m.span);
      return loc ? [loc] : [];
    });
}

export function highlights(corpus: Corpus, params: TextDocumentPositionParams): DocumentHighlight[] | null {
  const uri = params.textDocument.uri;
  const entry = corpus.get(uri);
  const offset = offsetOf(corpus, params);
  if (!entry || offset === undefined) return null;
  const hit = corpus.actorAt(uri, offset);
  if (!hit) {
    const claim = corpus.claimAt(uri, offset);
    return claim ? [{ range: toRange(entry.lineStarts, claim.claim.span), kind: DocumentHighlightKind.Read }] : null;
  }
  const intro = introducingMention(hit.actor, uri);
  return hit.actor.mentions
    .filter((m) => m.article === uri)
    .map((m) => ({ range: toRange(entry.lineStarts, m.span), kind: m.span.start === intro?.start ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
