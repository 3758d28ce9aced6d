/**
 * Occurrences: the spans of one sentence that may name an actor, with the evidence the span
 * itself carries (a gazetteer country, a well-known organisation, an organisation word, a title
 * inside the run, compromise's tags). Context adds more evidence later (./cues.ts, ./roles.ts);
 * an occurrence becomes an actor only when the evidence over the article is strong enough.
 *
 * A capitalised run is cut where its parts say different things: "Thai Prime Minister Paetongtarn
 * Shinawatra" is a demonym, a title and a name; "Interpol Red Notice" is an organisation and
 * two capitalised words; "The Cambodia Cybercrime Crackdown" holds one country.
 */
import type { ActorKind, Span } from '../types';
import { fold, foldWords } from './fold';
import { actorKey } from './identity';
import { isAcronymName, LONGEST_PLACE_NAME, placeByWords, type PlaceEntry } from './gazetteer';
import { acronymWrittenInLowerCase, expandAcronym, knownOrganisation, LONGEST_ORGANISATION_NAME } from './organisations';
import { demonymAt, demonymOfTwo, findRuns, isCommonInitial, isRegnalNumeral, isRoleHead, isRoleWord } from './runs';
import {
  BARE_BODY_NOUNS, CHAMBER_WORDS, ADMINISTRATIVE_UNITS, COLLECTIVE_GROUP_NOUNS, FOLLOWER_NOUNS, FORMAL_TITLES, FAITH_ADHERENTS, FAITH_WORDS, PLACE_UNIT_NOUNS, RESIDENT_NOUNS, CREDIT_WORDS, COINED_GROUP_HEADS, GROUP_NAMING_NOUNS, NAMING_PHRASES, RELATION_NOUNS, PLACE_PREPOSITIONS, NUMBERED_PLACE_NOUNS, ROLE_HEADS, BODY_NOUNS, BODY_NOUNS_AFTER_NAME, BODY_NOUNS_BEFORE_PLACE, DIPLOMATIC_MISSIONS, FIELD_ORG_CUES, pluralsOf, FUNCTION_WORDS, GENERATION_WORDS, HONORIFICS, LEGAL_FORMS, REGNAL_TITLES, ROLE_MODIFIERS, STATE_BODY_NOUNS, GENERIC_ORG_NAMES, GEO_FEATURES, GEO_FIRST_WORDS, GROUP_NOUNS, INSTITUTION_NAMES, NOT_BODIES, ORG_APPOSITIVE_HEADS, ORG_CONNECTORS, ORG_CUES, ORG_PREFIXES, PLACE_WORDS_NEEDING_NAME, ROUTE_NOUNS, NATIONAL_SOCIETIES, OUTLET_EDITIONS, REPORTING_VERBS, SAYING_VERBS, SPEECH_VERBS, CLOSING_SOURCE_VERBS, EVALUATIVE_ADJECTIVES,
} from '../lexicon';
import { joinsNext, labelsRow, type Unit, type Word } from './words';
import { LONGEST_WORLD_PLACE, subdivisionOfPeople, worldPlaceByWords, type WorldPlace } from './worldPlaces';


export type Evidence = Record<ActorKind, number>;

/** How strongly each kind of evidence counts; an actor needs a total of MIN_EVIDENCE for one kind. */
export const WEIGHT = {
  table: 10,
  ambiguousPlace: 4,
  cue: 8,
  list: 5,
  tagOrganisation: 4,
  tagPerson: 3,
  tagPlace: 3,
  preposition: 3,
  speechMultiword: 3,
  speechSingle: 2,
  tagSingle: 1,
} as const;
export const MIN_EVIDENCE = 3;

export interface Occurrence {
  unit: Unit;
  /** First and last word (inclusive) of the unit. */
  from: number;
  to: number;
  span: Span;
  /** As written, possessive ending excluded. */
  text: string;
  possessive: boolean;
  heading: boolean;
  evidence: Evidence;
  /** Canonical name from a table ("United States" for "U.S."). */
  canonical?: string;
  /** Identity key fixed by a table or a group; otherwise computed from the text. */
  key?: string;
  /** Well-known acronym of the canonical name ("UN"). */
  acronym?: string;
  /** For national groups: the country whose nationals they are. */
  nationOf?: PlaceEntry;
  /** A title inside the run ("Prime Minister") already says this is a person. */
  titled?: boolean;
  /** Word index of that title's head when words stand between it and the name ("Minister of Foreign Affairs X"). */
  titleHead?: number;
  /** A body named after the name before it ("Moscow court"): that name is no short form of it. */
  namedAfter?: Occurrence;
  /** An acronym in parentheses right after a name declares that name's acronym. */
  declares?: Occurrence;
  /** Last word of an appositive after the name (", Secretary General of Y,"), if any. */
  appositiveEnd?: number;
  roles: { text: string; span: Span }[];
  relations: { type: string; target: Occurrence; span: Span; onlyIfOrganisation?: boolean }[];
}

function emptyEvidence(): Evidence {
  return { person: 0, organisation: 0, place: 0, group: 0 };
}

/** A gazetteer place or well-known organisation starting at word i, longest first. */
function knownAt(words: readonly Word[], i: number, last: number): { length: number; place?: PlaceEntry; organisation?: string } | undefined {
  const max = Math.min(Math.max(LONGEST_PLACE_NAME, LONGEST_ORGANISATION_NAME), last - i + 1);
  for (let len = max; len >= 1; len--) {
    const parts: string[] = [];
    let ok = true;
    for (let k = i; k < i + len; k++) {
      const w = words[k];
      if (k > i && !joinsNext(words[k - 1], w)) { ok = false; break; }
      if (k < i + len - 1 && w.possessive) { ok = false; break; }
      if (!w.cap && !(k > i && k < i + len - 1 && ORG_CONNECTORS.has(w.folded))) { ok = false; break; }
      parts.push(...w.folded.split(/[\s\-‐‑]+/));
    }
    if (!ok) continue;
    const place = placeByWords(parts);
    if (place && !(isAcronymName(parts) && !words[i].acronym)) return { length: len, place };
    const organisation = knownOrganisation(parts);
    if (organisation) return { length: len, organisation };
  }
  return undefined;
}

export function makeOccurrence(text: string, unit: Unit, from: number, to: number): Occurrence {
  const words = unit.words;
  const start = words[from].start;
  // An initial at the end keeps its full stop: "Dragan M.".
  const initialDot = to > from && /^\p{Lu}$/u.test(words[to].text) && words[to].post.startsWith('.') ? 1 : 0;
  const end = words[to].end + initialDot;
  return {
    unit, from, to,
    span: { start, end },
    text: text.slice(start, end),
    possessive: words[to].possessive,
    heading: unit.blockKind !== 'paragraph',
    evidence: emptyEvidence(),
    roles: [],
    relations: [],
  };
}

/** Finds the occurrences of one unit, in word order. */
export function findOccurrences(text: string, unit: Unit): Occurrence[] {
  const words = unit.words;
  const heading = unit.blockKind !== 'paragraph';
  const taken: boolean[] = new Array(words.length).fill(false);
  const out: Occurrence[] = [];

  // National groups first: "Vietnamese nationals", "85 Cambodians", "South Koreans".
  for (let i = 0; i < words.length; i++) {
    const two = demonymOfTwo(words, i);
    const hit = two ?? demonymAt(words, i);
    if (!hit) continue;
    const d = two ? i + 1 : i;
    const next = words[d + 1];
    // "the Spanish government", "the Thai army", "Russian security forces": a state body.
    const body = !hit.plural && !words[d].possessive ? stateBodyEnd(words, d + 1) : -1;
    if (body >= 0 && !heading) {
      const occ = makeOccurrence(text, unit, i, body);
      occ.evidence.organisation += WEIGHT.cue;
      out.push(occ);
      for (let k = i; k <= body; k++) taken[k] = true;
      i = body;
      continue;
    }
    if (two && (two.plural || GROUP_NOUNS.has(next?.folded ?? ''))) {
      const end = two.plural ? d : d + 1;
      if (!two.plural && (!joinsNext(words[d], next) || words[d].possessive)) continue;
      if (two.plural && next && next.cap && joinsNext(words[d], next)) continue;
      const occ = makeOccurrence(text, unit, i, end);
      occ.evidence.group = WEIGHT.table;
      occ.nationOf = two.entry;
      occ.key = `${fold(two.entry.adjectives[0] ?? two.entry.name)} nationals`;
      out.push(occ);
      for (let k = i; k <= end; k++) taken[k] = true;
      i = end;
      continue;
    }
    if (two) continue;
    // "Flores, a Colombian who has lived in Spain": a demonym used as a noun names one of a group.
    const article = words[i - 1];
    const asNoun = !hit.plural && article !== undefined && (article.folded === 'a' || article.folded === 'an') && joinsNext(article, words[i]) && !words[i].possessive &&
      (!next || !joinsNext(words[i], next) || next.folded === 'who' || next.folded === 'whose' || (next.tags.has('Verb') && !next.tags.has('Adjective') && !next.tags.has('Noun')));
    if (asNoun && !heading) {
      const occ = makeOccurrence(text, unit, i, i);
      occ.evidence.group = WEIGHT.cue;
      occ.nationOf = hit.entry;
      occ.key = `${fold(hit.entry.adjectives[0] ?? hit.entry.name)} nationals`;
      out.push(occ);
      taken[i] = true;
      continue;
    }
    // "Vietnamese nationals", and in lower case one of them: "a Ugandan national".
    // "the Spanish national team": a singular group word before a noun is an adjective there.
    const after = words[i + 2];
    const adjectival = next !== undefined && after !== undefined && !next.tags.has('Plural') && !after.cap && joinsNext(next, after) && after.tags.has('Noun') && !after.tags.has('Verb') && !after.tags.has('Pronoun');
    const groupNoun = next !== undefined && !adjectival && (GROUP_NOUNS.has(next.folded) || (!next.cap && pluralsOf(next.folded).some((p) => GROUP_NOUNS.has(p))));
    if (!hit.plural && next && joinsNext(words[i], next) && groupNoun && !words[i].possessive) {
      const occ = makeOccurrence(text, unit, i, i + 1);
      occ.evidence.group = WEIGHT.table;
      occ.nationOf = hit.entry;
      occ.key = `${fold(hit.entry.adjectives[0] ?? hit.entry.name)} nationals`;
      out.push(occ);
      taken[i] = taken[i + 1] = true;
      i++;
    } else if (hit.plural && !(next && next.cap && joinsNext(words[i], next))) {
      const occ = makeOccurrence(text, unit, i, i);
      occ.evidence.group = WEIGHT.table;
      occ.nationOf = hit.entry;
      occ.key = `${fold(hit.entry.adjectives[0] ?? hit.entry.name)} nationals`;
      out.push(occ);
      taken[i] = true;
    }
  }

  // "Ohioans", "Oregonians": the people of a state or province, named by a plural of its name.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (taken[i] || heading || !w.cap || w.acronym || w.possessive || (next?.cap && joinsNext(w, next)) || (i > 0 && words[i - 1].cap && !words[i - 1].initial && joinsNext(words[i - 1], w))) continue;
    if (w.tags.has('Person') || w.tags.has('Organization') || !subdivisionOfPeople(w.folded)) continue;
    const occ = makeOccurrence(text, unit, i, i);
    occ.evidence.group += WEIGHT.table;
    out.push(occ);
    taken[i] = true;
  }

  // "dpa reported": a well-known agency that writes its acronym in lower case, as it writes it.
  for (let i = 0; i < words.length; i++) {
    const agency = !taken[i] && !words[i].cap ? acronymWrittenInLowerCase(words[i].text) : undefined;
    if (!agency) continue;
    const occ = makeOccurrence(text, unit, i, i);
    occ.evidence.organisation += WEIGHT.table;
    occ.canonical = agency.name;
    occ.acronym = agency.acronym;
    out.push(occ);
    taken[i] = true;
  }

  // "Muslims", "Hindu women", "the Sikh community": adherents of a faith are a group.
  if (!heading) faithGroups(text, unit, taken, out);

  // "armed groups known as “tarvitos”", "children dubbed ‘gold kids’": a coined name for people.
  if (!heading) coinedGroupNames(text, unit, taken, out);

  // "Gen Z protesters", "Generation X", "GenZ", "Gen Z-led protests": a generation is a group.
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    const generation = generationAt(words, i);
    if (generation === undefined) continue;
    const last = i + generation.length - 1;
    const occ = makeOccurrence(text, unit, i, last);
    const letter = words[last].text.match(/\p{Lu}(?=$|[-‐‑])/u)![0];
    const end = words[last].end - (words[last].text.length - words[last].text.search(/\p{Lu}(?=$|[-‐‑])/u) - 1);
    occ.span = { start: occ.span.start, end };
    occ.text = text.slice(occ.span.start, end);
    occ.possessive = end === words[last].end && words[last].possessive;
    occ.evidence.group += WEIGHT.table;
    occ.key = `gen ${letter.toLowerCase()}`;
    out.push(occ);
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }

  // "Gate 4", "Sector 12": a numbered part of a site is a place, the number included.
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const number = words[i + 1];
    if (taken[i] || heading || !w.cap || w.possessive || !NUMBERED_PLACE_NOUNS.has(w.folded) || !joinsNext(w, number) || !/^\d{1,3}[A-Z]?$/.test(number.text)) continue;
    if (i > 0 && words[i - 1].cap && !words[i - 1].initial && joinsNext(words[i - 1], w)) continue;
    const occ = makeOccurrence(text, unit, i, i + 1);
    occ.evidence.place += WEIGHT.cue;
    out.push(occ);
    taken[i] = taken[i + 1] = true;
    i++;
  }

  // "Minnetonka-based", "Brazil-based": the name before the hyphen is where something is based.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.compoundAdjective || taken[i] || heading) continue;
    const hyphen = w.text.search(/[-‐‑](?:based|headquartered)$/i);
    if (hyphen <= 0) continue;
    let from = i;
    while (from > 0 && !taken[from - 1] && words[from - 1].cap && joinsNext(words[from - 1], words[from]) && !words[from - 1].tags.has('Value') && !isCommonInitial(words[from - 1])) from--;
    const occ = makeOccurrence(text, unit, from, i);
    occ.span = { start: occ.span.start, end: w.start + hyphen };
    occ.text = text.slice(occ.span.start, occ.span.end);
    occ.possessive = false;
    const place = placeByWords(foldWords(occ.text));
    occ.evidence.place += WEIGHT.cue;
    if (place) {
      occ.canonical = place.name;
      occ.key = fold(place.name);
    }
    out.push(occ);
    for (let k = from; k <= i; k++) taken[k] = true;
  }

  if (!heading) countriesJoinedByHyphen(text, unit, taken, out);
  for (const run of findRuns(words, taken)) analyseRun(text, unit, run.from, run.to, heading, out);
  out.sort((a, b) => a.from - b.from);
  if (!heading) {
    addStateBodiesOfCountries(text, unit, out);
    nationalBodiesByTheirOwnName(text, unit, out);
    addBodiesAfterNames(text, unit, out);
    addGroupsAfterNames(text, unit, out);
    addBodiesBeforePlaces(text, unit, out);
    addBareBodies(text, unit, out);
    return missionsWithTheirCity(unit, out);
  }
  return out;
}

/**
 * Adherents of a faith, written with a capital: the plural alone ("Muslims", "Sikhs") is a group,
 * and so is the singular before a plural of people or a collective noun in lower case ("Hindu
 * women", "the Sikh community"), named with that noun. The singular alone ("a Christian camp") or
 * a faith ("a critic of Islam") names no actor; a word of the kind inside a longer name ("Catholic
 * Church", "Christian Democratic Union", a given name "Christian Mang") is left to the run.
 */
function faithGroups(text: string, unit: Unit, taken: boolean[], out: Occurrence[]): void {
  const words = unit.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const prev = words[i - 1];
    if (taken[i] || !w.cap || !(FAITH_ADHERENTS.has(w.folded) || FAITH_WORDS.has(w.folded))) continue;
    if ((next?.cap && joinsNext(w, next)) || (prev?.cap && !prev.initial && !FUNCTION_WORDS.has(prev.folded) && joinsNext(prev, w))) continue;
    const plural = FAITH_ADHERENTS.has(w.folded) && w.folded.endsWith('s');
    const people = (x: Word | undefined) => x !== undefined && !x.cap && (COLLECTIVE_GROUP_NOUNS.has(x.folded) || (x.tags.has('Plural') && (x.tags.has('Actor') || COINED_GROUP_HEADS.has(x.folded) || GROUP_NOUNS.has(x.folded) || RESIDENT_NOUNS.has(x.folded) || GROUP_NAMING_NOUNS.has(x.folded))));
    taken[i] = true;
    if (w.possessive) continue;
    if (plural) {
      const occ = makeOccurrence(text, unit, i, i);
      occ.evidence.group += WEIGHT.table;
      out.push(occ);
    } else if (people(next) && joinsNext(w, next) && (FAITH_ADHERENTS.has(w.folded) || w.folded === 'jewish')) {
      const occ = makeOccurrence(text, unit, i, i + 1);
      occ.evidence.group += WEIGHT.table;
      out.push(occ);
      taken[i + 1] = true;
      i++;
    }
  }
}

/**
 * A coined name in quotes, in lower case, after a plural of people and a naming phrase ("armed
 * groups known as “tarvitos”", "ministers’ children, dubbed “gold kids”"): one to three words
 * between an opening and a closing quote, the plural at most three words before the phrase. The
 * name is a group. (Capitalised names after a naming phrase are read by ./cues.ts.)
 */
function coinedGroupNames(text: string, unit: Unit, taken: boolean[], out: Occurrence[]): void {
  const words = unit.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (taken[i] || w.cap || !/[“"‘']$/.test(w.pre)) continue;
    // A single closing quote after a plural reads as a possessive ("‘gold kids’,").
    const closes = (k: number) => /^[”"’']/.test(words[k].post) || (words[k].possessive && /[‘']$/.test(w.pre) && /^[\s,.;:]/.test(words[k].post));
    let end = i;
    while (end < words.length && end - i < 3 && !closes(end)) end++;
    if (end >= words.length || !closes(end) || words.slice(i, end + 1).some((x) => x.cap || x.tags.has('Value'))) continue;
    const phrase = NAMING_PHRASES.find((p) => {
      const parts = p.split(' ');
      return parts.every((part, k) => words[i - parts.length + k]?.folded === part);
    });
    if (!phrase) continue;
    const start = i - phrase.split(' ').length;
    let people = false;
    for (let k = start - 1; k >= Math.max(0, start - 3) && !people; k--) {
      const f = words[k].folded;
      people = !words[k].cap && (COINED_GROUP_HEADS.has(f) || GROUP_NAMING_NOUNS.has(f) || [f.replace(/ren$/, ''), f.replace(/s$/, ''), f.replace(/es$/, '')].some((s) => s !== f && (ROLE_HEADS.has(s) || RELATION_NOUNS.has(s))));
    }
    if (!people) continue;
    const occ = makeOccurrence(text, unit, i, end);
    occ.evidence.group += WEIGHT.cue;
    out.push(occ);
    for (let k = i; k <= end; k++) taken[k] = true;
    i = end;
  }
}

/**
 * A generation named at word i: "Gen"/"Generation" and a single capital letter ("Gen Z", "Gen
 * Z-led"), or the two written as one word ("GenZ"). Returns how many words it takes.
 */
function generationAt(words: readonly Word[], i: number): { length: number } | undefined {
  const w = words[i];
  if (!/^\p{Lu}/u.test(w.text)) return undefined;
  const one = /^(\p{L}+?)(\p{Lu})$/u.exec(w.text);
  if (one && GENERATION_WORDS.has(one[1].toLowerCase()) && !w.possessive) return { length: 1 };
  const next = words[i + 1];
  if (!GENERATION_WORDS.has(w.folded.replace(/\.$/, '')) || !next || !joinsNext(w, next)) return undefined;
  return /^\p{Lu}(?:$|[-‐‑]\p{Ll})/u.test(next.text) ? { length: 2 } : undefined;
}

/**
 * "the Nepal-India border", "US-China talks", "the Russia-Ukraine war": countries joined by a
 * hyphen name each country, not one place called "Nepal-India". Every part must be a country of
 * the gazetteer (an acronym in capitals), one of them a name that is nothing else; the word
 * stands alone, so a longer name that holds it ("the Nepal-India Friendship Society") keeps it.
 * Before a route noun ("the Kelvor-Dunmore highway", "the Arik-Belo-Tamsa corridor") any names
 * so joined are the places the route joins.
 */
function countriesJoinedByHyphen(text: string, unit: Unit, taken: boolean[], out: Occurrence[]): void {
  const words = unit.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (taken[i] || !w.cap || w.possessive || !/[-‐‑]/.test(w.text)) continue;
    const before = words[i - 1];
    if ((before?.cap && !FUNCTION_WORDS.has(before.folded) && joinsNext(before, w)) || (words[i + 1]?.cap && joinsNext(w, words[i + 1]))) continue;
    const parts = [...w.text.matchAll(/[^-‐‑]+/g)];
    if (parts.length < 2 || parts.length > 3) continue;
    const places = parts.map((m) => {
      const folded = foldWords(m[0]);
      const place = placeByWords(folded);
      const written = !isAcronymName(folded) || /^\p{Lu}+$/u.test(m[0].replace(/\./g, ''));
      return place && place.kind === 'country' && written ? place : undefined;
    });
    // "the Kelvor-Dunmore highway": a route joins places, whatever their names.
    const next = words[i + 1];
    const route = next !== undefined && !next.cap && ROUTE_NOUNS.has(next.folded) && joinsNext(w, next) && parts.every((m) => /^\p{Lu}[\p{L}\p{M}]+$/u.test(m[0]));
    // A name that is also a given name ("India", "Jordan") is the country beside a certain one.
    if (!route && (places.some((p) => p === undefined) || places.every((p) => p!.ambiguous))) continue;
    parts.forEach((m, k) => {
      const place = places[k];
      const occ = makeOccurrence(text, unit, i, i);
      const start = w.start + (m.index ?? 0);
      occ.span = { start, end: start + m[0].length };
      occ.text = m[0];
      occ.possessive = false;
      if (place) {
        occ.evidence.place += WEIGHT.table;
        occ.canonical = place.name;
        occ.key = fold(place.name);
      } else occ.evidence.place += WEIGHT.cue;
      out.push(occ);
    });
    taken[i] = true;
  }
}

/**
 * "the Chinese embassy in Madrid", "the Russian Embassy in Kabul": a country's mission is named
 * with the city it is in ("Russian Embassy in Kabul"); the city keeps its own mention.
 */
function missionsWithTheirCity(unit: Unit, out: Occurrence[]): Occurrence[] {
  const words = unit.words;
  for (const mission of out) {
    if (!DIPLOMATIC_MISSIONS.has(words[mission.to].folded) || mission.possessive || mission.evidence.organisation === 0) continue;
    const preposition = words[mission.to + 1];
    if (preposition?.folded !== 'in' || !joinsNext(words[mission.to], preposition)) continue;
    const city = out.find((o) => o.from === mission.to + 2 && joinsNext(preposition, words[o.from]) && o.evidence.person === 0 && o.evidence.organisation === 0);
    if (!city) continue;
    // The mission keeps its words and the city its mention; the name says both.
    mission.canonical = `${mission.canonical ?? mission.text} in ${city.canonical ?? city.text}`;
    mission.key = actorKey(mission.canonical);
  }
  return out;
}

/**
 * "a Moscow court", "the Fontur union", "the Bolivian consulate", "the Gaza health ministry": a
 * name, perhaps one or two portfolio words ("health", "district"), then a lower-case body noun.
 * The body is an organisation of its own ("Moscow court"), on the noun and its portfolio; the name
 * keeps its mention (Moscow is still a place). A place in the possessive names its body the same
 * way ("Kelvo’s city council" is the Kelvo city council).
 */
function addBodiesAfterNames(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  for (const name of [...out]) {
    let end = name.to + 1;
    while (end - name.to <= MAX_BODY_MODIFIERS && words[end] && !words[end].cap && ROLE_MODIFIERS.has(words[end].folded) && !BODY_NOUNS_AFTER_NAME.has(words[end].folded) && joinsNext(words[end], words[end + 1])) end++;
    const noun = words[end];
    // A place in the possessive owns its body as its name before it would ("Kelvo’s city council");
    // a person's does not ("Marlow’s government" is no body named Marlow).
    const placeOwner = name.possessive && name.evidence.person === 0 && name.evidence.organisation === 0 && name.evidence.group === 0 &&
      (name.evidence.place >= WEIGHT.tagPlace || worldPlaceByWords(foldWords(name.canonical ?? name.text)) !== undefined);
    if (!noun || noun.cap || !BODY_NOUNS_AFTER_NAME.has(noun.folded) || (name.possessive ? !placeOwner || !/^\s+$/.test(words[name.to].post) : !joinsNext(words[name.to], words[name.to + 1]))) continue;
    if (name.evidence.organisation >= WEIGHT.cue || name.evidence.group > 0 || name.evidence.person > 0 || out.some((o) => o.from <= end && o.to >= name.to + 1)) continue;
    // "ISLAMABAD: The military said": a capitalised article opening the sentence names nothing.
    if (name.from === name.to && FUNCTION_WORDS.has(words[name.from].folded)) continue;
    if (name.evidence.place === 0 && name.canonical === undefined && !worldPlaceByWords(foldWords(name.text))) {
      // A name that is nothing else: "the Fontur union" is one name.
      name.to = end;
      name.span = { start: name.span.start, end: noun.end };
      name.text = text.slice(name.span.start, name.span.end);
      name.possessive = noun.possessive;
      name.evidence.organisation += WEIGHT.cue;
      continue;
    }
    const occ = makeOccurrence(text, unit, name.to + 1, end);
    out.push(namedBody(occ, `${name.canonical ?? name.text} ${occ.text}`, name));
  }
  out.sort((a, b) => a.from - b.from);
}

/**
 * "Delta passengers", "Velkaro supporters", "the Eastland family": a name and a noun of people who
 * follow, use or belong to it, in lower case, are a group named with the noun. A name that is
 * something of its own (an airline, a person) keeps its mention, and the group is the noun's,
 * named after it; a name that is nothing else ("Eastland") is the group's first word.
 */
function addGroupsAfterNames(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  for (const name of [...out]) {
    const noun = words[name.to + 1];
    if (!noun || noun.cap || !(FOLLOWER_NOUNS.has(noun.folded) || COLLECTIVE_GROUP_NOUNS.has(noun.folded)) || name.possessive || !joinsNext(words[name.to], noun)) continue;
    if (name.evidence.group > 0 || name.nationOf || demonymAt(words, name.to) || out.some((o) => o !== name && o.from <= name.to + 1 && o.to >= name.to + 1)) continue;
    const occ = makeOccurrence(text, unit, name.to + 1, name.to + 1);
    occ.canonical = `${name.canonical ?? name.text} ${noun.text}`;
    occ.key = actorKey(occ.canonical);
    occ.evidence.group += WEIGHT.cue;
    occ.namedAfter = name;
    out.push(occ);
  }
  out.sort((a, b) => a.from - b.from);
}

/** A body named after its owner ("Moscow court", "Dhaka police"): the owner keeps its own mention. */
function namedBody(occ: Occurrence, canonical: string, owner: Occurrence): Occurrence {
  occ.canonical = canonical;
  occ.key = actorKey(canonical);
  occ.evidence.organisation += WEIGHT.cue;
  occ.namedAfter = owner;
  return occ;
}

/**
 * "police in Dhaka said", "clashed with police in Kathmandu": a body noun in lower case (or opening the sentence)
 * before "in" and a known place is that place's body, named as "Dhaka police" would name it; the
 * place keeps its mention. The place must be one by itself (a country, a region, a world city); a
 * country's body takes its adjective ("police in Spain" are the Spanish police).
 */
function addBodiesBeforePlaces(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  for (let i = 0; i + 2 < words.length; i++) {
    const noun = words[i];
    if (!BODY_NOUNS_BEFORE_PLACE.has(noun.folded) || (noun.cap && !noun.initial) || words[i + 1].folded !== 'in') continue;
    if (!joinsNext(noun, words[i + 1]) || !joinsNext(words[i + 1], words[i + 2]) || noun.possessive) continue;
    const before = words[i - 1];
    if (before && before.cap && !before.initial && joinsNext(before, noun)) continue;
    if (out.some((o) => o.from <= i && o.to >= i)) continue;
    const place = out.find((o) => o.from === i + 2);
    if (!place || place.possessive || place.evidence.place < WEIGHT.tagPlace || place.evidence.person > 0 || place.evidence.organisation > 0 || place.evidence.group > 0) continue;
    // A country's body is named with its adjective ("police in Spain" are the Spanish police).
    const country = place.canonical !== undefined ? placeByWords(foldWords(place.canonical)) : undefined;
    const owner = country?.kind === 'country' ? country.adjectives[0] ?? country.name : place.canonical ?? place.text;
    out.push(namedBody(makeOccurrence(text, unit, i, i), `${owner} ${noun.folded}`, place));
  }
  out.sort((a, b) => a.from - b.from);
}

/**
 * "the health ministry", "a forest department employee": one or two portfolio words and a body noun
 * in lower case name a body with no owner in sight, under those words.
 */
function addBareBodies(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  const portfolio = (w: Word | undefined) => w !== undefined && !w.cap && ROLE_MODIFIERS.has(w.folded) && !BARE_BODY_NOUNS.has(w.folded);
  for (let i = 0; i + 1 < words.length; i++) {
    // The body starts at a portfolio word after a word that is neither a portfolio word nor a name.
    const before = words[i - 1];
    if (!portfolio(words[i]) || (before && joinsNext(before, words[i]) && (portfolio(before) || (before.cap && !before.initial) || before.possessive))) continue;
    let end = i;
    while (end - i < MAX_BODY_MODIFIERS && portfolio(words[end]) && joinsNext(words[end], words[end + 1])) end++;
    const noun = words[end];
    if (end === i || !noun || noun.cap || !BARE_BODY_NOUNS.has(noun.folded) || out.some((o) => o.from <= end && o.to >= i)) continue;
    const occ = makeOccurrence(text, unit, i, end);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    i = end;
  }
  out.sort((a, b) => a.from - b.from);
}

const MAX_BODY_MODIFIERS = 2;

/**
 * The last word of a state body named in lower case from word `i` on: up to two modifiers
 * ("interior", "security", "national") and a body noun ("ministry", "army", "forces"). -1 when none.
 */
function stateBodyEnd(words: readonly Word[], i: number): number {
  for (let k = i; k < words.length && k - i <= MAX_BODY_MODIFIERS; k++) {
    const w = words[k];
    // The first word follows the demonym, or the country in the possessive ("Spain’s interior ministry").
    if (w.cap || (k > i && !joinsNext(words[k - 1], w)) || (k === i && !/^\s+$/.test(words[k - 1].post))) return -1;
    if (STATE_BODY_NOUNS.has(w.folded)) {
      // "the Thai army chief": the body still ends at its noun; "army officers" are people, not the army.
      return k;
    }
    // "the French meteorological institute": an adjective of the body's field may stand between.
    if (!ROLE_MODIFIERS.has(w.folded) && !(w.tags.has('Adjective') && !w.tags.has('Noun') && !w.tags.has('Verb') && !EVALUATIVE_ADJECTIVES.has(w.folded) && /al$/.test(w.folded))) return -1;
  }
  return -1;
}

/**
 * "Spain’s interior ministry", "Russia’s security forces": a country in the possessive before a
 * state body named in lower case. The body is an organisation of its own, named after the
 * country's demonym ("Spanish interior ministry"), and the country keeps its mention.
 */
function addStateBodiesOfCountries(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  for (const owner of [...out]) {
    // "the U.S. military", "UK police": a country's abbreviation stands before its body as a demonym does.
    const abbreviated = !owner.possessive && owner.from === owner.to && /^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$/.test(owner.text);
    if ((!owner.possessive && !abbreviated) || !owner.canonical || owner.evidence.place === 0) continue;
    const country = placeByWords(foldWords(owner.canonical));
    const adjective = abbreviated ? owner.text : country?.adjectives[0];
    if (!adjective || !country) continue;
    const start = owner.to + 1;
    if (!words[start] || !/^\s+$/.test(words[owner.to].post)) continue;
    if (abbreviated) {
      // Named as written ("U.S. military"); the country keeps its mention, as in the possessive.
      const end = stateBodyEnd(words, start);
      if (end < 0 || out.some((o) => o.from <= end && o.to >= start)) continue;
      const occ = makeOccurrence(text, unit, start, end);
      occ.canonical = `${owner.text} ${occ.text}`;
      occ.key = actorKey(occ.canonical);
      occ.evidence.organisation += WEIGHT.cue;
      out.push(occ);
      continue;
    }
    // "Italy’s Interior Ministry": a body written in capitals is named after the country too.
    const capitalised = out.find((o) => o.from === start && o.canonical === undefined && o.evidence.place === 0 && o.evidence.person === 0);
    if (capitalised) {
      const named = words.slice(capitalised.from, capitalised.to + 1).map((w) => w.folded);
      // "Interior Ministry", or "Ministry of Emergency Situations": a body noun and its portfolio.
      const byPortfolio = STATE_BODY_NOUNS.has(named[named.length - 1]) && named.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w));
      const ofPortfolio = named.length >= 3 && FIELD_ORG_CUES.has(named[0]) && STATE_BODY_NOUNS.has(named[0]) && named[1] === 'of';
      if (byPortfolio || ofPortfolio) {
        capitalised.canonical = `${adjective} ${capitalised.text}`;
        capitalised.key = actorKey(capitalised.canonical);
        capitalised.evidence.organisation += WEIGHT.cue;
      }
      continue;
    }
    const end = stateBodyEnd(words, start);
    if (end < 0 || out.some((o) => o.from <= end && o.to >= start)) continue;
    const occ = makeOccurrence(text, unit, start, end);
    occ.canonical = `${adjective} ${occ.text}`;
    occ.key = actorKey(occ.canonical);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
  }
  out.sort((a, b) => a.from - b.from);
}

/**
 * "the Nepalese Ministry of Urban Development", "the Serbian Interior Ministry": a demonym before
 * a state body written in capitals says whose body it is; the body's own name is what the article
 * writes without it. The name keeps the demonym, the mention starts after it (so the body's own
 * name is an alias, as for "Spain’s Interior Ministry"); its words still include it. A state body is a state-body noun after
 * portfolio words ("Interior Ministry"), or a ministry, department or office "of" its portfolio;
 * a party or a company whose name opens with a demonym ("Serbian Progressive Party") is not one.
 */
function nationalBodiesByTheirOwnName(text: string, unit: Unit, out: Occurrence[]): void {
  const words = unit.words;
  for (const occ of out) {
    if (occ.canonical !== undefined || occ.key !== undefined || occ.evidence.organisation < WEIGHT.cue || occ.evidence.person > 0 || occ.evidence.place > 0) continue;
    const start = demonymOfTwo(words, occ.from) ? occ.from + 2 : demonymAt(words, occ.from) ? occ.from + 1 : -1;
    if (start < 0 || occ.to - start < 1 || words[occ.from].possessive || words[start].possessive || !joinsNext(words[start - 1], words[start])) continue;
    if (!words.slice(start, occ.to + 1).every((w) => w.cap || ORG_CONNECTORS.has(w.folded))) continue;
    const named = words.slice(start, occ.to + 1).map((w) => w.folded);
    const head = named[named.length - 1];
    const byPortfolio = STATE_BODY_NOUNS.has(head) && named.slice(0, -1).every((w) => ROLE_MODIFIERS.has(w));
    const ofPortfolio = FIELD_ORG_CUES.has(named[0]) && STATE_BODY_NOUNS.has(named[0]) && named[1] === 'of' && named.length >= 3;
    if (!byPortfolio && !ofPortfolio) continue;
    occ.canonical = occ.text;
    occ.key = actorKey(occ.text);
    // Its words still start at the demonym: the subject of a statement, a role before it.
    occ.span = { start: words[start].start, end: occ.span.end };
    occ.text = text.slice(occ.span.start, occ.span.end);
  }
}

function analyseRun(text: string, unit: Unit, from: number, to: number, heading: boolean, out: Occurrence[]): void {
  const words = unit.words;
  // Trailing connectors are not part of a name, nor is the "By" of a byline.
  while (to > from && !words[to].cap) to--;
  if (from > to) return;
  if (from < to && words[from].folded === 'by') from++;
  // "Copyright Tomas Lind/…", "Photo Ana Ruiz": a credit word opening a run before a name of two
  // words or more is no part of the name.
  if (to - from >= 2 && CREDIT_WORDS.has(words[from].folded) && !ORG_CUES.has(words[to].folded)) from++;
  // "Broadcaster KTN said": an organisation noun opening the sentence is no part of the name
  // (../roles.ts reads it as the organisation's role), unless a known name starts there.
  if (from < to && words[from].initial && ORG_APPOSITIVE_HEADS.has(words[from].folded) && !isRoleHead(words, from, true) && !knownAt(words, from, to)) from++;

  // Known names (countries, regions, well-known organisations) anywhere in the run.
  const known: { from: number; to: number; place?: PlaceEntry; organisation?: string }[] = [];
  for (let k = from; k <= to; k++) {
    const hit = knownAt(words, k, to);
    if (hit) {
      known.push({ from: k, to: k + hit.length - 1, place: hit.place, organisation: hit.organisation });
      k += hit.length - 1;
    }
  }

  // A sentence-initial ordinary word is not part of the name, unless the run is a known name or
  // ends in an organisation word ("Human Rights Foundation").
  const endsInCue = ORG_CUES.has(words[to].folded) || GEO_FEATURES.has(words[to].folded);
  const initialKind = isCommonInitial(words[from]);
  // A verb may open a company's name: "Change Healthcare updated its filings".
  const verbOpensName = initialKind === 'function' && !FUNCTION_WORDS.has(words[from].folded) && words[from].tags.has('Verb') && ORG_CUES.has(words[to].folded) && to > from;
  if (initialKind && !(known[0]?.from === from) && !(initialKind === 'common' && endsInCue && to > from) && !verbOpensName && !(initialKind === 'common' && givenNameBeforeRole(words, from, to))) {
    from++;
    while (from <= to && !words[from].cap) from++;
    if (from > to) return;
  }

  const whole = known.find((k) => k.from === from && k.to === to);
  if (whole) {
    out.push(knownOccurrence(text, unit, whole, heading));
    return;
  }
  if (!heading && placeNamedReporter(words, from, to, known)) {
    // "USA Today reported", "Afghanistan National Radio and TV earlier reported": what reports,
    // named by a place and more capitalised words, is one outlet or body, the place part of its name.
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }
  const city = heading ? undefined : worldPlaceRun(words, from, to);
  if (city) {
    const occ = makeOccurrence(text, unit, from, to);
    // A name compromise knows as a person's (Victoria, Jackson) needs context to be the place.
    const personal = (from === to && words[from].tags.has('Person')) || words[from].tags.has('FirstName');
    occ.evidence.place += personal ? WEIGHT.tagSingle : WEIGHT.ambiguousPlace;
    out.push(occ);
    return;
  }

  if (heading) {
    // A well-known body's acronym alone on a line is known there as in prose: a wire agency's
    // credit ("AFP", "AP" over the dateline).
    const acronym = from === to && known.length === 0 && words[from].acronym ? knownAcronym(makeOccurrence(text, unit, from, to)) : undefined;
    if (acronym) {
      out.push(acronym);
      return;
    }
    // Headings are written in title case: only known names count there; other runs are kept
    // without evidence so that names established in the body can still be recognised.
    for (const k of known) {
      if (k.place?.ambiguous) continue;
      out.push(knownOccurrence(text, unit, k, heading));
    }
    pushPlainParts(text, unit, from, to, known, out);
    return;
  }

  // A run that ends in a title ("Kelso State Governor, Abba Yusuf,"): the title names no one
  // itself; what stands before it is read as before a title inside a run.
  const last = words[to];
  if (to > from && FORMAL_TITLES.has(last.folded) && !last.possessive && !ORG_CUES.has(last.folded) && !last.tags.has('Person') && !last.tags.has('FirstName') && !last.tags.has('LastName')) {
    analysePrefix(text, unit, from, to, known, out);
    return;
  }

  // A title inside the run: "Thai Prime Minister Paetongtarn Shinawatra".
  let h = -1;
  for (let k = to - 1; k >= from; k--) if (isRoleHead(words, k, true)) { h = k; break; }
  if (h >= 0) {
    let core = h + 1;
    while (core <= to && (isRoleWord(words, core) || !words[core].cap || occupationInTitle(words, core, to))) core++;
    const coreKnown = known.find((k) => k.from === core && k.to === to);
    const coreEndsInCue = ORG_CUES.has(words[to].folded) || GEO_FEATURES.has(words[to].folded);
    // "Secretary General of Amnesty International": the title is a role of the organisation after "of".
    const ofPhrase = core > h + 1 && words.slice(h + 1, core).some((w) => !w.cap);
    // "President of the Tarsi Velor Mandal": what a title is "of the" is never a person, unless a
    // personal or known name follows ("Secretary of the Interior Deb Haaland").
    const ofThe = ofPhrase && words.slice(h + 1, core).some((w) => w.folded === 'the' && !w.cap) &&
      !words.slice(core, to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName')) && !known.some((k) => k.to >= core);
    if (core <= to && (coreKnown || (coreEndsInCue && ofPhrase) || ofThe)) {
      analysePrefix(text, unit, from, h, known, out);
      out.push(knownOr(text, unit, known, core, to, heading, 'organisation', WEIGHT.cue));
      return;
    }
    // An honorific ("Mr", "Dr") names a person whatever compromise made of the name ("Mr Ristan’s office").
    const honorific = HONORIFICS.has(words[h].folded.replace(/\.$/, ''));
    if (core <= to && !coreEndsInCue && (honorific || !(words[core].tags.has('Organization') && !words[core].tags.has('Person')))) {
      analysePrefix(text, unit, from, h, known, out);
      // "Pope Francis", "King Charles", "Pope Leo XIV": a one-word name, perhaps numbered, keeps its regnal title.
      const regnal = core === h + 1 && (core === to || (core + 1 === to && isRegnalNumeral(words[to]))) && REGNAL_TITLES.has(words[h].folded);
      const occ = makeOccurrence(text, unit, regnal ? h : core, to);
      if (regnal) occ.evidence.person += WEIGHT.cue;
      occ.titled = true;
      occ.titleHead = h;
      out.push(occ);
      return;
    }
  }

  // An organisation word ends the run, or starts it before "of": "Amnesty International", "Bank of Thailand".
  const cueAt = words.slice(from, to + 1).findIndex((w, k) => ORG_CUES.has(w.folded) && (from + k === to || (words[from + k + 1] && !words[from + k + 1].cap)));
  if (cueAt >= 0 && from < to) {
    const c = from + cueAt;
    // "Gulf Meridian Capital of Abu Dhabi": a name of its own before the organisation word, then
    // "of" and a plain name — the seat, not part of the name ("Bank of Thailand", "National Bank of
    // Greece" keep theirs: at most one word, or only modifiers, before the organisation word).
    const seat = c + 2;
    const ownName = words.slice(from, c).some((w, k) => !isRoleWord(words, from + k) && !GEO_FIRST_WORDS.has(w.folded));
    // A country after "of" stays in the name: "United Socialist Party of Venezuela".
    const seatIsCountry = placeByWords(words.slice(seat, to + 1).flatMap((w) => w.folded.split(/[\s\-‐‑]+/)))?.kind === 'country';
    // "the Velmora Institute of Health Sciences": an institute's "of" names its field, not its seat.
    const field = FIELD_ORG_CUES.has(words[c].folded);
    if (c - from >= 2 && ownName && !seatIsCountry && !field && words[c + 1]?.folded === 'of' && seat <= to && words.slice(seat, to + 1).every((w) => w.cap && !ORG_CUES.has(w.folded))) {
      const org = makeOccurrence(text, unit, from, c);
      org.evidence.organisation += WEIGHT.cue;
      out.push(org);
      out.push(knownOr(text, unit, known, seat, to, heading, 'place', WEIGHT.preposition));
      return;
    }
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }

  // "the Ohio House": a state or province and a chamber word name its legislative chamber.
  if (to === from + 1 && CHAMBER_WORDS.has(words[to].folded) && !words[from].possessive && worldPlaceByWords([words[from].folded])?.kind === 'subdivision') {
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }

  // "the House of Commons", "the House of Councillors": a chamber word opening a name before "of"
  // names a legislative chamber (compromise reads some as places).
  if (to >= from + 2 && CHAMBER_WORDS.has(words[from].folded) && words[from + 1].folded === 'of' && !words[from + 1].cap && words[to].cap && !words[to].possessive) {
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }

  // A legal form or broadcaster first: "PT Dana Kilat Nusantara", "Radio Uno".
  if (to > from && ORG_PREFIXES.has(words[from].folded)) {
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }

  // A geographic feature: "Mekong River", "South China Sea", "Gulf of Thailand".
  // The geographic word ends the name, opens it ("Lake Naivasha"), or comes before "of" ("Gulf of
  // Thailand"); in the middle of a name it is something else ("The Straits Ledger").
  const geoAt = (k: number) => words[k].cap && GEO_FEATURES.has(words[k].folded) && !PLACE_WORDS_NEEDING_NAME.has(words[k].folded);
  const geographic = to > from && (geoAt(to) || (GEO_FIRST_WORDS.has(words[from].folded) && words[from].cap) ||
    words.slice(from, to).some((w, k) => geoAt(from + k) && words[from + k + 1]?.folded === 'of'));
  if (geographic) {
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.place += WEIGHT.cue;
    out.push(occ);
    return;
  }

  // "in Pacific Heights", "of the Kenya Highlands": a known place and a name after it,
  // after a place preposition or "of", is one place, a part of the first or named after it.
  if (placeAfterKnownPlace(words, from, to, known)) {
    const occ = makeOccurrence(text, unit, from, to);
    occ.evidence.place += WEIGHT.cue;
    out.push(occ);
    return;
  }
  if (known.length > 0) {
    // "the Syrian Red Crescent", "Nepal Red Cross": a demonym or a country before a federation's
    // name names its national society, an organisation of its own.
    const societyAt = (k: { from: number; organisation?: string }) => {
      const b = k.from - 1;
      return k.organisation !== undefined && b >= from && NATIONAL_SOCIETIES.has(fold(k.organisation)) && !words[b].possessive && joinsNext(words[b], words[k.from]) &&
        (demonymAt(words, b) !== undefined || placeByWords([words[b].folded])?.kind === 'country');
    };
    // "BBC Urdu", "CNN Brasil", "BBC Africa": a well-known outlet's name, then a word of one of
    // its editions or a world region, in one run, names that edition.
    const editionEnd = (k: { to: number; organisation?: string }) => {
      const next = words[k.to + 1];
      if (k.organisation === undefined || k.to + 1 > to || !next.cap || words[k.to].possessive || !joinsNext(words[k.to], next)) return -1;
      if (OUTLET_EDITIONS.has(next.folded)) return k.to + 1;
      const place = known.find((p) => p.from === k.to + 1 && p.place);
      return place && place.place!.kind === 'region' && place.to === to ? place.to : -1;
    };
    // A society or an edition is an organisation named by its words as written (`asWritten`).
    const named = known
      .map((k) => {
        if (societyAt(k)) return { from: k.from - 1, to: k.to, asWritten: true };
        const end = editionEnd(k);
        return end >= 0 ? { from: k.from, to: end, asWritten: true, edition: true } : k;
      })
      // The region an edition is named for is part of its name, no place of the article's.
      .filter((k, _, all) => !all.some((o) => o !== k && 'edition' in o && o.from <= k.from && o.to >= k.to));
    for (const k of named) {
      if (!('asWritten' in k)) {
        out.push(knownOccurrence(text, unit, k, heading));
        continue;
      }
      const occ = makeOccurrence(text, unit, k.from, k.to);
      occ.evidence.organisation += WEIGHT.table;
      out.push(occ);
    }
    pushPlainParts(text, unit, from, to, named, out);
    return;
  }

  // compromise knows the organisation at the start of a longer run ("Interpol Red Notice"); one
  // word before a personal name compromise knows is a given name ("Abba Yusuf"), not a band.
  const personal = (w: Word) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName');
  if (words[from].tags.has('Organization') && !demonymAt(words, from)) {
    let end = from;
    while (end < to && words[end + 1].tags.has('Organization')) end++;
    if (end < to && !(end === from && !words[from].acronym && personal(words[end + 1]) && !words[end + 1].tags.has('Organization'))) {
      const occ = makeOccurrence(text, unit, from, end);
      occ.evidence.organisation += WEIGHT.tagOrganisation;
      out.push(occ);
      out.push(makeOccurrence(text, unit, end + 1, to));
      return;
    }
  }

  // Leading demonyms are adjectives, not names: "Cambodian Kok An", "Sri Lankan technicians".
  for (;;) {
    if (from + 1 <= to && demonymOfTwo(words, from) && !words[from + 1].possessive) {
      if (from + 1 === to) return;
      from += 2;
    } else if (from < to && demonymAt(words, from) && !words[from].possessive) from++;
    else break;
  }
  if (from === to && demonymAt(words, from)) return;
  out.push(plainOccurrence(text, unit, from, to));
}


/**
 * Whether the run words[from..to] opens with a known place, goes on with capitalised words that
 * are no known name, title or personal name, and is the subject of "report" ("USA Today
 * reported", "Kenya Power has reported") or follows "according to".
 */
function placeNamedReporter(words: readonly Word[], from: number, to: number, known: readonly { from: number; to: number; place?: PlaceEntry }[]): boolean {
  if (known.length !== 1 || known[0].from !== from || !known[0].place || known[0].place.ambiguous || known[0].to >= to) return false;
  const rest = words.slice(known[0].to + 1, to + 1);
  if (words.slice(from, to).some((w) => w.possessive) || rest.some((w, k) => (w.cap && (isRoleWord(words, known[0].to + 1 + k) || w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'))) || w.acronym && w.text.length > 3)) return false;
  if (!rest.some((w) => w.cap)) return false;
  let k = to + 1;
  while (k < words.length && joinsNext(words[k - 1], words[k]) && (words[k].folded === 'has' || words[k].folded === 'had' || words[k].folded === 'also' || (words[k].tags.has('Adverb') && !words[k].cap))) k++;
  const reports = words[k] !== undefined && joinsNext(words[k - 1], words[k]) && REPORTING_VERBS.has(words[k].folded);
  const accordingTo = from >= 2 && words[from - 1].folded === 'to' && words[from - 2].folded === 'according' && joinsNext(words[from - 1], words[from]);
  return reports || accordingTo;
}

/** Whether words[from..to] are a known place and one or two plain capitalised words, after a place preposition or "of" ("the" between allowed). */
function placeAfterKnownPlace(words: readonly Word[], from: number, to: number, known: readonly { from: number; to: number; place?: PlaceEntry }[]): boolean {
  if (known.length !== 1 || known[0].from !== from || !known[0].place || known[0].place.ambiguous || known[0].to >= to || to - known[0].to > 2) return false;
  const rest = words.slice(known[0].to + 1, to + 1);
  if (rest.some((w) => !w.cap || w.initial || w.acronym || FUNCTION_WORDS.has(w.folded) || ORG_CUES.has(w.folded) || isRoleWord(words, words.indexOf(w)) || w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Organization') || w.tags.has('Verb'))) return false;
  if (words.slice(from, to).some((w) => w.possessive)) return false;
  let k = from - 1;
  if (words[k]?.folded === 'the' && !words[k].cap) k--;
  const lead = words[k];
  if (!lead || lead.cap || !joinsNext(lead, words[k + 1]) || !(PLACE_PREPOSITIONS.has(lead.folded) || lead.folded === 'of')) return false;
  const after = words[to + 1];
  return !after || !joinsNext(words[to], after) || !after.cap;
}

/**
 * "Idris Velkan, director of…": a first word compromise reads as a plural, a proper name after it,
 * then a comma and a role noun within three words: a given name and a family name, not a common
 * noun written first ("Engineers had warned").
 */
function givenNameBeforeRole(words: readonly Word[], from: number, to: number): boolean {
  const name = words[to];
  if (to !== from + 1 || !name.tags.has('ProperNoun') || name.acronym || ORG_CUES.has(name.folded) || GEO_FEATURES.has(name.folded) || !/^,\s+$/.test(name.post)) return false;
  for (let k = to + 1; k < Math.min(words.length, to + 4); k++) {
    const w = words[k];
    if (w.cap) return false;
    if (ROLE_HEADS.has(w.folded)) return true;
  }
  return false;
}

/**
 * "Chief Meteorologist Tomas Reyvik", "Senior Economist Lena Voss": a role noun written with a
 * capital after a title is part of the title when a full name of two or more words follows it
 * (a given name that is also a role noun, "Minister Dean Smith", is the name's).
 */
function occupationInTitle(words: readonly Word[], k: number, to: number): boolean {
  const w = words[k];
  return w.cap && ROLE_HEADS.has(w.folded) && to - k >= 2 && !w.tags.has('FirstName') && !w.tags.has('LastName') && !w.possessive;
}

/**
 * A city or province (./worldPlaces.ts) named by the whole run words[from..to]. A sentence-initial
 * word that compromise reads as anything but a name ("Split decisions", "Reading the report") is
 * not one.
 */
function worldPlaceRun(words: readonly Word[], from: number, to: number): WorldPlace | undefined {
  if (to - from + 1 > LONGEST_WORLD_PLACE) return undefined;
  const first = words[from];
  // A dateline in capitals ("KATHMANDU:") is a name whatever compromise made of it.
  const dateline = first.acronym && first.text.length >= 4;
  // So is the label of a row of figures ("Kandy: 118 dead, 171 missing").
  if (first.initial && from === to && !first.tags.has('ProperNoun') && !first.tags.has('Place') && !dateline && !labelsRow(words, from)) return undefined;
  if (words.slice(from, to + 1).some((w) => w.possessive && w !== words[to])) return undefined;
  // A word compromise knows as a company and not as a place ("Honda", "Cadillac") is the company.
  if (from === to && first.tags.has('Organization') && !first.tags.has('Place') && !dateline) return undefined;
  return worldPlaceByWords(words.slice(from, to + 1).flatMap((w) => w.folded.split(/[\s\-‐‑]+/)));
}

/** The table's occurrence for exactly [from, to], else a new one with `weight` of evidence for `kind`. */
function knownOr(
  text: string, unit: Unit, known: readonly { from: number; to: number; place?: PlaceEntry; organisation?: string }[],
  from: number, to: number, heading: boolean, kind: ActorKind, weight: number,
): Occurrence {
  const k = known.find((x) => x.from === from && x.to === to);
  if (k) return knownOccurrence(text, unit, k, heading);
  const occ = makeOccurrence(text, unit, from, to);
  occ.evidence[kind] += weight;
  return occ;
}

function knownOccurrence(text: string, unit: Unit, k: { from: number; to: number; place?: PlaceEntry; organisation?: string }, heading: boolean): Occurrence {
  const occ = makeOccurrence(text, unit, k.from, k.to);
  if (k.place) {
    occ.evidence.place += k.place.ambiguous ? WEIGHT.ambiguousPlace : WEIGHT.table;
    occ.canonical = k.place.name;
    occ.key = fold(k.place.name);
  } else if (k.organisation) {
    occ.evidence.organisation += WEIGHT.table;
    occ.canonical = k.organisation;
  }
  if (heading && k.place?.ambiguous) occ.evidence.place = 0;
  return occ;
}

/** The words of a run not covered by known names, as occurrences without evidence. */
function pushPlainParts(text: string, unit: Unit, from: number, to: number, known: { from: number; to: number }[], out: Occurrence[]): void {
  let k = from;
  for (const kn of known) {
    if (kn.from > k) pushTrimmed(text, unit, k, kn.from - 1, out);
    k = kn.to + 1;
  }
  if (k <= to) pushTrimmed(text, unit, k, to, out);
}

function pushTrimmed(text: string, unit: Unit, from: number, to: number, out: Occurrence[]): void {
  const words = unit.words;
  while (from <= to && !words[from].cap) from++;
  while (to >= from && !words[to].cap) to--;
  if (from > to) return;
  const occ = makeOccurrence(text, unit, from, to);
  // "CARE International" before "PNG": a part that ends in an organisation word is one.
  if (to > from && ORG_CUES.has(words[to].folded) && unit.blockKind === 'paragraph') occ.evidence.organisation += WEIGHT.cue;
  out.push(occ);
}

/**
 * The part of a run before a title: "Amnesty International" in "Amnesty International Secretary
 * General Agnès Callamard", "Cambodian National Police" in "Cambodian National Police Chief X".
 * A place that opens it keeps its mention, and the words after it, up to an organisation word
 * ("Kelvo Air Force Squadron Leader X") or, with no such word, up to the title's own words
 * ("Texas Emergency Management Chief X"), name the place's body, as "Moscow court" does.
 */
function analysePrefix(text: string, unit: Unit, from: number, head: number, known: { from: number; to: number; place?: PlaceEntry; organisation?: string }[], out: Occurrence[]): void {
  const words = unit.words;
  let cue = -1;
  for (let k = head; k >= from; k--) if (ORG_CUES.has(words[k].folded) && !isRoleHead(words, k, true)) { cue = k; break; }
  const inPrefix = known.filter((k) => k.from >= from && k.to < head);
  for (const k of inPrefix) out.push(knownOccurrence(text, unit, k, false));
  if (inPrefix.length > 0) {
    const place = inPrefix[0];
    if (inPrefix.length === 1 && place.from === from && place.place && cue > place.to) out.push(bodyOfPlace(text, unit, place.to + 1, cue, place.place.name, out[out.length - 1]));
    return;
  }
  if (cue >= 0) {
    if (cue === from && GENERIC_ORG_NAMES.has(words[from].folded)) return;
    const occ = makeOccurrence(text, unit, from, cue);
    occ.evidence.organisation += WEIGHT.cue;
    out.push(occ);
    return;
  }
  // No organisation word: the words before the title's own ("Deputy Secretary", "Chief") are a
  // city or province of the world data, perhaps followed by its body's name.
  let end = head - 1;
  // A unit of administration stays with its place ("Velmora State Governor", "Kelso County Sheriff").
  while (end >= from && isRoleWord(words, end) && !PLACE_UNIT_NOUNS.has(words[end].folded)) end--;
  // "FBI Director X", "the UN Human Rights Chief, X": an acronym alone before the title's words
  // is read as acronyms are anywhere (a well-known body, or one that acts as a body).
  if (end === from && words[from].acronym) {
    out.push(plainOccurrence(text, unit, from, from));
    return;
  }
  if (end < from || words.slice(from, end + 1).some((w, k) => !w.cap || (w.possessive && from + k < end))) return;
  for (let len = Math.min(LONGEST_WORLD_PLACE, end - from + 1); len >= 1; len--) {
    const rest = words.slice(from + len, end + 1);
    // A place alone before the title must be a name compromise does not read as a company's
    // ("Toyota CEO X"); before a body's name it reads the whole as one ("Texas Emergency Management").
    const place = rest.length === 0 ? worldPlaceRun(words, from, end) : worldPlaceByWords(words.slice(from, from + len).flatMap((w) => w.folded.split(/[\s\-‐‑]+/)));
    if (!place) continue;
    // "Velmora State Governor X": a unit of administration after the place names the place with it.
    if (rest.length === 1 && (ADMINISTRATIVE_UNITS.has(rest[0].folded) || PLACE_UNIT_NOUNS.has(rest[0].folded))) {
      const occ = makeOccurrence(text, unit, from, end);
      occ.evidence.place += WEIGHT.ambiguousPlace;
      out.push(occ);
      return;
    }
    const body = rest.length > 0 && rest.every((w) => !w.acronym && !w.possessive && !FUNCTION_WORDS.has(w.folded) && !w.tags.has('Person') && !w.tags.has('FirstName') && !w.tags.has('Place'));
    if (rest.length > 0 && !body) return;
    const occ = makeOccurrence(text, unit, from, from + len - 1);
    occ.evidence.place += WEIGHT.ambiguousPlace;
    out.push(occ);
    if (body) out.push(bodyOfPlace(text, unit, from + len, end, occ.text, occ));
    return;
  }
}

/** The body a place names before a title ("Texas" + "Emergency Management"): an organisation named with the place. */
function bodyOfPlace(text: string, unit: Unit, from: number, to: number, owner: string, ownerOcc: Occurrence): Occurrence {
  const occ = makeOccurrence(text, unit, from, to);
  return namedBody(occ, `${owner} ${occ.text}`, ownerOcc);
}



/**
 * A one-word occurrence that is a well-known body's acronym ("UN", "AFP"): the body, with its full
 * name as canonical; undefined (and the occurrence untouched) otherwise.
 */
function knownAcronym(occ: Occurrence): Occurrence | undefined {
  const w = occ.unit.words[occ.from];
  const full = w.acronym ? expandAcronym(w.text) : undefined;
  if (!full) return undefined;
  occ.evidence.organisation += WEIGHT.table;
  occ.canonical = full;
  occ.acronym = w.text;
  return occ;
}

/**
 * An acronym the article never spells out, read as an organisation only where it acts like one:
 * "the EFCC" before a verb, "EFCC officers", "a CITES official", "the EFCC said", and as the source
 * of what is reported: "KVRN reported", "IOM estimated", "according to AEMV", "per AEMV" (people
 * are not written in capitals, and a place so written is in the gazetteer).
 */
function unknownAcronymActsAsBody(words: readonly Word[], i: number): boolean {
  const letters = words[i].text.replace(/[.\s]/g, '');
  if (letters.length < 3 || letters.length > 6 || NOT_BODIES.has(letters.toLowerCase()) || !/^\p{Lu}+$/u.test(letters)) return false;
  const next = words[i + 1];
  // "a CITES official", "the EFCC said".
  if (next && joinsNext(words[i], next) && (BODY_NOUNS.has(next.folded) || SPEECH_VERBS.has(next.folded))) return true;
  const prev = words[i - 1];
  if (prev !== undefined && prev.folded === 'the' && joinsNext(prev, words[i]) && next !== undefined && joinsNext(words[i], next) && (next.tags.has('Verb') || next.folded === 'has' || next.folded === 'was')) return true;
  // "DMK's former minister", "the ANC's spokesman": a body whose officials or members are named.
  if (words[i].possessive) {
    let k = i + 1;
    while (k < words.length && k <= i + 2 && words[k].tags.has('Adjective') && !words[k].cap) k++;
    return words[k] !== undefined && !words[k].cap && (BODY_NOUNS.has(words[k].folded) || isRoleWord(words, k));
  }
  // "members of CAPSAT", "a spokesman for the NDMA": the body someone belongs to or speaks for.
  const ofAt = prev?.folded === 'the' && !prev.cap ? i - 2 : i - 1;
  const of = words[ofAt];
  const holder = words[ofAt - 1];
  if (of && holder && (of.folded === 'of' || of.folded === 'for') && !of.cap && joinsNext(of, words[ofAt + 1]) && joinsNext(holder, of) && (!holder.cap || holder.initial) && BODY_NOUNS.has(holder.folded)) return true;
  // "…, said KVRN.": the source named after a verb of saying at the end of its clause.
  const said = words[i - 1];
  if (said && !said.cap && CLOSING_SOURCE_VERBS.has(said.folded) && joinsNext(said, words[i]) && (i === words.length - 1 || /^[,.;:]/.test(words[i].post.trim()))) return true;
  // "KVRN reported", "IOM has estimated": the subject of a verb of saying or reporting.
  let k = i + 1;
  while (k < words.length && joinsNext(words[k - 1], words[k]) && (words[k].folded === 'has' || words[k].folded === 'had' || words[k].folded === 'also')) k++;
  if (words[k] && joinsNext(words[k - 1], words[k]) && SAYING_VERBS.has(words[k].folded)) return true;
  // "according to (the) AEMV", "per AEMV": the source a figure is attributed to.
  const lead = prev?.folded === 'the' && !prev.cap ? i - 2 : i - 1;
  const source = words[lead];
  if (!source || !joinsNext(source, words[lead + 1])) return false;
  return (source.folded === 'per' && !source.cap) || (source.folded === 'to' && words[lead - 1]?.folded === 'according' && joinsNext(words[lead - 1], source));
}

/** A run with no table entry, title or organisation word: its evidence comes from tags and context. */
function plainOccurrence(text: string, unit: Unit, from: number, to: number): Occurrence {
  const words = unit.words;
  const occ = makeOccurrence(text, unit, from, to);
  const run = words.slice(from, to + 1);
  const single = from === to;
  // "Congress approved the aid", "outside Parliament", "a Cabinet meeting": a legislature or a
  // cabinet written with a capital and alone is the country's own.
  if (single && INSTITUTION_NAMES.has(words[from].folded)) {
    occ.evidence.organisation += WEIGHT.cue;
    return occ;
  }
  // "Office", "the Herald" alone name no particular organisation.
  if (single && (GENERIC_ORG_NAMES.has(words[from].folded) || ORG_CUES.has(words[from].folded) || LEGAL_FORMS.has(words[from].folded.replace(/\.$/, '')))) return occ;
  if (single && words[from].acronym) {
    if (knownAcronym(occ)) return occ;
    if (unknownAcronymActsAsBody(words, from) && unit.blockKind === 'paragraph') {
      // "the EFCC said", "a CITES official": an acronym used as a body that acts or employs.
      occ.evidence.organisation += WEIGHT.cue;
      occ.acronym = words[from].text;
    }
    return occ;
  }
  // "BenarNews", "UnitedHealth", "BlackCat": a capital inside a word is a brand's, not a person's
  // (Mc-, Mac- and two-letter particles such as "DeSantis" aside).
  // Three humps or more ("GoFundMe") make a brand whatever the length of the first.
  const camel = (w: Word) => (/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(w.text) && !/^Ma?c/.test(w.text)) || /^(?:\p{Lu}\p{Ll}+){3,}$/u.test(w.text);
  if (run.length <= 3 && run.some(camel) && !run.some((w) => w.tags.has('Person') && !camel(w))) {
    occ.evidence.organisation += WEIGHT.cue;
    return occ;
  }
  // "Southern Ontario Edison": a name that opens with a region or a country compromise knows
  // (and no given name) is no person's, whatever its last word.
  const placeFirst = run.length >= 2 && (run[0].tags.has('Region') || run[0].tags.has('Country')) && !run[0].tags.has('FirstName') && !run[0].tags.has('Person');
  if (run.some((w) => w.tags.has('Person') && !w.tags.has('Place')) && !placeFirst) {
    occ.evidence.person += single ? (words[from].initial ? 0 : WEIGHT.tagSingle) : WEIGHT.tagPerson;
  }
  const last = words[to];
  if (run.every((w) => w.tags.has('Place')) || last.tags.has('City') || last.tags.has('Country')) {
    occ.evidence.place += single && words[from].initial ? WEIGHT.tagSingle : WEIGHT.tagPlace;
  }
  if (run.some((w) => w.tags.has('Organization') && !demonymAt(words, from))) {
    // compromise reads many a capitalised first word as an organisation ("Quyết’s company").
    occ.evidence.organisation += single && words[from].initial ? WEIGHT.tagSingle : WEIGHT.tagOrganisation;
  }
  return occ;
}
