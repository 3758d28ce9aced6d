/**
 * Well-known organisations: acronyms with their full names, and names that carry no organisation
 * word ("Interpol", "Reuters"), from the lexicon (../lexicon/organisationNames.json). Any other
 * acronym counts when the article declares it ("Financial Action Task Force (FATF)") or when it
 * spells the initials of an organisation the article names.
 */
import { AIRLINE_NAMES, FUNCTION_WORDS, GEO_FEATURES, INITIALS_MINOR_WORDS, ORG_CUES, ROLE_MODIFIERS, SPELLING_VARIANTS, WELL_KNOWN_ACRONYMS, WELL_KNOWN_NAMES } from '../lexicon';
import { foldWords } from './fold';
import { demonym, placeByWords } from './gazetteer';

const byAcronym = new Map<string, string>();
const byLowerCaseForm = new Map<string, { acronym: string; name: string }>();
const byFullName = new Map<string, string>();
const knownNames = new Map<string, string>();
let longest = 1;

/** The key of a name's folded words, British spellings read as the American ones ("organisation" → "organization"). */
function nameKey(words: readonly string[]): string {
  return words.map((w) => SPELLING_VARIANTS.get(w) ?? w).join(' ');
}

for (const { acronym, name, written } of WELL_KNOWN_ACRONYMS) {
  byAcronym.set(acronym, name);
  if (written) byLowerCaseForm.set(written, { acronym, name });
  const key = nameKey(foldWords(name));
  byFullName.set(key, acronym);
  knownNames.set(key, name);
  longest = Math.max(longest, key.split(' ').length);
}
for (const { name } of WELL_KNOWN_NAMES) {
  const key = nameKey(foldWords(name));
  knownNames.set(key, name);
  longest = Math.max(longest, key.split(' ').length);
}

// Airlines from the data package (../lexicon/airlines.build.mjs): named in news with no organisation
// word ("Qantas", "Cathay Pacific"). A one-word name that is also a place, a demonym or an ordinary
// word of the lexicon ("Maldivian", "Régional") is left to those.
for (const { name } of AIRLINE_NAMES) {
  const words = foldWords(name);
  const key = nameKey(words);
  if (knownNames.has(key) || placeByWords(words)) continue;
  if (words.length === 1 && (demonym(words) || FUNCTION_WORDS.has(key) || ROLE_MODIFIERS.has(key) || ORG_CUES.has(key) || GEO_FEATURES.has(key))) continue;
  knownNames.set(key, name);
  longest = Math.max(longest, words.length);
}

export const LONGEST_ORGANISATION_NAME = longest;

/** Capital letters of an acronym as written, without dots: "U.N." → "UN". */
export function acronymLetters(text: string): string {
  return text.replace(/[.\s]/g, '');
}

/** Whether a word is written as an acronym: two or more capitals, dots allowed ("UN", "U.S."). */
export function isAcronym(text: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(text) || /^\p{Lu}{2,}[&]?\p{Lu}*$/u.test(text);
}

/** The full name of a well-known acronym ("UN" → "United Nations"). */
export function expandAcronym(text: string): string | undefined {
  return byAcronym.get(acronymLetters(text));
}

/** A well-known body whose own style writes its acronym in lower case, by that form exactly as written ("dpa"). */
export function acronymWrittenInLowerCase(text: string): { acronym: string; name: string } | undefined {
  return byLowerCaseForm.get(text);
}

/** The well-known acronym of a full name ("United Nations" → "UN"). */
export function acronymOf(name: string): string | undefined {
  return byFullName.get(nameKey(foldWords(name)));
}

/** The canonical spelling of a well-known organisation's name, from its folded words. */
export function knownOrganisation(words: readonly string[]): string | undefined {
  return knownNames.get(nameKey(words));
}


/** Initials of a multi-word name, minor words skipped: "United Nations Office on Drugs and Crime" → UNODC. */
export function initials(name: string): string {
  const words = name.split(/[\s\-]+/).filter((w) => w && !INITIALS_MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0]?.toUpperCase() ?? '').join('');
}
