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

/** More names than this are not carried over (the longest names are kept). */
const MAX_NAMES = 5000;

const CARRIED_KINDS = new Set<CorpusActor['kind']>(['person', 'organisation']);

function isMultiWordName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]) && /^\p{Lu}/u.test(words[words.length - 1]);
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

/** A name as the scan reads it: literal characters, an apostrophe of either kind, a run of spaces. */
type NamePart = string | typeof APOSTROPHE | typeof SPACES;
const APOSTROPHE = 1;
const SPACES = 2;

/** JavaScript's `\s`: what a run of spaces in a name matches. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isSpace = (ch: string | undefined) => ch !== undefined && isSpaceCode(ch.charCodeAt(0));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

function partsOf(name: string): NamePart[] {
  const parts: NamePart[] = [];
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (isSpace(ch)) {
      if (parts[parts.length - 1] !== SPACES) parts.push(SPACES);
    } else parts.push(ch === "'" || ch === '’' ? APOSTROPHE : ch);
  }
  return parts;
}

/** Whether the code point that ends before `at` is a letter or a digit. */
function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? at - 2 : at - 1;
  return isLetterOrDigit(text.codePointAt(from)!);
}

/** Whether the code point that starts at `at` is a letter or a digit. */
function letterAt(text: string, at: number): boolean {
  return at < text.length && isLetterOrDigit(text.codePointAt(at)!);
}

/** The end of `parts` matched at `at` in `text`, or -1. */
function matchAt(text: string, at: number, parts: readonly NamePart[]): number {
  let i = at;
  for (const part of parts) {
    if (part === SPACES) {
      if (i >= text.length || !isSpaceCode(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    } else if (part === APOSTROPHE) {
      if (text[i] !== "'" && text[i] !== '’') return -1;
      i++;
    } else if (text[i] === part) i++;
    else return -1;
  }
  return i;
}

/**
 * Finds the names in a text as one regular expression of them all would, longest name first
 * (`(?<![\p{L}\p{N}])(?:name|…)(?![\p{L}\p{N}])`, each name's apostrophes either kind and its
 * spaces any run of white space), scanning on from the end of each match; but through an index
 * of the names' first words, so the cost grows with the text, not with the text times the names.
 */
export class NameScanner {
  /** Names by their first word (apostrophes folded), each with its place in the longest-first order. */
  private readonly byFirstWord = new Map<string, { order: number; name: string; parts: NamePart[] }[]>();
  private readonly firstChars = new Set<number>();

  /** `names`: longest first, as the alternatives of the regular expression would be. */
  constructor(names: readonly string[]) {
    names.forEach((name, order) => {
      const parts = partsOf(name);
      const space = parts.indexOf(SPACES);
      // Every name carried over has two words or more: one with none could never be a mention here.
      if (space <= 0 || typeof parts[0] !== 'string') return;
      const first = wordKey(parts.slice(0, space));
      let list = this.byFirstWord.get(first);
      if (!list) this.byFirstWord.set(first, (list = []));
      list.push({ order, name, parts });
      this.firstChars.add(parts[0].charCodeAt(0));
    });
  }

  /** Every match in `text`, in order: its start, end and the name that matched. */
  *scan(text: string): Generator<{ start: number; end: number; name: string }> {
    let at = 0;
    while (at < text.length) {
      const found = this.firstChars.has(text.charCodeAt(at)) && !letterBefore(text, at) ? this.matchHere(text, at) : undefined;
      if (found) {
        yield found;
        at = found.end;
      } else at++;
    }
  }

  private matchHere(text: string, at: number): { start: number; end: number; name: string } | undefined {
    let end = at;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    const list = this.byFirstWord.get(wordKey(text.slice(at, end)));
    if (!list) return undefined;
    // The first name of the longest-first order that matches here, as the alternation takes it.
    for (const candidate of list) {
      const to = matchAt(text, at, candidate.parts);
      if (to >= 0 && !letterAt(text, to)) return { start: at, end: to, name: candidate.name };
    }
    return undefined;
  }
}

function wordKey(word: readonly NamePart[] | string): string {
  if (typeof word === 'string') return word.replace(/['’]/g, "'");
  return word.map((p) => (p === APOSTROPHE ? "'" : p)).join('');
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
  const scanner = new NameScanner(names);
  const byName = new Map(names.map((n) => [n.replace(/['’]/g, "'").replace(/\s+/g, ' '), owners.get(n)!]));

  const existing = new Map<string, Span[]>();
  for (const actor of actors) for (const m of actor.mentions) (existing.get(m.article) ?? existing.set(m.article, []).get(m.article)!).push(m.span);

  const touched = new Set<CorpusActor>();
  // The articles of each actor given a mention, as a set (an actor may be named in thousands).
  const articlesOf = new Map<CorpusActor, Set<string>>();
  for (const entry of entries) {
    const taken = existing.get(entry.id) ?? [];
    for (const block of entry.analysis.structure.blocks) {
      for (const m of scanner.scan(block.text)) {
        const text = block.text.slice(m.start, m.end);
        const actor = byName.get(text.replace(/['’]/g, "'").replace(/\s+/g, ' '));
        if (!actor) continue;
        const span = { start: block.span.start + m.start, end: block.span.start + m.end };
        if (overlaps(taken, span)) continue;
        const local = sentenceAround(block.text, { start: m.start, end: m.end });
        const sentence = { start: block.span.start + local.start, end: block.span.start + local.end };
        const mention: InArticle<Mention> = { article: entry.id, span, text, sentence };
        actor.mentions.push(mention);
        taken.push(span);
        let articles = articlesOf.get(actor);
        if (!articles) articlesOf.set(actor, (articles = new Set(actor.articles)));
        if (!articles.has(entry.id)) {
          articles.add(entry.id);
          actor.articles.push(entry.id);
        }
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
