/**
 * Names that one article establishes (by a role, an organisation word, "a group called X") are
 * recognised in the other articles too, where a bare mention gives the extractor no cue of its
 * own ("Grey Lantern posted the files" after another outlet wrote "a group that calls itself Grey
 * Lantern"). Only names of two or more capitalised words are carried over, never single words,
 * so a surname or a common word alone never becomes a mention. Pure: reads the corpus entries'
 * content blocks, never the disk.
 */
import type { CorpusActor, InArticle, Mention, Span } from '../analysis/types';
import type { ArticleEntry } from './corpus';

/** More names than this are not carried over (the longest names are kept): bounds the regex. */
const MAX_NAMES = 5000;

const CARRIED_KINDS = new Set<CorpusActor['kind']>(['person', 'organisation']);

function isMultiWordName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && /^\p{Lu}/u.test(words[words.length - 1]);
}

function escapeName(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
}

function overlaps(sorted: readonly Span[], span: Span): boolean {
  return sorted.some((s) => s.start < span.end && span.start < s.end);
}

/** The sentence around a span of a block's text: from the end of the previous sentence to the next stop. */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && !/[.!?]/.test(text[start - 1])) start--;
  while (start < span.start && /\s|["”’)]/.test(text[start])) start++;
  let end = span.end;
  while (end < text.length && !/[.!?]/.test(text[end])) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

export function addCrossArticleMentions(actors: CorpusActor[], entries: readonly ArticleEntry[]): void {
  if (entries.length < 2) return;
  const owners = new Map<string, CorpusActor>();
  for (const actor of actors) {
    if (!CARRIED_KINDS.has(actor.kind)) continue;
    for (const name of [actor.name, ...actor.aliases]) if (isMultiWordName(name) && !owners.has(name)) owners.set(name, actor);
  }
  if (owners.size === 0) return;
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).slice(0, MAX_NAMES);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeName).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const byName = new Map(names.map((n) => [n.replace(/['’]/g, "'").replace(/\s+/g, ' '), owners.get(n)!]));

  const existing = new Map<string, Span[]>();
  for (const actor of actors) for (const m of actor.mentions) (existing.get(m.article) ?? existing.set(m.article, []).get(m.article)!).push(m.span);

  const touched = new Set<CorpusActor>();
  for (const entry of entries) {
    const taken = existing.get(entry.id) ?? [];
    for (const block of entry.analysis.structure.blocks) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(block.text); m; m = pattern.exec(block.text)) {
        const actor = byName.get(m[0].replace(/['’]/g, "'").replace(/\s+/g, ' '));
        if (!actor) continue;
        const span = { start: block.span.start + m.index, end: block.span.start + m.index + m[0].length };
        if (overlaps(taken, span)) continue;
        const local = sentenceAround(block.text, { start: m.index, end: m.index + m[0].length });
        const sentence = { start: block.span.start + local.start, end: block.span.start + local.end };
        const mention: InArticle<Mention> = { article: entry.id, span, text: m[0], sentence };
        actor.mentions.push(mention);
        taken.push(span);
        if (!actor.articles.includes(entry.id)) actor.articles.push(entry.id);
        touched.add(actor);
      }
    }
  }
  // Keep each actor's mentions in article order, then text order: cards and definitions read the first.
  const order = new Map(entries.map((e, i) => [e.id, i]));
  for (const actor of touched) {
    actor.articles.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    actor.mentions.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.span.start - b.span.start);
  }
}
