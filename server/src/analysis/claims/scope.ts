/**
 * The place and time a figure is scoped to. Places come from the actor extractor's place actors
 * (their keys, so they match across articles) and, as a fallback, from capitalised words after
 * "in", "across", "throughout"; only places governed by such a locative preposition count: "85
 * Cambodians" or "Cambodian authorities" name people, not the scope of the figure. Times are
 * concrete: dates, weekdays, months, years, "last year". Vague times ("in recent weeks",
 * "recently") are no scope, so they never keep two articles' figures apart.
 *
 * A figure takes the nearest mention after it (before the next figure), else the nearest
 * before it in the same sentence: "300 by Monday and 450 by Thursday" scope each total to its
 * day, and "In 2024, police arrested 300 and seized $2 million" scope both to 2024.
 */
import type { ArticleActor, Span, Term } from '../types';
import { has, isCapitalised, word } from './terms';
import { nationality } from './vocabulary';
import { SAYING_VERBS } from '../lexicon';
import { foldWords } from '../actors/fold';
import { worldPlaceByWords } from '../actors/worldPlaces';
import {
  AREA_ADJECTIVES,
  CLAUSE_JOINS,
  COMPASS_WORDS,
  DAY_WORDS,
  EVENT_NOUNS_AFTER_YEAR,
  leadingWords,
  NOT_PLACES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  RANKING_NOUNS,
  RELATIVE_UNITS,
  TALLYING_VERBS,
  TIME_LEADS,
  TIME_TEXT_PREPOSITIONS,
} from '../lexicon/claims';

const TIME_TEXT_PREPOSITIONS_BEFORE = leadingWords(TIME_TEXT_PREPOSITIONS);

export interface Mention {
  first: number;
  last: number;
  /** Place key, or the time as written. */
  text: string;
  key: string;
  year?: number;
}


/** Identity key of a place name: lower case, diacritics and possessive stripped. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/i, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Place actors' mention spans with their keys, sorted by start. */
export function placeSpans(actors: readonly ArticleActor[]): { span: Span; key: string }[] {
  const out: { span: Span; key: string }[] = [];
  for (const a of actors) if (a.kind === 'place') for (const m of a.mentions) out.push({ span: m.span, key: a.key });
  return out.sort((x, y) => x.span.start - y.span.start);
}

/** Keys of actors that are not places, so the fallback never reads a person as a place. */
export function nonPlaceKeys(actors: readonly ArticleActor[]): Set<string> {
  const keys = new Set<string>();
  for (const a of actors) if (a.kind !== 'place') {
    keys.add(placeKey(a.key));
    keys.add(placeKey(a.name));
    for (const alias of a.aliases) keys.add(placeKey(alias));
  }
  return keys;
}

/**
 * Whether a locative preposition governs the place at `first`: "in Cambodia", "across the
 * region of X", "in neighbouring Korsa Province", "in the neighbouring city of Eastbrook".
 */
function locativeBefore(terms: readonly Term[], first: number): boolean {
  let k = first - 1;
  if (word(terms[k]) === 'of' && PLACE_NOUNS.has(word(terms[k - 1]))) k -= 2;
  for (let n = 0; k >= 0 && n < 3; n++) {
    const w = word(terms[k]);
    if (PLACE_PREPOSITIONS.has(w)) return !/[,;:.!?()]/.test(terms[k].post);
    if (/[,;:.!?()]/.test(terms[k].post)) return false;
    // A compound modifier ("hardest-hit", "flood-hit", "worst-affected") is one word before the place.
    const compound = has(terms[k], 'Hyphenated') && k > 0 && /-$/.test(terms[k - 1].post);
    if (compound) {
      k -= 2;
      continue;
    }
    if (!(w === 'the' || has(terms[k], 'Adjective') || PLACE_NOUNS.has(w) || AREA_ADJECTIVES.has(w))) return false;
    k--;
  }
  return false;
}

/** Places in a sentence governed by a locative preposition, including list continuations. */
export function placeMentions(
  terms: readonly Term[],
  places: readonly { span: Span; key: string }[],
  notPlaces: ReadonlySet<string>,
  titleCase = false,
): Mention[] {
  const found: Mention[] = [];
  if (terms.length === 0) return found;
  const from = terms[0].start;
  const to = terms[terms.length - 1].end;
  // Actor places first.
  for (const p of places) {
    if (p.span.end <= from || p.span.start >= to) continue;
    let first = -1;
    let last = -1;
    for (let k = 0; k < terms.length; k++) {
      if (terms[k].end > p.span.start && terms[k].start < p.span.end) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first >= 0) found.push({ first, last, text: p.key, key: p.key });
  }
  // Fallback: capitalised runs after a locative preposition.
  for (let k = 0; k < terms.length; k++) {
    if (!isCapitalised(terms[k]) || found.some((m) => k >= m.first && k <= m.last)) continue;
    if (has(terms[k], 'Date') || has(terms[k], 'Value') || NOT_PLACES.has(word(terms[k]))) continue;
    // "killed in Israeli strikes": a people's name before a noun in lower case says whose, not where.
    if (nationality(word(terms[k])) !== undefined && terms[k + 1] !== undefined && !isCapitalised(terms[k + 1])) continue;
    // In a title every word is capitalised: only words compromise knows as places, or compass words.
    const placeLike = (t: Term) =>
      titleCase ? has(t, 'Place') || COMPASS_WORDS.has(t.text) : has(t, 'ProperNoun') || has(t, 'Place');
    if (!placeLike(terms[k])) continue;
    let last = k;
    while (
      last + 1 < terms.length &&
      isCapitalised(terms[last + 1]) &&
      placeLike(terms[last + 1]) &&
      (!/[,;:.!?()]/.test(terms[last].post) || /^(?:St|Mt|Ft|Pt)$/.test(terms[last].text) && /^\.\s*$/.test(terms[last].post)) &&
      !has(terms[last + 1], 'Date')
    )
      last++;
    const text = terms
      .slice(k, last + 1)
      .map((t) => t.text)
      .join(' ');
    const key = placeKey(text);
    // "Analysts at Marrow & Finch": a name joined by "&" is a firm, not a place.
    const firm = /&/.test(terms[last].post) || terms[last + 1]?.text === '&';
    if (!notPlaces.has(key) && key.length > 1 && !firm) found.push({ first: k, last, text: key, key });
    k = last;
  }
  found.sort((a, b) => a.first - b.first);
  // "the Indian Ocean island of Madagascar": a place that only describes the next one (a place
  // noun and "of" follow it) is where that place lies, not a scope of its own.
  const describes = (m: Mention) => PLACE_NOUNS.has(word(terms[m.last + 1])) && word(terms[m.last + 2]) === 'of' && found.some((x) => x.first === m.last + 3);
  // Keep the ones a locative preposition governs, directly or as the next item of a list.
  const kept: Mention[] = [];
  let listOpen = false;
  let previousEnd = -2;
  // The place a governed descriptor describes takes its preposition ("in the Indian Ocean island of Madagascar").
  let inherits = -1;
  // "the deadliest raid in Brazil's history", "the worst floods in US history": the place whose
  // history a superlative ranks the figure in is no place the figure counts.
  const ranksIn = (m: Mention) => RANKING_NOUNS.has(word(terms[m.last + 1]));
  for (const m of found) {
    if (ranksIn(m)) {
      listOpen = false;
      previousEnd = m.last;
      continue;
    }
    if (describes(m) && locativeBefore(terms, m.first)) inherits = m.last + 3;
    const continues =
      listOpen &&
      (m.first === previousEnd + 1 || (m.first === previousEnd + 2 && word(terms[previousEnd + 1]) === 'and')) &&
      (/,/.test(terms[previousEnd].post) || word(terms[previousEnd + 1]) === 'and');
    if (((locativeBefore(terms, m.first) || continues || countsAt(terms, m) || opensRow(terms, m)) && !describes(m)) || m.first === inherits) {
      if (!kept.some((x) => x.key === m.key && x.first === m.first)) kept.push(m);
      listOpen = true;
    } else listOpen = false;
    previousEnd = m.last;
  }
  return kept;
}


/**
 * "Punjab recorded 304 deaths", "Sindh has reported 12 deaths": a province or state (of the
 * world data) as the subject of a verb that counts (lexicon tallyingVerbs) is where the figure
 * was counted. Not a city: a capital often stands for its government ("Islamabad reported that
 * …"), nor a clause of saying ("reported that").
 */
function countsAt(terms: readonly Term[], m: Mention): boolean {
  // "Bagmati Province has recorded 56 fatalities": the verb may follow an auxiliary.
  const verb = ['has', 'have', 'had'].includes(word(terms[m.last + 1])) ? m.last + 2 : m.last + 1;
  if (/[,;:.!?()]/.test(terms[m.last].post) || !TALLYING_VERBS.has(word(terms[verb])) || word(terms[verb + 1]) === 'that') return false;
  const text = terms.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
  return worldPlaceByWords(foldWords(text))?.kind === 'subdivision';
}

function isTimeCore(t: Term): boolean {
  return (
    // "may have been" is not May.
    (has(t, 'Month') && isCapitalised(t)) ||
    has(t, 'WeekDay') ||
    has(t, 'Year') ||
    DAY_WORDS.has(word(t)) ||
    (/^\d{4}$/.test(t.text) && +t.text >= 1900 && +t.text <= 2100)
  );
}

/** Concrete time expressions in a sentence, with a key that compares them across articles. */
export function timeMentions(terms: readonly Term[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < terms.length; k++) {
    const w = word(terms[k]);
    let first = -1;
    let last = -1;
    if ((w === 'last' || w === 'this' || w === 'past' || w === 'previous') && RELATIVE_UNITS.has(word(terms[k + 1]))) {
      first = k;
      last = k + 1;
    } else if (isTimeCore(terms[k])) {
      first = k;
      last = k;
      // Extend right over day numbers, years, "and 16", "to 16", ", 2025".
      while (last + 1 < terms.length) {
        const n = terms[last + 1];
        const nw = word(n);
        // "Aug. 3": the full stop of an abbreviated month ends no sentence.
        const abbreviatedMonth = has(terms[last], 'Month') && /^\.\s*$/.test(terms[last].post) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(nw);
        if (/[;:.!?()]/.test(terms[last].post) && !abbreviatedMonth) break;
        if (isTimeCore(n) || (/^\d{1,2}(?:st|nd|rd|th)?$/.test(nw) && !/,/.test(terms[last].post))) last++;
        else if ((nw === 'and' || nw === 'to' || nw === 'through') && /^\d{1,2}$/.test(word(terms[last + 2])) && +word(terms[last + 2]) <= 31 && (has(terms[last], 'Month') || /^\d{1,2}$/.test(word(terms[last])))) last += 2;
        // "between Oct. 21 and Jan. 16", "from March 3 to April 9": a span across months.
        else if ((nw === 'and' || nw === 'to' || nw === 'through' || nw === 'until') && terms[last + 2] && has(terms[last + 2], 'Month') && isCapitalised(terms[last + 2]) && /^\d{1,2}$/.test(word(terms[last]))) last += 2;
        else if (/^\d{4}$/.test(nw)) last++;
        else break;
      }
      // Extend left over a day number before the month ("14 July").
      while (first > 0 && /^\d{1,2}$/.test(word(terms[first - 1])) && has(terms[first], 'Month')) first--;
    } else continue;
    // Extend left over the preposition that leads it.
    for (const lead of TIME_LEADS) {
      const words = lead.split(' ');
      const s = first - words.length;
      if (s < 0) continue;
      if (words.every((lw, j) => word(terms[s + j]) === lw) && !/[,;:.!?()]/.test(terms[first - 1].post)) {
        first = s;
        break;
      }
    }
    // "a 2024 UN report": a year that modifies a noun dates the source, not the figure.
    // "up 20% from last year": a change's point of comparison, not the figure's time.
    if (word(terms[first]) === 'from' && !terms.slice(last + 1, last + 3).some((t) => word(t) === 'to')) {
      k = last;
      continue;
    }
    // "the greatest loss of territory since April 1944", "the deadliest since 2004": a record's
    // comparison, not the figure's period (but "the largest since 2019, when officers seized 1.8
    // tonnes" dates the figure of the clause that follows).
    const when = word(terms[last + 1]) === 'when';
    if (word(terms[first]) === 'since' && !when && terms.slice(Math.max(0, first - 8), first).some((t) => has(t, 'Superlative') && !/[,;:.!?()]/.test(t.post))) {
      k = last;
      continue;
    }
    const determinerBefore = has(terms[k - 1], 'Determiner') || has(terms[k - 1], 'Possessive');
    // "The 2012 Tazreen fire killed 112": a year that dates an event named as the subject does
    // date the figure ("a 2024 UN report" ends on a source, not an event).
    if (first === k && last === k && has(terms[k], 'Value') && (determinerBefore || has(terms[k + 1], 'Noun') || has(terms[k + 1], 'Acronym')) && !EVENT_NOUNS_AFTER_YEAR.has(headAfterYear(terms, k))) {
      continue;
    }
    const text = textBetween(terms, first, last);
    const yearMatch = /\b(1[89]\d\d|20\d\d|2100)\b/.exec(text);
    out.push({ first, last, text, key: timeKey(text), year: yearMatch ? +yearMatch[1] : undefined });
    k = last;
  }
  return out;
}

/** Nouns a year may date as the figure's own event ("the 2012 fire", "the 2019 election"). */
/** The head noun of the phrase a year modifies: the last noun of the run of nouns after it. */
function headAfterYear(terms: readonly Term[], k: number): string {
  let head = '';
  for (let j = k + 1; j < Math.min(terms.length, k + 5); j++) {
    if (!has(terms[j], 'Noun') && !has(terms[j], 'Adjective') && !has(terms[j], 'ProperNoun')) break;
    head = word(terms[j]);
    if (/[,;:.!?()]/.test(terms[j].post)) break;
  }
  return head;
}

function textBetween(terms: readonly Term[], first: number, last: number): string {
  let s = terms[first].text;
  for (let k = first + 1; k <= last; k++) s += terms[k - 1].post + terms[k].pre + terms[k].text;
  return s.replace(/\s+/g, ' ').trim();
}

/** "on July 16" and "July 16" compare equal; "by Monday" and "as of Monday" too. */
export function timeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[,.]/g, '')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/g, '$1')
    .replace(TIME_TEXT_PREPOSITIONS_BEFORE, '')
    .replace(/^as of\s+/, 'by ')
    .replace(/\bthe\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a place before a figure is where its source spoke, not what it counted: a verb of
 * saying stands between them, not right after the place (the speaker's own place: "doctors in
 * Tavel said"), and introduces the figure (no comma between them: "the authority said, as 4,000
 * containers sat" closes a clause instead). "An uproar in the Senate by saying thousands died".
 * A day there still dates what was said ("On Aug. 3, officials said 2,000 had been arrested").
 */
export function spokenAt(terms: readonly Term[], place: Mention, figure: number): boolean {
  // "In Israel, the ambulance service confirmed 28 deaths": a place that opens the sentence,
  // set off by a comma, is the scope of all of it, not where the source spoke.
  if (place.first === 1 && word(terms[0]) === 'in' && /,/.test(terms[place.last].post)) return false;
  // Back from the figure: a clause break first closes every verb before it.
  for (let k = figure - 1; k >= place.last + 2; k--) {
    if (/[,;:()—–]/.test(terms[k].post)) return false;
    if (SAYING_VERBS.has(word(terms[k]))) return true;
  }
  return false;
}

/**
 * The mentions a figure at [start, end] takes: those after it in its own clause (up to the next
 * figure or a comma), else the nearest group before it, not crossing into an earlier clause
 * joined by ", and", ", but" or a semicolon. "12 people were killed, the fire service said, and
 * rescuers searched on Sunday" does not date the deaths to Sunday. With `places`, a place before a
 * verb of saying is where the source spoke, not the figure's scope.
 */
export function attach(terms: readonly Term[], mentions: readonly Mention[], start: number, end: number, nextFigure: number, places = false): Mention[] {
  let clauseEnd = nextFigure;
  for (let k = end; k < nextFigure && k < terms.length; k++) {
    if (/[,;:.!?()—–]/.test(terms[k].post)) {
      clauseEnd = k + 1;
      break;
    }
  }
  let clauseStart = 0;
  for (let k = start - 1; k >= 0; k--) {
    const t = terms[k];
    // "Kandy: 118 dead, 171 missing": the label that opens a row of figures, before its colon, is its scope.
    if (mentions.some((m) => m.last === k && opensRow(terms, m))) break;
    // "On Aug. 3, …": an abbreviation's full stop ends no clause.
    if (/[;:!?()—–]/.test(t.post) || (/\.\s/.test(t.post) && !has(t, 'Abbreviation')) || (/,/.test(t.post) && CLAUSE_JOINS.has(word(terms[k + 1])))) {
      clauseStart = k + 1;
      break;
    }
  }
  // The group may run on past the clause as a list: "across Pailin, Battambang and Kampot".
  const firstAfter = mentions.findIndex((m) => m.first > end && m.first < clauseEnd);
  if (firstAfter >= 0) return group(mentions.slice(firstAfter), 'first');
  let lastBefore = -1;
  mentions.forEach((m, i) => {
    if (m.last < start && m.first >= clauseStart && !(places && spokenAt(terms, m, start))) lastBefore = i;
  });
  if (lastBefore >= 0) return group(mentions.slice(0, lastBefore + 1).filter((m) => m.first >= clauseStart), 'last');
  return [];
}

/** "Kandy: 118 dead, 171 missing": the place that opens the sentence before a colon and a number labels a row of figures, and is the row's place. */
function opensRow(terms: readonly Term[], m: Mention): boolean {
  return m.first === 0 && /^:\s/.test(terms[m.last].post) && terms[m.last + 1] !== undefined && has(terms[m.last + 1], 'Value');
}

function group(ms: readonly Mention[], from: 'first' | 'last'): Mention[] {
  const ordered = from === 'first' ? ms : [...ms].reverse();
  const out = [ordered[0]];
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1];
    const b = ordered[i];
    const gap = from === 'first' ? b.first - a.last : a.first - b.last;
    if (gap > 3) break;
    out.push(b);
  }
  return from === 'first' ? out : out.reverse();
}
