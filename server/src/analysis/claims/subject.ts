/**
 * Whose figure it is: the named actor that does the verb the figure is the object of ("Marrow won
 * 48,210 votes", "Japan promised 500 million yen", "The Civic Alliance holds 14 of the 31 seats",
 * "Marrow's own party holds 12"). Two figures of the same measure with different named subjects
 * are about different things — the winner's votes and the runner-up's, one donor's pledge and
 * another's — so the matcher never compares them.
 *
 * Only a named actor counts: a pronoun ("she", "his party") or a common noun ("the agency") names
 * no one the other article could contradict, and a figure without a subject stays comparable.
 */
import type { ArticleActor, Term } from '../types';
import { isVerbLike, has, word } from './terms';
import { SAYING } from './attribution';
import { verbish } from './phrases';
import {
  NOT_VERBS,
  OBJECT_FILLERS,
  RELATIVE_OPENERS,
  SUBJECT_AUXILIARIES as AUX,
  SUBJECT_PLACE_PREPOSITIONS,
  VOTE_FORMS,
  VOTES_WON_VERBS,
} from '../lexicon/claims';

/** An actor mention as term-independent offsets. */
export interface ActorSpan {
  start: number;
  end: number;
  key: string;
  person: boolean;
}

/** Mention spans of the article's people and organisations and places, sorted by start. */
export function actorSpans(actors: readonly ArticleActor[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const a of actors) {
    if (!a || a.kind === 'group' || typeof a.key !== 'string') continue;
    for (const m of a.mentions ?? []) if (m?.span) out.push({ start: m.span.start, end: m.span.end, key: a.key, person: a.kind === 'person' });
  }
  return out.sort((x, y) => x.start - y.start);
}



function mentionEndingAt(spans: readonly ActorSpan[], t: Term): ActorSpan | undefined {
  for (const s of spans) if (s.end > t.start && s.end <= t.end + 2 && s.start <= t.start) return s;
  return undefined;
}

function mentionStartingAt(spans: readonly ActorSpan[], t: Term): ActorSpan | undefined {
  for (const s of spans) if (s.start >= t.start && s.start < t.end) return s;
  return undefined;
}

/** The last person named before `offset`, no further back than `within` characters: whom a pronoun stands for. */
function lastPersonBefore(spans: readonly ActorSpan[], offset: number, within = Infinity): ActorSpan | undefined {
  let last: ActorSpan | undefined;
  for (const s of spans) if (s.person && s.end <= offset && offset - s.end < within) last = s;
  return last;
}

/**
 * "More than 50,000 residents voted for her": the candidate voted for is whose votes they are. A
 * pronoun stands for the last person named before it.
 */
function votedFor(terms: readonly Term[], end: number, spans: readonly ActorSpan[]): string | undefined {
  for (let k = end + 1; k < Math.min(terms.length - 1, end + 6); k++) {
    if (VOTE_FORMS.has(word(terms[k])) && word(terms[k + 1]) === 'for') {
      const target = terms[k + 2];
      if (!target) return undefined;
      const named = mentionStartingAt(spans, target);
      if (named) return named.key;
      if (/^(?:her|him)$/.test(word(target))) return lastPersonBefore(spans, terms[0].start)?.key;
      return undefined;
    }
    if (/[,;:.!?()]/.test(terms[k].post)) return undefined;
  }
  return undefined;
}

/**
 * A count of votes followed by "for" ("… and 6.27 million for his rival, former diplomat Edmundo
 * Gonzalez", "4.45 million votes for Gonzalez"): the first person or body named before the clause
 * ends, past at most one comma (an appositive), is whose votes they are.
 */
function votesFor(terms: readonly Term[], end: number, spans: readonly ActorSpan[]): string | undefined {
  let k = end + 1;
  if (VOTE_FORMS.has(word(terms[k]))) k++;
  if (word(terms[k]) !== 'for' || /[,;:.!?()]/.test(terms[k - 1].post)) return undefined;
  let commas = 0;
  for (let j = k + 1; j < terms.length && j - k <= 10; j++) {
    const named = mentionStartingAt(spans, terms[j]);
    if (named) return named.key;
    if (/[;:.!?()—–]/.test(terms[j].post)) return undefined;
    if (/,/.test(terms[j].post) && ++commas > 1) return undefined;
  }
  return undefined;
}

/**
 * "the 5.15 million votes the electoral authority said Maduro had won": a count of votes followed,
 * in its clause, by a name and a verb of winning; the name is whose votes they are.
 */
function votesWonBy(terms: readonly Term[], end: number, spans: readonly ActorSpan[]): string | undefined {
  for (let j = end + 1; j < terms.length && j - end <= 10; j++) {
    if (j > end + 1 && /[,;:.!?()—–]/.test(terms[j - 1].post)) return undefined;
    if (!VOTES_WON_VERBS.has(word(terms[j]))) continue;
    let k = j - 1;
    while (k > end && AUX.has(word(terms[k]))) k--;
    return k > end ? mentionEndingAt(spans, terms[k])?.key : undefined;
  }
  return undefined;
}

/**
 * "declared Maduro the winner with 51% of the vote", "Chapo won with 71 percent": a share of the
 * vote after "with" is the share of the actor named just before it in its clause.
 */
function winnerWith(terms: readonly Term[], start: number, spans: readonly ActorSpan[]): string | undefined {
  const k = start - 1;
  if (k < 1 || word(terms[k]) !== 'with' || /[,;:.!?()—–]/.test(terms[k - 1].post)) return undefined;
  for (let j = k - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const named = mentionEndingAt(spans, terms[j]);
    // "won the election in Brenford with 48,210 votes" (a place, where), "Tomas Vey of the Civic
    // Alliance came second with 42,000 votes" (the person before "of").
    if (named) return whoIs(terms, spans, named)?.key;
    if (j > 0 && /[,;:.!?()—–]/.test(terms[j - 1].post)) return undefined;
  }
  return undefined;
}

/**
 * The actor key of the named subject of the verb governing the figure at `start`, if any. `votes`:
 * the figure counts votes, so "for X" and "X won" after it name whose they are.
 */
export function subjectOf(terms: readonly Term[], start: number, spans: readonly ActorSpan[], end = start, votes = false): string | undefined {
  if (spans.length === 0) return undefined;
  const candidate = votedFor(terms, end, spans) ?? (votes ? (votesFor(terms, end, spans) ?? votesWonBy(terms, end, spans) ?? winnerWith(terms, start, spans)) : undefined);
  if (candidate) return candidate.replace(/^[^\s]+['’]s\s+/, '');
  const stops = /[;:.!?()—–]/;
  // Find the verb: walk left over the object's words ("won Sunday's election in Brenford with").
  // A word right after a named actor is its verb whatever its tag ("The Civic Alliance still
  // holds 14", where "holds" is read as a plural noun).
  let v = -1;
  for (let k = start - 1, n = 0; k >= 0 && n < 9; k--, n++) {
    const t = terms[k];
    if (stops.test(t.post) || /,/.test(t.post)) return undefined;
    let j = k - 1;
    while (j >= 0 && AUX.has(word(terms[j])) && !stops.test(terms[j].post) && !/,/.test(terms[j].post)) j--;
    const afterActor = j >= 0 && !/[,;:.!?()—–]/.test(terms[j].post) && !NOT_VERBS.has(word(t)) && !has(t, 'Preposition') && !has(t, 'Determiner') && mentionEndingAt(spans, terms[j]) !== undefined;
    if (afterActor || verbish(t) || (isVerbLike(t) && !has(t, 'Noun'))) {
      v = k;
      break;
    }
    if (OBJECT_FILLERS.has(word(t))) continue;
    if (has(t, 'Value')) return undefined;
    if (!has(t, 'Noun') && !has(t, 'Adjective') && !has(t, 'Possessive')) return undefined;
  }
  if (v < 1) return undefined;
  // "The coast guard said 104 people had been rescued": who says a figure is its source (the
  // attribution), not whose figure it is.
  if (SAYING.has(word(terms[v]))) return undefined;
  let k = v - 1;
  while (k >= 0 && AUX.has(word(terms[k])) && !stops.test(terms[k].post)) k--;
  if (k < 0 || stops.test(terms[k].post)) return undefined;
  // "The Organization of American States, which deployed 36 observers": the relative pronoun
  // stands for the name before its comma.
  // "opposition candidate Edmundo González who garnered 44 percent": without the comma, when a
  // name stands right before it.
  if (k > 0 && RELATIVE_OPENERS.has(word(terms[k])) && (/,\s*$/.test(terms[k - 1].post) || (/^\s*$/.test(terms[k - 1].post) && mentionEndingAt(spans, terms[k - 1]) !== undefined))) k--;
  // "Daniel Chapo of the Frelimo party, which has ruled for half a century, took 71 percent": the
  // subject stands before a relative clause set off by commas.
  else if (/,\s*$/.test(terms[k].post)) {
    for (let c = k - 1, n = 0; c > 0 && n < 16; c--, n++) {
      if (stops.test(terms[c].post)) break;
      if (/,\s*$/.test(terms[c - 1].post) && RELATIVE_OPENERS.has(word(terms[c]))) {
        k = c - 1;
        break;
      }
    }
  }
  let subject = mentionEndingAt(spans, terms[k]);
  // "Maduro has been re-elected … in elections in which he won 51.20 percent of the votes": with
  // votes, "he" or "she" stands for the last person named before it, within a few lines.
  if (!subject && votes && /^(?:he|she)$/.test(word(terms[k]))) subject = lastPersonBefore(spans, terms[k].start, 400);
  // "Daniel Chapo from the Frelimo party": a named person before "of" or "from" and a common-noun
  // phrase.
  for (let j = k - 1, n = 0; !subject && j > 0 && n < 5 && !stops.test(terms[j].post) && !/,/.test(terms[j].post); j--, n++) {
    if ((word(terms[j]) === 'of' || word(terms[j]) === 'from') && !/,/.test(terms[j - 1].post)) subject = mentionEndingAt(spans, terms[j - 1]);
  }
  if (!subject) {
    // "Marrow's own party holds 12": a named possessor of a common-noun subject.
    for (let j = k, n = 0; j >= 0 && n < 3; j--, n++) {
      const t = terms[j];
      if (j !== k && (stops.test(t.post) || /,/.test(t.post))) break;
      if (/['’]s$/i.test(t.text) || has(t, 'Possessive')) {
        subject = mentionStartingAt(spans, t) ?? mentionEndingAt(spans, t);
        break;
      }
      if (!has(t, 'Noun') && !has(t, 'Adjective')) break;
      if (has(t, 'Pronoun')) break;
    }
    if (!subject) return undefined;
  }
  // "Vey's Civic Alliance" is the Civic Alliance.
  return whoIs(terms, spans, subject)?.key.replace(/^[^\s]+['’]s\s+/, '');
}

/**
 * Who a name found as a subject stands for: the person before "of" or "from" ("Tomas Vey of the
 * Civic Alliance, won", "Daniel Chapo from the Frelimo party took"), or no one when the name is a
 * place after a preposition ("compounds in Southeast Asia generate…": where, not who).
 */
function whoIs(terms: readonly Term[], spans: readonly ActorSpan[], named: ActorSpan): ActorSpan | undefined {
  let subject = named;
  const first = terms.findIndex((t) => t.end > subject.start);
  if (first >= 2) {
    let j = first - 1;
    if (word(terms[j]) === 'the') j--;
    if (j >= 1 && (word(terms[j]) === 'of' || word(terms[j]) === 'from') && !/[,;]/.test(terms[j - 1].post)) {
      const owner = mentionEndingAt(spans, terms[j - 1]);
      if (owner) subject = owner;
    }
  }
  const head = terms.findIndex((t) => t.end > subject.start);
  const before = terms[head - 1];
  if (before && !/[,;:.!?()]/.test(before.post) && (has(before, 'Preposition') || SUBJECT_PLACE_PREPOSITIONS.has(word(before)))) return undefined;
  return subject;
}
