/**
 * The one place that runs compromise. Each content block (title, heading, paragraph) is parsed
 * once, its terms are copied into plain `Term` objects with offsets into the original text, and
 * the compromise document is dropped: a live document holds about 70 MB of heap per MB of text.
 * Boilerplate is never parsed. See ../../../shared/COMPROMISE.md for the measured costs. The
 * terms of recently parsed blocks are kept (by text) so an edited article re-parses only the
 * blocks that changed.
 */
import nlp from 'compromise';
import { actorLexicon } from './actors/lexicon';
import { claimLexicon } from './claims/lexicon';
import { bulkMatch } from './sweep';
import type { ArticleStructure, Sentence, Term } from './types';

const lexicon: Record<string, string> = { ...claimLexicon, ...actorLexicon };

/**
 * compromise's passes (`nlp(text)` runs them all, in this order) but its last, `chunks`, which
 * groups terms into noun and verb phrases (`term.chunk`) and changes no tag. Nothing here reads a
 * chunk, and that pass was 8.5% of compromise's time on the benchmark's articles. Its post-tagger's
 * sweep over its patterns is ./sweep.ts's, the same matches found for less work. Both are given for
 * each parse and put back at once, so whatever else calls compromise runs it whole and as it is.
 */
const world = (nlp as unknown as { world(): { hooks: string[]; methods: { one: { bulkMatch: unknown } } } }).world();
const ALL_PASSES = world.hooks;
const OUR_PASSES = ALL_PASSES.filter((hook) => hook !== 'chunks');

function parseWithoutChunks(text: string): ReturnType<typeof nlp> {
  const passes = world.hooks;
  const sweep = world.methods.one.bulkMatch;
  world.hooks = OUR_PASSES;
  world.methods.one.bulkMatch = bulkMatch;
  try {
    return nlp(text, lexicon);
  } finally {
    world.hooks = passes;
    world.methods.one.bulkMatch = sweep;
  }
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/** A block's sentences as compromise read it, with offsets relative to the block. */
type BlockParse = Term[][];

/**
 * Blocks parsed lately, by text. An edit changes one paragraph of an article: the worker that
 * analyses it again re-parses that paragraph only and takes the others from here. The result is
 * the same either way (a block is always parsed on its own); the terms handed out are fresh copies,
 * so nothing downstream can change what is kept. Bounded by the characters it holds.
 */
const recentBlocks = new Map<string, BlockParse>();
let recentChars = 0;
const RECENT_CHARS = 96_000;

/** Forgets the recent blocks: the benchmark measures each article's analysis from scratch. */
export function forgetRecentBlocks(): void {
  recentBlocks.clear();
  recentChars = 0;
}

function parseBlock(text: string): BlockParse {
  const known = recentBlocks.get(text);
  if (known) {
    // Most recently used last.
    recentBlocks.delete(text);
    recentBlocks.set(text, known);
    return known;
  }
  const doc = parseWithoutChunks(text);
  doc.compute('offset');
  const docs = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  const parse: BlockParse = [];
  for (const raw of docs) {
    const terms: Term[] = [];
    for (const t of raw) {
      if (!t.text) continue;
      const start = t.offset.start;
      terms.push({ text: t.text, normal: t.machine ?? t.normal, start, end: start + t.text.length, pre: t.pre, post: t.post, tags: [...t.tags] });
    }
    if (terms.length) parse.push(terms);
  }
  if (text.length <= RECENT_CHARS / 4) {
    recentBlocks.set(text, parse);
    recentChars += text.length;
    while (recentChars > RECENT_CHARS) {
      const [oldest] = recentBlocks.keys();
      recentChars -= oldest.length;
      recentBlocks.delete(oldest);
    }
  }
  return parse;
}

/**
 * Splits every content block of the article into sentences of plain terms, and each credit line
 * (a boilerplate region of kind `credit`: "Photo: …") into sentences marked `credit`, in the order
 * of the text.
 */
export function tokenize(text: string, structure: ArticleStructure): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (span: { start: number; end: number }, blockText: string, blockIndex: number, credit: boolean) => {
    const base = span.start;
    for (const parsed of parseBlock(blockText)) {
      const terms: Term[] = parsed.map((t) => ({ ...t, start: base + t.start, end: base + t.end, tags: [...t.tags] }));
      const sentence: Sentence = { span: { start: terms[0].start, end: terms[terms.length - 1].end }, blockIndex, terms };
      if (credit) sentence.credit = true;
      sentences.push(sentence);
    }
  };
  structure.blocks.forEach((block, blockIndex) => add(block.span, block.text, blockIndex, false));
  const credits = structure.boilerplate.filter((b) => b.kind === 'credit');
  if (credits.length === 0) return sentences;
  for (const b of credits) add(b.span, text.slice(b.span.start, b.span.end), -1, true);
  return sentences.sort((a, b) => a.span.start - b.span.start);
}
