/**
 * Noun phrases and verbs in plain terms: where the counted noun phrase after a figure starts and
 * ends ("four Nepali seasonal workers", "8 tonnes of gold" stops at the unit), whether a term
 * reads as a verb, and a phrase's words as a label shows them.
 */
import type { Term } from '../types';
import { has, isVerbLike, word } from './terms';
import { classConcept, eventConcept, isEventNoun, MEASURE_STOPWORDS, nationality } from './vocabulary';
import { AREA_PREFIXES, IRREGULAR_PASTS, LABEL_LEADERS as LEADING_NOT_IN_LABEL, LENGTH_UNIT_WORDS, MEASURE_UNIT_WORDS, NEVER_NOUNS, PARTS_OF_DAY } from '../lexicon/claims';

export interface NounPhrase {
  first: number;
  head: number;
  last: number;
  /** As written, e.g. "Vietnamese nationals", "illicit revenue". */
  text: string;
}


export function isPunctuatedAfter(t: Term): boolean {
  return /[,;:.!?()—–]/.test(t.post);
}

/** Whether a term reads as a verb here: tagged so, in the event vocabulary as a verb form, or -ed/-ing. */
export function verbish(t: Term): boolean {
  const w = word(t);
  if (has(t, 'Particle') || has(t, 'Preposition') || has(t, 'Determiner')) return false;
  // "By Friday evening at least 212": a time of day is no verb, whatever its ending.
  if (has(t, 'Date') || has(t, 'Time') || PARTS_OF_DAY.has(w)) return false;
  if (classConcept(w) && !eventConcept(w)) return false;
  if (isVerbLike(t) && !has(t, 'Plural')) return true;
  if (has(t, 'Noun') && has(t, 'Plural') && !isVerbLike(t)) return false;
  if (eventConcept(w) && (/(?:ed|en|ing|[^s]s)$/.test(w) || IRREGULAR_PASTS.has(w)) && !isEventNoun(w)) return true;
  return /^[a-z]{3,}(?:ed|ing)$/.test(w) && !has(t, 'Adjective') && !classConcept(w);
}

/** The counted noun phrase starting at `from`: modifiers then a run of nouns; the head is the last. */
export function nounPhraseAt(terms: readonly Term[], from: number, stopAt = terms.length): NounPhrase | undefined {
  let k = from;
  let head = -1;
  const limit = Math.min(stopAt, from + 6);
  for (; k < limit; k++) {
    const t = terms[k];
    const w = word(t);
    if (!w || has(t, 'Value') || has(t, 'Date') || has(t, 'Pronoun') || NEVER_NOUNS.has(w)) break;
    const afterCardinal = k === from && has(t, 'PresentTense') && /s$/.test(w) && !eventConcept(w);
    const nounish =
      (has(t, 'Noun') && !has(t, 'Possessive')) || has(t, 'Acronym') || afterCardinal || nationality(w) !== undefined || classConcept(w) !== undefined;
    // "158 body parts", "five Indian planes": a singular noun or a nationality right after a count
    // modifies the plural after it, which compromise may tag as a verb ("parts", "planes").
    const pluralAfterModifier =
      head === from && k === head + 1 && (has(terms[head], 'Singular') || nationality(word(terms[head])) === word(terms[head])) && has(t, 'PresentTense') && /s$/.test(w) && !eventConcept(w) && !isPunctuatedAfter(terms[head]);
    if (pluralAfterModifier) {
      head = k;
      continue;
    }
    if (head >= 0 && (/ing$/.test(w) || (verbish(t) && !classConcept(w) && !nationality(w)))) break;
    // "four Nepali seasonal workers": a nationality, then adjectives, then the noun counted.
    if (head >= 0 && nationality(word(terms[head])) && has(t, 'Adjective') && !isPunctuatedAfter(terms[k - 1]) && k + 1 < limit && has(terms[k + 1], 'Noun')) continue;
    if (nounish && !(head < 0 && verbish(t) && !afterCardinal && !classConcept(w) && !nationality(w))) {
      head = k;
      // "1,000 square kilometres", "800 sq km": an area is counted in the unit after "square".
      if (AREA_PREFIXES.has(w) && !isPunctuatedAfter(t) && LENGTH_UNIT_WORDS.has(word(terms[k + 1]))) continue;
      // "400 metres underground", "8 tonnes of gold": a unit of measure is the counted noun.
      if (isPunctuatedAfter(t) || MEASURE_UNIT_WORDS.has(w)) break;
      continue;
    }
    if (head >= 0) break;
    // "the flooded homes": a participle before a noun is a modifier.
    const modifier = verbish(t) && /(?:ed|en|ing)$/.test(w) && k + 1 < limit && has(terms[k + 1], 'Noun') && !isPunctuatedAfter(t);
    if (modifier || has(t, 'Adjective') || has(t, 'Demonym') || has(t, 'Possessive') || /-$/.test(t.post) || MEASURE_STOPWORDS.has(w)) {
      if (isPunctuatedAfter(t)) break;
      continue;
    }
    break;
  }
  if (head < 0) return undefined;
  let first = from;
  while (first < head && LEADING_NOT_IN_LABEL.has(word(terms[first]))) first++;
  return { first, head, last: head, text: textOf(terms, first, head) };
}

/** Words as written, lower case except names and nationalities ("Vietnamese nationals", "illicit revenue"). */
export function textOf(terms: readonly Term[], first: number, last: number): string {
  let s = '';
  for (let k = first; k <= last; k++) {
    const t = terms[k];
    const keep = has(t, 'ProperNoun') || has(t, 'Demonym') || has(t, 'Acronym') || nationality(word(t)) !== undefined;
    const text = keep && !(k === first && has(t, 'Determiner')) ? t.text : t.text.toLowerCase();
    s += (k > first ? t.pre : '') + text + (k < last ? t.post : '');
  }
  return s.replace(/\s+/g, ' ').trim();
}
