/**
 * Evidence from the words around an occurrence: lists that hold a known place ("across Phnom
 * Penh, Sihanoukville, Kratie, Pursat, and Poipet"), "provinces, including X and Y", "in X",
 * "X province", "the X cartel", a verb of saying next to a name, an owner’s relatives listed after
 * a dash ("Kok An’s children—A, B, and C"), and an acronym declared in brackets after a name.
 */
import { makeOccurrence, WEIGHT, type Occurrence } from './occurrences';
import { isRoleNoun } from './roles';
import {
  CREDIT_WORDS, PEOPLE_ADJECTIVES, FUNCTION_WORDS, STAFF_NOUNS_AFTER_NAME, MODIFIED_OUTLET_NOUNS, ROUTE_NOUNS, TOLL_ROW_WORDS, NEWSROOM_NOUNS, OUTLET_MODIFIERS, REPORTING_VERBS, SPEAKING_TO_VERBS, STATEMENT_NOUNS, TELLING_VERBS, GENERIC_ORG_NAMES, LISTING_VERBS, NUMBERED_PLACE_NOUNS, GEO_FEATURES, MASTHEAD_WORDS, ORG_CUES, PLACE_WORDS_NEEDING_NAME, PUBLICATION_PHRASES, REGION_NOUNS, RESIDENT_NOUNS, GROUP_NAMING_NOUNS, NAMING_PHRASES, ORG_OFFICER_HEADS, PERSON_NOUNS, PERSON_OF_NOUNS, ARMED_GROUP_NOUNS, STAKE_NOUNS, ORG_APPOSITIVE_HEADS, ORG_NOUNS_AFTER_NAME, OUTLET_NOUNS_AFTER_NAME, PARTY_NOUNS_AFTER_NAME, ROLE_MODIFIERS, PLACE_APPOSITIVE_HEADS, PLACE_OF_NOUNS, PLACE_CATEGORY_NOUNS, PLACE_PREPOSITIONS, NEARNESS_WORDS, PLACE_UNIT_NOUNS, POSTING_WORDS, RELATION_NOUNS, ROLE_HEADS, PUBLISHING_NOUNS, SAYING_VERBS, SPEECH_VERBS, SPOKES_NOUNS,
} from '../lexicon';
import { fold, foldWords } from './fold';
import { demonymAt } from './runs';
import { placeByName, placeByWords } from './gazetteer';
import { actorKey } from './identity';
import { isFunctionWord, joinsNext, labelsRow, type Unit, type Word } from './words';
import { worldPlaceByWords } from './worldPlaces';

/** ", ", ", and ", " and ", " or ", each perhaps followed by "the" ("the FSB, the Investigative Committee, and the Rosgvardiya"). */
const LIST_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:the\s+)?$/;

/** Groups occurrences of one unit into lists joined by commas and "and"/"or". */
export function findLists(text: string, occurrences: readonly Occurrence[]): Occurrence[][] {
  const lists: Occurrence[][] = [];
  let current: Occurrence[] = [];
  // "South Africa’s Cyril Ramaphosa and Guinea-Bissau’s Umaro Embaló": an owner in the possessive
  // right before a name is no member; the name it owns takes its place in the list.
  let ownerStart: number | undefined;
  for (let k = 0; k < occurrences.length; k++) {
    const occ = occurrences[k];
    const owned = occurrences[k + 1];
    const start = ownerStart ?? occ.span.start;
    ownerStart = undefined;
    const previous = current[current.length - 1];
    if (occ.possessive && owned && /^['’]s?\s+$/.test(text.slice(occ.span.end, owned.span.start)) && previous && !previous.possessive && LIST_SEPARATOR.test(text.slice(previous.span.end, start))) {
      ownerStart = start;
      continue;
    }
    if (previous && !previous.possessive && LIST_SEPARATOR.test(text.slice(previous.span.end, start))) {
      // "In Europe, Lufthansa, Eurowings, and SAS were affected": a place in the sentence's opening
      // phrase, set off by a comma before an organisation, is no member of the list that follows
      // it ("In Paiporta, Catarroja and Alfafar, …" is one list of places).
      if (current.length === 1 && openingPhrase(previous) && previous.evidence.place > 0 && occ.evidence.organisation >= WEIGHT.cue && /^,\s*$/.test(text.slice(previous.span.end, start))) {
        current = [occ];
        continue;
      }
      current.push(occ);
      continue;
    }
    if (isList(text, current)) lists.push(current);
    current = [occ];
  }
  if (isList(text, current)) lists.push(current);
  return lists;
}

/** A name that ends a sentence's opening preposition phrase: "In Europe," (the preposition is the sentence's first word). */
function openingPhrase(o: Occurrence): boolean {
  const words = o.unit.words;
  return o.from === 1 && words[0].tags.has('Preposition') && !o.possessive && o.unit.blockKind === 'paragraph';
}

/** Two names with only a comma between are a name and an appositive ("in Papua New Guinea, Serhan Aktoprak, said"), not a list. */
function isList(text: string, members: readonly Occurrence[]): boolean {
  if (members.length < 2) return false;
  if (members.length > 2) return true;
  return /\b(?:and|or)\b/.test(text.slice(members[0].span.end, members[1].span.start));
}

/**
 * A list of names after a plural role noun: "judges Emeka Nwosu and Halima Bello", "the other two
 * judges on the panel, Emeka Nwosu and Halima Bello,". Each name is a person; the plural is no
 * one's role.
 */
export function personListCues(list: readonly Occurrence[]): boolean {
  const first = list[0];
  const words = first.unit.words;
  let k = first.from - 1;
  if (k < 0) return false;
  // "The victims were X and Y", "Those arrested include X and Y": a plural of people, or "those"
  // and a participle, then a verb that lists.
  if (LISTING_VERBS.has(words[k].folded) && joinsNext(words[k], words[first.from]) && k >= 1 && joinsNext(words[k - 1], words[k])) {
    const w = words[k - 1];
    const those = w.tags.has('Verb') && !w.cap && words[k - 2]?.folded === 'those' && joinsNext(words[k - 2], w);
    // "The dead include X and Y": an adjective of people after "the" stands for them.
    const theDead = !w.cap && PEOPLE_ADJECTIVES.has(w.folded) && words[k - 2]?.folded === 'the' && joinsNext(words[k - 2], w);
    if (!those && !theDead && !isPluralRole(w)) return false;
    for (const o of list) if (personalListMember(o)) o.evidence.person += WEIGHT.cue;
    return true;
  }
  const comma = /^,\s+$/.test(words[k].post);
  if (!comma && !joinsNext(words[k], words[first.from])) return false;
  for (let n = 0; k >= 0 && n < 4; n++, k--) {
    const w = words[k];
    if (k < first.from - 1 && !joinsNext(w, words[k + 1])) return false;
    if ((w.cap && !w.initial) || occAtWord(list, k)) return false;
    if (isPluralRole(w)) break;
    // Only a short prepositional phrase may stand between the plural and the names ("on the panel").
    if (!comma || (!w.tags.has('Preposition') && !w.tags.has('Determiner') && !w.tags.has('Noun'))) return false;
  }
  if (k < 0 || !isPluralRole(words[k])) return false;
  for (const o of list) if (personalListMember(o)) o.evidence.person += WEIGHT.cue;
  return true;
}

/**
 * A member of a list of people: nothing known of it, and no acronym alone ("brokers Halden Re and
 * KMS"). A name of two words or more that only looks like a street's ("Spencer Lane") is a person
 * there; a place of the tables or the world data is not.
 */
function personalListMember(o: Occurrence): boolean {
  if (o.from === o.to && o.unit.words[o.from].acronym) return false;
  if (o.canonical !== undefined || o.evidence.group > 0 || o.evidence.organisation > 0) return false;
  return o.evidence.place === 0 || (o.to > o.from && o.evidence.place <= WEIGHT.cue && !worldPlaceByWords(foldWords(o.text)));
}

function occAtWord(list: readonly Occurrence[], k: number): boolean {
  return list.some((o) => o.from <= k && k <= o.to);
}

/**
 * "judges", "lawyers", "officials": the plural of a role noun; "skaters", "passengers": the plural
 * of a noun of people by what they do (-er, -or, -ist), or of a noun for a person ("women").
 */
function isPluralRole(w: Word): boolean {
  if ((w.cap && !w.initial) || !/s$/.test(w.folded)) return false;
  const singular = w.folded.endsWith('es') && ROLE_HEADS.has(w.folded.slice(0, -2)) ? w.folded.slice(0, -2) : w.folded.slice(0, -1);
  if (ROLE_HEADS.has(singular) || PERSON_NOUNS.has(singular)) return true;
  return w.tags.has('Plural') && /(?:[^e]er|or|ist|ian)$/.test(singular) && singular.length >= 5;
}

function isStrongPlace(o: Occurrence): boolean {
  return o.evidence.place >= WEIGHT.tagPlace && o.evidence.person === 0 && o.evidence.organisation === 0;
}

/**
 * Lists of places, and lists introduced as places ("countries such as", "provinces, including").
 * `knownPlace` says whether an element is a place by what the whole article says about it (a
 * second pass after resolution: "Sihanoukville, Kampot and Kep … in Kep").
 */
export function placeListCues(list: readonly Occurrence[], knownPlace: (o: Occurrence) => boolean = isStrongPlace): void {
  const first = list[0];
  const words = first.unit.words;
  // "Tom Green and Williamson counties", "the Velk and Dorin rivers": a plural of a place noun
  // after the last name makes every name of the list a place of that kind.
  const final = list[list.length - 1];
  const plural = words[final.to + 1];
  if (plural && !plural.cap && joinsNext(words[final.to], plural) && isPluralPlaceNoun(plural) && list.every((o) => o.evidence.organisation === 0 && o.evidence.group === 0 && !o.possessive)) {
    for (const o of list) o.evidence.place += WEIGHT.cue;
    return;
  }
  // "Ingram and Hunt, two communities west of Kerrville": a number and a plural place noun set off
  // after the list describe its members.
  const count = words[final.to + 1];
  const described = words[final.to + 2];
  if (count && described && /^,\s+$/.test(words[final.to].post) && !count.cap && count.tags.has('Value') && !described.cap && joinsNext(count, described) && PLACE_CATEGORY_NOUNS.has(described.folded) &&
    list.every((o) => o.evidence.organisation === 0 && o.evidence.group === 0 && o.evidence.person < WEIGHT.cue && !o.possessive)) {
    for (const o of list) o.evidence.place += WEIGHT.cue;
    return;
  }
  const before = words.slice(Math.max(0, first.from - 6), first.from).map((w) => w.folded);
  const lead = before[before.length - 1];
  const lead2 = before.slice(-2).join(' ');
  const introducedAsPlaces =
    (lead === 'including' || lead2 === 'such as' || lead === 'like' || lead === 'namely' || lead === 'of') &&
    before.slice(0, -1).some((w) => PLACE_CATEGORY_NOUNS.has(w));
  if (introducedAsPlaces) {
    for (const o of list) if (o.evidence.group === 0) o.evidence.place += WEIGHT.cue;
    return;
  }
  // "two affected wards, Yambeli and Lapak": a plural place noun, a comma or colon, the names.
  const leadWord = words[first.from - 1];
  if (leadWord && !leadWord.cap && PLACE_CATEGORY_NOUNS.has(leadWord.folded) && /^\s*[,:]\s+$/.test(leadWord.post)) {
    for (const o of list) if (o.evidence.group === 0 && o.evidence.person === 0 && o.evidence.organisation === 0) o.evidence.place += WEIGHT.cue;
    return;
  }
  const placeOf = lead === 'of' && (PLACE_UNIT_NOUNS.has(before[before.length - 2] ?? '') || RESIDENT_NOUNS.has(before[before.length - 2] ?? ''));
  const prepositioned = lead !== undefined && (PLACE_PREPOSITIONS.has(lead) || lead === 'from' || lead === 'to' || lead === 'between' || placeOf);
  const known = list.filter(knownPlace).length;
  // "in Paiporta, Catarroja, Alfafar and Sedaví": a long list after a place preposition names
  // places when nothing in it says person or organisation.
  const unmarked = (o: Occurrence) => o.evidence.person === 0 && o.evidence.organisation === 0 && o.evidence.group === 0 && !o.possessive && o.canonical === undefined;
  // "areas opposite Velk, Dorin, Uri and Asta in Kerala": three names or more, of one word each,
  // listed before "in" and a known place are places within it, when nothing in them says
  // organisation and not all are people's names (people listed so mostly have two names).
  const last = list[list.length - 1];
  if (known === 0 && list.length >= 3 && inKnownPlace(words, last.to + 1) && list.every((o) => o.from === o.to && unmarked(o) && !organisationWord(o)) && !list.every(personalWords)) {
    for (const o of list) o.evidence.place += WEIGHT.list;
    return;
  }
  if (known === 0 && prepositioned && lead !== 'to' && lead !== 'from' && list.length >= 3 && list.every((o) => unmarked(o) || knownPlace(o))) {
    for (const o of list) if (!knownPlace(o)) o.evidence.place += WEIGHT.list;
    return;
  }
  // "treated in Velk and Dorin": two names of one word after a place preposition take its
  // evidence each, as one alone would ("treated in Velk"), when nothing in them says otherwise.
  if (known === 0 && list.length === 2 && PLACE_PREPOSITIONS.has(lead ?? '') && list.every((o) => o.from === o.to && unmarked(o) && !personalWords(o))) {
    for (const o of list) o.evidence.place += WEIGHT.preposition;
    return;
  }
  if (known === 0) return;
  if (list.length < 3 && !prepositioned) return;
  // A member compromise knows as an organisation ("Toyota, Honda and Nissan") stays one.
  for (const o of list) if (!knownPlace(o) && o.evidence.group === 0 && o.evidence.organisation < WEIGHT.tagOrganisation) o.evidence.place += WEIGHT.list;
}


/**
 * Whether words from `k` on are "in", perhaps one or two adjectives in lower case ("central",
 * "northern"), and a place of the gazetteer or the world data: "… in central Kerala".
 */
function inKnownPlace(words: readonly Word[], k: number): boolean {
  const preposition = words[k];
  if (!preposition || preposition.folded !== 'in' || preposition.cap || !joinsNext(words[k - 1], preposition)) return false;
  let at = k + 1;
  while (at < words.length && at - k <= 2 && !words[at].cap && words[at].tags.has('Adjective') && joinsNext(words[at - 1], words[at])) at++;
  if (!words[at]?.cap || !joinsNext(words[at - 1], words[at])) return false;
  const parts: string[] = [];
  for (let end = at; end < words.length && end - at < 3 && words[end].cap && (end === at || joinsNext(words[end - 1], words[end])); end++) {
    parts.push(...foldWords(words[end].text));
    if (placeByWords(parts) || worldPlaceByWords(parts)) return true;
    if (words[end].possessive) break;
  }
  return false;
}

/** A plural of a place noun or a geographic word: "counties", "villages", "rivers", "prisons". */
function isPluralPlaceNoun(w: Word): boolean {
  const f = w.folded;
  if (!/s$/.test(f) || !(PLACE_UNIT_NOUNS.has(f) || GEO_FEATURES.has(f))) return false;
  const singular = /ies$/.test(f) ? `${f.slice(0, -3)}y` : f.replace(/e?s$/, '');
  return [singular, f.slice(0, -1)].some((x) => x !== f && (PLACE_UNIT_NOUNS.has(x) || GEO_FEATURES.has(x)));
}

/** A word compromise knows as an organisation's, or an acronym, among the words of an occurrence. */
function organisationWord(o: Occurrence): boolean {
  return o.unit.words.slice(o.from, o.to + 1).some((w) => w.tags.has('Organization') || w.acronym);
}

/** A word compromise knows as a person's or an organisation's among the words of an occurrence ("Ravi", "Sharma"). */
function personalWords(o: Occurrence): boolean {
  return o.unit.words.slice(o.from, o.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName') || w.tags.has('Organization') || w.acronym);
}

/** Extends an occurrence over the words up to `to` ("Moscow" → "Moscow region"). */
function extendTo(text: string, occ: Occurrence, to: number): void {
  const last = occ.unit.words[to];
  occ.to = to;
  occ.span = { start: occ.span.start, end: last.end };
  occ.text = text.slice(occ.span.start, occ.span.end);
  occ.possessive = last.possessive;
}

/**
 * "Kandy: 118 dead, 171 missing", "Puttalam: 27 dead, 08 missing": a name that opens its line,
 * then a colon, figures and the words of a toll, is the place the row of a table counts.
 */
export function tollRowCue(occ: Occurrence): boolean {
  const words = occ.unit.words;
  if (occ.from !== 0 || !labelsRow(words, occ.to) || occ.possessive) return false;
  if (!words.slice(occ.to + 2, occ.to + 6).some((w) => !w.cap && TOLL_ROW_WORDS.has(w.folded))) return false;
  if (words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('FirstName') || w.tags.has('Honorific'))) return false;
  occ.evidence.place += WEIGHT.cue;
  return true;
}

/** "in X", "X province", "the X cartel", "X said", "said X". */
export function localCues(text: string, occ: Occurrence, inList: boolean): void {
  const words = occ.unit.words;
  const previous = words[occ.from - 1];
  const next = words[occ.to + 1];
  const joinedBefore = previous !== undefined && joinsNext(previous, words[occ.from]);
  const joinedAfter = next !== undefined && joinsNext(words[occ.to], next);

  if (tollRowCue(occ)) return;
  // "the Moscow region": a region named after a city is a place of its own, named with the noun
  // ("the Alentejo region" is just Alentejo).
  if (joinedAfter && !next.cap && REGION_NOUNS.has(next.folded) && !occ.possessive && worldPlaceByWords(foldWords(occ.text))?.kind === 'city') {
    extendTo(text, occ, occ.to + 1);
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "the M23 rebels", "Houthi fighters": the name of armed men's group, a name nothing else marks
  // (no known place, no people's adjective: "Syrian rebels" are no group's name).
  if (joinedAfter && !next.cap && ARMED_GROUP_NOUNS.has(next.folded) && !occ.possessive && unmarked(occ) && !demonymAt(words, occ.to) && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.group += WEIGHT.cue;
    return;
  }
  // "Yambali villagers held a funeral": the people of a place are a group.
  if (joinedAfter && !next.cap && RESIDENT_NOUNS.has(next.folded) && !occ.possessive && occ.evidence.person === 0 && occ.evidence.organisation === 0) {
    extendTo(text, occ, occ.to + 1);
    occ.evidence.group += WEIGHT.cue;
    return;
  }
  if (joinedAfter && !next.cap && PLACE_UNIT_NOUNS.has(next.folded)) {
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "the Tarun bridge", "the Velo waterfall": a name of no other kind before a geographic noun in
  // lower case names the feature, noun included, as "Tarun Bridge" would (a known place keeps its
  // own name: "the Kathmandu airport" is Kathmandu).
  // A route in lower case leads somewhere: "the Kelvor highway" is the road to Kelvor, not its name.
  // A plural after the last name of a list is the list's ("the Velk and Dorin rivers"), no part of that name.
  const feature = joinedAfter && !next.cap && GEO_FEATURES.has(next.folded) && !PLACE_WORDS_NEEDING_NAME.has(next.folded) && !ROUTE_NOUNS.has(next.folded) && !(inList && isPluralPlaceNoun(next));
  if (feature && !occ.possessive && occ.canonical === undefined && occ.evidence.person === 0 && occ.evidence.organisation === 0 && occ.evidence.group === 0 && !worldPlaceByWords(foldWords(occ.text))) {
    extendTo(text, occ, occ.to + 1);
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "Meruna, who had walked…": a name that "who" refers back to is a person's (a place never is;
  // an organisation rarely, and its own words weigh more).
  const who = words[occ.to + 1];
  if (who?.folded === 'who' && /^,\s+$/.test(words[occ.to].post) && !occ.possessive && occ.canonical === undefined && occ.evidence.place + occ.evidence.organisation + occ.evidence.group === 0 &&
    !words.slice(occ.from, occ.to + 1).some((w) => ORG_CUES.has(w.folded) || GEO_FEATURES.has(w.folded) || w.acronym) && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.person += WEIGHT.list;
  }
  // "62-year-old Lata Mirvani": a name after an age is a person's (not "a 23-year-old Varna University student").
  if (joinedBefore && /^\d+[-‐‑]years?[-‐‑]old$/i.test(previous.text) && unmarked(occ) && !words.slice(occ.from, occ.to + 1).some((w) => ORG_CUES.has(w.folded) || GEO_FEATURES.has(w.folded) || w.acronym) && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.person += WEIGHT.cue;
    return;
  }
  // "the banned Pakistan-based Lashkar-e-Taiba", "Minnetonka-based UnitedHealth": what is based
  // somewhere, named right after, is a body (a person so placed has a role noun between).
  if (joinedBefore && previous.compoundAdjective && /[-‐‑](?:based|headquartered)$/i.test(previous.text) && !occ.possessive && occ.canonical === undefined &&
    !words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('FirstName') || w.tags.has('Honorific'))) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "a study published in JAMA Health Forum": a journal or an outlet, not a place.
  if (joinedBefore && publishedIn(words, occ.from)) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "posted on X", "wrote on Kelvo", "in a post on X": what one posts on is a platform, an
  // organisation, even named by one letter; a known place or a person's name is not ("wrote on Gaza").
  const posting = words[occ.from - 2];
  if (joinedBefore && previous.folded === 'on' && posting !== undefined && !posting.cap && POSTING_WORDS.has(posting.folded) && joinsNext(posting, previous) && !occ.possessive &&
    occ.evidence.person + occ.evidence.place + occ.evidence.group === 0 && !words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Place')) &&
    !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "the Dawn newspaper", "the Xinhua news agency", "the KVRN news station": an outlet, the noun
  // no part of its name.
  const modified = words[occ.to + 2];
  const outletNoun = joinedAfter && !next.cap && (OUTLET_NOUNS_AFTER_NAME.has(next.folded) ||
    (OUTLET_MODIFIERS.has(next.folded) && modified !== undefined && !modified.cap && joinsNext(next, modified) && (OUTLET_NOUNS_AFTER_NAME.has(modified.folded) || MODIFIED_OUTLET_NOUNS.has(modified.folded))));
  if (outletNoun && !occ.possessive && occ.canonical === undefined && previous?.folded === 'the' && joinedBefore) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "a report by Kan public broadcaster", "Israel’s Mossad intelligence agency": a name no
  // person's or place's, one lower-case modifier, and a noun of outlets or agencies.
  const modifier = next;
  const agencyNoun = words[occ.to + 2];
  if (joinedAfter && modifier && !modifier.cap && !FUNCTION_WORDS.has(modifier.folded) && !modifier.tags.has('Verb') && (modifier.tags.has('Adjective') || modifier.tags.has('Noun')) &&
    agencyNoun && !agencyNoun.cap && joinsNext(modifier, agencyNoun) && OUTLET_NOUNS_AFTER_NAME.has(agencyNoun.folded) && !agencyNoun.tags.has('Plural') &&
    !occ.possessive && unmarked(occ) && !worldPlaceByWords(foldWords(occ.text)) &&
    !words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('FirstName') || w.tags.has('Person') || w.tags.has('Place'))) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "Southern Tarsa Edison officials said", "Tarsa Power employees": a name of two or more words, no
  // person's or place's, right before the plural of those who work for a body, is that body
  // ("Ohio officials", "Kelvo County officials", "Donald Smith officials" are not; one word alone
  // may be a surname: "Trump officials").
  const staffName = words.slice(occ.from, occ.to + 1);
  if (joinedAfter && staffName.length >= 2 && !next.cap && STAFF_NOUNS_AFTER_NAME.has(next.folded) && !occ.possessive && unmarked(occ) && !worldPlaceByWords(foldWords(occ.text)) &&
    !ROLE_MODIFIERS.has(staffName[0].folded) && !staffName.some((w) => w.tags.has('FirstName') || (w.tags.has('Person') && w === staffName[0]) || GEO_FEATURES.has(w.folded))) {
    occ.evidence.organisation += WEIGHT.list;
    return;
  }
  // "the Courier’s reporter", "KVRN’s coverage": the owner of a newsroom is a news outlet (a known
  // place or a personal name is not: "Ohio’s journalists").
  const personalName = words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName') || w.tags.has('Honorific'));
  if (occ.possessive && next !== undefined && !next.cap && /^\s+$/.test(words[occ.to].post) && NEWSROOM_NOUNS.has(next.folded) && !personalName && unmarked(occ) && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "a Defence spokesperson said", "a Pentagon statement": a name that speaks through a spokesperson
  // or a statement is a body (a known place or a person's name is not: "a Kenya statement"). The
  // evidence is weaker than a cue's, so a surname ("a Trump spokesman") still joins its full name.
  // "a Halvon tally", "cited a KRT report", "a Brevik interview": what a body or an outlet publishes,
  // after "a" or "an" ("the Mueller report" may be named after its author; "an August report" is dated).
  const article = previous?.folded === 'a' || previous?.folded === 'an' || previous?.folded === 'the';
  const indefinite = previous?.folded === 'a' || previous?.folded === 'an';
  const personal = occ.unit.words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Date'));
  const speaksThrough = next !== undefined && (SPOKES_NOUNS.has(next.folded) || (indefinite && PUBLISHING_NOUNS.has(next.folded)));
  // "Korsk spokesman Dmitri Orlov said": a name before the spokesperson's noun and the spokesperson's
  // own name is the body they speak for, with or without an article ("Police spokesman X" names none).
  const spokesperson = words[occ.to + 2];
  const speaksFor = next !== undefined && SPOKES_NOUNS.has(next.folded) && spokesperson !== undefined && spokesperson.cap && !spokesperson.acronym && joinsNext(next, spokesperson) &&
    !(occ.from === occ.to && (GENERIC_ORG_NAMES.has(words[occ.from].folded) || ORG_CUES.has(words[occ.from].folded) || ROLE_MODIFIERS.has(words[occ.from].folded)));
  if (joinedAfter && ((joinedBefore && article) || speaksFor) && !next.cap && speaksThrough && !occ.possessive && occ.canonical === undefined && !personal &&
    occ.evidence.place === 0 && occ.evidence.person === 0 && occ.evidence.group === 0 && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.organisation += WEIGHT.list;
    return;
  }
  if (joinedAfter && !next.cap && ORG_NOUNS_AFTER_NAME.has(next.folded) && !occ.possessive) {
    occ.evidence.organisation += WEIGHT.cue;
    extendTo(text, occ, occ.to + 1);
    return;
  }
  // "the Law and Justice party", "the Green alliance", "the Unitary Platform opposition coalition".
  const partyNoun = (w: Word | undefined) => w !== undefined && !w.cap && PARTY_NOUNS_AFTER_NAME.has(w.folded);
  const modifiedParty = joinedAfter && !next.cap && !isFunctionWord(next) && !next.tags.has('Verb') && joinsNext(next, words[occ.to + 2]) && partyNoun(words[occ.to + 2]);
  if (joinedAfter && (partyNoun(next) || modifiedParty) && !occ.possessive && occ.canonical === undefined) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "the southern province of An Giang", "the region of Apurímac", "residents of Belbari".
  const beforeOf = words[occ.from - 2];
  if (joinedBefore && previous.folded === 'of' && beforeOf && (!beforeOf.cap || beforeOf.initial) && (PLACE_OF_NOUNS.has(beforeOf.folded) || RESIDENT_NOUNS.has(beforeOf.folded))) {
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "in areas like Hunza", "districts such as Dir": one name given as an instance of places, when
  // nothing in it says person or organisation (lists of them are ./cues.ts placeListCues').
  if (!inList && joinedBefore && !occ.possessive && unmarked(occ) && !personalName) {
    const suchAs = previous.folded === 'as' && words[occ.from - 2]?.folded === 'such';
    const lead = suchAs ? occ.from - 2 : occ.from - 1;
    const instance = suchAs || previous.folded === 'like' || previous.folded === 'including';
    if (instance && words.slice(Math.max(0, lead - 3), lead).some((w) => (!w.cap || w.initial) && PLACE_CATEGORY_NOUNS.has(w.folded))) {
      occ.evidence.place += WEIGHT.cue;
      return;
    }
  }
  // "the capital, Derinkale,", "the district headquarters, Chautara.": a place noun, a comma, the name.
  const closes = occ.to === words.length - 1 || /^[,.;:]/.test(words[occ.to].post.trim());
  if (previous && !previous.cap && /^,\s+$/.test(previous.post) && PLACE_APPOSITIVE_HEADS.has(previous.folded) && closes && !occ.possessive) {
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "from the district headquarters Varsel,", "the capital Derinkale.": the same with no comma,
  // for a name that is nothing else and holds no personal or organisation word.
  const bare = words.slice(occ.from, occ.to + 1);
  if (joinedBefore && !previous.cap && PLACE_APPOSITIVE_HEADS.has(previous.folded) && closes && !occ.possessive && unmarked(occ) && !personalName &&
    !bare.some((w) => ORG_CUES.has(w.folded) || GENERIC_ORG_NAMES.has(w.folded) || w.tags.has('Organization') || w.acronym)) {
    occ.evidence.place += WEIGHT.cue;
    return;
  }
  // "Shares in Solverde", "a stake in Acme": what shares are held in is a company, not a place.
  if (joinedBefore && previous.folded === 'in' && !inList && !occ.possessive && STAKE_NOUNS.has(words[occ.from - 2]?.folded ?? '')) {
    occ.evidence.organisation += WEIGHT.preposition;
    return;
  }
  // "Solverde Energia and its chief executive": what has an executive or a director is an organisation.
  if (joinedAfter && next.folded === 'and' && words[occ.to + 2]?.folded === 'its' && !occ.possessive) {
    for (let k = occ.to + 3; k <= occ.to + 5 && k < words.length; k++) {
      if (ORG_OFFICER_HEADS.has(words[k].folded) && !words[k].cap) { occ.evidence.organisation += WEIGHT.cue; break; }
      if (!ROLE_MODIFIERS.has(words[k].folded) || !joinsNext(words[k], words[k + 1])) break;
    }
  }
  // "in Poipet", "a teacher from Enugu": a lone name closing a place phrase.
  // "trains from Velk in central Kerala": a name of one word after "from" and before "in" and a
  // known place is a place within it.
  // "in nearby Chagharzai", "in neighbouring Velk": a word of nearness between the preposition and the name.
  const near = joinedBefore && !previous.cap && NEARNESS_WORDS.has(previous.folded) && occ.from >= 2 && joinsNext(words[occ.from - 2], previous) && PLACE_PREPOSITIONS.has(words[occ.from - 2].folded);
  const placePreposition = near || (joinedBefore && (PLACE_PREPOSITIONS.has(previous.folded) || (previous.folded === 'from' && ((occ.from >= 2 && isRoleNoun(words, occ.from - 2, true)) || (!inList && occ.from === occ.to && !personalWords(occ) && inKnownPlace(words, occ.to + 1))))));
  // "in Congress", "at the Ministry": a word that names organisations is no place.
  const organisationWord = occ.from === occ.to && (ORG_CUES.has(words[occ.from].folded) || GENERIC_ORG_NAMES.has(words[occ.from].folded));
  if (!inList && placePreposition && !occ.possessive && !organisationWord) {
    // "in Phase 2", "at Level 4": a word numbered by the figure after it is no place by the preposition.
    // "in Suleja near the capital": compromise may tag "near" as an adjective; "in Dir alone".
    const closes = !next || !joinedAfter || (isFunctionWord(next) && !/^\d/.test(next.text)) || (!next.cap && (PLACE_PREPOSITIONS.has(next.folded) || next.folded === 'alone'));
    if (closes) occ.evidence.place += WEIGHT.preposition;
  }
  // "the body of Maynor Suazo Sandoval", "the funeral of X": a noun whose "of" names a person,
  // for a name nothing else marks and that is no known place.
  const ofNoun = joinedBefore && previous.folded === 'of' && !previous.cap ? words[occ.from - 2] : undefined;
  if (ofNoun && !ofNoun.cap && joinsNext(ofNoun, previous) && PERSON_OF_NOUNS.has(ofNoun.folded) && unmarked(occ) && !occ.possessive && !worldPlaceByWords(foldWords(occ.text)) &&
    words.slice(occ.from, occ.to + 1).every((w) => !w.acronym && !ORG_CUES.has(w.folded) && !GEO_FEATURES.has(w.folded))) {
    occ.evidence.person += WEIGHT.cue;
    return;
  }
  // The object of a preposition is not the speaker of the verb after it ("Fishermen in X said").
  if (joinedBefore && previous.tags.has('Preposition') && previous.folded !== 'to' && !((previous.folded === 'with' || previous.folded === 'on') && toldObject(words, occ.from))) return;

  // "a group that calls itself Grey Lantern", "the hackers, known as Grey Lantern".
  if (namedAsGroup(words, occ.from)) {
    occ.evidence.organisation += WEIGHT.cue;
    return;
  }
  // "a man named Gulabuddin", "a farmer called Ramesh": a person's noun before the naming verb.
  if (namedAsPerson(words, occ.from) && occ.canonical === undefined && occ.evidence.place + occ.evidence.organisation + occ.evidence.group === 0) {
    occ.evidence.person += WEIGHT.cue;
    return;
  }

  const single = occ.from === occ.to;
  // "told Newsbeat", "told The Courier", "speaking to the Varna Kural": who was told, named by one
  // word, an acronym or a name after "the", with no personal name among its words, is a
  // news outlet or a body. The evidence is weaker than a cue's, so a surname after its full name
  // ("told Sowa") still joins its person.
  const title = (words[occ.from].cap && words[occ.from].folded === 'the' && !words[occ.from].initial) || (joinedBefore && previous.folded === 'the');
  // A word that names bodies in general ("told Congress", "told the House") names no one here.
  const generic = single && (GENERIC_ORG_NAMES.has(words[occ.from].folded) || ORG_CUES.has(words[occ.from].folded) || ROLE_MODIFIERS.has(words[occ.from].folded));
  if ((single || title) && !generic && !personalName && !occ.possessive && unmarked(occ) && toldObject(words, occ.from) && !worldPlaceByWords(foldWords(occ.text))) {
    occ.evidence.organisation += WEIGHT.speechMultiword;
    return;
  }
  // A lone word compromise does not know at all ("Kittisak said") is as good as two words.
  const unknownWord = single && [...words[occ.from].tags].every((t) => t === 'Noun' || t === 'Singular' || t === 'ProperNoun' || t === 'Person' || t === 'FirstName' || t === 'LastName');
  const speechWeight = single && !unknownWord ? WEIGHT.speechSingle : WEIGHT.speechMultiword;
  if (words[occ.from].acronym) return;
  let k = occ.to + 1;
  while (k < words.length && joinsNext(words[k - 1], words[k]) && (words[k].folded === 'also' || words[k].tags.has('Adverb') || words[k].folded === 'has' || words[k].folded === 'had')) k++;
  const after = words[k];
  const saysAfter = after !== undefined && !occ.possessive && joinsNext(words[k - 1], after) && SPEECH_VERBS.has(after.folded);
  // "…,” said José Ramírez." names the speaker; "said Grey Lantern had hit…" names a subject.
  const endsClause = !next || !joinedAfter;
  const saysBefore = previous !== undefined && (previous.folded === 'said' || previous.folded === 'says') && /^\s+$/.test(previous.post) && endsClause;
  const accordingTo = occ.from >= 2 && words[occ.from - 2].folded === 'according' && previous?.folded === 'to';
  // "the Guardian reported", "the Observer said": a name after "the" is a body or an outlet, not a
  // person (a known place keeps its own evidence: "the Philippines said").
  const afterThe = joinedBefore && previous.folded === 'the' && !occ.possessive;
  // "said The Guardian", "told The Straits Times": a name that opens with a capital "The" inside a
  // sentence is an outlet's or a body's title; no person's name takes one.
  const titledThe = occ.from > 0 && occ.to > occ.from && words[occ.from].text === 'The' && !occ.possessive;
  const reports = after !== undefined && !occ.possessive && joinsNext(words[k - 1], after) && SAYING_VERBS.has(after.folded);
  if (titledThe && (reports || accordingTo || saysBefore)) {
    if (occ.canonical === undefined) occ.evidence.organisation += speechWeight;
    return;
  }
  if (afterThe && (reports || accordingTo)) {
    if (occ.canonical === undefined) occ.evidence.organisation += speechWeight;
    return;
  }
  // "…, Kelvin Law reported": what reports, a name with no personal name among its words, is an
  // outlet or a body ("Smith reported" is a person's; "Police reported" names none). Set off by a
  // comma at the end of the sentence ("…, Signal reports."), the usual credit of an outlet, one word
  // counts as two.
  if (after !== undefined && !occ.possessive && joinsNext(words[k - 1], after) && REPORTING_VERBS.has(after.folded) && !personalName && !generic && unmarked(occ) && !worldPlaceByWords(foldWords(occ.text))) {
    const credit = previous !== undefined && /^,\s+$/.test(previous.post) && k === occ.to + 1 && (k === words.length - 1 || /^[.;:]/.test(after.post.trim()));
    occ.evidence.organisation += credit ? WEIGHT.speechMultiword : speechWeight;
    return;
  }
  if (saysAfter || saysBefore || accordingTo) occ.evidence.person += speechWeight;
}


/** Nothing known of the occurrence yet: no table name and no evidence of any kind. */
function unmarked(occ: Occurrence): boolean {
  const e = occ.evidence;
  return occ.canonical === undefined && e.person + e.organisation + e.place + e.group === 0;
}

/**
 * Whether the name at word `from` is who was told: "told X", "told the X", "speaking to (the) X",
 * or who received a statement or an interview: "in a statement to X", "an interview with the X".
 */
function toldObject(words: readonly Word[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && words[k].folded === 'the' && !words[k].cap) k--;
  const verb = words[k];
  if (!verb || !joinsNext(verb, words[k + 1])) return false;
  if (TELLING_VERBS.has(verb.folded)) return true;
  const before = words[k - 1];
  if (verb.folded !== 'to' && verb.folded !== 'with' && verb.folded !== 'on') return false;
  if (before === undefined || (before.cap && !before.initial) || !joinsNext(before, verb)) return false;
  if (verb.folded === 'to' && SPEAKING_TO_VERBS.has(before.folded)) return true;
  // "during an interview on CNBC": the broadcaster an interview is given on (not a day: "on Monday").
  if (verb.folded === 'on') return before.folded === 'interview' && !words[from].tags.has('Date') && !words[from].tags.has('Value');
  if (!STATEMENT_NOUNS.has(before.folded)) return false;
  // An interview "with" one plain word may be with a person ("an interview with Marlow"): an
  // outlet there is written as an acronym, a web address or after "the".
  return verb.folded === 'to' || k < from - 1 || !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(words[from].text);
}

/** Whether the words before `from` read "a <person's noun> named/called", the noun in the singular and lower case, one or two words before the verb. */
function namedAsPerson(words: readonly Word[], from: number): boolean {
  const verb = words[from - 1];
  if (!verb || (verb.folded !== 'named' && verb.folded !== 'called') || verb.cap || !joinsNext(verb, words[from])) return false;
  for (let k = from - 2; k >= Math.max(0, from - 3); k--) {
    const w = words[k];
    if (w.cap || !joinsNext(w, words[k + 1])) return false;
    if (PERSON_NOUNS.has(w.folded) || (isRoleNoun(words, k, true) && !w.tags.has('Plural'))) return true;
  }
  return false;
}

/** Whether the words before `from` read "<organisation noun> … called/known as/calls itself". */
function namedAsGroup(words: readonly Word[], from: number): boolean {
  for (const phrase of NAMING_PHRASES) {
    const parts = phrase.split(' ');
    const start = from - parts.length;
    if (start < 1 || parts.some((p, k) => words[start + k].folded !== p)) continue;
    // The noun stands up to three words before the naming verb ("a group that calls itself").
    for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
      const f = words[k].folded;
      if (!words[k].cap && (ORG_APPOSITIVE_HEADS.has(f) || GROUP_NAMING_NOUNS.has(f))) return true;
    }
  }
  return false;
}

/**
 * "Kok An’s children—Juree Khlongkijjakol, Phu Chelin, and Kittisak": an owner in the possessive,
 * a relation noun, then a dash, colon or comma and a list of names. Each name is a person related
 * to the owner.
 */
export function relationListCues(text: string, occ: Occurrence, occurrences: readonly Occurrence[], lists: readonly Occurrence[][]): void {
  if (!occ.possessive) return;
  const words = occ.unit.words;
  let k = occ.to + 1;
  // Numbers and adjectives may stand between: "his two adult sons".
  while (k < words.length && !words[k].cap && !RELATION_NOUNS.has(words[k].folded) && (words[k].tags.has('Value') || words[k].tags.has('Adjective')) && joinsNext(words[k - 1], words[k])) k++;
  const noun = words[k];
  if (!noun || noun.cap || !RELATION_NOUNS.has(noun.folded)) return;
  if (k === occ.to + 1 && !/^\s+$/.test(words[occ.to].post)) return;
  if (!/^\s*[—–:,-]\s*$|^\s+$/.test(noun.post)) return;
  if (/^\s+$/.test(noun.post)) return; // "X’s son Y": the role before Y says it (./roles.ts).
  const firstName = occurrences.find((o) => o.from === k + 1);
  if (!firstName) return;
  const members = lists.find((l) => l[0] === firstName) ?? [firstName];
  const type = RELATION_NOUNS.get(noun.folded)!;
  if (type !== 'associate-of') occ.evidence.person += WEIGHT.cue;
  for (const m of members) {
    m.evidence.person += WEIGHT.cue;
    m.relations.push({ type, target: occ, span: { start: occ.span.start, end: members[members.length - 1].span.end } });
  }
}

/**
 * Credits and bylines: "(Raul Arboleda/AFP via Getty Images)", "Photo: Kindupan Kambii/Facebook",
 * "AP Photo/Ariana Cubillos", "(IHA Photo)", "…until May 22.-Bernama", "By Guy Faulconbridge,
 * Felix Light". A name of two or more words credited there is a person; one credited after a slash
 * or before "Photo", or closing a paragraph after a dash, is an agency or an outlet.
 */
export function creditCues(text: string, occurrences: readonly Occurrence[], lists: readonly Occurrence[][]): void {
  // A name written all in capitals is a photographer's in a credit after a slash ("EFE/EPA/ESTEVAO CHAVISSO").
  const capitals = (o: Occurrence) => o.unit.words.slice(o.from, o.to + 1).every((w) => w.acronym && w.text.length >= 3);
  const isPersonName = (o: Occurrence, slashed = false) => o.to > o.from && (!o.unit.words.slice(o.from, o.to + 1).some((w) => w.acronym) || (slashed && capitals(o))) &&
    o.evidence.organisation < WEIGHT.cue && o.evidence.place < WEIGHT.cue && o.canonical === undefined;
  const asPerson = (o: Occurrence, slashed = false) => { if (isPersonName(o, slashed)) o.evidence.person += WEIGHT.cue; };
  const asAgency = (o: Occurrence) => { if (o.evidence.person === 0 && o.evidence.place < WEIGHT.cue && o.evidence.group === 0) o.evidence.organisation += WEIGHT.cue; };
  for (let k = 0; k < occurrences.length; k++) {
    const o = occurrences[k];
    const words = o.unit.words;
    const next = occurrences[k + 1];
    const gapAfter = next ? text.slice(o.span.end, next.span.start) : '';
    // "(IHA Photo)", "AP Photo/…": the agency, without the word "Photo".
    const last = words[o.to];
    if (o.to > o.from && (last.folded === 'photo' || last.folded === 'photos') && o.to - o.from === 1) {
      o.to -= 1;
      o.span = { start: o.span.start, end: words[o.to].end };
      o.text = text.slice(o.span.start, o.span.end);
      o.possessive = false;
      // What the two words had from their tags was about "Photo".
      o.evidence = { person: 0, organisation: WEIGHT.cue, place: 0, group: 0 };
      if (next && text.slice(o.span.end, next.span.start).startsWith(' Photo/')) asPerson(next);
      continue;
    }
    // "Raul Arboleda/AFP", "Kindupan Kambii/Facebook", "EFE/EPA/ESTEVAO CHAVISSO": a credit
    // joined by slashes; a name of two or more words is the photographer, one word an agency.
    if (next && /^\s*\/\s*$/.test(gapAfter) && !(o.from === o.to && CREDIT_WORDS.has(words[o.from].folded))) {
      if (isPersonName(o, true)) asPerson(o, true);
      else if (o.from === o.to && isPersonName(next, true)) asAgency(o);
      // "(KVRN/KTLO)": two acronyms credited together are both agencies or outlets.
      else if (o.from === o.to && next.from === next.to && words[o.from].acronym && next.unit.words[next.from].acronym) asAgency(o);
      // "…/ File photo": one word before "photo" in lower case says what the picture is, no agency.
      const after = next.unit.words[next.to + 1];
      const described = next.from === next.to && after !== undefined && !after.cap && CREDIT_WORDS.has(after.folded) && joinsNext(next.unit.words[next.to], after);
      // "Tomas Lind/Copyright 2024 …": a credit word after the slash is no agency.
      const creditWord = next.from === next.to && CREDIT_WORDS.has(next.unit.words[next.from].folded);
      // "Jerry Jackson/Baltimore Sun/Tribune News Service via Getty Images": after the photographer,
      // a name that another slash or "via" follows is the outlet the picture came through, whatever
      // personal names compromise reads in it.
      const afterNext = occurrences[k + 2];
      const chained = afterNext !== undefined && /^\s*(?:\/|via)\s*$/.test(text.slice(next.span.end, afterNext.span.start));
      if (o.to > o.from && o.evidence.person > 0 && chained && next.canonical === undefined && next.evidence.place < WEIGHT.cue) {
        next.evidence.person = 0;
        asAgency(next);
        continue;
      }
      if (isPersonName(next, true) && o.from === o.to) asPerson(next, true);
      else if (!described && !creditWord) asAgency(next);
      continue;
    }
    // "Public domain, via Kelvo Commons", "Screenshot via KVRN News", "shared via Kelvogram": what a
    // picture, a post or a report comes through is an agency, an outlet or a platform; a place one
    // travels via ("flew via Doha"), a personal name ("via Marta Lind") or a word for bodies in
    // general is not.
    const via = words[o.from - 1];
    if (via?.folded === 'via' && !via.cap && joinsNext(via, words[o.from]) && !o.possessive && o.canonical === undefined && o.evidence.person + o.evidence.place + o.evidence.group === 0 &&
      !words.slice(o.from, o.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName') || w.tags.has('Honorific')) && !worldPlaceByWords(foldWords(o.text)) &&
      !(o.from === o.to && (GENERIC_ORG_NAMES.has(words[o.from].folded) || ORG_CUES.has(words[o.from].folded)))) {
      asAgency(o);
      continue;
    }
    // "Copyright 2024 Kelvo Media", "© 2025 The Harbour Courier": the holder of a copyright is an
    // organisation unless compromise knows a personal name in it (a photographer's).
    if (/(?:©|\(c\)|\bcopyright)\s*(?:\d{4}\s+)?$/i.test(text.slice(Math.max(0, o.span.start - 20), o.span.start)) && !words.slice(o.from, o.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName'))) {
      asAgency(o);
      continue;
    }
    const before = words[o.from - 1];
    const after = words[o.to + 1];
    // "Photo: X", "AP Photo/X", "Photo - X", "Photo by X", "Reporting by X".
    const creditGap = text.slice(before?.end ?? 0, o.span.start);
    if (before && CREDIT_WORDS.has(before.folded) && (/^(?:\s*[:/]\s*|\s+)$/.test(creditGap) || (before.folded !== 'by' && /^\s+[-–—]\s+$/.test(creditGap)))) {
      const credit = before.folded === 'by' ? (o.from >= 2 && CREDIT_WORDS.has(words[o.from - 2].folded)) || before.cap : true;
      if (credit) {
        // "By Guy Faulconbridge, Felix Light, Lucy Papachristou": every name of the list.
        const list = lists.find((l) => l[0] === o) ?? [o];
        if (o.to === o.from) asAgency(o);
        for (const m of list) asPerson(m);
        continue;
      }
    }
    if (after && (after.folded === 'photo' || after.folded === 'photos') && after.cap && o.from === o.to && joinsNext(words[o.to], after)) {
      asAgency(o);
      continue;
    }
    // "MADRID, Nov 5 (Reuters) -", "Port Moresby (AFP) May 29", "CARACAS, August 22. /TASS/.": a
    // wire's name in brackets or slashes in a dateline.
    const opener = text.slice(Math.max(0, o.span.start - 1), o.span.start);
    const closer = text.slice(o.span.end, o.span.end + 1);
    if (o.from === o.to && o.from <= 8 && ((opener === '(' && closer === ')') || (opener === '/' && closer === '/'))) {
      asAgency(o);
      continue;
    }
    // "…until May 22.-Bernama": a wire's name closing a paragraph after a dash.
    if (o.from === o.to && o.to === words.length - 1 && o.from > 0 && /[.)]\s*[-–—]\s*$/.test(text.slice(words[o.from - 1].start, o.span.start))) asAgency(o);
    // "-Lynford Simpson" on a line of its own: a reporter signing off the article.
    if (o.from === 0 && o.to === words.length - 1 && o.to - o.from <= 2 && /(?:^|\n)[ \t]*[-–—][ \t]*$/.test(text.slice(Math.max(0, o.span.start - 4), o.span.start))) asPerson(o);
  }
}

/**
 * A byline on a line of its own: "Renju Jose and Lewis Jackson |", "By Autumn Spredemann". Every
 * part of the line is a name of two or three words, at least one of them a given or family name
 * compromise knows, joined by commas, "and", "&" or "|": each is a person. Title-case headings
 * ("State Involvement") have no such names. In the header of a page (`inHeader`: the line stands
 * next to a date, a "Published"/"Updated" line or a repeat of the headline), one name of two words
 * compromise knows nothing of ("Tamsin Okorie") is a byline too ("Law Enforcement Actions" is none).
 */
export function bylineCues(text: string, unit: Unit, occurrences: readonly Occurrence[], inHeader = false): void {
  const words = unit.words;
  if (occurrences.length === 0 || occurrences.length > 4) return;
  let k = 0;
  if (words[0]?.folded === 'by') k = 1;
  const alone = inHeader && occurrences.length === 1 && unit.blockKind === 'heading';
  for (const o of occurrences) {
    if (o.from !== k) return;
    const length = o.to - o.from + 1;
    const named = o.unit.words.slice(o.from, o.to + 1);
    if (length < 2 || length > 3 || named.some((w) => w.acronym || w.possessive)) return;
    if (!named.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName')) && !(alone && length === 2 && unknownName(o, named))) return;
    k = o.to + 1;
    if (words[k]?.folded === 'and') k++;
  }
  if (k < words.length) return;
  const between = text.slice(occurrences[0].span.start, occurrences[occurrences.length - 1].span.end);
  if (/[^\p{L}\p{M}\s,&|'’.-]/u.test(between.replace(/\band\b/g, ''))) return;
  for (const o of occurrences) o.evidence.person += WEIGHT.cue;
}

/**
 * "Source: CNA", "SOURCE: AFI" on a line of its own (the page's own "- Source: <site>" line is the
 * structure's source header, never a block; "Sources:" before the addresses is no name): the outlet
 * or agency the story is credited to, one name of up to four words and nothing else on the line, no
 * person's name compromise knows and no place.
 */
export function sourceLineCues(unit: Unit, occurrences: readonly Occurrence[]): void {
  const words = unit.words;
  if (words.length < 2 || words[0].folded !== 'source' || !/^\s*[:\u2013\u2014-]\s*$/.test(words[0].post)) return;
  // The label itself may be read as a name of its own.
  const named = occurrences.filter((x) => x.to >= 1);
  if (named.length !== 1) return;
  const o = named[0];
  const name = words.slice(o.from, o.to + 1);
  if (o.from !== 1 || o.to !== words.length - 1 || name.length > 4 || o.possessive) return;
  if (o.evidence.person > 0 || o.evidence.place > 0 || o.evidence.group > 0 || worldPlaceByWords(foldWords(o.text))) return;
  if (name.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Place'))) return;
  o.evidence.organisation += WEIGHT.cue;
}

/**
 * A news outlet's masthead or credit on a line of its own: "Harbour Valley Tribune", "Kelvo
 * Science News". The line (a title or a heading, with prose after it in the article) is one name
 * of two or more capitalised words ending in a word of outlets (organisations.json mastheadWords),
 * nothing else; its first word is a place of the gazetteer or the world data, or the name has three
 * words or more, and no word is one compromise reads as an adjective, a verb or an adverb, so a
 * section heading ("World News", "Latest World News") is none.
 */
export function mastheadCues(unit: Unit, occurrences: readonly Occurrence[], proseFollows: boolean): void {
  const words = unit.words;
  if (!proseFollows || occurrences.length !== 1) return;
  const o = occurrences[0];
  const named = words.slice(o.from, o.to + 1);
  if (o.from !== 0 || o.to !== words.length - 1 || named.length < 2 || o.possessive || o.canonical !== undefined || !MASTHEAD_WORDS.has(named[named.length - 1].folded)) return;
  if (named.some((w) => !w.cap || w.acronym || w.tags.has('Adjective') || w.tags.has('Verb') || w.tags.has('Adverb') || w.tags.has('Determiner') || /\p{Ll}\p{Lu}/u.test(w.text))) return;
  const placeFirst = [2, 1].some((n) => n < named.length && (placeByName(named.slice(0, n).map((w) => w.text).join(' ')) || worldPlaceByWords(named.slice(0, n).flatMap((w) => foldWords(w.text)))));
  if (named.length < 3 && !placeFirst) return;
  o.evidence.organisation += WEIGHT.cue;
}

/** Words compromise only guessed at (a noun, a proper noun), each written as a name, none a word of organisations, places or titles. */
function unknownName(o: Occurrence, named: readonly Word[]): boolean {
  const guessed = new Set(['Noun', 'Singular', 'ProperNoun']);
  return o.canonical === undefined && !worldPlaceByWords(foldWords(o.text)) && named.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w.text) && [...w.tags].every((t) => guessed.has(t)) &&
    !ORG_CUES.has(w.folded) && !GEO_FEATURES.has(w.folded) && !ROLE_HEADS.has(w.folded) && !ROLE_MODIFIERS.has(w.folded) && !FUNCTION_WORDS.has(w.folded));
}

/** "published in X", "published in May 2023 in X": a phrase of publication, perhaps with a date between, right before word `from`. */
function publishedIn(words: readonly Word[], from: number): boolean {
  for (const phrase of PUBLICATION_PHRASES) {
    const [verb, preposition] = phrase.split(' ');
    if (words[from - 1]?.folded !== preposition) continue;
    if (words[from - 2]?.folded === verb) return true;
    // A date between: "published in May 2023 in X".
    for (let k = from - 2; k >= Math.max(0, from - 6); k--) {
      const w = words[k];
      if (w.folded === verb) return words.slice(k + 1, from - 1).every((x) => x.tags.has('Date') || x.tags.has('Value') || x.folded === preposition);
    }
  }
  return false;
}

/**
 * Evidence one occurrence gives its neighbour in the same unit, once every occurrence has its own
 * local cues (`occurrences` in word order):
 * - "in Damak, Jhapa, protesters marched": after a place phrase ("in", "from" and a place), a name
 *   set off by commas (or closing the sentence) is the larger place it lies in. The name has no
 *   evidence of its own, no personal name among its words, and what follows its comma is no
 *   determiner, relative pronoun, verb or capitalised word ("in Kathmandu, Sharma, a teacher, said").
 * - "from Bengaluru to Calicut": the other end of a journey between places, one word with no
 *   personal name, is a place.
 * - "Umesh Karki of Nepal Press": a two- or three-word name with no evidence, then "of" and an
 *   organisation, is a person named with their organisation (a place after "of" says nothing; a
 *   name after "the", "of" or a number is no person's).
 */
export function neighbourCues(text: string, occurrences: readonly Occurrence[]): void {
  for (let k = 0; k < occurrences.length; k++) {
    const occ = occurrences[k];
    const words = occ.unit.words;
    const e = occ.evidence;
    // "NOAA’s National Centers for Environmental Information": an acronym in the possessive that
    // owns an organisation is one.
    const owned = occurrences[k + 1];
    if (occ.from === occ.to && words[occ.from].acronym && occ.possessive && owned && owned.from === occ.to + 1 && /^['’]s?\s+$/.test(text.slice(occ.span.end, owned.span.start)) &&
      owned.evidence.organisation >= WEIGHT.cue && owned.evidence.place + owned.evidence.person === 0 && e.place === 0 && e.person === 0) {
      e.organisation += WEIGHT.cue;
      continue;
    }
    if (occ.possessive || occ.canonical !== undefined || e.person + e.organisation + e.place + e.group > 0) continue;
    const run = words.slice(occ.from, occ.to + 1);
    // "KERRVILLE, Texas —", "WAJIMA, Japan (AP) —": a dateline opens its paragraph (perhaps after a
    // date stamp: "date 2025-03-27 BAKU, Azerbaijan, March 27.") with a town in capitals, then its
    // state or country.
    const stamp = words.slice(0, occ.from);
    const opens = occ.from === 0 || (stamp.length <= 3 && stamp.every((w) => !w.cap) && stamp.some((w) => /\d/.test(w.text)));
    const dateline = opens && !occ.heading && run.every((w) => /^\p{Lu}[\p{Lu}\p{M}'’-]{2,}$/u.test(w.text));
    if (dateline && placeBeforeItsState(occ, occurrences[k + 1], true)) {
      e.place += WEIGHT.cue;
      continue;
    }
    if (run.some((w) => w.acronym || !w.cap)) continue;
    const prev = occurrences[k - 1];
    if (prev && prev.to === occ.from - 1 && /^,\s+$/.test(words[prev.to].post) && run.length <= 2 && regionAfterPlace(prev, occ)) {
      e.place += WEIGHT.preposition;
      continue;
    }
    if (run.length === 1 && fromToPlace(text, occurrences, k)) {
      e.place += WEIGHT.preposition;
      continue;
    }
    if (run.length <= 3 && placeBeforeItsState(occ, occurrences[k + 1])) {
      e.place += WEIGHT.cue;
      continue;
    }
    const of = words[occ.to + 1];
    // No "the" or number before a person's name ("the 122 Infantry Battalion of the Territorial Army").
    const before = words[occ.from - 1];
    const modified = before !== undefined && joinsNext(before, words[occ.from]) && (before.folded === 'of' || before.folded === 'the' || before.folded === 'a' || before.tags.has('Value'));
    // "Tarun Bhel from Lyon died": a name of two or three words with no evidence, then
    // "from" and a place that closes the phrase, is a person named with the place they come from.
    if (run.length >= 2 && run.length <= 3 && !modified && of?.folded === 'from' && joinsNext(words[occ.to], of) && !run.some((w) => ORG_CUES.has(w.folded) || GEO_FEATURES.has(w.folded))) {
      const place = occurrences.find((o) => o.from === occ.to + 2);
      const pe = place?.evidence;
      const closes = place !== undefined && (place.to === words.length - 1 || /^[,.;:)—–]/.test(words[place.to].post.trim()) || words[place.to + 1]?.tags.has('Verb'));
      if (place && pe && !place.possessive && pe.place >= WEIGHT.tagPlace && pe.person + pe.organisation + pe.group === 0 && closes) {
        e.person += WEIGHT.list;
        continue;
      }
    }
    if (run.length < 2 || run.length > 3 || of?.folded !== 'of' || !joinsNext(words[occ.to], of) || modified) continue;
    const t = words[occ.to + 2]?.folded === 'the' ? occ.to + 3 : occ.to + 2;
    const target = occurrences.find((o) => o.from === t);
    if (!target || target.possessive || !joinsNext(words[t - 1], words[t])) continue;
    const te = target.evidence;
    const closes = target.to === words.length - 1 || /^[,.;:)—–]/.test(words[target.to].post.trim()) || words[target.to + 1]?.folded === 'and' || words[target.to + 1]?.tags.has('Verb');
    if (te.organisation >= WEIGHT.cue && te.place === 0 && te.person === 0 && closes) e.person += WEIGHT.list;
  }
  void text;
}

/**
 * "moved from Thiruvananthapuram and Bengaluru to Calicut", "flew from Calicut to Bengaluru": the
 * other end of a journey "from" places "to" a name, or "from" a name "to" places, is a place too.
 */
function fromToPlace(text: string, occurrences: readonly Occurrence[], k: number): boolean {
  const occ = occurrences[k];
  const words = occ.unit.words;
  const isPlace = (o: Occurrence | undefined): o is Occurrence => o !== undefined && !o.possessive && o.evidence.place >= WEIGHT.tagPlace && o.evidence.person + o.evidence.organisation + o.evidence.group === 0;
  const lead = words[occ.from - 1];
  if (!lead || !joinsNext(lead, words[occ.from])) return false;
  // A personal name goes from one person to another ("the letter went from Marek Sowa to Paris").
  if (words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Organization'))) return false;
  if (lead.folded === 'to') {
    // The places before "to", back to "from", joined as a list.
    let j = k - 1;
    const last = occurrences[j];
    if (!isPlace(last) || last.to !== occ.from - 2) return false;
    while (j > 0 && isPlace(occurrences[j - 1]) && LIST_SEPARATOR.test(text.slice(occurrences[j - 1].span.end, occurrences[j].span.start))) j--;
    const from = words[occurrences[j].from - 1];
    return from?.folded === 'from' && joinsNext(from, words[occurrences[j].from]);
  }
  if (lead.folded === 'from') {
    const to = words[occ.to + 1];
    const next = occurrences[k + 1];
    return to?.folded === 'to' && joinsNext(words[occ.to], to) && isPlace(next) && next.from === occ.to + 2;
  }
  return false;
}

/**
 * "northwest of Kelbury, Florida, on Sept. 26", "in Tarvik, Ukraine.", and a dateline "KELBURY, Florida
 * (AP) —": a name set off by a comma
 * before a country or a place of the world data that closes the phrase is a town of that state, as
 * a reporter writes "City, State". The name is no personal name, and what
 * follows the state is a comma, a stop or the end of the sentence ("Smith, Florida's governor" is
 * not one).
 */
function placeBeforeItsState(occ: Occurrence, next: Occurrence | undefined, dateline = false): boolean {
  const words = occ.unit.words;
  if (!next || next.from !== occ.to + 1 || next.possessive || !/^,\s+$/.test(words[occ.to].post)) return false;
  const ne = next.evidence;
  if (ne.place < WEIGHT.ambiguousPlace || ne.person + ne.organisation + ne.group > 0) return false;
  const country = next.canonical !== undefined && placeByName(next.canonical)?.kind === 'country';
  // The world data keeps one place per name, a city before a province ("Florida" is also a town).
  const state = next.canonical === undefined && worldPlaceByWords(foldWords(next.text)) !== undefined;
  if (!country && !state) return false;
  // A dateline may name its wire in brackets after the state: "(AP) —".
  const closes = next.to === words.length - 1 || /^[,.;:)—–]/.test(words[next.to].post.trim()) || (dateline && (/^\s*\(/.test(words[next.to].post) || /^\(/.test(words[next.to + 1]?.pre ?? '')));
  if (!closes) return false;
  return !words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Organization'));
}

function regionAfterPlace(prev: Occurrence, occ: Occurrence): boolean {
  const words = occ.unit.words;
  const pe = prev.evidence;
  if (prev.possessive || pe.place < WEIGHT.preposition || pe.person > 0 || pe.organisation > 0 || pe.group > 0) return false;
  const lead = words[prev.from - 1];
  if (!lead || !joinsNext(lead, words[prev.from]) || !(PLACE_PREPOSITIONS.has(lead.folded) || lead.folded === 'from')) return false;
  if (words.slice(occ.from, occ.to + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('Organization'))) return false;
  if (occ.to === words.length - 1 || /^[.;:]/.test(words[occ.to].post.trim())) return true;
  if (!/^,\s+$/.test(words[occ.to].post)) return false;
  const after = words[occ.to + 1];
  // "in Papua New Guinea, Serhan Aktoprak, said": a verb after the comma makes the name its speaker.
  return after !== undefined && !after.cap && !FUNCTION_WORDS.has(after.folded) && !after.tags.has('Verb') && !isRoleNoun(words, occ.to + 1, true);
}

/**
 * "the Bir and Civil hospitals", "the Labour and Green parties": an organisation noun in the
 * plural, in lower case right after a list, is the noun of every member: each is "<name>
 * <noun>" ("Bir hospital"). A member that is something already (a known place: "the Kathmandu and
 * Lalitpur hospitals" are hospitals in those places) is left alone.
 */
export function sharedOrganisationNoun(text: string, list: readonly Occurrence[]): void {
  const last = list[list.length - 1];
  const words = last.unit.words;
  const noun = words[last.to + 1];
  if (!noun || noun.cap || last.possessive || !joinsNext(words[last.to], noun)) return;
  const singular = [noun.folded.replace(/ies$/, 'y'), noun.folded.replace(/s$/, '')].find((s) => s !== noun.folded && ORG_CUES.has(s));
  if (!singular) return;
  for (const o of list) {
    const e = o.evidence;
    if (o.canonical !== undefined || o.possessive || e.person + e.place + e.group > 0 || worldPlaceByWords(foldWords(o.text))) continue;
    o.canonical = `${o.text} ${singular}`;
    o.key = actorKey(o.canonical);
    e.organisation += WEIGHT.cue;
  }
  void text;
}

/**
 * The name of the site an article comes from, as its source header gives it: the label of the
 * host before its public suffix ("new-origin.patch.com" → patch, "bbc.co.uk" → bbc), and the label
 * before that when this one is a place or too short to be a name ("zeenews.india.com" → zeenews).
 * Labels shorter than four letters are left out: an acronym of three letters spells too much.
 */
export function siteNameLabels(domain: string | undefined): string[] {
  if (!domain) return [];
  const parts = domain.toLowerCase().split('.').filter((p) => p.length > 0);
  parts.pop();
  // "co.uk", "com.au", "or.jp": a second-level suffix of three letters or fewer.
  if (parts.length > 1 && parts[parts.length - 1].length <= 3) parts.pop();
  const labels: string[] = [];
  const registrable = parts.pop();
  if (registrable === undefined) return [];
  labels.push(registrable);
  const subdomain = parts.pop();
  if (subdomain !== undefined && (registrable.length < 4 || placeByName(registrable) || worldPlaceByWords([registrable]))) labels.push(subdomain);
  return labels.map((l) => l.replace(/[^\p{L}\p{N}]/gu, '')).filter((l) => l.length >= 4);
}

/**
 * "updates from Patch", "The Chanzo is hosting", "reported Zee news TV": in an article from a site,
 * words whose letters spell the site's name (./siteNameLabels) name the site, a news outlet. The
 * words start with a capital; one word alone must not open its sentence (its capital says nothing)
 * nor be a word of mastheads ("News"), a place or a nationality. The occurrences inside give way;
 * a longer name that holds them ("Shafaq News") is the outlet.
 */
export function siteNameOccurrences(text: string, unit: Unit, occurrences: Occurrence[], labels: readonly string[]): Occurrence[] {
  if (labels.length === 0) return occurrences;
  const words = unit.words;
  let out = occurrences;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap) continue;
    let letters = '';
    for (let j = i; j < words.length && j < i + 4; j++) {
      if (j > i && !joinsNext(words[j - 1], words[j])) break;
      letters += fold(words[j].text).replace(/[^\p{L}\p{N}]/gu, '');
      if (!labels.includes(letters)) {
        if (words[j].possessive || !labels.some((l) => l.startsWith(letters))) break;
        continue;
      }
      const single = j === i;
      if (single && (words[i].initial || MASTHEAD_WORDS.has(words[i].folded) || demonymAt(words, i))) break;
      const named = text.slice(words[i].start, words[j].end);
      if (placeByName(named) || worldPlaceByWords(foldWords(named))) break;
      // A name that opens with the site's name keeps its words ("Shafaq News" on shafaq.com); a name
      // a table knows (a country, a well-known body) keeps its reading; a name that only ends with
      // it ("Eastern Time" on time.com) or crosses its edge is something else.
      const overlapping = out.filter((o) => o.from <= j && o.to >= i);
      const holder = overlapping.find((o) => o.from === i && o.to >= j);
      if (holder) {
        if (holder.canonical === undefined) holder.evidence.organisation += WEIGHT.cue;
        i = holder.to;
        break;
      }
      if (overlapping.some((o) => o.from < i || o.to > j)) break;
      const occ = makeOccurrence(text, unit, i, j);
      occ.evidence.organisation += WEIGHT.cue;
      out = [...out.filter((o) => o.to < i || o.from > j), occ].sort((a, b) => a.from - b.from);
      i = j;
      break;
    }
  }
  return out;
}

/**
 * "Kurdistan 24 reported", "told France 24", "announced on France 2 that": a name and a number of
 * one or two digits right after it, as the subject of a verb of reporting or saying, as who was
 * told, or after "on" following a verb of saying, is a broadcaster, the number part of its name
 * ("France 24"). A month, a numbered part of a site ("Sector 10") or a number counting the word
 * after it ("told Kelvo 5 people died") is no broadcaster. The occurrences inside give way.
 */
export function numberedOutletOccurrences(text: string, unit: Unit, occurrences: Occurrence[]): Occurrence[] {
  const words = unit.words;
  let out = occurrences;
  for (let n = 1; n < words.length; n++) {
    const number = words[n];
    const last = words[n - 1];
    if (!/^\d{1,2}$/.test(number.text) || !joinsNext(last, number) || !last.cap || last.possessive) continue;
    let from = n - 1;
    while (from > 0 && n - from < 3 && words[from - 1].cap && !words[from - 1].initial && joinsNext(words[from - 1], words[from])) from--;
    const name = words.slice(from, n);
    if (name.some((w) => w.tags.has('Date') || w.tags.has('Month') || w.tags.has('Value') || NUMBERED_PLACE_NOUNS.has(w.folded) || FUNCTION_WORDS.has(w.folded))) continue;
    // The subject of a verb of reporting or saying, perhaps after "has" or "also".
    let v = n + 1;
    while (words[v] && joinsNext(words[v - 1], words[v]) && (words[v].folded === 'has' || words[v].folded === 'had' || words[v].folded === 'also')) v++;
    const subject = words[v] !== undefined && joinsNext(words[v - 1], words[v]) && (SAYING_VERBS.has(words[v].folded) || REPORTING_VERBS.has(words[v].folded));
    // Who was told, or where a speaker spoke; the word after the number must not be what it counts.
    const after = words[n + 1];
    const free = after === undefined || !joinsNext(number, after) || (!after.tags.has('Noun') && !after.tags.has('Value') && !after.tags.has('Adjective'));
    const lead = words[from - 1];
    const told = lead !== undefined && joinsNext(lead, words[from]) && !lead.cap && (TELLING_VERBS.has(lead.folded) ||
      (lead.folded === 'to' && words[from - 2] !== undefined && (SPEAKING_TO_VERBS.has(words[from - 2].folded) || words[from - 2].folded === 'according')) ||
      (lead.folded === 'on' && words.slice(Math.max(0, from - 5), from - 1).some((w) => !w.cap && SPEECH_VERBS.has(w.folded))));
    if (!subject && !(told && free)) continue;
    const occ = makeOccurrence(text, unit, from, n);
    occ.evidence.organisation += WEIGHT.cue;
    out = [...out.filter((o) => o.to < from || o.from > n), occ].sort((a, b) => a.from - b.from);
  }
  return out;
}
