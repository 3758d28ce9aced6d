/**
 * The words that define what a figure counts, folded into a small set of concepts so that two
 * articles phrasing the same measure differently ("arrested", "detained", "apprehended") land on
 * the same `Measure.words`. Extraction and matching both read this module: the matcher needs to
 * know which words are events, which are the class of thing counted, and which are nationalities.
 */

import {
  CLASS_FORMS,
  CLASS_OF,
  CLASS_OF_EVENT_NOUN,
  DEMONYMS,
  EVENT_FORMS,
  EVENT_OF,
  EVENT_PARTICIPLE,
  LIGHT_VERBS,
  MEASURE_STOPWORDS,
  REPORTING_VERBS,
} from '../lexicon/claims';

/** Past participles used in labels ("people arrested"), one per event. */
export { EVENT_PARTICIPLE };

/** Words that, as the subject of a light verb ("the death toll rose to 300"), name the measure. */
export const GENERIC_PERSON_WORDS: ReadonlySet<string> = new Set(CLASS_FORMS.person);

export const EVENT_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(EVENT_FORMS));
export const CLASS_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(CLASS_FORMS));

/** The event a word folds into ("detained" -> "arrest"), if any. */
export function eventConcept(word: string): string | undefined {
  return EVENT_OF.get(word);
}

/** The class of counted thing a noun folds into ("individuals" -> "person"), if any. */
export function classConcept(word: string): string | undefined {
  return CLASS_OF.get(word) ?? CLASS_OF_EVENT_NOUN[word];
}

/** Whether a counted noun is itself an event ("arrests", "deaths", "detainees"). */
export function isEventNoun(word: string): boolean {
  return word in CLASS_OF_EVENT_NOUN;
}

/** Nationality words in singular adjective form ("cambodians" -> "cambodian"). */
export function nationality(word: string): string | undefined {
  const w = word.toLowerCase();
  if (DEMONYMS.has(w)) return w;
  if (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w === 'filipinos') return 'filipino';
  return undefined;
}

export function isNationality(word: string): boolean {
  return DEMONYMS.has(word);
}

/**
 * Verbs that carry no measure of their own: the figure is what the subject amounts to ("the
 * detainees included 85 Cambodians", "arrests totalled 1,000"), so the subject names the measure.
 */
export { LIGHT_VERBS };

/**
 * Reporting verbs: "X estimated 100,000 people are held" — the figure belongs to the clause after
 * the verb, and the verb's subject is the attribution.
 */
export { REPORTING_VERBS };

/** Adjectives and determiners that never define a measure. */
export { MEASURE_STOPWORDS };
