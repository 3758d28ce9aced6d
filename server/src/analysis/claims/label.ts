/**
 * The measure as a reader sees it: a short label ("people arrested", "Vietnamese nationals
 * arrested", "illicit revenue", "money stolen from victims", "share of suspects charged") and the
 * folded words the matcher compares.
 */
import type { Measure, Term, UnitKind } from '../types';
import type { MeasureParts } from './measure';
import { word } from './terms';
import { eventConcept, EVENT_PARTICIPLE, GENERIC_PERSON_WORDS, isEventNoun } from './vocabulary';
import { IRREGULAR_PARTICIPLES, LABEL_QUANTIFIERS, leadingWords } from '../lexicon/claims';

const QUANTIFIERS_BEFORE = leadingWords(LABEL_QUANTIFIERS, 'i');

function unique(words: string[]): string[] {
  return [...new Set(words.filter(Boolean))].sort();
}

/** The measure a reader sees and the matcher compares. */
export function toMeasure(terms: readonly Term[], parts: MeasureParts, unitKind: UnitKind): Measure {
  const words = unique([...parts.events, ...parts.classes, ...parts.nationalities, ...parts.extra]);
  const label = labelOf(terms, parts, unitKind);
  return { label: parts.facets.includes('per-unit') && parts.facetDetail ? `${label} per ${parts.facetDetail}` : label, words };
}

/** The verb for a label: as written when it reads as a participle ("destroyed"), else the concept's. */
function participle(parts: MeasureParts): string | undefined {
  const written = parts.eventText;
  if (written) {
    if (IRREGULAR_PARTICIPLES[written]) return IRREGULAR_PARTICIPLES[written];
    if (/^[a-z]+(?:ed|en)$/.test(written) || Object.values(IRREGULAR_PARTICIPLES).includes(written)) return written;
  }
  const ev = parts.events.find((e) => e !== 'increase' && e !== 'decrease') ?? parts.events[0];
  if (ev && EVENT_PARTICIPLE[ev] && (!written || eventConcept(written) === ev)) return EVENT_PARTICIPLE[ev];
  return written ?? (ev ? EVENT_PARTICIPLE[ev] : undefined);
}

function labelOf(terms: readonly Term[], parts: MeasureParts, unitKind: UnitKind): string {
  const np = parts.noun;
  const nounText = np ? np.text.replace(QUANTIFIERS_BEFORE, '') : undefined;
  const headWord = np ? word(terms[np.head]) : '';
  const verb = participle(parts);
  if (unitKind === 'currency') {
    if (nounText) {
      const nounEvents = eventConcept(headWord);
      const verbEvent = parts.events.find((e) => e !== nounEvents);
      return verbEvent && EVENT_PARTICIPLE[verbEvent] ? `${nounText} ${EVENT_PARTICIPLE[verbEvent]}` : nounText;
    }
    if (parts.subjectText) return parts.subjectText;
    if (verb) return `money ${verb}${parts.fromPhrase ? ' ' + parts.fromPhrase : ''}`;
    return 'amount of money';
  }
  if (unitKind === 'percent') {
    const change = parts.events.find((e) => e === 'increase' || e === 'decrease');
    if (change) return `${(parts.subjectText ?? nounText ?? 'value').toLowerCase()} ${change}`;
    if (nounText && verb) return `share of ${nounText} ${verb}`;
    if (nounText) return `share of ${nounText}`;
    if (parts.subjectText) return parts.subjectText.toLowerCase();
    if (verb) return `share ${verb}`;
    return 'percentage';
  }
  // Counts.
  let subject = nounText;
  if (np && GENERIC_PERSON_WORDS.has(headWord) && parts.nationalities.length === 0) subject = 'people';
  if (np && isEventNoun(headWord)) return nounText!.toLowerCase() + (parts.inObject ? ` ${parts.inObject}` : '');
  if (!subject) subject = parts.classes.includes('person') || parts.nationalities.length ? 'people' : 'count';
  return [subject, verb, parts.inObject].filter(Boolean).join(' ');
}
