/**
 * What a figure counts. Read from three places in the sentence, as a reader would:
 *
 * - the counted noun after the figure ("1,000 individuals", "85 Cambodians", "19 properties"),
 *   or for money the thing it is an amount of ("$40 billion in illicit revenue", "assets worth
 *   $33 million", "losses of $3m"), or for a percentage its base ("1% of the 150,000 scammers");
 * - the event: the verb the figure is the object of ("arrested more than 1,000"), a participle
 *   after it ("100,000 people are held", "$40 billion stolen"), an event noun ("the arrest of
 *   1,000"), or — after a light verb ("the detainees included", "the toll rose to") — the subject;
 * - the "in X" object that narrows it ("held in compounds").
 *
 * Words fold into concepts (./vocabulary.ts) so that "arrested", "detained" and "apprehended"
 * give one measure. A figure in a list ("200 Vietnamese, 270 Indonesians, 85 Cambodians")
 * inherits the event of the item before it.
 */
import type { Term, UnitKind } from '../types';
import { isPunctuatedAfter, nounPhraseAt, textOf, verbish, type NounPhrase } from './phrases';
import { has, isCapitalised, singular, stem, word } from './terms';
import { numberWord } from './numbers';
import type { Facet } from '../types';
import {
  classConcept,
  EVENT_PARTICIPLE,
  eventConcept,
  GENERIC_PERSON_WORDS,
  isEventNoun,
  LIGHT_VERBS,
  MEASURE_STOPWORDS,
  nationality,
  REPORTING_VERBS,
} from './vocabulary';
import {
  ADDITION_WORDS as ADDED_AFTER,
  AGE_BOUND_WORDS,
  AGGREGATES,
  CHANGE_VERBS,
  COPULAS,
  EVENT_ADJECTIVES,
  HAVE_FORMS,
  HEAD_LINKS,
  JOB_HEADS,
  STAFF_HEADS,
  HEADS_BEFORE,
  COMPARISON_CONNECTORS,
  HEDGES,
  HOLD_FORMS,
  INCLUDING_FORMS,
  leadingWords,
  LIST_CONNECTORS,
  LOCATIVES as LOCATIVE,
  MAKE_FORMS,
  MARGIN_VERBS,
  MEASURE_AUXILIARIES as AUXILIARIES,
  MEASURE_CLAUSE_OPENERS as CLAUSE_OPENERS,
  MEASURE_DETERMINERS,
  AREA_PREFIXES,
  FIGURE_ASIDES,
  MEASURE_UNIT_WORDS,
  MONEY_NOUNS,
  NUMBER_HEADS,
  OBJECT_DETERMINERS,
  OF_WHAT_PRONOUNS,
  PART_OF_WORDS as PART_OF,
  PART_QUANTIFIERS,
  PER_UNIT_HEADS,
  PERSON_CLASSES,
  PERSON_EVENTS,
  POSSESSIVES,
  REFERRING_PRONOUNS,
  RESULT_VERBS,
  DEATH_RESULTS,
  SCOPE_WORDS,
  SHARE_HEADS,
  SKIP_BEFORE_VERB,
  SPAN_MODIFIERS,
  SPAN_PREPOSITIONS,
  SUBJECT_DETERMINERS,
  SUBJECT_PREPOSITIONS,
  SUPERSEDED_ADVERBS,
  EARLIER_ADJECTIVES,
  CONDITION_ADJECTIVES,
  NEGATIONS,
  SEVERITY_WORDS,
  TIME_NOUNS,
  TIME_UNITS,
  VALUATION_VERBS,
  VALUE_MODIFIERS,
  WALK_OUT_FORMS,
  SHOOT_DOWN_FORMS,
  MOTION_VERB_FORMS,
  TAKE_PART_FORMS,
  REMAINS_NOUNS,
} from '../lexicon/claims';

const SUBJECT_DETERMINERS_BEFORE = leadingWords(SUBJECT_DETERMINERS, 'i');
const OBJECT_DETERMINERS_BEFORE = leadingWords(OBJECT_DETERMINERS, 'i');


export interface MeasureParts {
  /** The counted noun phrase (counts), object (money) or base (percent). */
  noun?: NounPhrase;
  /** The singular, lower-case counted noun for `Unit.noun`. */
  unitNoun?: string;
  events: string[];
  /** The verb or event noun as written, for the label ("operating", "stolen"). */
  eventText?: string;
  classes: string[];
  nationalities: string[];
  /** Other content words (stems of verbs outside the vocabulary). */
  extra: string[];
  /** How the figure relates to the whole it belongs to ("Nine of the suspects", "three more"). */
  facets: Facet[];
  /** The facet's detail: the aggregate word, the sub-population, the kind of parts. */
  facetDetail?: string;
  /** "in compounds": a narrowing object. */
  inObject?: string;
  /** "from victims": said after a participle, kept for the label only. */
  fromPhrase?: string;
  /** The subject of a light verb as written ("unemployment", "the death toll"), for labels. */
  subjectText?: string;
  /** Last term of the figure's own phrase, so the next list item can tell it follows directly. */
  end: number;
}


/** The phrase is what the figure counts: its noun, the unit noun (a nationality or the singular head), and its words. */
function takeNoun(terms: readonly Term[], np: NounPhrase, parts: MeasureParts): void {
  parts.noun = np;
  parts.unitNoun = nationality(word(terms[np.head])) ?? singular(word(terms[np.head]));
  // "1,000 square kilometres": the unit is the area, not the length.
  if (np.head > 0 && AREA_PREFIXES.has(word(terms[np.head - 1]))) parts.unitNoun = `square ${parts.unitNoun}`;
  foldPhrase(terms, np, parts);
}

/** Folds the words of a noun phrase into classes, events and nationalities. */
function foldPhrase(terms: readonly Term[], np: NounPhrase, into: MeasureParts): void {
  for (let k = np.first; k <= np.head; k++) {
    const w = word(terms[k]);
    const nat = nationality(w);
    if (nat) {
      into.nationalities.push(nat);
      if (k === np.head) into.classes.push('person');
      continue;
    }
    if (k === np.head) {
      // "police personnel", "army staff": the class word before the head says who they are.
      const served = STAFF_HEADS.has(w) ? terms.slice(np.first, np.head).map((t) => classConcept(word(t))).find((c) => c !== undefined) : undefined;
      const cls = classConcept(w) ?? served;
      if (cls) into.classes.push(cls);
      const ev = eventConcept(w);
      if (ev) into.events.push(ev);
      if (!cls && !ev) into.extra.push(singular(w));
    } else {
      const ev = eventConcept(w);
      if (ev && has(terms[k], 'Noun')) {
        // "2,000 rescue workers": the event word names their job, not what happened to them.
        const head = word(terms[np.head]);
        if (JOB_HEADS.has(head)) into.extra.push(`${singular(w)} ${singular(head)}`);
        else into.events.push(ev);
      }
      // "21,000 annulled ballots", "1,200 destroyed homes": a participle before the noun says
      // what happened to what is counted, as one after it does ("ballots annulled").
      else if (isParticiple(w) && !has(terms[k], 'Noun')) foldParticiple(w, into);
    }
  }
}

/** An -ed form that may say what happened to what is counted ("annulled", "affected"). */
function isParticiple(w: string): boolean {
  return /^[a-z]{3,}ed$/.test(w) && !MEASURE_STOPWORDS.has(w);
}

/** A participle read into the measure: its event when the vocabulary has one, else the word itself. */
function foldParticiple(w: string, into: MeasureParts): void {
  const ev = eventConcept(w);
  if (ev) into.events.push(ev);
  else into.extra.push(stem(w));
}

/** A number at `k` that opens a span of time ("over the past 12 days"): the index of its preposition, else -1. */
function spanOpening(terms: readonly Term[], k: number): number {
  if (!has(terms[k], 'Value') || !TIME_UNITS.has(word(terms[k + 1]))) return -1;
  let j = k - 1;
  while (j >= 0 && SPAN_MODIFIERS.has(word(terms[j]))) j--;
  return j >= 0 && SPAN_PREPOSITIONS.has(word(terms[j])) ? j : -1;
}

/** The subject of a light verb at `verb`: walks left over its noun phrase, folding what it names. */
function foldSubject(terms: readonly Term[], verb: number, into: MeasureParts, unitKind: UnitKind): boolean {
  let k = verb - 1;
  // "has tragically reached 134": auxiliaries and adverbs between the subject and the verb (not a
  // negation: "has not reached").
  while (k >= 0 && (AUXILIARIES.has(word(terms[k])) || (has(terms[k], 'Adverb') && !NEGATIONS.has(word(terms[k])) && /ly$/.test(word(terms[k]))))) k--;
  const end = k;
  // Walk left over the subject, prepositional phrases included: "the death toll from the
  // collapse of the Orsolo Dam had risen to 61", "the number of people evacuated rose to 300".
  let start = k + 1;
  // Words of a span of time inside the subject, left out of what it counts.
  const spanWords = new Set<number>();
  const participle = (x: Term | undefined) => x !== undefined && verbish(x) && /ed$/.test(word(x)) && !eventConcept(word(x));
  for (let n = 0; k >= 0 && n < 20; k--, n++) {
    const t = terms[k];
    const w = word(t);
    if (k !== end && isPunctuatedAfter(t)) break;
    // "turnout among voters under 30 was 38%": an age bound inside the subject is no figure of it.
    const bound = has(t, 'Value') && AGE_BOUND_WORDS.has(word(terms[k - 1]));
    // "the death toll from the July 4 flooding reached 134": a day is no figure of the subject.
    const day = has(t, 'Value') && has(t, 'Date') && has(terms[k - 1], 'Month');
    // "the death toll over the past 12 days has reached 606": a span of time inside the subject is
    // no figure of it; the walk goes on left of its preposition.
    const span = k < end ? spanOpening(terms, k) : -1;
    if (span >= 0) {
      for (let i = span; i <= k + 1; i++) spanWords.add(i);
      start = k = span;
      continue;
    }
    if (CLAUSE_OPENERS.has(w) || (has(t, 'Value') && !bound && !day)) break;
    // "the July 4 flooding across Texas": an -ing form after a determiner, an adjective or a day is a noun.
    const gerund = has(t, 'Gerund') && (has(terms[k - 1], 'Determiner') || has(terms[k - 1], 'Adjective') || has(terms[k - 1], 'Date'));
    const known = gerund || eventConcept(w) !== undefined || classConcept(w) !== undefined || nationality(w) !== undefined;
    // "the devastation caused by the storm": a participle and its agent inside the subject.
    // "explosions involving pagers", "exploding devices": an -ing form after a noun or before one
    // is a modifier inside the subject, not its verb.
    const ing = k !== end && verbish(t) && /ing$/.test(w) && !eventConcept(w) && (has(terms[k - 1], 'Noun') || has(terms[k + 1], 'Noun'));
    // "pagers and wireless devices": two nouns joined inside the subject.
    const joined = k !== end && (w === 'and' || w === 'or') && has(terms[k - 1], 'Noun') && (has(terms[k + 1], 'Noun') || has(terms[k + 1], 'Adjective'));
    const reduced = k !== end && ((participle(t) && word(terms[k + 1]) === 'by') || (w === 'by' && participle(terms[k - 1])) || ing || joined);
    const fits =
      bound ||
      day ||
      has(t, 'Month') ||
      (AGE_BOUND_WORDS.has(w) && has(terms[k + 1], 'Value')) ||
      known ||
      SUBJECT_PREPOSITIONS.has(w) ||
      MEASURE_STOPWORDS.has(w) ||
      has(t, 'Noun') ||
      has(t, 'Adjective') ||
      has(t, 'Determiner') ||
      (verbish(t) && /(?:ed|en)$/.test(w) && k === end);
    if (!reduced && (!fits || (verbish(t) && !known && k !== end && !SUBJECT_PREPOSITIONS.has(w)))) break;
    start = k;
  }
  if (start > end) return false;
  // Trim a dangling preposition at the left edge ("of the…" after a cut).
  while (start < end && SUBJECT_PREPOSITIONS.has(word(terms[start]))) start++;
  let found = false;
  // A headline in title case capitalises every word but short function words: there, capitals
  // say nothing of names. A sentence in lower case has a lower-case word that is none.
  const titleCased = !terms.some((x) => /^[a-z]{4,}/.test(x.text) && !has(x, 'Preposition') && !has(x, 'Conjunction') && !has(x, 'Determiner'));
  // Runs of words between prepositions; the leftmost run that is not "number of"/"share of" is
  // the head of the subject, the one whose unknown noun names the measure.
  let headRun = -1;
  let run = 0;
  const unknownByRun: string[][] = [[]];
  for (let j = start; j <= end; j++) {
    const t = terms[j];
    const w = word(t);
    if (spanWords.has(j)) continue;
    if (SUBJECT_PREPOSITIONS.has(w)) {
      run++;
      unknownByRun[run] = [];
      continue;
    }
    if (MEASURE_STOPWORDS.has(w) || NUMBER_HEADS.has(w) || SHARE_HEADS.has(w)) continue;
    // "the fraud involved 60 million krona" names money; "fraud cases fell to 12%" does not.
    // "caused by Severe Tropical Storm Kristine": a word inside a capitalised name, in a sentence
    // written in lower case, is part of the name, not what happened.
    const inName = !titleCased && j > 0 && isCapitalised(t) && (isCapitalised(terms[j - 1]) || (j + 1 < terms.length && isCapitalised(terms[j + 1])));
    const ev = (MONEY_NOUNS.has(w) && unitKind !== 'currency') || inName ? undefined : eventConcept(w);
    const cls = classConcept(w);
    // "the death toll from Israeli strikes": a nationality before what happened names who did it, not who is counted.
    // ("Israeli deaths" are Israelis who died: an event that befalls people keeps it).
    const act = j < end && has(terms[j + 1], 'Noun') ? eventConcept(word(terms[j + 1])) : undefined;
    const nat = act !== undefined && !PERSON_EVENTS.has(act) ? undefined : nationality(w);
    if (ev && !LIGHT_VERBS.has(w)) {
      into.events.push(ev);
      into.eventText ??= t.text.toLowerCase();
      found = true;
    }
    if (cls) {
      into.classes.push(cls);
      found = true;
    }
    if (nat) {
      into.nationalities.push(nat);
      found = true;
    }
    if (!ev && !cls && !nat && has(t, 'Noun') && !has(t, 'ProperNoun')) {
      unknownByRun[run].push(singular(w));
      if (headRun < 0) headRun = run;
    }
  }
  into.subjectText = textOf(terms, start, end).replace(SUBJECT_DETERMINERS_BEFORE, '');
  // A subject outside the vocabulary ("unemployment rose to 7.5%") still names the measure.
  if (!found && headRun >= 0) {
    const nouns = unknownByRun[headRun];
    into.extra.push(...nouns.slice(-2));
    found = nouns.length > 0;
  }
  return found;
}


/** The figure counts things that are destroyed, not people who die: homes, vehicles, compounds. */
function countsThings(into: MeasureParts): boolean {
  return into.classes.some((c) => c === 'property' || c === 'vehicle' || c === 'compound');
}

/** Folds a verb at `k`; light and reporting verbs hand over to the subject or to what follows. */
function foldVerb(terms: readonly Term[], k: number, into: MeasureParts, unitKind?: UnitKind): 'done' | 'light' | 'reporting' | 'none' {
  const t = terms[k];
  const w = word(t);
  const next = word(terms[k + 1]);
  // "walked out", "staged a walkout": a strike.
  if (WALK_OUT_FORMS.has(w) && next === 'out') {
    into.events.push('strike');
    into.eventText ??= 'on strike';
    return 'done';
  }
  // "shot down five jets", "five drones were brought down": downed.
  if (SHOOT_DOWN_FORMS.has(w) && next === 'down') {
    into.events.push('intercept');
    into.eventText ??= 'shot down';
    return 'done';
  }
  // "5 million people took part": they attended.
  if (TAKE_PART_FORMS.has(w) && next === 'part') {
    into.events.push('attend');
    into.eventText ??= 'took part';
    return 'done';
  }
  // "the bank holds 9.5 billion krona in deposits": with money, holding is having.
  if (unitKind === 'currency' && HOLD_FORMS.has(w)) return 'light';
  // "made $5 million from the scam": with money, making is earning.
  if (unitKind === 'currency' && MAKE_FORMS.has(w)) {
    into.events.push('proceeds');
    into.eventText ??= 'made';
    return 'done';
  }
  // "rose to 300" states a level, like "reached"; "rose 20%" or "rose by 20%" states a change.
  if (CHANGE_VERBS.has(w) && next === 'to') return 'light';
  if (LIGHT_VERBS.has(w)) return 'light';
  if (REPORTING_VERBS.has(w)) return 'reporting';
  // "40,000 people were left homeless", "left 25,000 people homeless": the state they are left
  // in is the event, not the leaving.
  if (RESULT_VERBS.has(w)) {
    for (let j = k + 1; j < Math.min(terms.length, k + 6); j++) {
      const state = eventConcept(word(terms[j]));
      if (state === 'displace' || state === 'death' || state === 'injury') {
        into.events.push(state);
        into.eventText ??= word(terms[j]);
        return 'done';
      }
      if (isPunctuatedAfter(terms[j])) break;
    }
  }
  let ev = eventConcept(w);
  // "40,000 people lost their homes": what is lost is the home, so they are displaced; "lost
  // their jobs" is a loss of jobs, not of lives.
  if (ev === 'loss' && unitKind === 'count' && POSSESSIVES.has(next)) {
    const thing = word(terms[k + 2]);
    if (classConcept(thing) === 'property') {
      into.events.push('displace');
      into.eventText ??= 'displaced';
      return 'done';
    }
    // "30 devotees lost their lives": what is lost names the event itself.
    const lost = eventConcept(thing);
    if (lost && lost !== 'loss') {
      into.events.push(lost);
      into.eventText ??= EVENT_PARTICIPLE[lost] ?? thing;
      return 'done';
    }
    if (thing) into.extra.push(singular(thing));
  }
  // "46 homes were lost", "the village lost 12 people": counted things that are lost are
  // destroyed or dead, not money lost.
  if (ev === 'loss' && unitKind === 'count') {
    if (countsThings(into)) ev = 'damage';
    else if (into.classes.some((c) => PERSON_CLASSES.has(c))) ev = 'death';
  }
  // "97 people were burned to death", "burnt to ashes": people harmed to death died (homes burnt to ashes were destroyed).
  if (unitKind === 'count' && next === 'to' && DEATH_RESULTS.has(word(terms[k + 2])) && (ev !== undefined || verbish(t))) {
    into.events.push(countsThings(into) ? 'damage' : 'death');
    into.eventText ??= `${t.text.toLowerCase()} to ${word(terms[k + 2])}`;
    return 'done';
  }
  if (ev) {
    into.events.push(ev);
    into.eventText ??= t.text.toLowerCase();
    // "repairs costing about $40 million": what costs is what the money is for.
    if (ev === 'spend' && /^cost/.test(w) && k > 0 && !isPunctuatedAfter(terms[k - 1])) {
      const thing = eventConcept(word(terms[k - 1]));
      if (thing && thing !== 'spend') into.events.push(thing);
    }
    return 'done';
  }
  if (verbish(t)) {
    into.extra.push(stem(w));
    into.eventText ??= t.text.toLowerCase();
    return 'done';
  }
  return 'none';
}

interface ReadContext {
  terms: readonly Term[];
  /** First term of the claim (qualifier included) and last (figure or post-qualifier). */
  start: number;
  end: number;
  unitKind: UnitKind;
  /** First term of the next figure in the sentence: nothing after it belongs to this one. */
  nextFigure: number;
  /** Terms that are part of some figure (so base phrases can skip "the estimated 150,000"). */
  inFigure: (i: number) => boolean;
  /** Where rate words after the figure end ("annually", "a year"), if any. */
  rateEnd?: number;
  /** Where they start: skipped only when they follow the figure or its noun directly. */
  rateStart?: number;
  previous?: MeasureParts;
  vague: boolean;
}

/** Reads what the figure at ctx.start..ctx.end counts. */
export function readMeasure(ctx: ReadContext): MeasureParts {
  const { terms, unitKind } = ctx;
  const parts: MeasureParts = { events: [], classes: [], nationalities: [], extra: [], facets: [], end: ctx.end };
  // "$5 million a year in fines": a rate right after the figure (or its noun) is skipped; one
  // further on ("300 people were arrested each month") leaves the verb before it to be read.
  const past = (end: number) => (ctx.rateEnd !== undefined && ctx.rateStart === end + 1 ? ctx.rateEnd : end) + 1;
  let after = past(ctx.end);
  const stop = ctx.nextFigure;

  // The noun after the figure.
  // "had risen to 61, the Directorate said": nothing after a comma is the counted noun.
  const closed = /[,;:.!?()—–]/.test(terms[ctx.end].post);
  if (unitKind === 'count' && !closed) {
    let from = ctx.end + 1;
    if (ctx.vague && word(terms[from]) === 'of') from++;
    // "246 seriously injured people": how badly, before the participle that names what happened.
    const severity = SEVERITY_WORDS.get(word(terms[from]));
    if (severity && has(terms[from], 'Adverb') && eventConcept(word(terms[from + 1])) === 'injury' && !isPunctuatedAfter(terms[from])) {
      markSeverity(parts, severity);
      from++;
    }
    const np = from < stop ? nounPhraseAt(terms, from, stop) : undefined;
    if (np) {
      takeNoun(terms, np, parts);
      parts.end = np.last;
      // "8 tonnes of gold", "2 kilograms of heroin": what the unit measures.
      if (MEASURE_UNIT_WORDS.has(word(terms[np.head])) && word(terms[np.head + 1]) === 'of' && np.head + 2 < stop) {
        let material = nounPhraseAt(terms, np.head + 2, stop);
        // "2,400 Kilograms of Cocaine Found": title case dresses the participle as a name.
        if (material && material.head > material.first && isTitleParticiple(word(terms[material.head]))) {
          material = { ...material, head: material.head - 1, last: material.head - 1, text: textOf(terms, material.first, material.head - 1) };
        }
        if (material) {
          parts.extra.push(singular(word(terms[material.head])));
          parts.noun = { ...np, last: material.last, text: textOf(terms, np.first, material.last) };
          parts.end = material.last;
        }
      }
      after = past(parts.end);
    } else if (word(terms[ctx.end + 1]) === 'of' && !ctx.vague) {
      // "holds 14 of the 31 seats", "four of the suspects": a part of a counted whole.
      let from = ctx.end + 2;
      while (from < terms.length && (MEASURE_STOPWORDS.has(word(terms[from])) || POSSESSIVES.has(word(terms[from])) || ctx.inFigure(from)) && !isPunctuatedAfter(terms[from])) from++;
      const whole = nounPhraseAt(terms, from, terms.length);
      if (whole && !has(terms[whole.head], 'Pronoun') && !has(terms[whole.head], 'ProperNoun')) {
        takeNoun(terms, whole, parts);
        parts.end = ctx.end;
      }
    }
  } else if (unitKind === 'percent') {
    // "72% of union members"; "one in five victims" names its base right after the ratio.
    const ratio = word(terms[ctx.start + 1]) === 'in';
    if (word(terms[after]) === 'of' || (ratio && has(terms[after], 'Noun'))) {
      let from = word(terms[after]) === 'of' ? after + 1 : after;
      while (from < terms.length && (MEASURE_STOPWORDS.has(word(terms[from])) || ctx.inFigure(from))) from++;
      const np = nounPhraseAt(terms, from, terms.length);
      if (np) {
        // The base of a percentage is what it is a share of: "72% of union members".
        takeNoun(terms, np, parts);
        parts.end = np.last;
        after = np.last + 1;
      }
    }
  } else {
    // Money: "$40 billion in illicit revenue", "$5m of aid", "$2 million worth of drugs".
    let k = after;
    if (word(terms[k]) === 'worth' && word(terms[k + 1]) === 'of') k++;
    // Only a bare noun phrase is what the money is ("in illicit revenue", "in cash"); "in the
    // collapse" or "in Cambodia" says where or how it was lost.
    const determiner = MEASURE_DETERMINERS.has(word(terms[k + 1]));
    if ((word(terms[k]) === 'in' || word(terms[k]) === 'of') && k < stop && !determiner && !/[,;]/.test(terms[k - 1].post)) {
      const np = nounPhraseAt(terms, k + 1, stop);
      if (np && !has(terms[np.head], 'Place') && !has(terms[np.head], 'ProperNoun') && !has(terms[np.head], 'Date')) {
        parts.noun = np;
        foldPhrase(terms, np, parts);
        parts.end = np.last;
        after = np.last + 1;
      }
    }
  }

  // "the bodies of 84 people": the count is of bodies (found dead), whatever follows.
  if (unitKind === 'count' && ctx.start >= 2 && word(terms[ctx.start - 1]) === 'of' && REMAINS_NOUNS.has(word(terms[ctx.start - 2]))) {
    parts.unitNoun = 'body';
    parts.extra.push('body');
  }

  // The event: the verb the figure is the object of, or what stands just before it.
  let resolved = parts.events.length > 0 && parts.noun !== undefined && isEventNoun(word(terms[parts.noun.head]));
  if (!resolved) resolved = readEventBefore(ctx, parts);
  if (!resolved) resolved = readEventAfter(terms, after, stop, parts, unitKind);
  // "129 police officers and 76 civilians were injured": a count joined by "and" to the next
  // figure, with no verb of its own, shares the verb after the next figure's noun.
  if (!resolved && unitKind === 'count' && parts.noun && after + 1 === stop && word(terms[after]) === 'and' && !isPunctuatedAfter(terms[after - 1])) {
    let j = stop;
    while (j < terms.length && ctx.inFigure(j)) j++;
    const np = j > stop ? nounPhraseAt(terms, j, terms.length) : undefined;
    if (np && !isPunctuatedAfter(terms[stop - 1])) {
      const shared: MeasureParts = { events: [], classes: [], nationalities: [], extra: [], facets: [], end: np.last };
      if (readEventAfter(terms, np.last + 1, terms.length, shared, unitKind) && shared.events.length > 0) {
        parts.events.push(...shared.events);
        parts.eventText ??= shared.eventText;
        resolved = true;
      }
    }
  }
  // A list item with no verb of its own shares the event of the item before it.
  const inherit = resolved ? undefined : listPredecessor(ctx);
  if (inherit) {
    if (!parts.noun && inherit.unitNoun) parts.unitNoun = inherit.unitNoun;
    parts.events.push(...inherit.events);
    parts.eventText ??= inherit.eventText;
    if (parts.classes.length === 0 && !parts.noun) {
      parts.classes.push(...inherit.classes);
      parts.nationalities.push(...inherit.nationalities);
      parts.subjectText ??= inherit.subjectText;
      parts.noun = inherit.noun;
    }
    parts.extra.push(...inherit.extra);
    for (const f of inherit.facets) if (!parts.facets.includes(f)) parts.facets.push(f);
    parts.facetDetail ??= inherit.facetDetail;
    if (unitKind === 'currency' && !parts.noun && inherit.noun) parts.noun = inherit.noun;
  }

  // "raised the death toll in Spain's worst floods to 205": the head earlier in the clause.
  if (!parts.noun && parts.events.length + parts.classes.length + parts.nationalities.length + parts.extra.length === 0) readHeadBefore(ctx, parts);
  // "a crowd that police estimated at around 8,000 people": people to whom nothing happens in
  // the figure's own words, joined by "at" to a head earlier in the clause, are what the head counts.
  else if (parts.noun && parts.events.length === 0 && GENERIC_PERSON_WORDS.has(word(terms[parts.noun.head]))) {
    const head: MeasureParts = { events: [], classes: [], nationalities: [], extra: [], facets: [], end: ctx.end };
    readHeadBefore(ctx, head);
    if (head.events.length > 0) {
      parts.events.push(...head.events);
    }
  }
  // "Maduro secured 51 percent of the vote, overcoming González, who garnered 44 percent": a
  // percentage with no base and no event of its own is a share of what the percentage before it
  // in the sentence is a share of.
  if (unitKind === 'percent' && !parts.noun && parts.events.length + parts.classes.length === 0 && ctx.previous && (ctx.previous.noun || ctx.previous.events.length > 0)) {
    parts.extra.length = 0;
    inheritMeasure(parts, ctx.previous);
  }

  // "90 severe injuries", "15 seriously wounded people": how badly, in the counted phrase itself.
  if (parts.noun && parts.events.includes('injury')) {
    for (let q = parts.noun.first; q <= parts.noun.last; q++) {
      const severity = SEVERITY_WORDS.get(word(terms[q]));
      if (severity) markSeverity(parts, severity);
    }
  }
  // "nine injured in critical condition": a condition within a few words after the figure, in its own clause.
  if (parts.events.includes('injury')) {
    for (let k = ctx.end + 1; k < Math.min(stop, ctx.end + 6); k++) {
      if (/[,;:.!?()]/.test(terms[k - 1].post)) break;
      const severe = conditionAt(terms, k, stop);
      if (severe) {
        markSeverity(parts, SEVERITY_WORDS.get(severe) ?? severe);
        break;
      }
    }
  }
  // "held ... in such compounds": a narrowing object after the verb.
  readInObject(terms, after, stop, parts, unitKind);
  readAmong(ctx, parts);
  readPortion(ctx, parts);
  // "100,000 krona per person", "$300 a head": an amount for each, not a total.
  for (let k = ctx.end + 1; k < Math.min(stop, ctx.end + 5); k++) {
    const w = word(terms[k]);
    const next = word(terms[k + 1]);
    // "to each bereaved family": one adjective may stand between.
    const noun = PER_UNIT_HEADS.has(next) ? next : w === 'each' && PER_UNIT_HEADS.has(word(terms[k + 2])) ? word(terms[k + 2]) : undefined;
    if ((w === 'per' || w === 'a' || w === 'each' || w === 'for') && noun) {
      parts.facets.push('per-unit');
      parts.facetDetail = noun === 'capita' ? 'person' : noun;
      break;
    }
    if (/[,;:.!?()]/.test(terms[k].post)) break;
  }
  return parts;
}

/**
 * The item before in a list of figures ("200 Vietnamese nationals, 270 Indonesians"), or the
 * figure an elliptical one shares its noun and verb with ("40 people in Larkspur and 12 in
 * Kestrel Bay", "300 by Monday and 450 by Thursday"): the words between may only be list
 * connectors, or a place or time phrase closed by "and" or a comma.
 */
function listPredecessor(ctx: ReadContext): MeasureParts | undefined {
  const prev = ctx.previous;
  if (!prev) return undefined;
  const { terms } = ctx;
  const gap: string[] = [];
  for (let k = prev.end + 1; k < ctx.start; k++) gap.push(word(terms[k]));
  // "51% of the vote, compared with 46% for González": the figure set against the one before
  // counts what it counts.
  // Only a figure with nothing of its own after it ("46% for X", "4.45 million."), never "$5.6
  // billion in profit".
  const next = terms[ctx.end + 1];
  const bareAfter = !next || /[,;:.!?()]/.test(terms[ctx.end].post) || (!has(next, 'Noun') && word(next) !== 'in' && word(next) !== 'of');
  // The connector is the whole gap, or ends it after a comma that closes a longer clause on the
  // figure before ("the 5.15 million votes the authority said Maduro had won, compared to 4.45
  // million for Gonzalez"), one with no other figure and no end of sentence in it.
  for (const n of bareAfter ? [2, 1] : []) {
    const at = ctx.start - n;
    if (at <= prev.end || !COMPARISON_CONNECTORS.has(gap.slice(-n).join(' '))) continue;
    if (at === prev.end + 1) return prev;
    if (!/,\s*$/.test(terms[at - 1].post)) continue;
    const clause = terms.slice(prev.end + 1, at);
    if (clause.every((t) => !(has(t, 'Value') && !/^\d{4}$/.test(t.text)) && !/[;:.!?()]/.test(t.post))) return prev;
  }
  if (gap.every((w) => LIST_CONNECTORS.has(w))) {
    return /[,;]/.test(terms[prev.end].post) || gap.length > 0 ? prev : undefined;
  }
  // Elliptical: "... in Larkspur and 12", "... by Monday and 450".
  const joined = word(terms[ctx.start - 1]) === 'and' || word(terms[ctx.start - 1]) === 'or' || /,/.test(terms[ctx.start - 1]?.post ?? '');
  if (!joined || gap.length > 12) return undefined;
  // "fined $12 million in 2019 for polluting the river, and $1.2 million last year": a longer gap
  // may hold a phrase of its own, but no finite verb and no other figure.
  const long = gap.length > 6 || gap.some((w) => !SCOPE_WORDS.has(w));
  for (let k = prev.end + 1; k < ctx.start - 1; k++) {
    const t = terms[k];
    if (has(t, 'Value') && !/^\d{4}$/.test(t.text)) return undefined;
    if (/[;:.!?()]/.test(t.post)) return undefined;
    if (long) {
      if (verbish(t) && !has(t, 'Gerund') && !/ing$/.test(word(t))) return undefined;
    } else if (verbish(t) || !(SCOPE_WORDS.has(word(t)) || /^\p{Lu}/u.test(t.text) || has(t, 'Date'))) return undefined;
  }
  if (long && !/,/.test(terms[ctx.start - 2]?.post ?? '') && word(terms[ctx.start - 1]) !== 'and') return undefined;
  return prev;
}

/**
 * A figure that counts nothing of its own, joined by "to", "at", "as", "from" or a verb like
 * "reached" to a head noun earlier in its clause ("revised its estimate of the death toll from
 * the landslide to over 670", "put down the death toll as 95", "was revised downwards, from 217
 * to 215"): it takes what that head counts, and the head's phrase is its label. A head that stands
 * for the figure itself ("the number of people evacuated", "its estimate of the death toll")
 * counts what its "of" phrase names.
 */
function readHeadBefore(ctx: ReadContext, parts: MeasureParts): void {
  const { terms, start } = ctx;
  let k = start - 1;
  // "estimate the death toll to be at least 700": "to be" joins like "to".
  if (word(terms[k]) === 'be' && word(terms[k - 1]) === 'to') k--;
  if (k < 0 || !HEAD_LINKS.has(word(terms[k]))) return;
  // "of" joins only the head right before it ("a death toll of 670"), never one further back.
  if (word(terms[k]) === 'of' && !(k > 0 && HEADS_BEFORE.has(word(terms[k - 1])) && has(terms[k - 1], 'Noun'))) return;
  // "from 217 to 215": the second figure looks past the first and its "from".
  if (word(terms[k]) === 'to' && k > 0 && ctx.inFigure(k - 1)) {
    let j = k - 1;
    while (j >= 0 && ctx.inFigure(j)) j--;
    if (j < 0 || word(terms[j]) !== 'from') return;
    k = j;
  }
  for (let j = k - 1, n = 0; j >= 0 && n < 20; j--, n++) {
    const t = terms[j];
    if (/[;:.!?()]/.test(t.post) || ctx.inFigure(j)) return;
    const w = word(t);
    if (!HEADS_BEFORE.has(w) || !has(t, 'Noun')) continue;
    let phrase: NounPhrase;
    if (NUMBER_HEADS.has(w) || w === 'estimate' || w === 'estimates') {
      // "police said 107,000 attended, while organisers put the number at 300,000": a head with
      // nothing after it stands for the figure before it in the sentence, and counts the same.
      if (word(terms[j + 1]) !== 'of' || j + 1 === k) {
        if (ctx.previous && ctx.previous.end < j) {
          inheritMeasure(parts, ctx.previous);
          return;
        }
        // "the total cost estimate is in the range of $20 billion to $34 billion": a compound
        // that says what it counts ("cost estimate", "casualty figure") is the head.
        const compound = compoundEndingAt(terms, j);
        if (compoundCounts(terms, compound)) {
          readHeadPhrase(terms, compound, parts);
          return;
        }
        // "The toll is significantly higher than the official figure of 37": with no figure
        // before it in the sentence, the head stands for one further back in its clause.
        continue;
      }
      let from = j + 2;
      while (from < k && MEASURE_STOPWORDS.has(word(terms[from]))) from++;
      const np = nounPhraseAt(terms, from, k);
      if (!np) return;
      phrase = np;
    } else {
      // "the death toll", "turnout": the head with the nouns and adjectives before it.
      phrase = compoundEndingAt(terms, j);
    }
    readHeadPhrase(terms, phrase, parts);
    return;
  }
}

/** The compound a head noun ends, with up to three nouns and adjectives before it ("the total preliminary cost estimate": "total preliminary cost estimate"). */
function compoundEndingAt(terms: readonly Term[], j: number): NounPhrase {
  let first = j;
  while (first > 0 && j - first < 3 && !isPunctuatedAfter(terms[first - 1]) && (has(terms[first - 1], 'Noun') || has(terms[first - 1], 'Adjective')) && !has(terms[first - 1], 'Possessive')) first--;
  return { first, head: j, last: j, text: textOf(terms, first, j) };
}

/** Whether a word of a compound before its head names what it counts ("cost estimate", "casualty figure"). */
function compoundCounts(terms: readonly Term[], compound: NounPhrase): boolean {
  for (let q = compound.first; q < compound.head; q++) {
    const x = word(terms[q]);
    if (eventConcept(x) || classConcept(x) || nationality(x)) return true;
  }
  return false;
}

/** What a head phrase counts: every word of it, as in a light verb's subject ("death toll": deaths, people). */
function readHeadPhrase(terms: readonly Term[], phrase: NounPhrase, parts: MeasureParts): void {
  for (let q = phrase.first; q <= phrase.head; q++) {
    const x = word(terms[q]);
    const ev = eventConcept(x);
    const cls = classConcept(x);
    const nat = nationality(x);
    if (ev) parts.events.push(ev);
    if (cls) parts.classes.push(cls);
    if (nat) parts.nationalities.push(nat);
    if (q === phrase.head && !ev && !cls && !nat) parts.extra.push(singular(x));
  }
  parts.subjectText ??= textOf(terms, phrase.first, phrase.last).replace(SUBJECT_DETERMINERS_BEFORE, '');
}

/** What an earlier figure counts, taken over by one that stands for it ("the number", "the figure"). */
function inheritMeasure(parts: MeasureParts, from: MeasureParts): void {
  parts.events.push(...from.events);
  parts.classes.push(...from.classes);
  parts.nationalities.push(...from.nationalities);
  parts.extra.push(...from.extra);
  parts.noun ??= from.noun;
  parts.unitNoun ??= from.unitNoun;
  parts.eventText ??= from.eventText;
  parts.subjectText ??= from.subjectText;
}

/** A past participle, whatever compromise tagged it ("Found", "Seized" in a title). */
function isTitleParticiple(w: string): boolean {
  return /^[a-z]{3,}ed$/.test(w) || REPORTING_VERBS.has(w) || (eventConcept(w) !== undefined && /(?:ed|en|found|held|sold|lost|stole)$/.test(w));
}


/** The verb or event noun just before the figure. Returns true when the event is known. */
function readEventBefore(ctx: ReadContext, parts: MeasureParts): boolean {
  const { terms, start } = ctx;
  let k = start - 1;
  // "fined the firm between $2 million and $3 million".
  if (k >= 0 && /^(?:between|from)$/.test(word(terms[k])) && !/[,;:]/.test(terms[k - 1]?.post ?? ',')) k--;
  let copula = -1;
  for (let n = 0; k >= 0 && n < 3 && SKIP_BEFORE_VERB.has(word(terms[k])); n++) {
    if (copula < 0 && COPULAS.has(word(terms[k]))) copula = k;
    k--;
  }
  // "thrown away a third", "run into the tens of millions": the verb stands before its particle.
  if (k > 0 && has(terms[k], 'Particle') && !/[,;:]/.test(terms[k - 1].post)) k--;
  if (k < 0 || /[;:.!?()]/.test(terms[k].post) || /,/.test(terms[k].post)) return false;
  const w = word(terms[k]);

  // "Turnout was 61%": after a copula, the subject names the measure.
  const ageBound = has(terms[k], 'Value') && AGE_BOUND_WORDS.has(word(terms[k - 1]));
  // "the fire was 20% contained" is measured by the participle after the figure, not the subject.
  const participleAfter = terms[ctx.end + 1] !== undefined && !isPunctuatedAfter(terms[ctx.end]) && verbish(terms[ctx.end + 1]);
  if (copula >= 0 && copula === k + 1 && !participleAfter && !verbish(terms[k]) && (has(terms[k], 'Noun') || ageBound) && !has(terms[k], 'Pronoun')) {
    if (foldSubject(terms, copula, parts, ctx.unitKind)) return true;
  }
  // "lost by fewer than 200 votes", "won by 3,000": a margin, never a total.
  if (w === 'by' && k > 0 && MARGIN_VERBS.has(word(terms[k - 1]))) {
    parts.facets.push('margin');
    foldVerb(terms, k - 1, parts, ctx.unitKind);
    return true;
  }

  // "shot down five jets", "brought down 20 buildings": the particle of the verb before a count, not
  // "down 5%" or "went up 20%".
  if ((w === 'up' || w === 'down') && ctx.unitKind === 'count' && k > 0 && !MOTION_VERB_FORMS.has(word(terms[k - 1])) && !isPunctuatedAfter(terms[k - 1]) && verbish(terms[k - 1]) && !COPULAS.has(word(terms[k - 1])) && !AUXILIARIES.has(word(terms[k - 1]))) {
    return foldVerb(terms, k - 1, parts, ctx.unitKind) === 'done';
  }
  // "up 20%", "down 5%".
  if (w === 'up' || w === 'down') {
    parts.events.push(w === 'up' ? 'increase' : 'decrease');
    foldSubject(terms, k, parts, ctx.unitKind);
    return true;
  }
  // "the arrest of 1,000", "losses of $3m", "assets worth $33 million", "a haul valued at $2m".
  if (w === 'of' || w === 'worth' || w === 'at' || w === 'totalling' || w === 'totaling') {
    let j = k - 1;
    if (w === 'at' && VALUATION_VERBS.has(word(terms[j]))) {
      j--;
      while (j > 0 && AUXILIARIES.has(word(terms[j]))) j--;
    }
    if (j < 0 || /[,;:.!?()]/.test(terms[j].post)) return false;
    // "Turnout stood at 61%".
    if (w === 'at' && LIGHT_VERBS.has(word(terms[j]))) return foldSubject(terms, j, parts, ctx.unitKind);
    // "swindled fans out of 3.5 million euros": the verb before the people robbed names it.
    if (w === 'of' && word(terms[j]) === 'out' && j > 0) {
      let v = j - 1;
      while (v > 0 && !verbish(terms[v]) && !isPunctuatedAfter(terms[v - 1]) && j - v < 5) v--;
      return v >= 0 && verbish(terms[v]) && foldVerb(terms, v, parts, ctx.unitKind) === 'done';
    }
    const hw = word(terms[j]);
    if (NUMBER_HEADS.has(hw)) {
      // "The drugs have an estimated street value of €180 million": the owner of the value is
      // what the money measures, as in "put the street value of the drugs at €250 million".
      if (ctx.unitKind === 'currency' && hw === 'value') {
        let v = j - 1;
        while (v > 0 && !isPunctuatedAfter(terms[v]) && (VALUE_MODIFIERS.has(word(terms[v])) || (has(terms[v], 'Adjective') && !verbish(terms[v])))) v--;
        if (v > 0 && HAVE_FORMS.has(word(terms[v])) && !isPunctuatedAfter(terms[v - 1])) return foldSubject(terms, v, parts, ctx.unitKind);
      }
      // "a total of 300 people were arrested", "the number of 300"? look at the verb after instead.
      return false;
    }
    const ev = eventConcept(hw);
    let cls = classConcept(hw);
    // "defrauded victims of $2m": the people are who lost it, not what the money is.
    if (cls && ctx.unitKind === 'currency' && PERSON_CLASSES.has(cls) && !ev) {
      cls = undefined;
      let v = j - 1;
      while (v >= 0 && (MEASURE_STOPWORDS.has(word(terms[v])) || has(terms[v], 'Adjective'))) v--;
      if (v >= 0 && verbish(terms[v]) && !isPunctuatedAfter(terms[v])) return foldVerb(terms, v, parts, ctx.unitKind) === 'done';
      return false;
    }
    if (ev) {
      parts.events.push(ev);
      parts.eventText ??= hw;
      if (ctx.unitKind !== 'currency') {
        let f = j;
        while (f > 0 && (has(terms[f - 1], 'Adjective') || has(terms[f - 1], 'Noun')) && !isPunctuatedAfter(terms[f - 1]) && !verbish(terms[f - 1]) && !MEASURE_STOPWORDS.has(word(terms[f - 1]))) f--;
        parts.subjectText ??= textOf(terms, f, j);
      }
    }
    if (cls && ctx.unitKind !== 'count') parts.classes.push(cls);
    // "a ransom of $4.5 million", "an emergency loan of $50 million": the noun names the money.
    const unknownObject = !ev && !cls && ctx.unitKind === 'currency' && has(terms[j], 'Noun') && !has(terms[j], 'ProperNoun') && !has(terms[j], 'Pronoun');
    if (unknownObject) parts.extra.push(singular(hw));
    if (ev || cls || unknownObject) {
      if (!parts.noun && ctx.unitKind === 'currency') {
        let f = j;
        while (f > 0 && (has(terms[f - 1], 'Adjective') || has(terms[f - 1], 'Noun')) && !isPunctuatedAfter(terms[f - 1]) && !verbish(terms[f - 1])) f--;
        parts.noun = { first: f, head: j, last: j, text: textOf(terms, f, j) };
      }
      // "seizing assets worth $33 million": the verb before the object names the event too.
      let v = j - 1;
      while (v >= 0 && (has(terms[v], 'Adjective') || MEASURE_STOPWORDS.has(word(terms[v])) || (has(terms[v], 'Noun') && !verbish(terms[v])))) {
        if (isPunctuatedAfter(terms[v])) break;
        v--;
      }
      if (v >= 0 && !isPunctuatedAfter(terms[v]) && verbish(terms[v])) {
        const before = parts.events.length;
        const r = foldVerb(terms, v, parts, ctx.unitKind);
        if (r === 'done' && parts.events.length === before && ev) parts.extra.pop();
      }
      return parts.events.length > 0 || cls !== undefined || unknownObject;
    }
    return false;
  }
  if (CHANGE_VERBS.has(w)) {
    parts.events.push(eventConcept(w)!);
    foldSubject(terms, k, parts, ctx.unitKind);
    return true;
  }
  // "rose to 300", "climbed to 450": the subject names the measure.
  if (w === 'to' && k > 0 && (CHANGE_VERBS.has(word(terms[k - 1])) || LIGHT_VERBS.has(word(terms[k - 1])))) {
    return foldSubject(terms, k - 1, parts, ctx.unitKind);
  }
  if (w === 'by' && k > 0 && CHANGE_VERBS.has(word(terms[k - 1]))) {
    parts.events.push(eventConcept(word(terms[k - 1]))!);
    foldSubject(terms, k - 1, parts, ctx.unitKind);
    return true;
  }
  // "fined the firm $2 million", "paid each family 300,000 riel": a verb, its object, then the money.
  if (ctx.unitKind === 'currency' && !verbish(terms[k]) && !eventConcept(w) && (has(terms[k], 'Noun') || has(terms[k], 'Adjective'))) {
    let v = k - 1;
    while (v >= 0 && k - v <= 3 && !isPunctuatedAfter(terms[v]) && (has(terms[v], 'Noun') || has(terms[v], 'Determiner') || has(terms[v], 'Adjective')) && !verbish(terms[v])) v--;
    if (v >= 0 && !isPunctuatedAfter(terms[v]) && verbish(terms[v]) && foldVerb(terms, v, parts, ctx.unitKind) === 'done') return true;
    return false;
  }
  // "affected about 180,000 patients": right before a figure, an -ed word is a verb whatever its tag.
  if (!verbish(terms[k]) && /^[a-z]{3,}ed$/.test(w) && !classConcept(w)) {
    parts.extra.push(stem(w));
    parts.eventText ??= w;
    return true;
  }
  if (!verbish(terms[k]) && !eventConcept(w)) return false;
  // "Losses exceeding $2 million", "revenue: $3 billion": an event noun names the money.
  if (!verbish(terms[k]) && has(terms[k], 'Noun') && ctx.unitKind === 'currency') {
    let f = k;
    while (f > 0 && has(terms[f - 1], 'Adjective') && !isPunctuatedAfter(terms[f - 1])) f--;
    parts.noun = { first: f, head: k, last: k, text: textOf(terms, f, k) };
    parts.events.push(eventConcept(w)!);
    return true;
  }
  const r = foldVerb(terms, k, parts, ctx.unitKind);
  if (r === 'done') return true;
  // "Officers counted 412 tusks": a figure with a noun of its own after a verb of counting
  // counts that noun; the verb's subject is who counted, not what.
  if (r === 'light' && parts.noun && REPORTING_VERBS.has(w)) return false;
  if (r === 'light') return foldSubject(terms, k, parts, ctx.unitKind);
  return false;
}

/** A verb after the figure's phrase: "100,000 people are held", "$40 billion stolen from victims". */
function readEventAfter(terms: readonly Term[], after: number, stop: number, parts: MeasureParts, unitKind: UnitKind): boolean {
  let k = after;
  if (k > 0 && /[,;:.!?()]/.test(terms[k - 1]?.post ?? '') && !/^\s*$/.test(terms[k - 1].post)) {
    // "1,000 individuals, police said" — a new clause; nothing to read after a hard stop.
    if (/[;:.!?()]/.test(terms[k - 1].post)) return false;
    // "the toll to at least 900, excluding those still in morgues": a participle set off by a
    // comma says what the figure leaves out or takes in, not what happened to what it counts.
    if (FIGURE_ASIDES.has(word(terms[k]))) return false;
  }
  // "thousands who died", "the 39 who were killed": a relative clause on the people counted.
  if (k === after && k + 1 < stop && word(terms[k]) === 'who') k++;
  // "were critically injured", "are so seriously injured": adverbs after an auxiliary are skipped too.
  const adverb = (j: number) => j > after && AUXILIARIES.has(word(terms[after])) && has(terms[j], 'Adverb') && !NEGATIONS.has(word(terms[j])) && !isPunctuatedAfter(terms[j - 1]);
  for (let n = 0; k < stop && n < 5 && (AUXILIARIES.has(word(terms[k])) || HEDGES.has(word(terms[k])) || adverb(k)); n++) {
    // "critically injured" counts a part of the injured: the severity is a word of the measure.
    const severity = SEVERITY_WORDS.get(word(terms[k]));
    if (severity && adverb(k)) markSeverity(parts, severity);
    k++;
  }
  // "40 are in very serious condition", "five remain in a critical condition": injured.
  const condition = conditionAt(terms, k, stop);
  if (condition) {
    parts.events.push('injury');
    markSeverity(parts, SEVERITY_WORDS.get(condition) ?? condition);
    parts.eventText ??= `in ${condition} condition`;
    return true;
  }
  // "670 people are feared dead", "15 remain missing": an event adjective after a hedge or a copula.
  if (k < stop && terms[k] && !verbish(terms[k]) && EVENT_ADJECTIVES.has(word(terms[k])) && eventConcept(word(terms[k]))) {
    parts.events.push(eventConcept(word(terms[k]))!);
    parts.eventText ??= word(terms[k]);
    return true;
  }
  // "4,500 workers are on strike".
  if (word(terms[k]) === 'on' && eventConcept(word(terms[k + 1])) && k + 1 < stop) {
    parts.events.push(eventConcept(word(terms[k + 1]))!);
    parts.eventText ??= `on ${word(terms[k + 1])}`;
    return true;
  }
  // "nearly 3,000 members were affected": a participle after an auxiliary is a passive verb,
  // whatever its tag.
  const passive = k > after && k < stop && terms[k] && AUXILIARIES.has(word(terms[k - 1])) && isParticiple(word(terms[k]));
  // "all 39 were stampede victims", "83 are women": a count with no noun of its own, then a
  // copula and a noun phrase, counts what the phrase names.
  if (unitKind === 'count' && !parts.noun && !passive && k === after + 1 && COPULAS.has(word(terms[after])) && k < stop && terms[k] && !verbish(terms[k]) && !isPunctuatedAfter(terms[after])) {
    const np = nounPhraseAt(terms, k, stop);
    if (np && !has(terms[np.head], 'Pronoun') && !has(terms[np.head], 'ProperNoun') && !verbish(terms[np.head])) {
      takeNoun(terms, np, parts);
      return parts.events.length > 0;
    }
  }
  if (k >= stop || !terms[k] || (!verbish(terms[k]) && !passive)) return false;
  // "6 workers repairing the road died": an -ing form right after the noun opens a phrase on the
  // people counted; the verb of what happened to them comes after it.
  if (k === after && /ing$/.test(word(terms[k]))) {
    for (let j = k + 1; j < stop && j <= k + 8 && !isPunctuatedAfter(terms[j - 1]) && !has(terms[j], 'Value'); j++) {
      const v = terms[j];
      if (!verbish(v) || /ing$/.test(word(v)) || has(v, 'Infinitive') || AUXILIARIES.has(word(v))) continue;
      const ev = eventConcept(word(v));
      // A noun compromise tags as a verb ("pot holes") may stand between.
      if (!ev) continue;
      parts.events.push(ev);
      parts.eventText ??= word(v);
      return true;
    }
  }
  // "51% of the vote, compared with 46%": what follows sets another figure against this one.
  if (COMPARISON_CONNECTORS.has(`${word(terms[k])} ${word(terms[k + 1])}`)) return false;
  if (passive && !verbish(terms[k])) {
    foldParticiple(word(terms[k]), parts);
    parts.eventText ??= word(terms[k]);
    return true;
  }
  const r = foldVerb(terms, k, parts, unitKind);
  if (r !== 'done') return false;
  if (word(terms[k + 1]) === 'from') {
    const np = nounPhraseAt(terms, k + 2, stop);
    if (np) parts.fromPhrase = `from ${np.text}`;
  }
  return true;
}

/** The condition named by "in (a) (very) critical condition" starting at `k`, if any. */
function conditionAt(terms: readonly Term[], k: number, stop: number): string | undefined {
  if (word(terms[k]) !== 'in' || k >= stop) return undefined;
  let j = k + 1;
  while (j < stop && j < k + 4 && (/^(?:an?|the)$/.test(word(terms[j])) || has(terms[j], 'Adverb'))) j++;
  return CONDITION_ADJECTIVES.has(word(terms[j])) && word(terms[j + 1]) === 'condition' ? word(terms[j]) : undefined;
}

/** "41 were critically injured", "five in stable condition": a sub-population of the injured, never compared with all of them. */
function markSeverity(parts: MeasureParts, severity: string): void {
  if (parts.facets.includes('subgroup')) return;
  parts.facets.push('subgroup');
  parts.facetDetail = `${severity} cases`;
}

/**
 * "Among voters under 30, turnout was 38%", "turnout among voters under 30 was 38%": the figure
 * is about a sub-population, never comparable with the figure for everyone.
 */
function readAmong(ctx: ReadContext, parts: MeasureParts): void {
  const { terms } = ctx;
  let from = 0;
  for (let k = ctx.start - 1; k >= 0; k--) {
    if (/[;:.!?()]/.test(terms[k].post) || (has(terms[k], 'Value') && ctx.inFigure(k) && !AGE_BOUND_WORDS.has(word(terms[k - 1])))) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < ctx.start; k++) {
    if (word(terms[k]) !== 'among' && word(terms[k]) !== 'amongst') continue;
    const np = nounPhraseAt(terms, k + 1, ctx.start);
    if (!np || has(terms[np.head], 'Pronoun') || REFERRING_PRONOUNS.has(word(terms[k + 1]))) continue;
    parts.facets.push('subgroup');
    parts.facetDetail = singular(word(terms[np.head]));
    return;
  }
}


/**
 * A figure for part of the whole or an addition to it, or an aggregate of each: "three more
 * suspects", "another 14", "Nine of the suspects", "Of those, 14 were…", "including 85", "a
 * minimum deposit of KSh 5,000", "the average customer lost…". Such a figure is never the total
 * another article gives, so it carries a facet only the same kind of figure shares.
 */
function readPortion(ctx: ReadContext, parts: MeasureParts): void {
  const { terms } = ctx;
  if (ctx.unitKind === 'percent') return;
  const cut = (k: number) => /[;:.!?()—–]/.test(terms[k]?.post ?? '');
  const before = word(terms[ctx.start - 1]);
  const open = !/[,;:.!?()—–]/.test(terms[ctx.start - 1]?.post ?? ',');
  const after = word(terms[ctx.end + 1]);
  const closed = /[,;:.!?()—–]/.test(terms[ctx.end].post);
  if ((!closed && ADDED_AFTER.has(after) && word(terms[ctx.end + 2]) !== 'than') || (open && (before === 'another' || (/^(?:additional|further)$/.test(before) && /^an?$/.test(word(terms[ctx.start - 2])))))) {
    parts.facets.push('addition');
    return;
  }
  // "14 of the 31 seats" names the whole with a figure of its own: a count of seats, not a part.
  const partOf = !closed && after === 'of' && PART_OF.has(word(terms[ctx.end + 2])) && !/\d/.test(terms[ctx.end + 3]?.text ?? '');
  const including = open && INCLUDING_FORMS.has(before);
  // Terms before the figure, nearest first, within its clause (and, for aggregates, its phrase).
  const back = (n: number, phrase = false): number[] => {
    const out: number[] = [];
    for (let k = ctx.start - 1; k >= 0 && out.length < n && !cut(k) && !(phrase && /,/.test(terms[k].post)); k--) out.push(k);
    return out;
  };
  // "Of those, 14 were arrested in Italy": the clause opens on the group it takes a part of.
  const ofThose = back(4).some((k) => word(terms[k]) === 'of' && OF_WHAT_PRONOUNS.has(word(terms[k + 1])) && (k === 0 || /[.!?;:]\s*$/.test(terms[k - 1].post) || /^(?:and|but)$/.test(word(terms[k - 1]))));
  // "The toll had stood at 19", "initially put at 19": a figure the article says was superseded.
  const superseded = back(6).some((k) => {
    const w = word(terms[k]);
    return SUPERSEDED_ADVERBS.has(w) || (w === 'stood' && word(terms[k - 1]) === 'had') || (w === 'first' && word(terms[k - 1]) === 'at');
  }) || supersededFrom(ctx);
  if (superseded) {
    parts.facets.push('superseded');
    return;
  }
  // "in Chaupimayo province alone 4,150 ballots", "4,150 in Chaupimayo alone": one part's figure.
  let alone = back(6).some((k) => word(terms[k]) === 'alone');
  // Another figure between them takes the "alone" ("rose to 134, with 107 in Kerr County alone").
  for (let k = ctx.end + 1, n = 0; k < terms.length && n < 8 && !cut(k - 1) && !has(terms[k], 'Value'); k++, n++) if (word(terms[k]) === 'alone') alone = true;
  if (partOf || including || ofThose || alone) {
    parts.facets.push('part');
    // "3,700 people were injured, more than 900 of them by firearms": "of them" stands for what
    // the figure before counts.
    const pronoun = /^(?:them|whom|those|these)$/.test(word(terms[ctx.end + 2]));
    if (partOf && pronoun && ctx.previous && !parts.noun && parts.events.length + parts.classes.length === 0) inheritMeasure(parts, ctx.previous);
    return;
  }
  const aggregate = back(6, true).map((k) => word(terms[k])).find((w) => AGGREGATES.has(w));
  if (aggregate) {
    parts.facets.push('aggregate');
    parts.facetDetail = aggregate;
  }
}

/**
 * A figure given as the one a change started from: "up from 76", "down from 120", "up from an
 * earlier count of 76", "rose to 94 from 76". The figure it changed to is the article's.
 */
function supersededFrom(ctx: ReadContext): boolean {
  const { terms, start } = ctx;
  const k = start - 1;
  // "an earlier count of 76", "a previous estimate of 76", "the initial toll of 19".
  if (word(terms[k]) === 'of' && HEADS_BEFORE.has(word(terms[k - 1])) && EARLIER_ADJECTIVES.has(word(terms[k - 2]))) return true;
  if (k < 1 || word(terms[k]) !== 'from' || /[;:.!?()]/.test(terms[k - 1].post)) return false;
  // "up from 76", "down from 120".
  if (/^(?:up|down)$/.test(word(terms[k - 1]))) return true;
  // "rose to 94 from 76": the figure right before "from" is the one the change went to.
  let j = k - 1;
  if (!ctx.inFigure(j)) return false;
  while (j > 0 && ctx.inFigure(j - 1)) j--;
  return word(terms[j - 1]) === 'to';
}

/** "in such compounds", "in custody": narrows the measure when it names a class or event. */
function readInObject(terms: readonly Term[], from: number, stop: number, parts: MeasureParts, unitKind: UnitKind): void {
  for (let k = from; k < Math.min(stop, from + 10); k++) {
    if (/[;:.!?()]/.test(terms[k - 1]?.post ?? '') && k > from) return;
    if (!LOCATIVE.has(word(terms[k]))) continue;
    // "about 60% of the vote in several districts": a figure for some parts of the whole.
    // A count "in three countries" says where; a share "in three districts" is of those parts only.
    const quantifier = word(terms[k + 1]);
    const counted = unitKind !== 'percent' && numberWord(quantifier) !== undefined;
    let some = quantifier === 'a' && word(terms[k + 2]) === 'few' ? k + 3 : PART_QUANTIFIERS.has(quantifier) && !counted ? k + 2 : -1;
    // "96.99% of the votes in 8 out of 272 constituencies": a share in a number of the parts.
    if (some < 0 && unitKind === 'percent' && (/^\d+$/.test(terms[k + 1]?.text ?? '') || numberWord(quantifier) !== undefined)) {
      let j = k + 2;
      if (word(terms[j]) === 'out' && word(terms[j + 1]) === 'of') j += 2;
      else if (word(terms[j]) === 'of') j += 1;
      if (word(terms[j]) === 'the') j++;
      if (j > k + 2 && (/^\d[\d,]*$/.test(terms[j]?.text ?? '') || numberWord(word(terms[j])) !== undefined)) j++;
      some = j;
    }
    let plain = true;
    for (let j = from - 1; j < k && plain; j++) if (j >= 0 && /[,;:.!?()—–]/.test(terms[j].post)) plain = false;
    if (plain && some > 0 && word(terms[k]) === 'in' && terms[some] && has(terms[some], 'Plural') && !has(terms[some], 'Date') && !TIME_NOUNS.has(singular(word(terms[some])))) {
      parts.facets.push('some-places');
      parts.facetDetail = singular(word(terms[some]));
      return;
    }
    const np = nounPhraseAt(terms, k + 1, stop);
    if (!np || has(terms[np.head], 'ProperNoun')) continue;
    const w = word(terms[np.head]);
    if (w === 'custody') {
      if (!parts.events.includes('arrest')) parts.events.push('arrest');
      return;
    }
    const cls = classConcept(w);
    if (cls && cls !== 'person' && !parts.classes.includes(cls)) {
      parts.classes.push(cls);
      parts.inObject = `in ${np.text.replace(OBJECT_DETERMINERS_BEFORE, '')}`;
      return;
    }
  }
}
