/**
 * The actor extractor's view of a sentence: words rather than compromise terms. Hyphenated parts
 * are joined ("Ki-moon", "al-Bashir"), a possessive ending is cut off the word and remembered
 * ("Kok An’s" → "An" + possessive), and sentences that compromise left joined after a closing
 * quote (`…theater." Transnational…`) are split, so "sentence-initial" means what a reader means.
 */
import type { BlockKind, Sentence, Span } from '../types';
import { HYPHENATED_NAME_PREFIXES } from '../lexicon';
import { MONTHS, WEEKDAYS } from '../lexicon/claims';
import { fold } from './fold';
import { demonym } from './gazetteer';
import { isAcronym } from './organisations';

export interface Word {
  /** The word as written, without a possessive ending. */
  text: string;
  start: number;
  end: number;
  folded: string;
  tags: ReadonlySet<string>;
  /** Starts with a capital letter (or is a lower-case name particle joined to one: "al-Bashir"). */
  cap: boolean;
  acronym: boolean;
  /** Ended by ’s, 's or a bare apostrophe after s ("Philippines’"). */
  possessive: boolean;
  /** A hyphenated adjective built on a name: "Lima-based", "Chinese-owned". Not a name itself. */
  compoundAdjective: boolean;
  /** First word of its sentence: its capital letter says nothing about being a name. */
  initial: boolean;
  /** Punctuation and spaces before and after, as written (the possessive ending not included). */
  pre: string;
  post: string;
}

export interface Unit {
  span: Span;
  words: Word[];
  blockKind: BlockKind;
  /** Index of the block (title, heading, paragraph) in the article structure. */
  block: number;
  /** Index in the article's list of units. */
  index: number;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const DATE_TAGS = new Set(['Date', 'Month', 'WeekDay', 'Value', 'Abbreviation']);
/** Month and weekday names, folded. */
const CALENDAR_NAMES = new Set([...MONTHS, ...WEEKDAYS]);

/** Whether a term's trailing punctuation ends a sentence inside compromise's sentence. */
function endsSentence(post: string): boolean {
  return /[.!?]["”’»)\]]+\s*$/.test(post) || /["”’»][.!?]\s*$/.test(post);
}

/** Words are "function-like" when compromise tags them so; used to judge a capital at sentence start. */
export const FUNCTION_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Verb', 'Modal',
  'Auxiliary', 'Copula', 'Value', 'Date', 'Expression', 'Negative',
] as const;

/** "Kandy: 118 dead": word `i` labels a row of figures (a colon after it, a number next). */
export function labelsRow(words: readonly Word[], i: number): boolean {
  return /^:\s+$/.test(words[i].post) && words[i + 1]?.tags.has('Value') === true;
}

export function isFunctionWord(w: Word): boolean {
  return FUNCTION_TAGS.some((t) => w.tags.has(t));
}

/** Splits the article's sentences into units of words. */
export function toUnits(text: string, sentences: readonly Sentence[], blockKinds: readonly BlockKind[]): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    // A credit line ("Photo: …") is read as a heading: for its names, never as prose.
    const blockKind = sentence.credit ? 'heading' : blockKinds[sentence.blockIndex] ?? 'paragraph';
    let current: Word[] = [];
    const flush = () => {
      if (current.length === 0) return;
      units.push({
        span: { start: current[0].start, end: current[current.length - 1].end },
        words: current,
        blockKind,
        block: sentence.blockIndex,
        index: units.length,
      });
      current = [];
    };
    const terms = sentence.terms;
    for (let i = 0; i < terms.length; i++) {
      const first = terms[i];
      let last = first;
      const tags = new Set(first.tags);
      // Join hyphenated parts written without spaces into one word. A lower-case part after a
      // capitalised one does not make the word a date or a number ("Min-jun" is no month).
      while (i + 1 < terms.length && HYPHENS.has(last.post) && terms[i + 1].pre === '' && terms[i + 1].start === last.end + 1) {
        i++;
        last = terms[i];
        const nameTail = /^\p{Lu}/u.test(first.text) && /^\p{Ll}/u.test(last.text);
        for (const t of last.tags) if (!(nameTail && DATE_TAGS.has(t) && !first.tags.includes(t))) tags.add(t);
      }
      let start = first.start;
      let end = last.end;
      let raw = text.slice(start, end);
      let post = last.post;
      let possessive = false;
      const possessiveEnding = /['’]s$/i.exec(raw);
      if (possessiveEnding && raw.length > 2) {
        end -= 2;
        raw = raw.slice(0, -2);
        possessive = true;
      } else if (/s$/i.test(raw) && /^['’]/.test(post) && !/^['’]\w/.test(text.slice(end, end + 2))) {
        possessive = true;
        post = post.slice(1);
      }
      // Leading punctuation compromise left inside the text (rare) is moved out.
      while (start < end && /[^\p{L}\p{N}]/u.test(text[start]) && !/[.&]/.test(text[start])) start++;
      raw = text.slice(start, end);
      const previous = current[current.length - 1];
      if (!raw) {
        // A term of punctuation alone ("/" in "KORVAK / AFP", "|", "©") is no word, but it still
        // stands between its neighbours: the word before keeps it after it, so no run joins over it.
        const nextTerm = terms[i + 1];
        if (previous && nextTerm && !previous.possessive) {
          const gap = text.slice(previous.end, nextTerm.start);
          previous.post = gap.endsWith(nextTerm.pre) ? gap.slice(0, gap.length - nextTerm.pre.length) : gap;
        }
        continue;
      }
      const initial = !previous;
      // "Lima-based", "Chinese-owned", "Kremlin-backed": a participle or an adjective after the hyphen.
      // A Korean given name ("Jae-sung") keeps its syllables, whatever tag the second one gets.
      // "Thai-owned", "Bengali-language daily": a demonym before a lower-case part, or any name before
      // "-language", is an adjective too.
      const compoundAdjective = last !== first && /^\p{Ll}/u.test(last.text) && /^\p{Lu}/u.test(first.text) &&
        (((last.tags.includes('Adjective') || last.tags.includes('Verb') || last.tags.includes('PastTense')) && /(?:ed|en|ing|ly|ic|al|ive|ous|free|wide|like|style|made|born|run|bound)$/.test(last.text)) ||
          last.text === 'language' || demonym([fold(first.text)]) !== undefined);
      const cap = !compoundAdjective && (/^\p{Lu}/u.test(raw) || (/^\p{Ll}+['’-]\p{Lu}/u.test(raw) && HYPHENATED_NAME_PREFIXES.has(raw.split(/['’-]/)[0].toLowerCase())));
      // The text between this term and the next is the truth: compromise may hang a possessive's
      // trailing space on an empty contraction term, which ../nlp.ts drops.
      const nextTerm = terms[i + 1];
      if (nextTerm) {
        const gap = text.slice(last.end, nextTerm.start);
        const nextPre = gap.endsWith(nextTerm.pre) ? nextTerm.pre : '';
        post = gap.slice(0, gap.length - nextPre.length);
        if (possessive && !possessiveEnding) post = post.replace(/^['’]/, '');
      }
      // compromise reads "in early March, Arab News reported" as one organisation across the comma:
      // a month or weekday name that a comma or a stop ends is a date, not an organisation's first word.
      if (tags.has('Organization') && /^\p{Lu}/u.test(raw) && CALENDAR_NAMES.has(raw.toLowerCase()) && /^[,;.]/.test(post)) {
        tags.delete('Organization');
        tags.add('Date');
      }
      const word: Word = {
        text: raw,
        start,
        end,
        folded: fold(raw),
        tags,
        cap,
        compoundAdjective,
        acronym: isAcronym(raw),
        possessive,
        initial,
        pre: first.pre,
        post,
      };
      const parts = splitCredit(word, last === first);
      // "found.Searchers", "waited.(Devesh Rawal/ HT)": a sentence glued to the next one by a
      // scraper ends at its stop, and the word after it opens the next.
      const glued = parts.length === 2 && /^[.!?]/.test(parts[0].post);
      current.push(parts[0]);
      if (glued) {
        flush();
        parts[1].initial = true;
      }
      current.push(...parts.slice(1));
      const abbreviation = tags.has('Abbreviation') || /^\p{Lu}$/u.test(raw) || /\./.test(raw);
      // compromise keeps some sentences joined (inside quotes, after a closing quote): split where a
      // stop is followed by a capital letter.
      const stopBeforeCapital = /^[.!?]+\s+$/.test(post) && /^[“"‘']?\p{Lu}/u.test((terms[i + 1]?.pre ?? '') + (terms[i + 1]?.text ?? ''));
      if (!abbreviation && (endsSentence(post) || stopBeforeCapital) && i + 1 < terms.length) flush();
    }
    flush();
  }
  return units;
}

const SPLIT_MARKS = /[/.)!?]/;

/**
 * compromise keeps "Arboleda/AFP" and "22.-Bernama" as one term: a credit written without spaces.
 * Such a word is split where a slash, or a stop and a dash, runs into a capitalised name, so the
 * photographer and the agency are two words ("and/or" stays whole).
 */
function splitCredit(word: Word, single: boolean): Word[] {
  // Each split below needs a slash, a stop before a dash, or a stop: most words have none.
  if (!single || !SPLIT_MARKS.test(word.text)) return [word];
  // "EFE/EPA/ESTEVAO": a chain of agencies and a photographer, each capitalised.
  if (/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\/\p{Lu}[\p{L}\p{M}'’-]*){2,}$/u.test(word.text)) {
    const tags = new Set([...word.tags].filter((t) => t !== 'SlashedTerm'));
    const parts = word.text.split('/');
    let start = word.start;
    return parts.map((part, k) => {
      const w: Word = {
        ...word, text: part, start, end: start + part.length, folded: fold(part), acronym: isAcronym(part), cap: true, compoundAdjective: false, tags,
        possessive: k === parts.length - 1 && word.possessive, initial: k === 0 && word.initial,
        pre: k === 0 ? word.pre : '', post: k === parts.length - 1 ? word.post : '/',
      };
      start += part.length + 1;
      return w;
    });
  }
  const m = /^([\p{L}\p{M}'’.-]+?|\d+)(\/|[.)][-–—])(\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(word.text) ?? gluedSentences(word.text);
  if (!m || (m[2] === '/' && !/^\p{L}/u.test(m[1]))) return [word];
  const [, left, separator, right] = m;
  const tags = new Set([...word.tags].filter((t) => t !== 'SlashedTerm'));
  const a: Word = {
    ...word, text: left, end: word.start + left.length, folded: fold(left), acronym: isAcronym(left), possessive: false, compoundAdjective: false,
    cap: /^\p{Lu}/u.test(left), post: separator, tags: /^\d+$/.test(left) ? new Set(['Value', 'Cardinal']) : tags,
  };
  const start = a.end + separator.length;
  const b: Word = {
    ...word, text: right, start, folded: fold(right), acronym: isAcronym(right), cap: true, initial: false, compoundAdjective: false, pre: '',
    tags: separator === '/' ? tags : new Set(['ProperNoun', 'Noun']),
  };
  return [a, b];
}

/**
 * "found.Searchers", "Antonio.The", "waited.(Devesh", "Venezuelans.“Saab": two sentences a scraper
 * glued together, a stop (perhaps an opening bracket or quote) between a word and a capitalised
 * one. The word before the stop is a lower-case word or a name of five letters or more, so an
 * abbreviation ("Gov.Abbott", "Dr.Lee", "U.S.Army") is left whole. Shaped as splitCredit's match.
 */
function gluedSentences(text: string): RegExpExecArray | null {
  const m = /^(\p{Ll}{2,}|\p{Lu}\p{Ll}{4,})([.!?][(“"‘]?)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)$/u.exec(text);
  return m;
}

/** Whether nothing but spaces separates a word from the next one (no comma, dash, quote…). */
export function joinsNext(w: Word, next: Word | undefined): boolean {
  if (!next) return false;
  if (w.possessive) return false;
  const abbreviation = w.tags.has('Abbreviation') || /^\p{Lu}$/u.test(w.text);
  const post = abbreviation ? w.post.replace(/^\./, '') : w.post;
  return /^\s+$/.test(post) && /^\s*$/.test(next.pre);
}

/** The text between two words as written ("—", ", ", " and "…), from `a`'s end to `b`'s start. */
export function between(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start);
}
