/**
 * Small readers over plain terms: the lower-case word, tags, punctuation between terms, and the
 * crude lemmas the measure needs. Every claim module walks terms through these.
 */
import type { Term } from '../types';
import { IRREGULAR_SINGULAR, UNCOUNTABLE_IN_S } from '../lexicon/claims';

/**
 * Words by term text: the word depends on the text alone. A map keyed by the text string rather
 * than a WeakMap keyed by the term object: every analysis makes new terms, and a WeakMap's lookups
 * and its entries' garbage collection cost several times more, and the claims extractor asks for
 * the word of most terms several times. Bounded: cleared when it holds WORD_CACHE_SIZE texts.
 */
const wordCache = new Map<string, string>();
const WORD_CACHE_SIZE = 50_000;

/** Lower-case word without a possessive ending or surrounding punctuation (cached by text). */
export function word(t: Term | undefined): string {
  if (!t) return '';
  let w = wordCache.get(t.text);
  if (w === undefined) {
    w = computeWord(t.text);
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    wordCache.set(t.text, w);
  }
  return w;
}

function computeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}$€£¥₹₩฿%]+|[^\p{L}\p{N}%]+$/gu, '');
}

export function has(t: Term | undefined, tag: string): boolean {
  return !!t && t.tags.includes(tag);
}

/** Punctuation after a term ends a clause: ";", ":", a dash, a closing bracket or sentence end. */
export function endsClause(t: Term): boolean {
  return /[;:—–()[\]]|\s-\s|[.!?]/.test(t.post);
}

/** A comma (or clause punctuation) stands after the term. */
export function commaAfter(t: Term): boolean {
  return /[,;:—–()]/.test(t.post);
}

export function opensBracket(t: Term): boolean {
  return /[([]/.test(t.pre);
}

export function isCapitalised(t: Term): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** Singular of an English noun by the common rules; good enough to compare counted nouns. */
export function singular(noun: string): string {
  const w = noun.toLowerCase();
  if (IRREGULAR_SINGULAR[w]) return IRREGULAR_SINGULAR[w];
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w) || UNCOUNTABLE_IN_S.has(w)) return w;
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/** A crude, consistent stem for words outside the vocabulary ("operating", "operated" -> "operat"). */
export function stem(w: string): string {
  let s = w.toLowerCase();
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ied')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('es')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  return s;
}

export function isNounLike(t: Term): boolean {
  return has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Value') && !has(t, 'Date');
}

export function isVerbLike(t: Term): boolean {
  return has(t, 'Verb') || has(t, 'Gerund') || has(t, 'Participle');
}
