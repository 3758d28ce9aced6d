/**
 * Runs of capitalised words, and the word classes that cut them: role heads and titles, demonyms,
 * connectors, possessives inside names, nicknames, ordinary words written first in a sentence.
 * ./occurrences.ts turns each run into occurrences.
 */
import { demonym, placeByWords } from './gazetteer';
import { expandAcronym, knownOrganisation } from './organisations';
import {
  AGENCY_HEADS, CONDITIONAL_HEADS, FORMAL_TITLES, FULL_NAME_TITLES, FUNCTION_WORDS, GEO_FEATURES, NAME_PARTICLES, ORG_CONNECTORS, ORG_CUES, PARTY_NOUNS_AFTER_NAME, ROLE_HEADS,
  ROLE_MODIFIERS, TITLE_ABBREVIATIONS,
} from '../lexicon';
import { currencyPrefixWord } from '../claims/numbers';
import { isFunctionWord, joinsNext, type Word } from './words';
import { worldPlaceByWords } from './worldPlaces';

/**
 * Whether word i heads a role. Inside a capitalised run (`inRun`) only formal titles count, or any
 * role noun written first in its sentence ("Analyst Jacob Sims said").
 */
export function isRoleHead(words: readonly Word[], i: number, inRun = false): boolean {
  const w = words[i];
  if (!w) return false;
  const f = w.folded.replace(/\.$/, '');
  const conditional = CONDITIONAL_HEADS.get(f);
  if (conditional) return (i > 0 && conditional.has(words[i - 1].folded.replace(/\.$/, ''))) || judgeTitle(words, i);
  if (TITLE_ABBREVIATIONS.has(f)) return true;
  if (w.cap && (pluralTitle(words, i) || acronymTitle(words, i))) return true;
  if (inRun && w.cap && !w.initial) return FORMAL_TITLES.has(f);
  return ROLE_HEADS.has(f);
}

/**
 * Two or more capitalised words right after word `i`, joined, up to a possessive, with no
 * organisation or geographic word and no acronym: a person's full name after a title.
 */
function fullNameAfter(words: readonly Word[], i: number): boolean {
  let n = 0;
  for (let k = i + 1; k < words.length && words[k].cap && joinsNext(words[k - 1], words[k]); k++) {
    if (ORG_CUES.has(words[k].folded) || GEO_FEATURES.has(words[k].folded) || words[k].acronym) return false;
    n++;
    if (words[k].possessive) break;
  }
  return n >= 2;
}

/**
 * "Justice" as a judge's title, "General" as a rank: capitalised, opening a run, before a full name
 * of two or more capitalised words with no organisation word ("Justice Folasade Adebayo", "General
 * Omar Saranga"; not "Justice Ministry", "General Motors").
 */
function judgeTitle(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!FULL_NAME_TITLES.has(w.folded) || !w.cap) return false;
  if (i > 0 && words[i - 1].cap && joinsNext(words[i - 1], w) && !TITLE_ABBREVIATIONS.has(words[i - 1].folded.replace(/\.$/, ''))) return false;
  return fullNameAfter(words, i);
}

/**
 * A formal title in the plural before the first of two or more names ("Justices Mira Kant Rao and
 * Tomas Vell", "Senators Ana Ruiz and Ben Oyelaran"): it opens the run, and a full name of two or
 * more capitalised words with no organisation word follows it, as for "Justice" alone.
 */
function pluralTitle(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const singular = w.folded.endsWith('s') ? w.folded.slice(0, -1) : undefined;
  if (!singular || !(FORMAL_TITLES.has(singular) || FULL_NAME_TITLES.has(singular))) return false;
  if (i > 0 && words[i - 1].cap && joinsNext(words[i - 1], w)) return false;
  return fullNameAfter(words, i);
}

/**
 * An acronym inside a run before a full personal name is a title ("Varna DIG Rohan Mehta", "the
 * district SSP A K Rao"): three to five capitals that spell no known organisation (two are a
 * person's initials: "KP Anil Kumar"), then two or more capitalised words ending in a family name
 * compromise knows, with no organisation or geographic word and no other acronym.
 */
function acronymTitle(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (!w.acronym || w.possessive || !/^\p{Lu}{3,5}$/u.test(w.text) || expandAcronym(w.text) || placeByWords([w.folded])) return false;
  let n = 0;
  let last: Word | undefined;
  for (let k = i + 1; k < words.length && words[k].cap && joinsNext(words[k - 1], words[k]); k++) {
    const x = words[k];
    if (x.acronym || ORG_CUES.has(x.folded) || GEO_FEATURES.has(x.folded)) return false;
    last = x;
    n++;
    if (x.possessive) break;
  }
  // The name ends in a family name compromise knows ("the KVRN Anderson Forecast" is no title and a name).
  return n >= 2 && last !== undefined && (last.tags.has('LastName') || last.tags.has('Person')) && !last.tags.has('Organization');
}

export function isRoleWord(words: readonly Word[], i: number): boolean {
  const f = words[i].folded;
  return isRoleHead(words, i, true) || ROLE_MODIFIERS.has(f) || CONDITIONAL_HEADS.has(f) || f === 'affairs' || demonymAt(words, i) !== undefined;
}

/** A demonym of two capitalised words joined by a space: "South Korean", "New Zealanders". */
export function demonymOfTwo(words: readonly Word[], i: number): ReturnType<typeof demonym> {
  const w = words[i];
  const next = words[i + 1];
  if (!w || !next || !w.cap || !next.cap || w.possessive || !joinsNext(w, next)) return undefined;
  return demonym([w.folded, next.folded]);
}

export function demonymAt(words: readonly Word[], i: number): ReturnType<typeof demonym> {
  const w = words[i];
  if (!w || !w.cap) return undefined;
  return demonym([w.folded]);
}

/**
 * Runs of capitalised words that may hold names, skipping words already `taken` (national groups).
 * A run continues over spaces, hyphens, name particles ("da Silva"), connectors inside the names
 * of organisations ("Office on Drugs and Crime"), a possessive inside such a name ("People’s
 * Committee") and a nickname in quotes; it stops at any other punctuation, dates and numbers.
 */
export function findRuns(words: readonly Word[], taken: readonly boolean[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (taken[i] || !w.cap || w.tags.has('Date') || w.tags.has('Value')) { i++; continue; }
    // A currency written before a figure ("KSh 15 billion", "RM 2 million") names no one.
    if (currencyPrefixWord(w.text) && /^\d/.test(words[i + 1]?.text ?? '')) { i++; continue; }
    let j = i;
    let connectors = 0;
    while (j + 1 < words.length && !taken[j + 1] && (joinsNext(words[j], words[j + 1]) || possessiveInsideName(words, i, j) || nicknameAfter(words, j))) {
      const next = words[j + 1];
      if (nicknameAfter(words, j)) { j += 2; continue; }
      if (next.cap && !next.tags.has('Date') && !next.tags.has('Value')) { j++; continue; }
      if (regnalNumeralAfter(words, j)) { j++; continue; }
      const skip = connectorLength(words, i, j, connectors);
      if (skip === 0) break;
      j += skip;
      connectors++;
    }
    const country = countryBeforeHolder(words, i, j);
    if (country !== undefined) {
      runs.push({ from: i, to: country }, { from: country + 1, to: j });
    } else runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/**
 * "the IOM's chief of mission in Afghanistan Mihyung Park", "the UN resident coordinator in Sudan
 * Clementine Nkweta-Salami": a role, "in" a country, and the name of who holds it, written with no
 * comma between. The last word of the country that opens the run [from, to], when the words after it
 * (two or more) carry no word of an organisation's name; undefined otherwise.
 */
function countryBeforeHolder(words: readonly Word[], from: number, to: number): number | undefined {
  if (from < 2 || words[from - 1].folded !== 'in' || to - from < 2) return undefined;
  let role = false;
  for (let k = from - 2; k >= Math.max(0, from - 5) && !role; k--) role = isRoleWord(words, k);
  if (!role) return undefined;
  for (let len = Math.min(3, to - from - 1); len >= 1; len--) {
    const place = placeByWords(words.slice(from, from + len).map((w) => w.folded));
    if (place?.kind !== 'country') continue;
    const rest = words.slice(from + len, to + 1);
    return rest.length >= 2 && rest.every((w) => w.cap && !ORG_CUES.has(w.folded) && !w.acronym) ? from + len - 1 : undefined;
  }
  return undefined;
}

/** The last word of a run of capitalised words starting at i, joined by spaces only, at most `max` long. */
function capitalisedRunEnd(words: readonly Word[], i: number, max: number): number {
  let j = i;
  while (j + 1 < words.length && j - i + 1 < max && words[j + 1].cap && joinsNext(words[j], words[j + 1])) j++;
  return j;
}

/**
 * A possessive inside the name of an organisation: "Ombudsman’s Office", "People’s Committee",
 * "Cambodian People’s Party". The owner is one word, not a person or a known place, with at most
 * demonyms or title words before it in the run (any name when the owner is a plural: "Tamsin
 * People’s Party"), and an organisation word ends the name right after.
 */
function possessiveInsideName(words: readonly Word[], runStart: number, j: number): boolean {
  const w = words[j];
  const next = words[j + 1];
  if (!w.possessive || !w.cap || !next?.cap || !/^\s+$/.test(w.post) || !/^\s*$/.test(next.pre)) return false;
  // "the Dunmore County Sheriff’s Office", "the Attorney General’s Office": the office of a title is
  // an organisation, whatever names the title.
  if (j > runStart && isRoleHead(words, j, true) && ORG_CUES.has(next.folded) && !next.possessive && !words[j + 2]?.cap) return true;
  // "NOAA’s National Hurricane Center": an acronym owns the body named after it; it is a body of its own.
  if (placeByWords([w.folded]) || worldPlaceByWords([w.folded]) || demonymAt(words, j) || w.tags.has('Person') || w.acronym) return false;
  // An owner in the plural is a class of people, never a person: "People’s", "Workers’", "Women’s"
  // take any name before them ("Tamsin People’s Party"); a single owner only demonyms or titles.
  const plural = w.tags.has('Plural');
  for (let k = runStart; k < j && !plural; k++) {
    const before = words[k];
    if (!demonymAt(words, k) && !ROLE_MODIFIERS.has(before.folded) && !(before.initial && FUNCTION_WORDS.has(before.folded))) return false;
  }
  const end = capitalisedRunEnd(words, j + 1, 3);
  return ORG_CUES.has(words[end].folded) && !words[end].tags.has('Person');
}

/** A Roman numeral, in capitals, that numbers the personal name before it: "Leo XIV", "Charles III" (not "World War II"). */
export function isRegnalNumeral(w: Word | undefined): boolean {
  return w !== undefined && /^[IVXL]+$/.test(w.text);
}

function regnalNumeralAfter(words: readonly Word[], j: number): boolean {
  const w = words[j];
  const next = words[j + 1];
  return isRegnalNumeral(next) && next.tags.has('RomanNumeral') && w.cap && (w.tags.has('Person') || w.tags.has('FirstName')) && joinsNext(w, next);
}

/** A nickname in quotes between two parts of a name: Rodrigo “Digoy” Santillan. */
function nicknameAfter(words: readonly Word[], j: number): boolean {
  const w = words[j];
  const nick = words[j + 1];
  const next = words[j + 2];
  if (!nick || !next || !w.cap || w.possessive || !nick.cap || !next.cap) return false;
  return /^\s+$/.test(w.post) && /^[“"‘']$/.test(nick.pre) && /^[”"’']\s+$/.test(nick.post) && next.pre === '';
}

/**
 * How many lower-case connector words may join the run words[from..to] to the capitalised word
 * after them: name particles ("da Silva"), and "of"/"for"/"on"/"the"/"and" inside the name of an
 * organisation or a title ("Office on Drugs and Crime", "Secretary of State"). 0 when none.
 */
function connectorLength(words: readonly Word[], from: number, to: number, connectorsSoFar: number): number {
  const c1 = words[to + 1];
  const c2 = words[to + 2];
  const c3 = words[to + 3];
  if (NAME_PARTICLES.has(c1.folded) && c2 && joinsNext(c1, c2)) {
    if (c2.cap) return 2;
    if (NAME_PARTICLES.has(c2.folded) && c3 && c3.cap && joinsNext(c2, c3)) return 3; // "von der Leyen"
  }
  if (!ORG_CONNECTORS.has(c1.folded) && c1.text !== '&') return 0;
  if (!c2 || !joinsNext(c1, c2)) return 0;
  // A known name with a connector inside: "Ring of Fire", "Bosnia and Herzegovina".
  if (c2.cap && knownNameAcross(words, from, to)) return 2;
  if (c1.text === '&') return c2.cap ? 2 : 0;
  const run = words.slice(from, to + 1).filter((w) => !(w.initial && FUNCTION_WORDS.has(w.folded)));
  if (run.length === 0) return 0;
  // A known place may open such a name when a noun follows it: "Kenya Plantation and Agricultural Workers Union".
  const placeAlone = run.length === 1 && placeByWords([run[0].folded]) !== undefined;
  if (c1.folded === 'and' && connectorsSoFar === 0 && c2.cap && run.length <= 5 && !placeAlone && !run.some((w) => ORG_CUES.has(w.folded) || w.tags.has('Person')) && (run.length <= 2 || !words.slice(from, to + 1).some((w, i) => !(w.initial && FUNCTION_WORDS.has(w.folded)) && isRoleHead(words, from + i, true)))) {
    // "Economic and Financial Crimes Commission", "Food and Drug Administration", "National
    // Disaster Risk Reduction and Management Council": up to five words before "and", no title among
    // them when there are more than two ("Corporal Technician Farooq and Senior Technician X" lists people).
    const end = capitalisedRunEnd(words, to + 2, 4);
    const rest = words.slice(to + 2, end + 1);
    const partyAfter = words[end + 1] && !words[end + 1].cap && PARTY_NOUNS_AFTER_NAME.has(words[end + 1].folded) && joinsNext(words[end], words[end + 1]);
    // Past two words, only a public body's name holds "and" ("PT Sinar Jaya and Golden Fortune Holdings" are two companies).
    if (run.length > 2 && !AGENCY_HEADS.has(words[end].folded)) return 0;
    if ((ORG_CUES.has(words[end].folded) || partyAfter) && !rest.some((w) => w.tags.has('Person') || placeByWords([w.folded]))) return 2;
    return 0;
  }
  // The connector must follow the word that takes it: an organisation word ("Ministry of",
  // "Office on"), a geographic word ("Gulf of") or a title ("Secretary of State") — never a
  // person's name ("Governor Marisol Teveri of Velmora Province" is a person from a place).
  const last = words[to];
  const afterOrganisation = ORG_CUES.has(last.folded) || (connectorsSoFar > 0 && run.some((w) => ORG_CUES.has(w.folded)));
  const afterPlaceOrTitle = GEO_FEATURES.has(last.folded) || isRoleHead(words, to, true) || ROLE_MODIFIERS.has(last.folded);
  // "Minister of Natural Resources and Environment X": "and" between portfolio words of a title.
  const titled = run.some((w, k) => isRoleHead(words, from + k, true));
  if (titled && connectorsSoFar > 0 && c1.folded === 'and' && ROLE_MODIFIERS.has(c2.folded) && c2.cap) return 2;
  if (!afterOrganisation && !(afterPlaceOrTitle && c1.folded === 'of')) return 0;
  if (c1.folded === 'and') {
    // Only inside an "of" phrase, and only when what follows is not itself a known name.
    if (connectorsSoFar === 0 || !c2.cap || c2.tags.has('Person') || placeByWords([c2.folded])) return 0;
    const c3next = words[to + 3];
    if (c3next && c3next.cap && joinsNext(c2, c3next) && words[to + 4]?.cap && joinsNext(c3next, words[to + 4])) return 0;
    return 2;
  }
  if (c1.folded === 'the') return 0;
  if (c2.cap && !c2.tags.has('Date')) return 2;
  if (c2.folded === 'the' && c3 && c3.cap && joinsNext(c2, c3)) return 3;
  return 0;
}

/** Whether a sentence-initial word is an ordinary word written with a capital ("Despite", "Authorities"). */
export function isCommonInitial(w: Word): 'function' | 'common' | undefined {
  if (!w.initial) return undefined;
  // Letters outside ASCII do not spell an English function word ("Lê" is not "le").
  if (/[^\x00-\x7f]/.test(w.text)) return undefined;
  if (FUNCTION_WORDS.has(w.folded)) return 'function';
  // A capital inside the word is a brand's or a name's, never an ordinary word's ("TerraLogic estimated").
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text)) return undefined;
  // compromise reads a word it does not know before a colon as an expression: a row's label
  // ("Kandy: 118 dead") is a name, not an interjection.
  if (w.tags.has('Expression') && /^:\s/.test(w.post) && !FUNCTION_WORDS.has(w.folded) && !w.tags.has('Noun') && !w.tags.has('Verb') && !w.tags.has('Adjective')) return undefined;
  // A word in capitals opening a paragraph is a dateline or a name ("ISTANBUL:"), whatever its tags.
  if (isFunctionWord(w) && !w.tags.has('ProperNoun') && !(w.acronym && w.text.length >= 4)) return 'function';
  const named = w.tags.has('ProperNoun') || w.tags.has('Person') || w.tags.has('Place') || w.tags.has('Organization');
  if (!named && (w.tags.has('Plural') || w.tags.has('Adjective'))) return 'common';
  // compromise tags a capitalised word it did not see start a sentence as a proper noun; a plural
  // shape without a name tag is still a common noun ("Engineers had warned").
  const personTag = w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName');
  return /\p{Ll}{2,}s$/u.test(w.text) && !personTag && !w.tags.has('Place') && !w.tags.has('Organization') ? 'common' : undefined;
}

/** Whether the run words[from..to], its connector and up to three capitalised words after it spell a known place or organisation. */
function knownNameAcross(words: readonly Word[], from: number, to: number): boolean {
  const parts = words.slice(from, to + 2).map((w) => w.folded);
  for (let k = to + 2; k < Math.min(words.length, to + 5); k++) {
    if (!words[k].cap || !joinsNext(words[k - 1], words[k])) break;
    parts.push(words[k].folded);
    for (let start = 0; start < parts.length - 2; start++) {
      const name = parts.slice(start);
      if (placeByWords(name) || knownOrganisation(name)) return true;
    }
    // A province of the world data whose name holds the connector: "Jammu and Kashmir".
    if (worldPlaceByWords(parts)?.kind === 'subdivision') return true;
  }
  return false;
}
