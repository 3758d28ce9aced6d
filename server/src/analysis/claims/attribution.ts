/**
 * Who says so: "according to estimates from the United Nations", "a 2024 UN report estimated",
 * "…, police said", "analyst Jacob Sims noted". Read once per sentence and given, as written, to
 * every figure of the sentence. A source named only by a pronoun ("…," he said) is the person the
 * sentence before opens with (`pronounSays`, `antecedentSource`); nothing older is read.
 */
import type { Term } from '../types';
import { has, word } from './terms';
import {
  ATTRIBUTION_SOURCE_NOUNS as SOURCE_NOUNS,
  CONTRAST_OPENERS,
  LOCATED_SOURCE_NOUNS,
  NAME_JOINERS,
  PARTICIPLE_SAYING,
  PRONOUN_SUBJECTS,
  PUT_AT_VERBS,
  REVISE_TO_VERBS,
  SAYING,
  SAYING_WITH_THAT,
  SOURCED_COUNT_NOUNS,
  SUBJECT_STOP,
  TIME_BEFORE_VERB,
  ACTIVE_AUXILIARIES,
} from '../lexicon/claims';

/** Verbs of saying: their subject is the source. Others ("found", "showed") count only before "that". */
export { SAYING };

function textOf(terms: readonly Term[], first: number, last: number): string {
  let s = terms[first].text;
  for (let k = first + 1; k <= last; k++) s += terms[k - 1].post + terms[k].pre + terms[k].text;
  return s.replace(/\s+/g, ' ').replace(/[’']s$/, '').trim();
}

/** "The WHO said": a word in capitals is an acronym, not the pronoun or stop word it spells. */
function inCapitals(t: Term): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text);
}

/** The noun phrase that ends at `last`, walking left over names, titles, determiners and years. */
function subjectEndingAt(terms: readonly Term[], last: number): { first: number; last: number } | undefined {
  let first = last + 1;
  for (let k = last; k >= 0 && last - k < 8; k--) {
    const t = terms[k];
    const w = word(t);
    if (k < last && /[,;:.!?()—–]/.test(t.post)) break;
    // "health authorities in Poland said": a source named with where it sits.
    // ("officials in neighbouring Castilla-La Mancha": an adjective may stand before the place.)
    const placeAfter = /^\p{Lu}/u.test(terms[k + 1]?.text ?? '') || (has(terms[k + 1], 'Adjective') && /^\p{Lu}/u.test(terms[k + 2]?.text ?? ''));
    const sourceIn = (w === 'in' || w === 'at') && k > 0 && LOCATED_SOURCE_NOUNS.has(word(terms[k - 1])) && placeAfter;
    if (sourceIn) {
      first = k;
      continue;
    }
    if (SUBJECT_STOP.has(w) && !inCapitals(t) && !(w === 'and' && k > 0 && /^\p{Lu}/u.test(terms[k - 1].text) && /^\p{Lu}/u.test(terms[k + 1]?.text ?? ''))) break;
    if (NAME_JOINERS.has(w) && k < last && /^\p{Lu}/u.test(terms[k + 1].text)) {
      first = k;
      continue;
    }
    // "rights groups", "arms dealers": compromise may read a plural that modifies the noun after it
    // as a verb; opening the phrase or the clause (after an adjective, a determiner, a conjunction or a
    // preposition) it is a noun.
    const prev = terms[k - 1];
    const modifier =
      k < last && has(t, 'PresentTense') && /s$/.test(w) && has(terms[k + 1], 'Noun') && !has(terms[k + 1], 'Pronoun') &&
      (prev === undefined || /[.!?,;:]\s*$/.test(prev.post) || has(prev, 'Adjective') || has(prev, 'Determiner') || has(prev, 'Conjunction') || has(prev, 'Preposition'));
    const ok =
      has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Adjective') || has(t, 'Determiner') || has(t, 'Acronym') || modifier ||
      (/^\d{4}$/.test(t.text) && k < last);
    if (!ok || has(t, 'Pronoun')) break;
    first = k;
    // A determiner opens the noun phrase: "the 5.15 million votes the electoral authority said".
    if (has(t, 'Determiner') && !/^\d{4}$/.test(t.text)) break;
  }
  if (first > last) return undefined;
  return { first, last };
}

/**
 * Where a source ends before its verb of saying, past what may stand between them: a
 * parenthesis ("the State Emergency Management Agency (SEMA) reported", "Gov. Roy Cooper (D)
 * said"), a time phrase, an adverb or an auxiliary ("police on Friday said", "the governor late
 * Tuesday said", "officials also said", "the government has confirmed"): none of them is the
 * source. `last` itself when nothing stands there.
 */
function beforeVerb(terms: readonly Term[], last: number): number {
  let from = last;
  const opens = (j: number) => /\(/.test(terms[j].pre) || (j > 0 && /\(\s*$/.test(terms[j - 1].post));
  if (last > 0 && /\)/.test(terms[last].post)) {
    let j = last;
    while (j > 0 && last - j < 4 && !opens(j)) j--;
    if (j > 0 && opens(j)) from = j - 1;
  }
  let k = from;
  let skipped = false;
  while (k >= 0 && from - k < 6) {
    const t = terms[k];
    if (k < from && /[,;:.!?()—–]/.test(t.post)) break;
    const dated = has(t, 'Date') || has(t, 'WeekDay') || has(t, 'Month');
    // An auxiliary of the active voice ("has confirmed"); never "been" or a form of "be" (the passive "deaths were reported" names no source).
    const auxiliary = ACTIVE_AUXILIARIES.has(word(t)) && word(terms[k + 1]) !== 'been';
    const between = dated || has(t, 'Adverb') || auxiliary;
    if (!between && !TIME_BEFORE_VERB.has(word(t))) break;
    if (between) skipped = true;
    k--;
  }
  if (skipped && k >= 0 && k < from && !/[,;:.!?()—–]/.test(terms[k].post)) return k;
  return from;
}

/**
 * "Amnesty International, meanwhile, said", "Major General Ahmed Sharif, Director General of the
 * ISPR, confirmed": the term that ends the source before an aside set off by commas right before
 * the verb at `k` (an adverb, or a noun phrase naming the source again), if one stands there.
 */
function beforeAside(terms: readonly Term[], k: number): number | undefined {
  if (k < 3 || !/,\s*$/.test(terms[k - 1].post)) return undefined;
  for (let j = k - 2; j >= 0 && k - j <= 12; j--) {
    if (/[;:.!?()—–]/.test(terms[j].post)) return undefined;
    if (!/,\s*$/.test(terms[j].post)) continue;
    const aside = terms.slice(j + 1, k);
    const plain = aside.every((t) => ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Acronym', 'Adverb'].some((tag) => has(t, tag)) || NAME_JOINERS.has(word(t)));
    return plain && aside.length > 0 ? j : undefined;
  }
  return undefined;
}

/** A source-like head: a person or a body, named or by role; not a count ("the death toll") or a thing. */
function sourceLike(head: Term): boolean {
  return has(head, 'Person') || has(head, 'Actor') || has(head, 'ProperNoun') || has(head, 'Acronym') || LOCATED_SOURCE_NOUNS.has(word(head));
}

/** The subject of a sentence's main clause when it names a source: a noun phrase opening the sentence (or its clause after an opener), before the first verb, with its head. */
function mainSubject(terms: readonly Term[]): { text: string; head: Term } | undefined {
  // The first verb after a noun (compromise may read a capitalised noun opening the sentence as a verb: "Fire chief X spoke").
  let v = 1;
  while (v < terms.length && !(has(terms[v], 'Verb') && !has(terms[v], 'Noun') && ['Noun', 'ProperNoun', 'Acronym'].some((tag) => has(terms[beforeVerb(terms, v - 1)], tag)))) v++;
  if (v >= terms.length) return undefined;
  const s = subjectEndingAt(terms, beforeVerb(terms, v - 1));
  // A capitalised word opening the sentence that compromise read as a verb is the subject's first word.
  if (s && s.first === 1 && /^\p{Lu}/u.test(terms[0].text) && !has(terms[0], 'Pronoun') && !/[,;:]\s*$/.test(terms[0].post)) s.first = 0;
  if (!s || (s.first > 0 && !/,\s*$/.test(terms[s.first - 1].post))) return undefined;
  const head = terms[s.last];
  if (has(head, 'Pronoun') || PRONOUN_SUBJECTS.has(word(head)) || has(head, 'Date') || has(head, 'Value')) return undefined;
  return has(head, 'Noun') || has(head, 'ProperNoun') || has(head, 'Acronym') ? { text: textOf(terms, s.first, s.last), head } : undefined;
}

/**
 * A figure after a participle of saying ("saying", "adding", "estimating"):
 * - "Rajoelina disputed the toll, saying there were 12 confirmed deaths": after a comma, the
 *   figure is the main clause's subject's, when that is a source (a person or a body, named or by
 *   role; not "the death toll");
 * - "On the second day, only 63 were arrested, adding that only seven people died": after a comma,
 *   in a sentence whose main clause names no source, the participle goes on with the speaker of
 *   the sentence before (`continues`; the caller reads that sentence);
 * - "…, with the United Nations estimating at least 700 were killed": it is X's after "with X".
 */
export function participleSource(terms: readonly Term[], at: number): { source?: string; continues: boolean } {
  for (let k = at - 1; k > 1; k--) {
    if (!PARTICIPLE_SAYING.has(word(terms[k]))) continue;
    if (/,\s*$/.test(terms[k - 1].post)) {
      const main = mainSubject(terms.slice(0, k));
      return main && sourceLike(main.head) ? { source: main.text, continues: false } : { continues: true };
    }
    const s = subjectEndingAt(terms, k - 1);
    const source = s && s.first > 0 && word(terms[s.first - 1]) === 'with' && sourceLike(terms[s.last]) ? textOf(terms, s.first, s.last) : undefined;
    return { source, continues: false };
  }
  return { continues: false };
}

/** The sentence hands its figures to a personal pronoun with a verb of saying ("…," he said; she told reporters). */
export function pronounSays(terms: readonly Term[]): boolean {
  const says = (t: Term | undefined) => SAYING.has(word(t)) || SAYING_WITH_THAT.has(word(t));
  for (let k = 0; k + 1 < terms.length; k++) {
    const w = word(terms[k]);
    if (w !== 'he' && w !== 'she' && w !== 'they') continue;
    if (says(terms[k + 1]) && !/[,;:.!?()—–]/.test(terms[k].post)) return true;
    if (k > 0 && says(terms[k - 1]) && !/[,;:.!?()—–]/.test(terms[k - 1].post)) return true;
  }
  return false;
}

/**
 * Who a pronoun of saying in `terms` ("…," he said) stands for: the subject of the sentence before,
 * when that is a person for "he"/"she" (a name, or a noun of a person's role) or people for
 * "they". Not a source that sentence only names ("the president disputed a UN toll").
 */
export function antecedentSource(previous: readonly Term[], terms: readonly Term[]): string | undefined {
  const main = mainSubject(previous);
  if (!main || has(main.head, 'Place')) return undefined;
  const plural = terms.some((t) => word(t) === 'they');
  const person = has(main.head, 'Person') || has(main.head, 'Actor') || (has(main.head, 'ProperNoun') && /^\p{Lu}/u.test(main.head.text));
  return person && has(main.head, 'Plural') === plural ? main.text : undefined;
}

/** "put the death toll at 670", "put it at more than 670": "at" and, within three words, a figure follow the verb. */
function putsAt(terms: readonly Term[], k: number): boolean {
  for (let j = k + 1; j < terms.length && j - k <= 6 && !/[,;:.!?()]/.test(terms[j - 1].post); j++)
    if (word(terms[j]) === 'at') return figureAfter(terms, j);
  return false;
}

/** A figure within the three terms after `j` ("at more than 670", "to at least 900"). */
function figureAfter(terms: readonly Term[], j: number): boolean {
  const figure = (t: Term | undefined) => t !== undefined && (/^\d/.test(t.text) || has(t, 'Value'));
  return figure(terms[j + 1]) || figure(terms[j + 2]) || figure(terms[j + 3]);
}

/** "revised the official death toll to at least 900": a count noun, then "to" and a figure, follow the verb. */
function revisesTo(terms: readonly Term[], k: number): boolean {
  let noun = false;
  for (let j = k + 1; j < terms.length && j - k <= 8 && !/[,;:.!?()]/.test(terms[j - 1].post); j++) {
    if (SOURCED_COUNT_NOUNS.has(word(terms[j]))) noun = true;
    else if (word(terms[j]) === 'to') return noun && figureAfter(terms, j);
  }
  return false;
}

/** The attribution stated in a sentence, as written, or undefined. */
export function attributionOf(terms: readonly Term[]): string | undefined {
  for (let k = 0; k < terms.length; k++) {
    const w = word(terms[k]);
    // "according to X".
    if (w === 'according' && word(terms[k + 1]) === 'to') {
      let last = k + 2;
      while (last + 1 < terms.length && !/[,;:.!?()—–]/.test(terms[last].post)) last++;
      if (last >= k + 2) return textOf(terms, k + 2, last);
    }
  }
  for (let k = 0; k < terms.length; k++) {
    const w = word(terms[k]);
    // "the stampede claimed 700 lives": a toll taken, not a claim made.
    if (/^claim/.test(w) && terms.slice(k + 1, k + 6).some((t) => /^li(?:fe|ves)$/.test(word(t)))) continue;
    const saying = SAYING.has(w) || (SAYING_WITH_THAT.has(w) && word(terms[k + 1]) === 'that') || (PUT_AT_VERBS.has(w) && putsAt(terms, k)) || (REVISE_TO_VERBS.has(w) && revisesTo(terms, k));
    if (!saying || !(terms[k].tags.includes('Verb') || /(?:ed|s)$/.test(w) || w === 'said' || w === 'told')) continue;
    // "X, who had warned about Y, said": the subject stands before the relative clause.
    if (k > 0 && /,\s*$/.test(terms[k - 1].post)) {
      for (let r = k - 2; r > 0 && k - r < 20; r--) {
        if (/,\s*$/.test(terms[r - 1].post) && /^(?:who|which)$/.test(word(terms[r]))) {
          const s = subjectEndingAt(terms, r - 1);
          if (s && s.last >= s.first && /^\p{Lu}/u.test(terms[s.last].text)) return textOf(terms, s.first, s.last);
          break;
        }
      }
    }
    // "Amnesty International, meanwhile, said": the source before the aside.
    const aside = beforeAside(terms, k);
    if (aside !== undefined) {
      const s = subjectEndingAt(terms, beforeVerb(terms, aside));
      if (s && sourceLike(terms[s.last]) && (s.first === 0 || /,\s*$/.test(terms[s.first - 1].post))) return textOf(terms, s.first, s.last);
    }
    // "X said" / "X estimated": the subject before the verb.
    if (k > 0 && !/[,;:.!?]/.test(terms[k - 1].post) && (!/[()]/.test(terms[k - 1].post) || beforeVerb(terms, k - 1) < k - 1)) {
      const end = beforeVerb(terms, k - 1);
      const s = subjectEndingAt(terms, end);
      // "CoreLogic last week estimated": one capitalised name before a time phrase.
      const named = (t: Term) => end < k - 1 && /^\p{Lu}/u.test(t.text) && !has(t, 'Pronoun') && !has(t, 'Determiner') && (!has(t, 'Adjective') || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text));
      if (s && (s.last > s.first || has(terms[s.first], 'Noun') || has(terms[s.first], 'ProperNoun') || named(terms[s.first]))) {
        if (!PRONOUN_SUBJECTS.has(terms[s.first].text.toLowerCase()) || s.last > s.first || inCapitals(terms[s.first]))
          return textOf(terms, s.first, s.last);
      }
    }
    // "…, said police spokesman X." — a short name or title that ends the sentence or clause.
    if (k > 0 && /,\s*$/.test(terms[k - 1].post)) {
      let last = k + 1;
      while (last + 1 < terms.length && last - k < 8 && !/[,;:.!?()—–]/.test(terms[last].post)) last++;
      const span = terms.slice(k + 1, last + 1);
      // "…, said the mayor of Mamoudzou, …": joiners inside the name, never at its ends.
      const joiner = (t: Term, i: number) => i > 0 && i < span.length - 1 && NAME_JOINERS.has(word(t));
      const nameLike = span.length > 0 && span.every((t, i) => has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Acronym') || joiner(t, i));
      if (nameLike && /[,;:.!?]|^\s*$/.test(terms[last].post)) return textOf(terms, k + 1, last);
    }
  }
  // "a UN agency estimate of more than 670", "the government's figures of 2,000": a named source before the noun.
  for (let k = 1; k + 1 < terms.length; k++) {
    if (!SOURCE_NOUNS.has(word(terms[k])) || word(terms[k + 1]) !== 'of' || /[,;:.!?()—–]/.test(terms[k - 1].post)) continue;
    const s = subjectEndingAt(terms, k - 1);
    if (!s) continue;
    const named = terms.slice(s.first, s.last + 1).some((t) => has(t, 'Acronym') || /^\p{Lu}/u.test(t.text));
    if (named && !(s.first === 0 && s.last === s.first && !has(terms[0], 'Acronym') && !has(terms[0], 'ProperNoun'))) return textOf(terms, s.first, s.last);
  }
  // "a UN toll that at least 22 died", "the ministry's figure": a named body right before the noun of a count.
  for (let k = 1; k < terms.length; k++) {
    if (!SOURCED_COUNT_NOUNS.has(word(terms[k])) || /[,;:.!?()—–]/.test(terms[k - 1].post)) continue;
    const prev = terms[k - 1];
    if (has(prev, 'Place') || has(prev, 'Date') || has(prev, 'Value')) continue;
    const possessive = /[’']s?$/.test(prev.text) && (/^\p{Lu}/u.test(prev.text) || LOCATED_SOURCE_NOUNS.has(word(prev)));
    if (!has(prev, 'Acronym') && !possessive) continue;
    const s = subjectEndingAt(terms, k - 1);
    if (s) return textOf(terms, s.first, s.last);
  }
  // "estimates from the United Nations", "a report by Amnesty International".
  for (let k = 0; k + 1 < terms.length; k++) {
    if (!SOURCE_NOUNS.has(word(terms[k]))) continue;
    const prep = word(terms[k + 1]);
    if (prep !== 'from' && prep !== 'by' && prep !== 'of') continue;
    let last = k + 2;
    if (!terms[last]) continue;
    while (last + 1 < terms.length && !/[,;:.!?()—–]/.test(terms[last].post) && (/^\p{Lu}/u.test(terms[last + 1].text) || NAME_JOINERS.has(word(terms[last + 1])))) last++;
    if (/^\p{Lu}/u.test(terms[last].text)) return textOf(terms, k, last);
  }
  return undefined;
}

/**
 * The clauses of a sentence that are set against each other ("police said 107,000 attended,
 * while organisers put the number at 300,000"), as term ranges: a clause ends at a semicolon, or
 * before a contrast opener (lexicon contrastOpeners) after a comma, or before "while"/"whereas".
 * A sentence without such a break is one clause.
 */
export function contrastClauses(terms: readonly Term[]): { first: number; last: number }[] {
  const clauses: { first: number; last: number }[] = [];
  let first = 0;
  for (let k = 0; k + 1 < terms.length; k++) {
    const next = word(terms[k + 1]);
    const breaks = /;/.test(terms[k].post) || (/,/.test(terms[k].post) && CONTRAST_OPENERS.has(next)) || next === 'while' || next === 'whereas';
    if (!breaks) continue;
    clauses.push({ first, last: k });
    first = k + 1;
  }
  if (terms.length) clauses.push({ first, last: terms.length - 1 });
  return clauses;
}

/**
 * The attribution of the figure at term `at`: its own clause's, when the sentence sets clauses
 * against each other and that clause names a source, else the sentence's.
 */
export function attributionAt(terms: readonly Term[], clauses: readonly { first: number; last: number }[], sentence: string | undefined, at: number): string | undefined {
  if (clauses.length < 2) return sentence;
  const clause = clauses.find((c) => at >= c.first && at <= c.last);
  if (!clause) return sentence;
  return attributionOf(terms.slice(clause.first, clause.last + 1)) ?? sentence;
}
