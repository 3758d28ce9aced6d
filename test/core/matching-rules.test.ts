/**
 * Every named rule of the matcher (server/src/analysis/matching/rules.ts), one by one, on
 * hand-made claims: a minimal pair where it fires, with its reason, and a close pair where it does
 * not. A rule added to the table without a case here fails the last test of the table. Then each
 * verdict's effect on the relation, end to end through linkClaims.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkClaims } from '../../server/src/analysis/matching/link';
import { measureInfo } from '../../server/src/analysis/matching/measure';
import { pairOf, RULES, RULES_BY_ID, timeKeyOf, type Dispute, type Side } from '../../server/src/analysis/matching/rules';
import { sourceKeys } from '../../server/src/analysis/claims/source';
import { sharedSourceOf } from '../../server/src/analysis/matching/source';
import { timeValueOf } from '../../server/src/analysis/time/timeValue';
import { measureWords, sourceKeysOf, typed } from '../support/typedClaim';
import type { ArticleDate, Interval, NumericClaim } from '../../server/src/analysis/types';

/** Friday 16 May 2025: the date every stated time is resolved against. */
const ANCHOR: ArticleDate = { day: '2025-05-16', precision: 'day', basis: 'published', evidence: 'Published: May 16, 2025' };
const ANY = { roundTolerance: 0, minConfidence: 0 };
const exact = (v: number): Interval => ({ low: v, high: v, lowInclusive: true, highInclusive: true });

interface ClaimSpec extends Partial<NumericClaim> {
  /** The measure as a word list (default: people arrested). */
  words?: string[];
  /** A stated time, resolved against ANCHOR into `time`. */
  when?: string;
  places?: string[];
  year?: number;
}

function claim(spec: ClaimSpec = {}): NumericClaim {
  const { words, when, places, year, ...rest } = spec;
  const list = words ?? ['arrest', 'person'];
  return {
    ...sourceKeysOf(rest.attribution),
    ...typed(list),
    modality: 'fact',
    ...(when ? { time: timeValueOf(when, ANCHOR) } : {}),
    text: '40',
    span: { start: 0, end: 2 },
    sentence: { start: 0, end: 40 },
    qualifier: 'exact',
    interval: exact(40),
    value: 40,
    unit: { kind: 'count', noun: 'person' },
    measure: { label: 'people arrested', words: measureWords(list) },
    scope: { places: places ?? [], ...(when ? { time: when } : {}), ...(year !== undefined ? { year } : {}) },
    ...rest,
  };
}

/** One side of a pair, built as link.ts builds it. */
function side(c: NumericClaim, over: Partial<Omit<Side, 'claim'>> = {}): Side {
  return { claim: c, info: measureInfo(c), sources: new Set(c.sourceKeys ?? []), splitByPlace: false, siblingTimes: new Set(), ...over };
}

type Flags = { strangers?: boolean; unrelated?: boolean; dispute?: Dispute };
type Case = [a: Side, b: Side, flags?: Flags];

interface RuleCase {
  id: string;
  fires: Case;
  reason: string;
  silent: Case;
}

function reasonOf(id: string, [a, b, flags = {}]: Case): string | undefined {
  const rule = RULES_BY_ID.get(id);
  assert.ok(rule, `no rule ${id}`);
  const pair = pairOf(a, b, flags.strangers ?? false, flags.unrelated ?? false);
  if (flags.dispute) pair.dispute = flags.dispute;
  return rule.test(pair);
}

const DISPUTE: Dispute = { article: 'c.txt', texts: ['670', '2,000'] };

const c = (spec: ClaimSpec = {}) => side(claim(spec));
const seats = (over: ClaimSpec = {}) => claim({ unit: { kind: 'count', noun: 'seat' }, ...over });
const bareCount = (over: ClaimSpec = {}) => claim({ unit: { kind: 'count' }, ...over });

const CASES: RuleCase[] = [
  // Which story.
  {
    id: 'story.differs',
    fires: [side(claim(), { story: 'crackdown' }), side(claim(), { story: 'earthquake' })],
    reason: 'different stories',
    silent: [side(claim(), { story: 'crackdown' }), side(claim(), { story: 'crackdown' })],
  },
  {
    id: 'story.no-shared-actor',
    fires: [c(), c(), { strangers: true, unrelated: true }],
    reason: 'the articles name no actor in common',
    silent: [c(), c(), { strangers: true, unrelated: false }],
  },
  // What is counted.
  {
    id: 'measure.nationality-differs',
    fires: [c({ words: ['arrest', 'person', 'cambodian'] }), c({ words: ['arrest', 'person'] })],
    reason: 'different national groups',
    silent: [c({ words: ['arrest', 'person', 'cambodian'] }), c({ words: ['arrest', 'cambodian', 'person'] })],
  },
  {
    id: 'measure.facet-differs',
    fires: [c({ words: ['turnout', '=among voter'] }), c({ words: ['turnout'] })],
    reason: 'one is aggregate:among voter, the other a plain figure',
    // A portion (a part of the total) is not a facet the measure differs by.
    silent: [c({ words: ['turnout', '=part'] }), c({ words: ['turnout'] })],
  },
  {
    id: 'measure.event-differs',
    fires: [c({ words: ['arrest', 'person'] }), c({ words: ['death', 'person'] })],
    reason: 'different events',
    silent: [c({ words: ['arrest', 'person'] }), c({ words: ['person'] })],
  },
  {
    id: 'measure.class-differs',
    fires: [c({ words: ['arrest', 'person'] }), c({ words: ['arrest', 'property'] })],
    reason: 'different things counted',
    silent: [c({ words: ['arrest', 'person'] }), c({ words: ['arrest'] })],
  },
  {
    id: 'measure.noun-differs',
    fires: [c(), side(seats())],
    reason: 'different counted nouns',
    silent: [c(), side(bareCount())],
  },
  {
    id: 'measure.subject-differs',
    fires: [c({ words: ['vote', '@ilse marrow'] }), c({ words: ['vote', '@tomas vey'] })],
    reason: 'figures of different actors',
    silent: [c({ words: ['vote', '@ilse marrow'] }), c({ words: ['vote'] })],
  },
  {
    id: 'measure.nothing-shared',
    fires: [c({ words: ['turnout'] }), c({ words: ['budget'] })],
    reason: 'nothing in common',
    silent: [c({ words: ['turnout'] }), c({ words: ['turnout', 'budget'] })],
  },
  {
    id: 'measure.bare-against-noun',
    fires: [side(bareCount({ words: ['hold'] })), side(seats({ words: ['hold', 'seat'] }))],
    reason: 'a bare figure may count anything',
    // People are in the vocabulary: a bare toll still meets them.
    silent: [side(bareCount({ words: ['hold'] })), c({ words: ['hold', 'person'] })],
  },
  {
    id: 'measure.noun-against-none',
    fires: [side(seats({ words: ['seat', 'parliament'] })), side(bareCount({ words: ['parliament'] }))],
    reason: 'only a plain word in common',
    // Sharing an event is more than a plain word.
    silent: [side(seats({ words: ['seat', 'hold'] })), side(bareCount({ words: ['hold'] }))],
  },
  {
    id: 'measure.generic-unsourced',
    fires: [c({ words: ['person'] }), c({ words: ['person', 'missing'] })],
    reason: 'only a generic word in common, and no shared source',
    // Within one story it is evidence, not a veto (evidence.generic-only); see also the shared source below.
    silent: [side(claim({ words: ['person'] }), { story: 'landslide' }), side(claim({ words: ['person', 'missing'] }), { story: 'landslide' })],
  },

  // Place.
  {
    id: 'place.differs',
    fires: [c({ places: ['thailand'] }), c({ places: ['peru'] })],
    reason: 'places differ: thailand vs peru',
    silent: [c({ places: ['thailand'] }), c({ places: ['peru', 'thailand'] })],
  },
  {
    id: 'place.within-country',
    fires: [c({ places: ['bangladesh'] }), c({ places: ['charbokul'] })],
    reason: 'charbokul may lie in bangladesh',
    // Two countries: neither lies in the other.
    silent: [c({ places: ['bangladesh'] }), c({ places: ['myanmar'] })],
  },
  {
    id: 'place.not-named-in-other',
    fires: [c({ places: ['kampot'] }), side(claim(), { articlePlaces: new Set(['phnom penh', 'siem reap', 'battambang']) })],
    reason: 'kampot is not named in the other article',
    silent: [c({ places: ['kampot'] }), side(claim(), { articlePlaces: new Set(['phnom penh', 'siem reap', 'kampot']) })],
  },
  {
    id: 'place.split-by-place',
    fires: [side(claim({ places: ['kampot'] }), { splitByPlace: true }), c()],
    reason: 'kampot is one of several places its article counts separately; the other figure names none',
    silent: [side(claim({ places: ['kampot'] }), { splitByPlace: false }), c()],
  },
  {
    id: 'place.source-countries-differ',
    fires: [c({ sourceCountry: 'israel' }), c({ places: ['iran'] })],
    reason: 'one counts in israel, the other in iran (by its source and its place)',
    silent: [c({ sourceCountry: 'israel' }), c({ sourceCountry: 'israel' })],
  },

  // Time.
  {
    id: 'time.differs',
    fires: [c({ when: 'in July' }), c({ when: 'in August' })],
    reason: 'times differ: in July vs in August',
    silent: [c({ when: 'in July' }), c({ when: 'on July 16' })],
  },
  {
    id: 'time.running-against-day',
    fires: [c({ when: 'since Sunday' }), c({ when: 'on Thursday' })],
    reason: 'a running total (since Sunday) against the figure for on Thursday',
    // Two running totals ("since", "by") are compared.
    silent: [c({ when: 'since Sunday' }), c({ when: 'by Tuesday' })],
  },
  {
    id: 'time.period-against-undated',
    fires: [c({ when: 'since January' }), c()],
    reason: 'since January is a total over a period; the other figure names no time',
    // Last year's total against a yearly figure: both a year's worth.
    silent: [c({ when: 'last year' }), c({ rate: 'year' })],
  },
  {
    id: 'time.years-differ',
    fires: [c({ year: 2023 }), c({ year: 2024 })],
    reason: 'years differ: 2023 vs 2024',
    silent: [c({ year: 2024 }), c({ year: 2024 })],
  },
  {
    id: 'time.reported-separately',
    fires: [c({ when: 'in July' }), side(claim({ when: 'in August' }), { siblingTimes: new Set([timeKeyOf(timeValueOf('in July', ANCHOR))]) })],
    reason: 'times differ: in July vs in August, which the other article reports separately',
    silent: [c({ when: 'in July' }), c({ when: 'in August' })],
  },
  {
    id: 'time.long-before',
    fires: [c({ when: 'in October 2023' }), c({ asOf: '2025-09-04' })],
    reason: 'in October 2023 is more than a year before the other figure\'s moment (2025-09-04): an earlier event',
    silent: [c({ when: 'in October 2024' }), c({ asOf: '2025-09-04' })],
  },
  {
    id: 'time.earlier-year',
    fires: [side(claim({ year: 2023 }), { latestYear: 2024 }), c()],
    reason: '2023 is earlier than the latest year its article reports (2024); the other figure names no time',
    silent: [side(claim({ year: 2024 }), { latestYear: 2024 }), c()],
  },
  {
    id: 'time.one-of-several-years',
    fires: [side(claim({ when: 'in 2023' }), { siblingTimes: new Set(['2024-01-01/2024-12-31/in 2024']) }), c()],
    reason: 'in 2023 is one of several times its article counts separately; the other figure names none',
    silent: [side(claim({ when: 'in 2023' })), c()],
  },
  {
    id: 'time.other-moment',
    // People on board: no event, so not a tally.
    fires: [c({ words: ['person', 'board'], asOf: '2025-05-01' }), c({ words: ['person', 'board'], asOf: '2025-05-16' })],
    reason: '2025-05-01 and 2025-05-16 are 15 days apart',
    silent: [c({ words: ['person', 'board'], asOf: '2025-05-09' }), c({ words: ['person', 'board'], asOf: '2025-05-16' })],
  },
  {
    id: 'time.later-tally',
    fires: [c({ words: ['death', 'person'], asOf: '2025-05-10' }), c({ words: ['death', 'person'], asOf: '2025-05-16' })],
    reason: 'reported for 2025-05-10 and 2025-05-16',
    // Past 30 days a toll is a settled figure restated: compared, not an update.
    silent: [c({ words: ['death', 'person'], asOf: '2025-04-15' }), c({ words: ['death', 'person'], asOf: '2025-05-16' })],
  },
  {
    id: 'time.first-days-tally',
    fires: [side(claim({ words: ['death', 'person'], asOf: '2025-09-08' }), { storyStart: '2025-09-08' }), side(claim({ words: ['death', 'person'], asOf: '2025-09-09' }), { storyStart: '2025-09-08' })],
    reason: "both from the story's first days (2025-09-08, 2025-09-09; first report 2025-09-08): a toll still being counted",
    // A day later than that, the toll is compared (or read as an update).
    silent: [side(claim({ words: ['death', 'person'], asOf: '2025-09-08' }), { storyStart: '2025-09-08' }), side(claim({ words: ['death', 'person'], asOf: '2025-09-10' }), { storyStart: '2025-09-08' })],
  },
  {
    id: 'time.tally-moment-unknown',
    fires: [side(claim({ words: ['death', 'person'], asOf: '2025-05-10' }), { storySpanDays: 12 }), side(claim({ words: ['death', 'person'], asOf: undefined }), { storySpanDays: 12 })],
    reason: 'a running tally in a story reported over 13 days, and the moment of one figure is unknown: perhaps an earlier or a later count',
    // A story told within three days (or never dated): the undated figure is most likely of the same days.
    silent: [side(claim({ words: ['death', 'person'], asOf: '2025-05-10' }), { storySpanDays: 2 }), side(claim({ words: ['death', 'person'], asOf: undefined }), { storySpanDays: 2 })],
  },
  {
    id: 'time.level-moment-unknown',
    // "7,000 flights" in an undated piece against "4,434 flights cancelled" on the day: the day's or the weekend's?
    fires: [
      side(claim({ words: ['flight'], text: '7,000', unit: { kind: 'count', noun: 'flight' }, asOf: undefined }), { storySpanDays: 12 }),
      side(claim({ words: ['cancel', 'flight'], unit: { kind: 'count', noun: 'flight' }, asOf: '2024-07-19' }), { storySpanDays: 12 }),
    ],
    reason: '7,000 names no event, and the moment of one figure is unknown in a story reported over 13 days: perhaps another moment or another lot',
    // People are counted once, whatever the verb: "1.3 million passengers" still meets "1.4 million passengers disrupted".
    silent: [
      side(claim({ words: ['person'], unit: { kind: 'count', noun: 'person' }, asOf: undefined }), { storySpanDays: 12 }),
      side(claim({ words: ['disrupt', 'person'], unit: { kind: 'count', noun: 'person' }, asOf: '2024-07-19' }), { storySpanDays: 12 }),
    ],
  },

  // Rate.
  {
    id: 'rate.differs',
    fires: [c({ rate: 'year' }), c({ rate: 'month' })],
    reason: 'rates differ (a year vs a month); Crosscheck does not convert between them',
    silent: [c({ rate: 'month' }), c({ rate: 'month' })],
  },
  {
    id: 'rate.against-total',
    fires: [c({ rate: 'day' }), c()],
    reason: "a day's figure against one that states no rate; Crosscheck does not convert between them",
    // Articles drop "a year": a yearly figure is still compared with one without a rate.
    silent: [c({ rate: 'year' }), c()],
  },

  // Kinds of figures that only ever agree.
  {
    id: 'facet.portion',
    fires: [c({ words: ['arrest', 'person', '=part'] }), c()],
    reason: 'a part, an addition or a superseded figure',
    silent: [c(), c()],
  },
  {
    id: 'measure.places-without-event',
    fires: [c({ words: ['state'], unit: { kind: 'count', noun: 'state' } }), c({ words: ['state'], unit: { kind: 'count', noun: 'state' } })],
    reason: 'counts of states with no event named: which ones is unstated',
    // "raids in two provinces": an event says which places are counted.
    silent: [c({ words: ['raid', 'province'], unit: { kind: 'count', noun: 'province' } }), c({ words: ['raid', 'province'], unit: { kind: 'count', noun: 'province' } })],
  },
  {
    id: 'measure.noun-only',
    // "1.3 million customers" against "4.5 million customers": nothing says what happened to them.
    fires: [c({ words: ['customer'], unit: { kind: 'count', noun: 'customer' } }), c({ words: ['customer'], unit: { kind: 'count', noun: 'customer' } })],
    reason: 'each figure counts a noun and says nothing of what happened to it',
    // "customers evacuated" on one side: what happened to them is stated there.
    silent: [c({ words: ['customer', 'evacuate'], unit: { kind: 'count', noun: 'customer' } }), c({ words: ['customer'], unit: { kind: 'count', noun: 'customer' } })],
  },
  {
    id: 'measure.group-of-people',
    // "four women" killed against "five people" killed: the women are some of the dead.
    fires: [c({ words: ['death', 'person'], unit: { kind: 'count', noun: 'woman' } }), c({ words: ['death', 'person'] })],
    reason: 'one counts women, the other people: a group within those counted',
    // Both count women, or neither counts a group.
    silent: [c({ words: ['death', 'person'], unit: { kind: 'count', noun: 'women' } }), c({ words: ['death', 'person'], unit: { kind: 'count', noun: 'woman' } })],
  },
  {
    id: 'modality.forecast',
    fires: [c({ modality: 'forecast' }), c()],
    reason: 'a forecast or scenario',
    silent: [c(), c()],
  },

  {
    id: 'time.lower-from-other-source',
    fires: [
      c({ words: ['death', 'person'], interval: exact(39), text: '39', asOf: '2025-05-10', attribution: 'the rights commission' }),
      c({ words: ['death', 'person'], interval: exact(19), text: '19', asOf: '2025-05-12', attribution: 'the president' }),
    ],
    reason: 'lower on the later day (19, 2025-05-12, from the president) than 39 (2025-05-10, from the rights commission): two sources disagree',
    // The same source lower later: a revision, not a dispute.
    silent: [
      c({ words: ['death', 'person'], interval: exact(39), text: '39', asOf: '2025-05-10', attribution: 'the president' }),
      c({ words: ['death', 'person'], interval: exact(19), text: '19', asOf: '2025-05-12', attribution: 'the president' }),
    ],
  },

  // Rival figures.
  {
    id: 'story.rival-figures',
    fires: [c({ words: ['death', 'person'] }), c({ words: ['death', 'person'] }), { dispute: DISPUTE }],
    reason: 'rival figures from different sources, not an earlier and a later count',
    silent: [c({ words: ['death', 'person'] }), c({ words: ['death', 'person'] })],
  },

  // Evidence.
  {
    id: 'evidence.measure-overlap',
    // It always fires (its value is the similarity, tested below); a close pair shows the shared words.
    fires: [c(), c()],
    reason: 'same measure (arrest, person)',
    silent: [c(), c()],
  },
  {
    id: 'evidence.shared-event',
    fires: [c(), c()],
    reason: 'both name the same event',
    silent: [c(), c({ words: ['person'] })],
  },
  {
    id: 'evidence.event-missing',
    fires: [c(), c({ words: ['person'] })],
    reason: 'one names no event',
    silent: [c(), c()],
  },
  {
    id: 'evidence.same-noun',
    fires: [c(), c()],
    reason: 'both count person',
    silent: [c(), side(bareCount())],
  },
  {
    id: 'evidence.single-word',
    fires: [c({ words: ['turnout'] }), c({ words: ['turnout'] })],
    reason: 'each measure is one word',
    silent: [c({ words: ['turnout'] }), c({ words: ['turnout', 'voter'] })],
  },
  {
    id: 'evidence.same-place',
    fires: [c({ places: ['kampot'] }), c({ places: ['kampot', 'kep'] })],
    reason: 'both in kampot',
    silent: [c({ places: ['kampot'] }), c({ places: ['kep'] })],
  },
  {
    id: 'evidence.place-missing',
    fires: [c({ places: ['kampot'] }), c()],
    reason: 'only one names a place (kampot)',
    silent: [c(), c()],
  },
  {
    id: 'evidence.same-day',
    fires: [c({ asOf: '2025-05-16' }), c({ asOf: '2025-05-16' })],
    reason: 'both as of 2025-05-16',
    silent: [c({ asOf: '2025-05-16' }), c({ asOf: '2025-05-15' })],
  },
  {
    id: 'evidence.moment-unknown',
    fires: [c({ asOf: '2025-05-16' }), c({ asOf: undefined })],
    reason: 'the moment of one figure is unknown',
    silent: [c({ asOf: '2025-05-16' }), c({ asOf: '2025-05-15' })],
  },
  {
    id: 'evidence.same-time-stated',
    fires: [c({ when: 'by Monday' }), c({ when: 'as of Monday' })],
    reason: 'both by Monday / as of Monday',
    silent: [c({ when: 'by Monday' }), c({ when: 'by Thursday' })],
  },
  {
    id: 'evidence.shared-source',
    fires: [c({ attribution: 'the United Nations' }), c({ attribution: 'a UN report' })],
    reason: 'both attributed to UN (the United Nations; a UN report)',
    silent: [c({ attribution: 'the United Nations' }), c({ attribution: 'police' })],
  },
  {
    id: 'evidence.same-rate',
    fires: [c({ rate: 'year' }), c({ rate: 'year' })],
    reason: 'both a year',
    silent: [c({ rate: 'year' }), c({ rate: 'month' })],
  },
  {
    id: 'evidence.rate-missing',
    fires: [c(), c({ rate: 'day' })],
    reason: 'only one states a rate (a day); compared as stated',
    silent: [c({ rate: 'day' }), c({ rate: 'day' })],
  },
  {
    id: 'evidence.strangers',
    fires: [c(), c(), { strangers: true }],
    reason: 'the two articles name no place, organisation or person in common: perhaps different events',
    silent: [c(), c(), { strangers: false }],
  },
  {
    id: 'evidence.generic-only',
    // Within one story the generic veto gives way to this evidence.
    fires: [side(claim({ words: ['person'] }), { story: 'landslide' }), side(claim({ words: ['person', 'missing'] }), { story: 'landslide' })],
    reason: 'only a generic word in common',
    silent: [side(claim({ words: ['person', 'missing'] }), { story: 'landslide' }), side(claim({ words: ['person', 'missing'] }), { story: 'landslide' })],
  },
  {
    id: 'evidence.rival-figures',
    fires: [c({ words: ['death', 'person'] }), c({ words: ['death', 'person'] }), { dispute: DISPUTE }],
    reason: 'c.txt gives both 670 and 2,000, from different sources',
    silent: [c({ words: ['death', 'person'] }), c({ words: ['death', 'person'] })],
  },
  {
    id: 'evidence.vague',
    fires: [c({ qualifier: 'vague amount (hundreds)' }), c()],
    reason: 'one figure is a vague amount',
    silent: [c({ qualifier: 'more than' }), c()],
  },
];

for (const rc of CASES) {
  test(`rule ${rc.id}: fires with its reason on a minimal pair, and not on a close one`, () => {
    assert.equal(reasonOf(rc.id, rc.fires), rc.reason);
    if (rc.id === 'evidence.measure-overlap') return; // never silent: see its own test
    assert.equal(reasonOf(rc.id, rc.silent), undefined);
  });
}

test('rule evidence.measure-overlap: always fires; its value is the weighted share of words in common', () => {
  const rule = RULES_BY_ID.get('evidence.measure-overlap')!;
  const same = pairOf(c(), c(), false, false);
  const partial = pairOf(c({ words: ['arrest', 'person'] }), c({ words: ['arrest', 'person', 'protester'] }), false, false);
  assert.equal(rule.value!(same), 1);
  // Event 3 + class 2 shared out of 3 + 2 + 1 for the extra plain word.
  assert.equal(rule.value!(partial), 5 / 6);
  assert.equal(rule.test(partial), 'same measure (arrest, person)');
  // Nothing shared: still a reason, with an empty list (measure.nothing-shared removes such pairs first).
  assert.equal(rule.test(pairOf(c({ words: ['turnout'] }), c({ words: ['budget'] }), false, false)), 'same measure ()');
});

test('rule measure.subject-differs: a name and its shorter form are one actor', () => {
  const votes = (subject: string) => c({ words: ['vote', `@${subject}`] });
  assert.equal(reasonOf('measure.subject-differs', [votes('edmundo gonzalez'), votes('edmundo gonzalez urrutia')]), undefined);
  assert.equal(reasonOf('measure.subject-differs', [votes('edmundo gonzalez'), votes('nicolas maduro')]), 'figures of different actors');
  // One word is not a shorter form: "gonzalez" alone could be anyone of that name.
  assert.equal(reasonOf('measure.subject-differs', [votes('gonzalez'), votes('edmundo gonzalez')]), 'figures of different actors');
});

test('rule measure.bare-against-noun: silent when the noun is the event both name ("5,150,092 cast" and "2.75 million votes cast")', () => {
  const votesNoun = side(claim({ words: ['vote'], unit: { kind: 'count', noun: 'vote' } }));
  assert.equal(reasonOf('measure.bare-against-noun', [side(bareCount({ words: ['vote'] })), votesNoun]), undefined);
  // "held 40 rallies" against "holds 12": the noun is not the event.
  assert.equal(reasonOf('measure.bare-against-noun', [side(bareCount({ words: ['hold'] })), side(claim({ words: ['hold', 'rally'], unit: { kind: 'count', noun: 'rally' } }))]), 'a bare figure may count anything');
});

test('rule measure.generic-unsourced: a shared source lifts it', () => {
  assert.equal(reasonOf('measure.generic-unsourced', [c({ words: ['person'], attribution: 'police' }), c({ words: ['person', 'missing'], attribution: 'police' })]), undefined);
});

test('README.md: the rules table lists every rule with its verdict, direction and description (scripts/rules-table.ts rewrites it)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  for (const r of RULES) assert.ok(readme.includes(`| \`${r.id}\` | ${r.verdict}${r.direction ? ` (${r.direction})` : ''} | ${r.description.replace(/\|/g, '\\|')} |`), `README.md lacks the row of ${r.id}`);
});

test('the table: every rule id has a case above, and no case names a rule that does not exist', () => {
  const covered = CASES.map((rc) => rc.id).sort();
  assert.deepEqual(covered, RULES.map((r) => r.id).sort());
  assert.equal(new Set(covered).size, covered.length, 'a rule covered twice');
});

test('the table: ids are unique and every rule has a verdict and a description', () => {
  assert.equal(RULES_BY_ID.size, RULES.length);
  for (const r of RULES) {
    assert.ok(['different-measure', 'different-scope', 'later-moment', 'agree-only', 'dispute', 'evidence'].includes(r.verdict), r.id);
    assert.ok(r.description.length > 10, r.id);
    assert.equal(r.id.startsWith('evidence.'), r.verdict === 'evidence', r.id);
  }
});

// ---------------------------------------------------------------------------------------------
// Verdicts to relations, end to end
// ---------------------------------------------------------------------------------------------

function links(a: NumericClaim, b: NumericClaim) {
  return linkClaims(
    [
      { article: 'a', claims: [a] },
      { article: 'b', claims: [b] },
    ],
    ANY,
  );
}

test('verdict different-measure: no link at all, however close the figures', () => {
  assert.deepEqual(links(claim({ words: ['arrest', 'person'] }), claim({ words: ['death', 'person'] })), []);
  // The same pair without the measure rule firing is linked.
  assert.equal(links(claim(), claim()).length, 1);
});

test('an area is a running tally: territory held or land burned at a moment no article states is no conflict', () => {
  const area = (n: number, words: string[], noun: string, asOf?: string) =>
    side(claim({ text: String(n), words, unit: { kind: 'count', noun }, interval: exact(n), value: n, asOf }), { storySpanDays: 12 });
  const held = area(1000, ['control', 'kilometre'], 'square kilometre', '2024-08-12');
  const later = area(1250, ['territory', 'kilometre'], 'square kilometre');
  assert.ok(held.info.tally && later.info.tally);
  assert.equal(held.info.nounClass, 'area');
  assert.match(reasonOf('time.tally-moment-unknown', [held, later]) ?? '', /running tally/);
  // A length is no tally: a distance stays a level.
  assert.equal(area(10, ['kilometre'], 'kilometre').info.tally, false);
});

test('bodies counted are deaths, and a lower bound on the toll: only a toll below them conflicts', () => {
  const bodies = (n: number) => claim({ text: String(n), words: ['body'], unit: { kind: 'count', noun: 'body' }, interval: exact(n), value: n, measure: { label: 'bodies', words: ['body'] } });
  const toll = (n: number, interval = exact(n), text = String(n)) => claim({ text, words: ['death', 'person'], interval, value: n, measure: { label: 'people killed', words: ['death', 'person'] } });
  assert.ok(measureInfo(bodies(39)).lowerBound);
  assert.deepEqual([...measureInfo(bodies(39)).events], ['death']);
  const [below] = links(bodies(39), toll(30));
  assert.equal(below.relation, 'conflict');
  assert.match(below.reasons.join('; '), /39 \(≥ 39\) and 30 \(30\) cannot both hold/);
  // Six bodies recovered never contradict 670 dead.
  assert.equal(links(bodies(6), toll(670))[0].relation, 'agree');
  // "Over 10 feared dead" and 25 bodies: two lower bounds never clash.
  assert.equal(links(bodies(25), toll(10, { low: 10, high: null, lowInclusive: false, highInclusive: false }, 'Over 10'))[0].relation, 'agree');
  // Bodies "recovered" keep that event: "31 bodies recovered" against "27" is a count of one act.
  assert.equal(measureInfo(claim({ words: ['body', 'seize'], unit: { kind: 'count', noun: 'body' } })).lowerBound, false);
  // "158 body parts" counts parts.
  assert.equal(measureInfo(claim({ words: ['body', 'part'], unit: { kind: 'count', noun: 'part' } })).lowerBound, false);
});

test('verdict different-scope: the relation is different-scope, with the rule named and its reason given', () => {
  const [link, ...rest] = links(claim({ places: ['thailand'], interval: exact(40) }), claim({ places: ['peru'], interval: exact(400) }));
  assert.equal(rest.length, 0);
  assert.equal(link.relation, 'different-scope');
  assert.ok(link.rules.includes('place.differs'), link.rules.join(', '));
  assert.ok(link.reasons.includes('places differ: thailand vs peru'), link.reasons.join('\n'));
});

test('verdict later-moment: a later, higher tally is an update; a later, lower one is a revision', () => {
  const toll = (n: number, asOf: string) => claim({ words: ['death', 'person'], interval: exact(n), asOf });
  const [update] = links(toll(40, '2025-05-10'), toll(52, '2025-05-16'));
  assert.equal(update.relation, 'update');
  assert.ok(update.rules.includes('time.later-tally'));
  assert.ok(update.reasons.includes('reported for 2025-05-10 and 2025-05-16'), update.reasons.join('\n'));
  assert.equal(links(toll(52, '2025-05-10'), toll(40, '2025-05-16'))[0].relation, 'revision');
  // Which article comes first does not matter: the later moment decides.
  assert.equal(links(toll(40, '2025-05-16'), toll(52, '2025-05-10'))[0].relation, 'revision');
  assert.equal(links(toll(52, '2025-05-16'), toll(40, '2025-05-10'))[0].relation, 'update');
  // The same figure later is an update too.
  assert.equal(links(toll(40, '2025-05-10'), toll(40, '2025-05-16'))[0].relation, 'update');
});

test('rule time.later-tally: past 30 days, a count from the first days of the story is still an earlier count; two later ones are settled figures', () => {
  const rule = RULES_BY_ID.get('time.later-tally')!;
  const toll = (n: number, asOf: string) => side(claim({ words: ['death', 'person'], interval: exact(n), asOf }), { storyStart: '2024-03-22' });
  assert.equal(
    rule.test(pairOf(toll(40, '2024-03-22'), toll(145, '2025-02-10'), false, false)),
    "reported for 2024-03-22 and 2025-02-10; 2024-03-22 is within 30 days of the story's first report (2024-03-22), while the toll still grew",
  );
  assert.equal(rule.test(pairOf(toll(145, '2024-06-01'), toll(149, '2025-02-10'), false, false)), undefined);
  // A third count of the story between them in day and value: a toll that grew for months.
  const tallies = [{ day: '2024-12-25', value: 186, events: new Set(['death']) }];
  const growing = (n: number, asOf: string) => side(claim({ words: ['death', 'person'], interval: exact(n), value: n, asOf }), { storyStart: '2024-10-21', storyTallies: tallies });
  assert.equal(
    rule.test(pairOf(growing(88, '2024-12-07'), growing(315, '2025-04-15'), false, false)),
    "reported for 2024-12-07 and 2025-04-15; the story's count of 186 on 2024-12-25 shows the toll still growing between them",
  );
  // Not when the third count lies outside their values (or days): two settled figures.
  assert.equal(rule.test(pairOf(growing(200, '2024-12-07'), growing(315, '2025-04-15'), false, false)), undefined);
  assert.equal(rule.test(pairOf(growing(88, '2025-01-07'), growing(315, '2025-04-15'), false, false)), undefined);
});

test('rule time.tally-moment-unknown: two settled totals, each told well after its story (a look back, or pinned to an earlier year), are one moment', () => {
  const rule = RULES_BY_ID.get('time.tally-moment-unknown')!;
  const toll = (n: number, over: Partial<Omit<Side, 'claim'>>, spec: ClaimSpec = {}) =>
    side(claim({ words: ['death', 'person'], interval: exact(n), ...spec }), { storyStart: '2024-03-22', storySpanDays: 500, ...over });
  // "Investigators said 145 were killed", in an article on the anniversary, months after the attack.
  const anniversary = toll(145, { articleDay: '2025-02-06', looksBack: true }, { asOf: '2025-02-06' });
  // "the 2024 attack that killed 149", in an article of August 2025.
  const lastYear = toll(149, { articleDay: '2025-08-04' }, { time: { kind: 'year', from: '2024-01-01', to: '2024-12-31', text: 'in 2024', year: 2024 } });
  // "One year after", undated: "the storm killed at least 150".
  const undatedLookBack = toll(150, { looksBack: true });
  assert.equal(rule.test(pairOf(anniversary, lastYear, false, false)), undefined);
  assert.equal(rule.test(pairOf(undatedLookBack, lastYear, false, false)), undefined);
  // A look back written within its story's first month, or no look back at all: still any moment.
  const early = toll(40, { articleDay: '2024-04-02', looksBack: true }, { asOf: '2024-04-02' });
  const plain = toll(150, {});
  assert.match(rule.test(pairOf(early, lastYear, false, false)) ?? '', /the moment of one figure is unknown/);
  assert.match(rule.test(pairOf(plain, lastYear, false, false)) ?? '', /the moment of one figure is unknown/);
  // A day of its own is no settled total, whatever the article.
  const dayOfItsOwn = toll(120, { articleDay: '2025-08-04', looksBack: true }, { time: { kind: 'day', from: '2024-03-23', to: '2024-03-23', text: 'on March 23' } });
  assert.match(rule.test(pairOf(dayOfItsOwn, lastYear, false, false)) ?? '', /the moment of one figure is unknown/);
});

test('rule time.tally-moment-unknown: in a story told within three days, a toll its articles show growing from one day to the next is still a running tally', () => {
  const rule = RULES_BY_ID.get('time.tally-moment-unknown')!;
  const deaths = new Set(['death']);
  // Dated counts of the story: 212 dead on 30 November, 410 on 2 December (a cyclone's bulletins).
  const grew = { storySpanDays: 2, storyTallies: [{ day: '2025-12-02', value: 410, events: deaths }, { day: '2025-11-30', value: 212, events: deaths }] };
  const toll = (n: number, asOf: string | undefined, over: Partial<Omit<Side, 'claim'>>) => side(claim({ words: ['death', 'person'], interval: exact(n), asOf }), over);
  assert.equal(
    rule.test(pairOf(toll(123, undefined, grew), toll(366, '2025-12-02', grew), false, false)),
    'a running tally that grew in this story (212 on 2025-11-30, 410 on 2025-12-02), and the moment of one figure is unknown: perhaps an earlier or a later count',
  );
  // Counts of another event, or no growth (the same count restated, or a lower one later), say nothing of this tally.
  const injured = { storySpanDays: 2, storyTallies: [{ day: '2025-11-30', value: 20, events: new Set(['injury']) }, { day: '2025-12-02', value: 90, events: new Set(['injury']) }] };
  assert.equal(rule.test(pairOf(toll(123, undefined, injured), toll(366, '2025-12-02', injured), false, false)), undefined);
  const steady = { storySpanDays: 2, storyTallies: [{ day: '2025-11-30', value: 410, events: deaths }, { day: '2025-12-02', value: 212, events: deaths }, { day: '2025-12-01', value: 410, events: deaths }] };
  assert.equal(rule.test(pairOf(toll(123, undefined, steady), toll(366, '2025-12-02', steady), false, false)), undefined);
});

test('measureInfo: a crowd counted with no event of its own is an attendance; protesters arrested are arrests', () => {
  const crowd = claim({ words: ['protester'], unit: { kind: 'count', noun: 'protester' }, text: '5,000', qualifier: 'bare round figure', interval: exact(5000), value: 5000 });
  assert.deepEqual([...measureInfo(crowd).events], ['attend']);
  // "Thirty-nine protesters are undergoing exams": a small exact count names people, not a crowd's size.
  const few = claim({ words: ['protester'], unit: { kind: 'count', noun: 'protester' }, text: '39', interval: exact(39), value: 39 });
  assert.deepEqual([...measureInfo(few).events], []);
  const arrested = claim({ words: ['arrest', 'protester'], unit: { kind: 'count', noun: 'protester' } });
  assert.deepEqual([...measureInfo(arrested).events], ['arrest']);
});

test('timeKeyOf: one resolved span is one moment, however it is worded', () => {
  assert.equal(timeKeyOf(timeValueOf('in 2024', ANCHOR)), timeKeyOf(timeValueOf("last year's", { ...ANCHOR, day: '2025-05-16' })));
  assert.notEqual(timeKeyOf(timeValueOf('in 2024', ANCHOR)), timeKeyOf(timeValueOf('in 2023', ANCHOR)));
});

test('place.within-country: a country\'s figure below a place\'s is a conflict, unless another rule says disagreement proves nothing', () => {
  const toll = (n: number, places: string[], asOf?: string) => claim({ words: ['death', 'person'], interval: exact(n), places, ...(asOf ? { asOf } : {}) });
  const [conflict] = links(toll(90, ['spain'], '2025-05-10'), toll(155, ['Valencia Region'], '2025-05-10'));
  assert.equal(conflict.relation, 'conflict');
  // The moment of the country's figure unknown in a story told over two weeks: perhaps an earlier count.
  const inStory = (c: NumericClaim, article: string, storySpan: NumericClaim) => ({ article, story: 's', claims: [c, storySpan] });
  const found = linkClaims(
    [
      inStory(toll(90, ['spain']), 'a', claim({ words: ['budget'], asOf: '2025-05-01' })),
      inStory(toll(155, ['Valencia Region'], '2025-05-16'), 'b', claim({ words: ['budget'], asOf: '2025-05-16' })),
    ],
    ANY,
  ).filter((l) => l.a.index === 0 && l.b.index === 0);
  assert.deepEqual(found, []);
});

test('verdict agree-only: agree when the intervals overlap, no link when they do not', () => {
  const forecast = (n: number) => claim({ words: ['death', 'person'], interval: exact(n), modality: 'forecast' });
  const count = claim({ words: ['death', 'person'], interval: exact(5000) });
  const [agree] = links(forecast(5000), count);
  assert.equal(agree.relation, 'agree');
  assert.ok(agree.rules.includes('modality.forecast'));
  assert.ok(agree.reasons.includes('a forecast or scenario'), agree.reasons.join('\n'));
  assert.deepEqual(links(forecast(9000), count), []);
  // Without the forecast the same figures conflict.
  assert.equal(links(claim({ words: ['death', 'person'], interval: exact(9000) }), count)[0].relation, 'conflict');
});

test('verdict dispute: an article that gives both figures from different sources makes a later, higher toll a conflict, not an update', () => {
  const toll = (n: number, asOf: string, attribution?: string) => claim({ words: ['death', 'person'], interval: exact(n), text: n.toLocaleString('en'), asOf, ...(attribution ? { attribution } : {}) });
  const a = { article: 'a.txt', claims: [toll(670, '2025-05-10')] };
  const b = { article: 'b.txt', claims: [toll(2000, '2025-05-12')] };
  const both = { article: 'c.txt', claims: [toll(2000, '2025-05-12', 'the government'), toll(670, '2025-05-12', 'a UN agency')] };
  // Without the third article: a later, higher toll, an update.
  assert.equal(linkClaims([a, b], ANY)[0].relation, 'update');
  const ab = linkClaims([a, b, both], ANY).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt');
  assert.equal(ab?.relation, 'conflict');
  assert.ok(ab.rules.includes('story.rival-figures') && ab.rules.includes('evidence.rival-figures'), ab.rules.join(', '));
  assert.ok(ab.reasons.includes('c.txt gives both 670 and 2,000, from different sources'), ab.reasons.join('\n'));
  assert.ok(ab.reasons.includes('rival figures from different sources, not an earlier and a later count'), ab.reasons.join('\n'));
  // c.txt itself gives 670 too (the same figure later: an update): the conflict of a.txt's 670
  // with its 2,000 still stands, since c.txt reports the dispute and a.txt only one side of it.
  const ac = linkClaims([a, b, both], { ...ANY, minConfidence: 0.01 }).filter((l) => l.a.article === 'a.txt' && l.b.article === 'c.txt');
  assert.deepEqual(ac.map((l) => l.relation).sort(), ['conflict', 'update']);
});

test('a total over a year or a named period ("the previous year, more than 1,000 were killed") stands on no side of a dispute of the story', () => {
  const toll = (n: number, extra: Partial<ClaimSpec> = {}) => claim({ words: ['death', 'person'], interval: exact(n), text: n.toLocaleString('en'), ...extra });
  // An article gives both sides: 2,205 from the government, 1,368 from a UN agency.
  const both = { article: 'c.txt', claims: [toll(2205, { attribution: 'the government', asOf: '2025-09-04' }), toll(1368, { attribution: 'a UN agency', asOf: '2025-09-04' })] };
  // "more than 1,000": up to half as much again, so it reaches 1,368.
  const moreThan = { interval: { low: 1000, high: 1500, lowInclusive: false, highInclusive: true }, qualifier: 'more than', text: 'more than 1,000' };
  const withC = (other: { article: string; claims: NumericClaim[] }) => linkClaims([other, both], { ...ANY, minConfidence: 0 }).filter((l) => l.a.article === 'b.txt' || l.b.article === 'b.txt');
  const lastYear = withC({ article: 'b.txt', claims: [toll(1000, { when: 'last year', ...moreThan })] });
  assert.ok(lastYear.length > 0 && !lastYear.some((l) => l.rules.includes('story.rival-figures')), lastYear.map((l) => l.rules.join(', ')).join(' | '));
  // Without the period, "more than 1,000" stands on 1,368's side against 2,205's.
  const undated = withC({ article: 'b.txt', claims: [toll(1000, moreThan)] });
  assert.ok(undated.some((l) => l.rules.includes('story.rival-figures')), undated.map((l) => l.rules.join(', ')).join(' | '));
});

test('verdict dispute: a lower toll later from another source is a conflict; from the same source, a revision; unattributed, a revision', () => {
  const toll = (n: number, asOf: string, attribution?: string) => claim({ words: ['death', 'person'], interval: exact(n), text: String(n), asOf, ...(attribution ? { attribution } : {}) });
  const [other] = links(toll(39, '2025-05-10', 'the rights commission'), toll(19, '2025-05-12', 'the president'));
  assert.equal(other.relation, 'conflict');
  assert.ok(other.rules.includes('time.lower-from-other-source') && !other.rules.includes('time.later-tally'), other.rules.join(', '));
  assert.equal(links(toll(39, '2025-05-10', 'the president'), toll(19, '2025-05-12', 'the president'))[0].relation, 'revision');
  assert.equal(links(toll(39, '2025-05-10'), toll(19, '2025-05-12'))[0].relation, 'revision');
  // Higher later from another source: the toll grew, an update.
  assert.equal(links(toll(19, '2025-05-10', 'the president'), toll(39, '2025-05-12', 'the rights commission'))[0].relation, 'update');
  // A toll over a list of places against a lower one that names none (a governor's for his state): no dispute.
  const across = claim({ words: ['death', 'person'], interval: exact(90), text: '90', asOf: '2025-05-10', attribution: 'a news agency tally', places: ['velmora', 'ostin', 'karsu'] });
  assert.ok(!links(across, toll(33, '2025-05-12', 'the governor')).some((l) => l.rules.includes('time.lower-from-other-source')));
  // A third of the earlier toll or less is no rival count of it (one city's dead, one day's).
  assert.ok(!links(toll(217, '2025-05-10', 'the disaster authority'), toll(8, '2025-05-12', 'the capital')).some((l) => l.rules.includes('time.lower-from-other-source')));
  assert.ok(links(toll(94, '2025-05-10', 'the disaster authority'), toll(33, '2025-05-12', 'the police')).some((l) => l.rules.includes('time.lower-from-other-source')));
  // The missing are found: fewer missing later from another source is a revision, not a dispute.
  const missing = (n: number, asOf: string, attribution: string) => claim({ words: ['missing', 'person'], interval: exact(n), text: String(n), asOf, attribution });
  assert.equal(links(missing(300, '2025-05-10', 'the police chief'), missing(180, '2025-05-12', 'the revenue department'))[0].relation, 'revision');
});

test('verdict dispute: not from one source, not between parts that add up, not for an agency\'s count of its own actions', () => {
  const fig = (n: number, words: string[], attribution?: string) => claim({ words, interval: exact(n), asOf: '2025-05-12', ...(attribution ? { attribution } : {}) });
  const a = { article: 'a.txt', claims: [fig(670, ['death', 'person'])] };
  const b = { article: 'b.txt', claims: [fig(2000, ['death', 'person'])] };
  const relationOf = (c: { article: string; claims: NumericClaim[] }) =>
    linkClaims([{ ...a, claims: [{ ...a.claims[0], asOf: '2025-05-10' }] }, b, c], ANY).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt')?.relation;
  // One source for both figures (an earlier and a later count of one body): no dispute.
  assert.equal(relationOf({ article: 'c.txt', claims: [fig(2000, ['death', 'person'], 'the government'), fig(670, ['death', 'person'], 'the government')] }), 'update');
  // One figure unattributed: no dispute.
  assert.equal(relationOf({ article: 'c.txt', claims: [fig(2000, ['death', 'person'], 'the government'), fig(670, ['death', 'person'])] }), 'update');
  // The article's parts make up the difference (2,000 = 670 + 1,330): a breakdown.
  assert.equal(relationOf({ article: 'c.txt', claims: [fig(2000, ['death', 'person'], 'the government'), fig(670, ['death', 'person'], 'a UN agency'), fig(1330, ['death', 'person'], 'the province')] }), 'update');
  // A larger figure for the measure in the same article: the two are parts of it.
  assert.equal(relationOf({ article: 'c.txt', claims: [fig(2000, ['death', 'person'], 'the government'), fig(670, ['death', 'person'], 'a UN agency'), fig(3000, ['death', 'person'], 'the province')] }), 'update');
  // Arrests are counted by those who make them: two agencies' counts are each their own part.
  const arrests = (n: number, attribution?: string) => claim({ words: ['arrest', 'person'], interval: exact(n), asOf: '2025-05-12', ...(attribution ? { attribution } : {}) });
  const links3 = linkClaims(
    [
      { article: 'a.txt', claims: [{ ...arrests(2), asOf: '2025-05-10' }] },
      { article: 'b.txt', claims: [arrests(9)] },
      { article: 'c.txt', claims: [arrests(9, 'police'), arrests(2, 'the customs department')] },
    ],
    ANY,
  );
  assert.ok(!links3.some((l) => l.rules.includes('story.rival-figures')), links3.map((l) => l.rules.join(',')).join('\n'));
  // "34 deaths overall, a rights group said … at least three were killed on Thursday, the hospital
  // said": a day's count beside the whole, not rival counts.
  const day = { ...fig(3, ['death', 'person'], 'the hospital'), time: timeValueOf('on Thursday', ANCHOR) };
  assert.equal(relationOf({ article: 'c.txt', claims: [fig(2000, ['death', 'person'], 'a rights group'), { ...day, interval: exact(670), value: 670 }] }), 'update');
  // Both with a time of their own, or neither: rival counts.
  assert.equal(relationOf({ article: 'c.txt', claims: [{ ...day, attribution: 'a rights group', sourceKeys: ['rights group'], interval: exact(2000), value: 2000 }, { ...day, interval: exact(670), value: 670 }] }), 'conflict');
});

test('rule time.level-moment-unknown: a word for what happened that both figures use says one measure', () => {
  const rule = RULES_BY_ID.get('time.level-moment-unknown')!;
  const ballots = (asOf?: string) => side(claim({ words: ['annull', 'ballot'], unit: { kind: 'count', noun: 'ballot' }, asOf }), { storySpanDays: 12 });
  assert.equal(rule.test(pairOf(ballots(undefined), ballots('2025-05-10'), false, false)), undefined);
  const bare = side(claim({ words: ['ballot'], text: '38,000', unit: { kind: 'count', noun: 'ballot' }, asOf: undefined }), { storySpanDays: 12 });
  assert.ok(rule.test(pairOf(bare, ballots('2025-05-10'), false, false))?.startsWith('38,000 names no event'));
});

test('rule time.first-days-tally: a day a follow-up restates weeks later does not move the story\'s first day', () => {
  const toll = (n: number, asOf: string) => claim({ words: ['death', 'person'], interval: exact(n), text: String(n), asOf });
  const other = (asOf: string) => claim({ words: ['budget'], asOf });
  const pairIn = (followUp: { article: string; story: string; date?: string; claims: NumericClaim[] }) =>
    linkClaims(
      [
        { article: 'a.txt', story: 's', date: '2024-10-16', claims: [toll(90, '2024-10-16'), other('2024-10-15')] },
        { article: 'b.txt', story: 's', date: '2024-10-16', claims: [toll(140, '2024-10-16'), other('2024-10-15')] },
        followUp,
      ],
      ANY,
    ).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt' && l.a.index === 0 && l.b.index === 0);
  // A November follow-up dates the event a day early: the 16th is still among the first days.
  assert.equal(pairIn({ article: 'c.txt', story: 's', date: '2024-11-20', claims: [other('2024-10-14'), other('2024-11-20')] }), undefined);
  // The same day in a report of its own days moves the start: the 16th is two days on, and the tolls conflict.
  assert.equal(pairIn({ article: 'c.txt', story: 's', date: '2024-10-14', claims: [other('2024-10-14')] })?.relation, 'conflict');
});

test('verdict dispute: two stated days of the dispute\'s week give way to it (a Sunday\'s 670, a Wednesday\'s 2,000)', () => {
  const sunday = { kind: 'day' as const, from: '2025-05-11', to: '2025-05-11', text: 'on Sunday', weekday: 0 };
  const wednesday = { kind: 'day' as const, from: '2025-05-14', to: '2025-05-14', text: 'on Wednesday', weekday: 3 };
  const toll = (n: number, asOf: string, extra: Partial<NumericClaim> = {}) => claim({ words: ['death', 'person'], interval: exact(n), text: n.toLocaleString('en'), asOf, ...extra });
  const a = { article: 'a.txt', story: 's', claims: [toll(670, '2025-05-11', { time: sunday })] };
  const b = { article: 'b.txt', story: 's', claims: [toll(2000, '2025-05-14', { time: wednesday })] };
  // Alone, two stated days that differ keep the figures apart: a toll on two days, an update.
  assert.equal(linkClaims([a, b], ANY)[0].relation, 'update');
  const both = { article: 'c.txt', story: 's', claims: [toll(2000, '2025-05-12', { attribution: 'the government' }), toll(670, '2025-05-12', { attribution: 'a UN agency' })] };
  const ab = linkClaims([a, b, both], ANY).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt');
  assert.equal(ab?.relation, 'conflict');
  assert.ok(ab.rules.includes('story.rival-figures') && !ab.rules.includes('time.differs'), ab.rules.join(', '));
});

test('verdict dispute: a sentence that disputes a count names when each side spoke, so its two days still make a dispute', () => {
  const sept29 = { kind: 'day' as const, from: '2025-09-29', to: '2025-09-29', text: 'on September 29' };
  const wednesday = { kind: 'day' as const, from: '2025-10-08', to: '2025-10-08', text: 'on Wednesday', weekday: 3 };
  const toll = (n: number, asOf: string, extra: Partial<NumericClaim> = {}) => claim({ words: ['death', 'person'], interval: exact(n), text: String(n), asOf, ...extra });
  const a = { article: 'a.txt', story: 's', claims: [toll(22, '2025-09-29', { attribution: 'the UN' })] };
  const b = { article: 'b.txt', story: 's', claims: [toll(12, '2025-10-10', { attribution: 'the president' })] };
  // "The UN said on September 29 that at least 22 had been killed. The president disputed the toll, saying on Wednesday there were 12 deaths."
  const both = (rival: boolean) => ({
    article: 'c.txt',
    story: 's',
    claims: [toll(22, '2025-09-29', { attribution: 'the UN', time: sept29 }), toll(12, '2025-10-08', { attribution: 'the president', time: wednesday, ...(rival ? { rival: true as const } : {}) })],
  });
  const ab = (rival: boolean) => linkClaims([a, b, both(rival)], ANY).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt');
  // Read as two moments the article reports separately, the two days are no dispute: a later, lower count.
  assert.ok(!ab(false)?.rules.includes('story.rival-figures'), ab(false)?.rules.join(', '));
  // The verb of disputing says the days are when each side spoke: rival counts.
  assert.equal(ab(true)?.relation, 'conflict');
  assert.ok(ab(true)!.rules.includes('story.rival-figures'), ab(true)!.rules.join(', '));
});

test('context: the actor every article of a one-story folder names is shared context, not "no actor in common"', () => {
  // Two named sources on one day (else the first days' toll is still being counted).
  const toll = (n: number) => claim({ words: ['death', 'person'], interval: exact(n), text: String(n), asOf: '2025-05-12', attribution: n === 670 ? 'a UN agency' : 'the government' });
  const actor = (key: string, kind: 'place' | 'person' = 'place') => ({ key, name: key, kind, mentions: [], aliases: [] }) as never;
  // Twelve articles of one story, every one naming the country and a person of its own; two give a toll.
  const folder = (n: number) => Array.from({ length: n }, (_, i) => ({ article: `${i}.txt`, story: 's', claims: i < 2 ? [toll(i === 0 ? 670 : 2000)] : [], actors: [actor('velmora'), actor(`person ${i}`, 'person')] }));
  const reasonsOf = (n: number) => linkClaims(folder(n), { ...ANY, minConfidence: 0 }).find((l) => l.a.article === '0.txt' && l.b.article === '1.txt')?.reasons ?? [];
  const stranger = 'the two articles name no place, organisation or person in common: perhaps different events';
  assert.ok(reasonsOf(12).length > 0 && !reasonsOf(12).includes(stranger), reasonsOf(12).join('\n'));
  // Twenty articles of a workspace of 60 (more than a quarter, not most): the actor tells no events apart.
  const wide = [...folder(20), ...Array.from({ length: 40 }, (_, i) => ({ article: `x${i}.txt`, story: 't', claims: [], actors: [actor(`town ${i}`)] }))];
  const far = linkClaims(wide, { ...ANY, minConfidence: 0 }).find((l) => l.a.article === '0.txt' && l.b.article === '1.txt');
  assert.ok(far?.reasons.includes(stranger), far?.reasons.join('\n'));
});

test('verdict dispute: a count from more than two weeks after the two rival figures sides with neither', () => {
  const toll = (n: number, asOf: string, attribution?: string) => claim({ words: ['death', 'person'], interval: exact(n), text: String(n), asOf, ...(attribution ? { attribution } : {}) });
  const both = { article: 'c.txt', story: 's', claims: [toll(88, '2024-12-07', 'a local NGO'), toll(5, '2024-12-07', 'the police')] };
  const relationOf = (later: string) =>
    linkClaims([{ article: 'a.txt', story: 's', claims: [toll(5, '2024-12-08')] }, { article: 'b.txt', story: 's', claims: [toll(88, later)] }, both], ANY).find((l) => l.a.article === 'a.txt' && l.b.article === 'b.txt');
  // Within two weeks of the dispute, the NGO's 88 repeated sides with it: a conflict.
  assert.equal(relationOf('2024-12-20')?.relation, 'conflict');
  assert.ok(relationOf('2024-12-20')!.rules.includes('story.rival-figures'));
  // Ten months later the same figure is a later count: no dispute (compared as settled figures, or an update).
  assert.ok(!relationOf('2025-10-21')?.rules.includes('story.rival-figures'), relationOf('2025-10-21')?.rules.join(', '));
});

test('verdict evidence: the confidence rises when evidence.same-place fires, all else equal', () => {
  const [placed] = links(claim({ places: ['kampot'], interval: exact(40) }), claim({ places: ['kampot'], interval: exact(41) }));
  const [unplaced] = links(claim({ interval: exact(40) }), claim({ interval: exact(41) }));
  assert.equal(placed.relation, 'conflict');
  assert.equal(unplaced.relation, 'conflict');
  assert.ok(placed.rules.includes('evidence.same-place'));
  assert.ok(!unplaced.rules.includes('evidence.same-place'));
  assert.deepEqual(
    placed.rules.filter((r) => r !== 'evidence.same-place'),
    unplaced.rules,
    'only the place differs',
  );
  assert.ok(placed.confidence > unplaced.confidence, `${placed.confidence} > ${unplaced.confidence}`);
});

test('a shared source reads as written: an acronym in capitals, a common noun in lower case', () => {
  assert.equal(sharedSourceOf(sourceKeys('police'), sourceKeys('local police')), 'police');
  assert.equal(sharedSourceOf(sourceKeys('A 2024 UN report'), sourceKeys('estimates from the United Nations')), 'UN');
  assert.equal(sharedSourceOf(sourceKeys('the national seismology institute'), sourceKeys('The National Seismology Institute')), 'National Seismology Institute');
  // One common noun alone is a source of its own, and never the same as another.
  assert.equal(sharedSourceOf(sourceKeys('organisers'), sourceKeys('the organisers')), 'organisers');
  assert.equal(sharedSourceOf(sourceKeys('organisers'), sourceKeys('police')), undefined);
});

test('costs and losses of an incident are running tallies: a larger sum reported later is an update', () => {
  const cost = (n: number, asOf: string) => claim({ words: ['spend'], interval: exact(n), value: n, text: `$${n / 1e6} million`, asOf, unit: { kind: 'currency', currency: 'USD' } });
  const [later] = links(cost(872e6, '2024-04-16'), cost(2450e6, '2024-05-10'));
  assert.equal(later.relation, 'update');
  assert.ok(later.rules.includes('time.later-tally'), later.rules.join(', '));
  // The same day, two sums that cannot both hold still conflict.
  assert.equal(links(cost(872e6, '2024-04-16'), cost(2450e6, '2024-04-16'))[0].relation, 'conflict');
});

test('rule time.tally-moment-unknown: a weekday no date places never meets a dated day, but two such weekdays that match do', () => {
  const rule = RULES_BY_ID.get('time.tally-moment-unknown')!;
  const toll = (n: number, spec: ClaimSpec) => side(claim({ words: ['death', 'person'], interval: exact(n), ...spec }), { storyStart: '2024-12-14', storySpanDays: 30 });
  const wednesday = { kind: 'unresolved' as const, text: 'on Wednesday', weekday: 3 };
  // "45 were killed, officials said on Wednesday" in an undated article, against "39 deaths" on a dated Wednesday.
  const undated = toll(45, { asOf: undefined, time: wednesday });
  const dated = toll(39, { asOf: '2025-01-08', time: { kind: 'day', from: '2025-01-08', to: '2025-01-08', text: 'on Wednesday', weekday: 3 } });
  assert.match(rule.test(pairOf(undated, dated, false, false)) ?? '', /the moment of one figure is unknown/);
  // Two undated articles that both say "on Wednesday": the same day, compared.
  assert.equal(rule.test(pairOf(undated, toll(39, { asOf: undefined, time: wednesday }), false, false)), undefined);
});

test('place.not-named-in-other stays silent for a place at least half the story names: where the story happens', () => {
  const rule = RULES_BY_ID.get('place.not-named-in-other')!;
  const other = side(claim(), { articlePlaces: new Set(['phnom penh', 'siem reap', 'battambang']) });
  const atTheSite = side(claim({ places: ['kampot'] }), { storyCorePlaces: new Set(['kampot', 'cambodia']) });
  assert.equal(rule.test(pairOf(atTheSite, other, false, false)), undefined);
  // A place only some of the story's articles name still sets the figure apart.
  const elsewhere = side(claim({ places: ['kampot'] }), { storyCorePlaces: new Set(['cambodia']) });
  assert.equal(rule.test(pairOf(elsewhere, other, false, false)), 'kampot is not named in the other article');
});

test('place.source-countries-differ: each side of a war counts its own dead, by the place named or the country of the source', () => {
  const rule = RULES_BY_ID.get('place.source-countries-differ')!;
  const israel = side(claim({ sourceCountry: 'israel' }));
  const iran = side(claim({ sourceCountry: 'iran' }));
  assert.equal(rule.test(pairOf(israel, iran, false, false)), 'one counts in israel, the other in iran (by its source and its source)');
  assert.equal(rule.test(pairOf(israel, side(claim({ places: ['iran'] })), false, false)), 'one counts in israel, the other in iran (by its source and its place)');
  // One country's two bodies, a source of no country, or a town named: no sign.
  assert.equal(rule.test(pairOf(israel, side(claim({ sourceCountry: 'israel' })), false, false)), undefined);
  assert.equal(rule.test(pairOf(israel, side(claim({ attribution: 'a rights group' })), false, false)), undefined);
  assert.equal(rule.test(pairOf(israel, side(claim({ places: ['tehran'] })), false, false)), undefined);
});

test('measure.noun-only: a noun alone against the same noun with no event either ("2,400 workers" and "seven workers making"), in a story told over days', () => {
  const rule = RULES_BY_ID.get('measure.noun-only')!;
  const days = { storySpanDays: 5 };
  const alone = side(claim({ words: ['worker'], unit: { kind: 'count', noun: 'worker' } }), days);
  const making = side(claim({ words: ['worker', 'mak'], unit: { kind: 'count', noun: 'worker' } }), days);
  assert.equal(rule.test(pairOf(alone, making, false, false)), 'one figure counts a noun alone, and the other names no event either, in a story reported over 6 days');
  // In a story of one day, an event on the other side, or a source both share: compared.
  const oneDay = { storySpanDays: 0 };
  assert.equal(rule.test(pairOf(side(claim({ words: ['worker'], unit: { kind: 'count', noun: 'worker' } }), oneDay), side(claim({ words: ['worker', 'mak'], unit: { kind: 'count', noun: 'worker' } }), oneDay), false, false)), undefined);
  assert.equal(rule.test(pairOf(alone, side(claim({ words: ['worker', 'evacuate'], unit: { kind: 'count', noun: 'worker' } }), days), false, false)), undefined);
  assert.equal(rule.test(pairOf(side(claim({ words: ['worker'], unit: { kind: 'count', noun: 'worker' }, attribution: 'the union' }), days), side(claim({ words: ['worker', 'mak'], unit: { kind: 'count', noun: 'worker' }, attribution: 'the union' }), days), false, false)), undefined);
});

test('every evidence rule names its direction, and the fitted weights keep to it (missing evidence never reads as "same")', () => {
  const weights = JSON.parse(readFileSync(join(__dirname, '..', '..', 'server', 'src', 'analysis', 'matching', 'weights.json'), 'utf8')) as { weights: Record<string, number> };
  for (const r of RULES) {
    if (r.verdict !== 'evidence') {
      assert.equal(r.direction, undefined, `${r.id} is no evidence rule: it decides, it has no direction`);
      continue;
    }
    assert.ok(r.direction === 'for' || r.direction === 'against', `${r.id} names no direction`);
    const w = weights.weights[r.id];
    assert.equal(typeof w, 'number', `weights.json has no weight for ${r.id}`);
    assert.ok(r.direction === 'for' ? w >= 0 : w <= 0, `${r.id} points ${r.direction}, but its weight is ${w}`);
  }
});
