/**
 * Identity of actors within and across articles.
 *
 * A key survives case, diacritics ("Agnès" = "Agnes"), curly and straight apostrophes, a
 * possessive ending, a leading "the", dots and hyphens. Well-known acronyms and other names of
 * countries resolve to the full name ("UN" → "united nations", "U.S." and "USA" → "united
 * states", "Burma" → "myanmar"). National groups key by their demonym: "Vietnamese nationals",
 * "Vietnamese citizens" and "Cambodians"/"Cambodian nationals" pair up as "vietnamese nationals"
 * and "cambodian nationals". A demonym alone ("Cambodian authorities") is not the country.
 */
import type { ActorKind, ArticleActor, CorpusActor } from '../types';
import { fold, foldWords } from './fold';
import { demonym, isAcronymName, placeByWords } from './gazetteer';
import { acronymLetters, acronymWrittenInLowerCase, expandAcronym, initials, isAcronym } from './organisations';
import { ADMINISTRATIVE_UNITS, GENERIC_ORG_NAMES, GROUP_NOUNS, LEGAL_FORMS, ORG_CUES, PUBLICATION_SUFFIXES, ROLE_MODIFIERS, STATE_BODY_NOUNS } from '../lexicon';

/** Identity key of a name: survives case, diacritics, curly apostrophes and possessives. */
export function actorKey(name: string): string {
  let s = String(name ?? '').trim().replace(/['’‘`]s$/i, '').replace(/(s)['’‘`]$/i, '$1');
  s = s.replace(/^the\s+/i, '');
  // "National Electoral Council (CNE)": the acronym in brackets, as names are shown, is no part of the key.
  const bracketed = /^(.*\S)\s*\([^()]*\)$/.exec(s);
  if (bracketed) s = bracketed[1];
  // A nickname in quotes is not part of the identity: Rodrigo “Digoy” Santillan = Rodrigo Santillan.
  s = s.replace(/\s+[“"‘][^”"’]{1,30}[”"’](?=\s)/g, '');
  if (!s) return '';
  // "dpa": a well-known agency's own lower-case acronym is the agency.
  const written = acronymWrittenInLowerCase(s);
  if (written) return actorKey(written.name);
  if (isAcronym(s)) {
    const letters = acronymLetters(s);
    const asPlace = placeByWords([fold(s)]) ?? placeByWords([fold(letters)]);
    if (asPlace) return fold(asPlace.name);
    const full = expandAcronym(letters);
    if (full) return actorKey(full);
    return fold(letters);
  }
  let words = foldWords(s).map((w) => w.replace(/\./g, '')).filter(Boolean);
  // "Velmora Province" and "Velmora" are one place; "Karen State" and "Mexico City" keep their word.
  if (words.length > 1 && ADMINISTRATIVE_UNITS.has(words[words.length - 1])) words = words.slice(0, -1);
  // "Anthem Inc." and "Anthem" are one company, "Wired Magazine" and "Wired" one publication,
  // "Al-Jadeed TV" and "Al-Jadeed" one broadcaster ("Nepal TV" is no Nepal).
  while (words.length > 1 && (LEGAL_FORMS.has(words[words.length - 1]) || (PUBLICATION_SUFFIXES.has(words[words.length - 1]) && !placeByWords(words.slice(0, -1))))) words = words.slice(0, -1);
  // "U.S. National Security Council" is the National Security Council the article names: a
  // country before a body whose name starts with a generic word says only whose it is.
  for (let n = Math.min(LONGEST_COUNTRY_PREFIX, words.length - 2); n >= 1; n--) {
    const country = placeByWords(words.slice(0, n));
    const next = words[n];
    if (country?.kind === 'country' && (ROLE_MODIFIERS.has(next) || ORG_CUES.has(next) || GENERIC_ORG_NAMES.has(next)) && words.length - n >= 2) {
      words = words.slice(n);
      break;
    }
  }
  // "the Department of Health and Human Services" and "the Health and Human Services Department".
  if (words.length > 2 && words[1] === 'of' && REORDERED_BODY_HEADS.has(words[0])) words = [...words.slice(words[2] === 'the' && words.length > 3 ? 3 : 2), words[0]];
  // "Spain's interior ministry" and "the Spanish interior ministry" are one body.
  const owner = words.length > 2 && /'s$/.test(words[0]) ? placeByWords([words[0].replace(/'s$/, '')]) : undefined;
  if (owner && owner.adjectives.length > 0) words = [...foldWords(owner.adjectives[0]), ...words.slice(1)];
  // "the Supreme Court of Venezuela" and "the Venezuelan Supreme Court" are one body.
  const of = words.lastIndexOf('of');
  if (of > 0 && STATE_BODY_NOUNS.has(words[of - 1])) {
    const country = placeByWords(words.slice(of + 1));
    if (country?.kind === 'country' && country.adjectives.length > 0) words = [...foldWords(country.adjectives[0]), ...words.slice(0, of)];
  }
  const place = placeByWords(words);
  if (place && !isAcronymName(words)) return fold(place.name);
  const group = groupKey(words);
  if (group) return group;
  return words.join(' ');
}


/** Bodies named either way round: "Ministry of Health" and "Health Ministry". */
const REORDERED_BODY_HEADS = new Set(['ministry', 'department']);
const LONGEST_COUNTRY_PREFIX = 3;

/** "vietnamese nationals" for "Vietnamese nationals", "Vietnamese citizens"; "cambodian nationals" for "Cambodians". */
function groupKey(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const last = words[words.length - 1];
  const head = GROUP_NOUNS.has(last) ? words.slice(0, -1) : words;
  const hit = head.length > 0 ? demonym(head) : undefined;
  if (!hit) return undefined;
  if (!hit.plural && !GROUP_NOUNS.has(last)) return undefined;
  return `${fold(hit.entry.adjectives[0] ?? hit.entry.name)} nationals`;
}

/** The order in which kinds win a tie: a name read as a person or organisation says more than a place. */
const KIND_ORDER: readonly ActorKind[] = ['person', 'organisation', 'group', 'place'];

function wordCount(name: string): number {
  return name.split(/\s+/).filter(Boolean).length;
}

/** Whether `a` is a fuller name than `b`: more words, then more characters. */
export function fuller(a: string, b: string): boolean {
  const wa = isAcronym(a) ? 0 : wordCount(a);
  const wb = isAcronym(b) ? 0 : wordCount(b);
  return wa !== wb ? wa > wb : a.length > b.length;
}

/**
 * Merges the actors of several articles into one list, by identity key. An actor known in one
 * article only by an acronym ("FATF") joins the actor whose acronym or initials it is when
 * exactly one does (a person only when the acronym's articles make it a person too). The merged actor takes the fullest name any article uses and the kind most
 * articles give it (ties: person, organisation, group, place); roles, relations, statements and
 * mentions keep their article.
 */
export function mergeActors(articles: readonly { article: string; actors: readonly ArticleActor[] }[]): CorpusActor[] {
  const byKey = new Map<string, CorpusActor>();
  const kindVotes = new Map<string, Map<ActorKind, number>>();
  const acronyms = new Map<string, string>();
  for (const { article, actors } of articles) {
    for (const a of actors) {
      let merged = byKey.get(a.key);
      if (!merged) {
        merged = { key: a.key, name: a.name, kind: a.kind, aliases: [], roles: [], relations: [], statements: [], mentions: [], articles: [] };
        byKey.set(a.key, merged);
        kindVotes.set(a.key, new Map());
      }
      absorb(merged, a, article);
      const votes = kindVotes.get(a.key)!;
      votes.set(a.kind, (votes.get(a.kind) ?? 0) + 1);
      if (a.acronym) acronyms.set(acronymLetters(a.acronym), a.key);
    }
  }

  // Acronym-only actors join the full-name actor they abbreviate, when that is unambiguous.
  for (const [key, actor] of [...byKey]) {
    if (!isAcronym(actor.name)) continue;
    const letters = acronymLetters(actor.name);
    let target = acronyms.get(letters);
    if (!target || target === key) {
      // A person is named by initials only where the articles say the initials are a person:
      // "MDR", a broadcaster in one article, is not a person whose name has those initials in another.
      const person = majorityKind(kindVotes.get(key)) === 'person';
      const candidates = [...byKey.values()].filter((c) => c.key !== key && !isAcronym(c.name) && initials(c.name) === letters && (person || majorityKind(kindVotes.get(c.key)) !== 'person'));
      target = candidates.length === 1 ? candidates[0].key : undefined;
    }
    const into = target ? byKey.get(target) : undefined;
    if (!into || into === actor) continue;
    absorbActor(into, actor);
    const votes = kindVotes.get(into.key)!;
    for (const [kind, n] of kindVotes.get(key) ?? []) votes.set(kind, (votes.get(kind) ?? 0) + n);
    byKey.delete(key);
  }

  // "Edmundo González" in one article, "Edmundo González Urrutia" in another: a person named by
  // the first words of exactly one longer name (a second family name, as Spanish names have) is
  // that person.
  const personKeys = [...byKey.values()].filter((a) => majorityKind(kindVotes.get(a.key)) === 'person').map((a) => a.key);
  for (const key of personKeys) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const longer = personKeys.filter((k) => k !== key && k.startsWith(`${key} `) && k.split(' ').length - words.length <= 2);
    const actor = byKey.get(key);
    const into = longer.length === 1 ? byKey.get(longer[0]) : undefined;
    if (!actor || !into) continue;
    absorbActor(into, actor);
    const votes = kindVotes.get(into.key)!;
    for (const [kind, n] of kindVotes.get(key) ?? []) votes.set(kind, (votes.get(kind) ?? 0) + n);
    byKey.delete(key);
  }

  for (const [key, actor] of byKey) {
    const votes = kindVotes.get(key);
    if (votes) actor.kind = [...KIND_ORDER].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))[0];
    actor.aliases = actor.aliases.filter((a) => a !== actor.name);
  }
  return [...byKey.values()];
}

/** The kind most articles give, ties broken in KIND_ORDER. */
function majorityKind(votes: ReadonlyMap<ActorKind, number> | undefined): ActorKind | undefined {
  if (!votes) return undefined;
  return [...KIND_ORDER].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))[0];
}

/** Moves everything `from` holds into `into`: names as aliases, roles, relations, statements, mentions, articles. */
function absorbActor(into: CorpusActor, from: CorpusActor): void {
  addAlias(into, from.name);
  for (const alias of from.aliases) addAlias(into, alias);
  into.roles.push(...from.roles);
  into.relations.push(...from.relations);
  into.statements.push(...from.statements);
  into.mentions.push(...from.mentions);
  for (const article of from.articles) if (!into.articles.includes(article)) into.articles.push(article);
}

function addAlias(actor: CorpusActor, alias: string): void {
  if (alias !== actor.name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
}

function absorb(merged: CorpusActor, a: ArticleActor, article: string): void {
  if (fuller(a.name, merged.name)) {
    const previous = merged.name;
    merged.name = a.name;
    addAlias(merged, previous);
  } else {
    addAlias(merged, a.name);
  }
  for (const alias of a.aliases) addAlias(merged, alias);
  if (a.acronym) addAlias(merged, a.acronym);
  merged.roles.push(...a.roles.map((r) => ({ ...r, article })));
  merged.relations.push(...a.relations.map((r) => ({ ...r, article })));
  merged.statements.push(...a.statements.map((s) => ({ ...s, article })));
  merged.mentions.push(...a.mentions.map((m) => ({ ...m, article })));
  if (!merged.articles.includes(article)) merged.articles.push(article);
}
