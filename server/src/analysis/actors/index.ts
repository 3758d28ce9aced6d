/**
 * Finds the named actors of one article: people, organisations, places and national groups, with
 * their aliases, roles, relations, mentions and statements.
 *
 * The work is one walk over the plain terms compromise produced (../nlp.ts), sentence by sentence:
 *   1. words: hyphenated parts joined, possessives cut off, sentences split after closing quotes;
 *   2. occurrences: capitalised runs cut into names, titles and known names (./occurrences.ts);
 *   3. evidence from context: roles before and after names (./roles.ts), lists, prepositions,
 *      place and group nouns, verbs of saying, relatives listed after an owner (./cues.ts);
 *   4. resolution by identity key over the whole article, then acronyms, surnames and names
 *      inside headings (./resolve.ts);
 *   5. statements (./statements.ts).
 * Nothing here calls compromise, reads files or keeps state between calls.
 */
import type { ArticleActor, ArticleStructure, Span } from '../types';
import type { ArticleInput } from '../input';
import { bylineCues, creditCues, sourceLineCues, numberedOutletOccurrences, siteNameLabels, siteNameOccurrences, findLists, mastheadCues, localCues, tollRowCue, neighbourCues, personListCues, placeListCues, relationListCues, sharedOrganisationNoun } from './cues';
import { applyAcronymDeclarations } from './declarations';
import { findOccurrences, WEIGHT, type Occurrence } from './occurrences';
import { FUNCTION_WORDS, GENERIC_ORG_NAMES, GEO_FEATURES, NAMED_EVENT_WORDS, ORG_CUES, PLACE_PREPOSITIONS } from '../lexicon';
import { resolveActors, toArticleActor } from './resolve';
import { appositiveAfter, occurrenceIndex, organisationOfAfter, roleBefore } from './roles';
import { attachStatements } from './statements';
import { toUnits, type Unit, type Word } from './words';

import { actorKey } from './identity';

export { actorKey, mergeActors } from './identity';

export function extractActors(input: ArticleInput): ArticleActor[] {
  const { text, structure, sentences } = input;
  if (!text || sentences.length === 0) return [];
  const blocks = structure.blocks;
  const units = toUnits(text, sentences, blocks.map((b, i) => (b.kind !== 'paragraph' && (readsAsProse(b.text) || cutShort(blocks, i)) ? 'paragraph' : b.kind)));

  // The last block of prose: a line before it has prose after it (a masthead opens an article).
  const lastParagraph = structure.blocks.reduce((last, b, i) => (b.kind === 'paragraph' ? i : last), -1);
  const header = headerLines(structure, units);
  const byUnit: Occurrence[][] = [];
  const all: Occurrence[] = [];
  const listsOf: Occurrence[][] = [];
  const siteLabels = siteNameLabels(structure.sourceHeader?.domain);
  for (const unit of units) {
    const occs = applyAcronymDeclarations(text, unit, numberedOutletOccurrences(text, unit, siteNameOccurrences(text, unit, findOccurrences(text, unit), siteLabels)));
    byUnit.push(occs);
    if (unit.blockKind !== 'paragraph') {
      for (const occ of occs) tollRowCue(occ);
      bylineCues(text, unit, occs, header.has(unit.block));
      mastheadCues(unit, occs, unit.block < lastParagraph);
      sourceLineCues(unit, occs);
      creditCues(text, occs, findLists(text, occs));
      all.push(...occs);
      continue;
    }
    const at = occurrenceIndex(unit, occs);
    const lists = findLists(text, occs);
    const listed = new Set(lists.flat());
    for (let k = 0; k < occs.length; k++) {
      const occ = occs[k];
      if (occ.evidence.group === 0 && !(occ.canonical && occ.evidence.place > 0)) roleBefore(text, occ, at);
      occ.appositiveEnd = appositiveAfter(text, occ, at);
      if (occ.appositiveEnd === undefined) organisationOfAfter(occ, at);
      localCues(text, occ, listed.has(occ));
      relationListCues(text, occ, occs, lists);
    }
    neighbourCues(text, occs);
    creditCues(text, occs, lists);
    for (const list of lists) {
      sharedOrganisationNoun(text, list);
      // A list introduced as people ("the victims included X, Y and Z") takes no place from a
      // member whose surname is also a street's word ("Spencer Lane").
      if (!personListCues(list)) placeListCues(list);
      sharedFamilyName(list);
    }
    listsOf.push(...lists);
    all.push(...occs);
  }

  // Lists whose known place is established elsewhere in the article get a second look, and so do
  // lists whose named members are all organisations ("the FSB, the Investigative Committee, and
  // the Rosgvardiya") or people ("Renju Jose and Lewis Jackson"): the others are the same kind.
  const first = resolveActors(text, all);
  const isPlace = (o: Occurrence) => first.actorOf.get(o)?.kind === 'place';
  let changed = false;
  for (const list of listsOf) {
    const unresolved = list.filter((o) => !first.actorOf.has(o) && !o.possessive);
    if (unresolved.length === 0) continue;
    if (list.some(isPlace)) {
      placeListCues(list, isPlace);
      changed = true;
      continue;
    }
    const kinds = list.map((o) => first.actorOf.get(o)?.kind).filter((k) => k !== undefined);
    if (kinds.length === 0 && listOfPersonalNames(list)) {
      for (const o of unresolved) o.evidence.person += WEIGHT.list;
      changed = true;
      continue;
    }
    // "the Army, NDRF, DSG, Coast Guard, Navy, and MEG": a capitalised organisation word alone
    // ("Army", "Navy", "Police") names no body in a sentence, but among others it is one of them.
    const bodies = list.filter((o) => !first.actorOf.has(o) && genericBody(o)).length;
    const kind = kinds[0] ?? (bodies > 0 ? 'organisation' : undefined);
    if (!kinds.every((k) => k === kind)) continue;
    // "reports in The Himalayan Times and Kantipur": two names joined by "and", one an organisation
    // and the other nothing at all in the whole article, are both organisations.
    const pair = list.length === 2 && kinds.length === 1 && unresolved.length === 1 && /^\s+(?:and|or)\s+(?:the\s+)?$/.test(text.slice(list[0].span.end, list[1].span.start));
    if (kind === 'organisation' && (kinds.length + bodies >= 2 || pair)) {
      for (const o of unresolved) o.evidence.organisation += WEIGHT.list;
      changed = true;
    } else if (kind === 'person' && kinds.length >= 1) {
      for (const o of unresolved) if (o.to > o.from && !o.unit.words.slice(o.from, o.to + 1).some((w) => w.acronym)) o.evidence.person += WEIGHT.list;
      changed = true;
    }
  }
  const resolution = changed ? resolveActors(text, all) : first;
  const sentenceOf = (o: Occurrence): Span => o.unit.span;
  const statements = attachStatements(text, units, byUnit, resolution);
  return resolution.actors
    .map((actor) => {
      const result = toArticleActor(text, actor, resolution, sentenceOf);
      result.statements = statements.get(actor) ?? [];
      return result;
    })
    .filter((a) => !namedStorm(a) && !functionWordOnly(a));
}

/** "Shafaq News/ The death toll": a lone function word cut from a sentence names no one. */
function functionWordOnly(a: ArticleActor): boolean {
  const words = a.name.trim().split(/\s+/);
  return words.length === 1 && FUNCTION_WORDS.has(words[0].toLowerCase());
}

/** "Hurricane Helene", "Typhoon Yagi": a storm named like a person is no actor. */
function namedStorm(a: ArticleActor): boolean {
  const first = a.name.trim().split(/\s+/)[0]?.toLowerCase();
  return a.kind === 'person' && first !== undefined && NAMED_EVENT_WORDS.has(first) && a.name.trim().split(/\s+/).length >= 2;
}

/**
 * The blocks that stand in the header of a scraped page, beside what a header holds: a line that
 * is a date ("August 1, 2025"), a "Published"/"Updated" line of site furniture, or a repeat of the
 * headline (a heading of four words or more written twice). Bylines stand there.
 */
function headerLines(structure: ArticleInput['structure'], units: readonly Unit[]): Set<number> {
  const blocks = structure.blocks;
  const seen = new Map<string, number>();
  for (const b of blocks) seen.set(b.text.trim(), (seen.get(b.text.trim()) ?? 0) + 1);
  const repeatedHeadline = (i: number) => blocks[i] !== undefined && blocks[i].kind !== 'paragraph' && (seen.get(blocks[i].text.trim()) ?? 0) > 1 && blocks[i].text.trim().split(/\s+/).length >= 4;
  const dateOnly = new Set<number>();
  const wordsOf = new Map<number, Word[]>();
  for (const u of units) wordsOf.set(u.block, [...(wordsOf.get(u.block) ?? []), ...u.words]);
  for (const [i, words] of wordsOf) if (i >= 0 && words.length > 0 && words.length <= 6 && words.every((w) => w.tags.has('Date') || w.tags.has('Value') || w.tags.has('Month'))) dateOnly.add(i);
  const furnitureBetween = (a: number, b: number) => structure.boilerplate.some((r) => r.kind === 'site-furniture' && r.span.start >= a && r.span.end <= b);
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') return;
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (repeatedHeadline(i - 1) || repeatedHeadline(i + 1) || dateOnly.has(i - 1) || dateOnly.has(i + 1) ||
      furnitureBetween(before?.span.end ?? 0, b.span.start) || furnitureBetween(b.span.end, after?.span.start ?? structure.length)) out.add(i);
  });
  return out;
}

/** A member of a list that is one capitalised organisation word, not first in its sentence: "Navy". */
function genericBody(o: Occurrence): boolean {
  const w = o.unit.words[o.from];
  return o.from === o.to && w.cap && !w.initial && !o.possessive && GENERIC_ORG_NAMES.has(w.folded);
}

/**
 * "Police arrested Tendai Biti, Fadzayi Mahere and Ostallos Siziba": a list whose members are all
 * two- or three-word names with no evidence of any kind, in a paragraph and not after a place
 * preposition or "of" ("in Koshi Haraicha, Belbari…"), names people: places and organisations in
 * lists are mostly one word or carry a place or organisation word. Three members are needed, or
 * two when compromise knows one of the words as a given name.
 */
function listOfPersonalNames(list: readonly Occurrence[]): boolean {
  const first = list[0];
  const words = first.unit.words;
  if (first.heading || list.length < 2) return false;
  const lead = words[first.from - 1];
  if (lead && (PLACE_PREPOSITIONS.has(lead.folded) || lead.folded === 'of' || lead.folded === 'from' || lead.folded === 'to' || lead.folded === 'between')) return false;
  const named = list.every((o) => {
    const run = words.slice(o.from, o.to + 1);
    const e = o.evidence;
    return run.length >= 2 && run.length <= 3 && !o.possessive && o.canonical === undefined && e.person + e.organisation + e.place + e.group === 0 &&
      run.every((w) => w.cap && !w.acronym && !FUNCTION_WORDS.has(w.folded) && !ORG_CUES.has(w.folded) && !GEO_FEATURES.has(w.folded));
  });
  if (!named) return false;
  return list.length >= 3 || list.some((o) => words.slice(o.from, o.to + 1).some((w) => w.tags.has('FirstName')));
}

/**
 * The last block, after a paragraph, cut off before its sentence ends (a stored copy that stops
 * mid-sentence: "Gov. Wes Moore, Sen. Ben Cardin and offi"): the rest of that paragraph, however
 * many names it holds, when it has eight words or more and no closing punctuation (readsAsProse
 * takes such a line only when two of its words are lower-case words, which a line of names lacks).
 */
function cutShort(blocks: ArticleStructure['blocks'], i: number): boolean {
  if (i !== blocks.length - 1 || i === 0 || blocks[i - 1].kind !== 'paragraph') return false;
  const text = blocks[i].text.trim();
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 8 && !/[.!?:;"”’)\]]$/u.test(text);
}

/**
 * A heading that is a sentence: a scraped excerpt cut mid-sentence leaves its last line without a
 * stop, and the structure reads it as a heading ("U.S. National Security Council spokesperson
 * Adrienne Watson said W"). Five words or more, two of them lower-case words that are not
 * function words, read as prose.
 */
function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 5) return false;
  // Title case leaves only short function words in lower case ("Flood Toll Rises in the Valley").
  const lower = words.filter((w) => /^[“"‘(]?\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return lower.length >= 2;
}

/**
 * "Johnson and Jacklyn Yandam": two given names joined by "and" before one family name. The lone
 * given name takes the family name ("Johnson Yandam").
 */
function sharedFamilyName(list: readonly Occurrence[]): void {
  if (list.length !== 2) return;
  const [lone, full] = list;
  const words = lone.unit.words;
  const given = (w: Word) => w.tags.has('FirstName');
  if (lone.from !== lone.to || full.to - full.from !== 1 || lone.canonical || full.canonical) return;
  const named = (w: Word) => w.tags.has('Place') || w.tags.has('Organization') || w.acronym;
  if (!words[lone.from].tags.has('Person') || named(words[full.from]) || named(words[full.to]) || given(words[full.to]) || words[lone.to + 1]?.folded !== 'and') return;
  lone.canonical = `${lone.text} ${words[full.to].text}`;
  lone.key = actorKey(lone.canonical);
  lone.evidence.person += WEIGHT.list;
}
