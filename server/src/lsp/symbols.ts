/**
 * Outline and workspace symbols. The outline holds the title and section headings, and under each
 * the actors first mentioned and the figures stated in that section. Workspace symbols (Ctrl+T)
 * list every actor with its kind, and every article by title.
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { ActorKind, Block } from '../analysis/types';
import type { Corpus } from '../corpus/corpus';
import { formatInterval } from '../corpus/claimReading';
import { toRange } from './convert';
import { introducingMention } from './navigation';

export const ACTOR_SYMBOL_KIND: Record<ActorKind, SymbolKind> = {
  person: SymbolKind.Constructor,
  organisation: SymbolKind.Class,
  place: SymbolKind.Namespace,
  group: SymbolKind.Struct,
};

const KIND_WORD: Record<ActorKind, string> = { person: 'person', organisation: 'organisation', place: 'place', group: 'national group' };

export function documentSymbols(corpus: Corpus, uri: string): DocumentSymbol[] {
  const entry = corpus.get(uri);
  if (!entry || !entry.analysis.structure.isArticle) return [];
  const { structure, claims } = entry.analysis;
  const ls = entry.lineStarts;
  const story = corpus.storyOf(uri);
  const sections: { block: Block; end: number; symbol: DocumentSymbol }[] = [];
  const headers = structure.blocks.filter((b) => b.kind !== 'paragraph');
  const contentEnd = structure.blocks.length ? structure.blocks[structure.blocks.length - 1].span.end : 0;
  headers.forEach((block, i) => {
    const end = i + 1 < headers.length ? headers[i + 1].span.start : contentEnd;
    const range = toRange(ls, { start: block.span.start, end: Math.max(end, block.span.end) });
    sections.push({
      block,
      end,
      symbol: { name: block.text, detail: block.kind === 'title' && story ? `title · story: ${story.name}` : block.kind, kind: block.kind === 'title' ? SymbolKind.File : SymbolKind.String, range, selectionRange: toRange(ls, block.span), children: [] },
    });
  });
  const top: DocumentSymbol[] = [];
  const place = (offset: number): DocumentSymbol[] => {
    for (let i = sections.length - 1; i >= 0; i--) if (offset >= sections[i].block.span.start) return sections[i].symbol.children!;
    return top;
  };
  for (const actor of corpus.actors) {
    const span = introducingMention(actor, uri);
    if (!span) continue;
    place(span.start).push({ name: actor.name, detail: KIND_WORD[actor.kind], kind: ACTOR_SYMBOL_KIND[actor.kind], range: toRange(ls, span), selectionRange: toRange(ls, span) });
  }
  for (const claim of claims) {
    place(claim.span.start).push({
      name: claim.text,
      detail: `${claim.measure.label}: ${formatInterval(claim.interval, claim.unit)}`,
      kind: SymbolKind.Number,
      range: toRange(ls, claim.span),
      selectionRange: toRange(ls, claim.span),
    });
  }
  for (const s of sections) s.symbol.children!.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  top.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // The title, when there is one, holds the text before the first heading; headings follow it.
  return [...top, ...sections.map((s) => s.symbol)];
}

export function workspaceSymbols(corpus: Corpus, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const matches = (name: string) => !q || name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').includes(q);
  const out: WorkspaceSymbol[] = [];
  for (const actor of corpus.actors) {
    if (!matches(actor.name) && !actor.aliases.some(matches)) continue;
    const first = actor.mentions[0];
    const entry = first && corpus.get(first.article);
    if (!entry) continue;
    out.push({
      name: actor.name,
      kind: ACTOR_SYMBOL_KIND[actor.kind],
      containerName: `${KIND_WORD[actor.kind]} · ${actor.articles.length} article${actor.articles.length === 1 ? '' : 's'}`,
      location: { uri: first.article, range: toRange(entry.lineStarts, first.span) },
    });
  }
  for (const entry of corpus.articles()) {
    const title = entry.analysis.structure.title;
    const name = title?.text ?? entry.label;
    if (!matches(name) && !matches(entry.label)) continue;
    out.push({
      name,
      kind: SymbolKind.File,
      containerName: entry.label,
      location: { uri: entry.id, range: toRange(entry.lineStarts, title?.span ?? { start: 0, end: 0 }) },
    });
  }
  return out;
}
