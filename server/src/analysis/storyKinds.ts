/**
 * What kind of event an article tells, from the words its headline and first paragraph use
 * (lexicon matching.json storyKinds: "explosion" is a fire, "protesters" unrest). Two articles
 * that share only places, and tell different kinds of event, are two stories of one region
 * (../corpus/stories.ts): a tanker explosion in Jigawa in October and the protests in Kano and
 * Jigawa that August. Pure.
 */
import { STORY_KIND_OTHER_VERBS, STORY_KIND_WORDS } from './lexicon/claims';
import type { ArticleStructure, Sentence } from './types';

/** How much of the first paragraph is read: its lede. */
const LEDE_CHARS = 400;

export function storyKindsOf(structure: ArticleStructure, sentences: readonly Sentence[]): string[] {
  const title = structure.blocks.findIndex((b) => b.kind === 'title');
  const first = structure.blocks.findIndex((b) => b.kind === 'paragraph');
  const ledeEnd = first >= 0 ? structure.blocks[first].span.start + LEDE_CHARS : -1;
  const kinds = new Set<string>();
  for (const s of sentences) {
    // A credit line has no block (-1), which must not pass for a missing title.
    if (s.blockIndex < 0 || (s.blockIndex !== title && s.blockIndex !== first)) continue;
    for (const t of s.terms) {
      if (s.blockIndex === first && t.start >= ledeEnd) break;
      const kind = STORY_KIND_WORDS.get(t.normal);
      // "Police fire tear gas": that verb names no fire.
      if (kind && !(STORY_KIND_OTHER_VERBS.has(t.normal) && t.tags.includes('Verb'))) kinds.add(kind);
    }
  }
  return [...kinds].sort();
}
