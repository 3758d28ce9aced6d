/**
 * The claim extractor's and the matcher's word lists, as data: claims.json (figures, measures,
 * attributions, scopes, qualifiers, rates), time.json (months, weekdays, time expressions) and
 * matching.json (sources, units of measure, generic measure words). Each list lives once, with a
 * one-line description; lists that fold forms are keyed on the root or concept they fold into.
 * This module loads them into read-only sets and maps; the logic files hold no lists of their own.
 *
 * Where a list here resembles one in english.json (verbs of saying, source nouns, clause
 * openers, auxiliaries) but holds other words, the difference is what the extractor reads today:
 * its description says so. Place prepositions are the one list shared word for word, and come
 * from english.json.
 *
 * Records stay plain objects (read as `X[word]`, `word in X`) so look-ups behave as before.
 */
import english from './english.json';
import claims from './claims.json';
import matching from './matching.json';
import time from './time.json';
import type { Rate } from '../types';

type Words = { readonly words: readonly string[] };
type FormMap = { readonly map: Readonly<Record<string, readonly string[]>> };

const setOf = (...lists: Words[]): ReadonlySet<string> => new Set(lists.flatMap((l) => l.words));
const formsOf = (...lists: FormMap[]): ReadonlySet<string> => new Set(lists.flatMap((l) => Object.values(l.map).flat()));
/** word → the root or concept it folds into, from a map of root → words. A word listed twice keeps its last root. */
function folded<T extends string>(list: FormMap): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const [root, words] of Object.entries(list.map)) for (const w of words) out[w] = root as T;
  return out;
}
/** A pattern for one of the words at the start of a text, followed by white space, to strip it. */
export function leadingWords(words: ReadonlySet<string>, flags = ''): RegExp {
  return new RegExp(`^(?:${[...words].join('|')})\\s+`, flags);
}
function foldedMap(list: FormMap): ReadonlyMap<string, string> {
  return new Map(Object.entries(folded(list)));
}

// Shared with the actors' lexicon.
/** Prepositions after which a name reads as a place ("in Poipet", "across Kenya"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = setOf(english.placePrepositions);
/** The articles "a", "an", "the". */
export const ARTICLES: ReadonlySet<string> = setOf(english.determiners);

// Measures: events, classes, nationalities (claims/vocabulary.ts).
export const EVENT_FORMS: Readonly<Record<string, readonly string[]>> = claims.eventForms.map;
export const EVENT_OF: ReadonlyMap<string, string> = foldedMap(claims.eventForms);
export const EVENT_PARTICIPLE: Readonly<Record<string, string>> = claims.eventParticiples.map;
export const CLASS_FORMS: Readonly<Record<string, readonly string[]>> = claims.classForms.map;
export const CLASS_OF: ReadonlyMap<string, string> = foldedMap(claims.classForms);
export const CLASS_OF_EVENT_NOUN: Readonly<Record<string, string>> = folded(claims.eventNounClasses);
export const DEMONYMS = setOf(claims.demonyms);
export const LIGHT_VERBS = setOf(claims.lightVerbs);
export const MEASURE_STOPWORDS = setOf(claims.measureStopwords);
export const JOB_HEADS = setOf(claims.jobHeads);
export const STAFF_HEADS = setOf(claims.staffHeads);
export const TALLYING_VERBS = setOf(claims.tallyingVerbs);
export const RANKING_NOUNS = setOf(claims.rankingNouns);
/** word → the kind of event a story tells (matching.json storyKinds). */
export const STORY_KIND_WORDS = foldedMap(matching.storyKinds);
export const STORY_KIND_OTHER_VERBS = setOf(matching.storyKindOtherVerbs);

// Attribution.
/** Verbs of saying whose subject is the source ("police said"). */
export const SAYING = formsOf(claims.sayingVerbs);
/** Verbs that attribute only before "that" ("found that"). */
export const SAYING_WITH_THAT = formsOf(claims.thatVerbs);
/** Every word that hands a figure to the clause after it: the two above, "put", "according" and the participles of saying ("estimating"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...SAYING, ...SAYING_WITH_THAT, ...claims.otherReportingWords.words, ...claims.participleSayingVerbs.words]);
export const ATTRIBUTION_SOURCE_NOUNS = setOf(claims.attributionSourceNouns);
export const NAME_JOINERS = setOf(claims.nameJoiners);
export const SUBJECT_STOP = setOf(claims.subjectStops);
export const LOCATED_SOURCE_NOUNS = setOf(claims.locatedSourceNouns);
export const PRONOUN_SUBJECTS = setOf(claims.pronounSubjects);
/** Participles of saying after a comma: the main clause's subject is the source ("…, saying there were 12"). */
export const PARTICIPLE_SAYING = setOf(claims.participleSayingVerbs);
/** Words of a time phrase or adverb between a source and its verb ("police on Friday said"). */
export const TIME_BEFORE_VERB = setOf(claims.timeBeforeVerbWords);
/** Verbs of disputing a count ("disputed the toll"): the sentence's figures stand against another source's. */
export const DISPUTE_VERBS = setOf(claims.disputeVerbs);
/** Auxiliaries of the active voice between a source and its verb ("the government has confirmed"). */
export const ACTIVE_AUXILIARIES = setOf(claims.activeAuxiliaries);
/** Nouns of a count a named source before them gives ("a UN toll", "the ministry's figure"). */
export const SOURCED_COUNT_NOUNS = setOf(claims.sourcedCountNouns);

// Exclusions.
export const TIME_UNITS = setOf(claims.timeUnits);
export const IDENTIFIER_WORDS = setOf(claims.identifierWords);
export const YEAR_PREPOSITIONS = setOf(claims.yearPrepositions);
export const REFERRING_DETERMINERS = setOf(claims.referringDeterminers);
export const AGE_PHRASES: readonly string[] = claims.agePhrases.words;
export const AGE_HEADS = setOf(claims.ageHeads);
export const AGE_BOUNDS = setOf(claims.ageBounds);
export const PHONE_WORDS = setOf(claims.phoneWords);
export const MONTH_ABBREVIATIONS = setOf(claims.monthAbbreviations);

// Figures and numbers.
export const SCALE_WORDS = setOf(claims.scaleWords);
export const HALF_QUALIFIERS = setOf(claims.halfQualifiers);
export const SCALE_ABBREVIATIONS = setOf(claims.scaleAbbreviations);
export const VAGUE_SCALES = setOf(claims.vagueScales);
export const ORDINALS_BEFORE_FIGURE = setOf(claims.ordinalsBeforeFigure);
export const FIGURE_OPENERS = setOf(claims.figureOpeners);
export const APPROXIMATORS = setOf(claims.approximators);
export const CURRENCY_SYMBOLS = claims.currencySymbols.entries as unknown as readonly (readonly [string, string])[];
export const CURRENCY_CODES = setOf(claims.currencyCodes);
export const CURRENCY_WORDS: Readonly<Record<string, string>> = folded(claims.currencyWords);
export const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = folded(claims.dollarCountries);
export const SCALES: Readonly<Record<string, number>> = claims.scales.map;
export const CURRENCY_ONLY_SUFFIXES = setOf(claims.currencyOnlySuffixes);
export const NUMBER_UNITS: Readonly<Record<string, number>> = claims.numberUnits.map;
export const NUMBER_TENS: Readonly<Record<string, number>> = claims.numberTens.map;
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = claims.fractionDenominators.map;
export const VAGUE_AMOUNTS = claims.vagueAmounts.map as unknown as Readonly<Record<string, readonly [number, number]>>;

// Clauses and labels.
export const RELATIVE_PRONOUNS = setOf(claims.relativePronouns);
export const PERFECT_AND_BE_FORMS = setOf(claims.perfectAndBeForms);
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = claims.irregularParticiples.map;
export const LABEL_QUANTIFIERS = setOf(claims.labelQuantifiers);
export const LABEL_LEADERS = setOf(claims.labelLeaders);
export const NEVER_NOUNS = setOf(claims.neverNouns);
export const MEASURE_UNIT_WORDS = setOf(claims.measureUnits);
/** Words before a length unit that make it an area ("square kilometres", "sq km"). */
export const AREA_PREFIXES = setOf(claims.areaPrefixes);
/** Units of length that an area prefix may take. */
export const LENGTH_UNIT_WORDS = setOf(claims.lengthUnits);
export const PARTS_OF_DAY = setOf(claims.partsOfDay);
export const IRREGULAR_PASTS = setOf(claims.irregularPasts);
export const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = folded(claims.irregularSingulars);
export const UNCOUNTABLE_IN_S = setOf(claims.uncountableInS);

// What a figure measures (claims/measure.ts).
export const SKIP_BEFORE_VERB = setOf(claims.skipBeforeVerb);
export const MEASURE_AUXILIARIES = setOf(claims.measureAuxiliaries);
export const HEDGES = setOf(claims.hedges);
export const EVENT_ADJECTIVES = setOf(claims.eventAdjectives);
export const PERSON_CLASSES = setOf(claims.personClasses);
export const NUMBER_HEADS = setOf(claims.numberHeads);
export const HEADS_BEFORE = setOf(claims.headsBefore);
export const HEAD_LINKS = setOf(claims.headLinks);
export const MEASURE_CLAUSE_OPENERS = setOf(claims.measureClauseOpeners);
export const LIST_CONNECTORS = setOf(claims.listConnectors);
export const COMPARISON_CONNECTORS = setOf(claims.comparisonConnectors);
export const LOCATIVES = setOf(claims.locatives);
export const CHANGE_VERBS = setOf(claims.changeVerbs);
export const AGE_BOUND_WORDS = setOf(claims.ageBoundWords);
export const DEATH_RESULTS = setOf(claims.deathResults);
export const SPAN_PREPOSITIONS = setOf(claims.spanPrepositions);
export const SPAN_MODIFIERS = setOf(claims.spanModifiers);
export const WALK_OUT_FORMS = setOf(claims.walkOutForms);
export const SHOOT_DOWN_FORMS = setOf(claims.shootDownForms);
export const MOTION_VERB_FORMS = setOf(claims.motionVerbForms);
export const TAKE_PART_FORMS = setOf(claims.takePartForms);
export const HOLD_FORMS = setOf(claims.holdForms);
export const MAKE_FORMS = setOf(claims.makeForms);
export const RESULT_VERBS = setOf(claims.resultVerbs);
export const POSSESSIVES = setOf(claims.possessives);
export const MEASURE_DETERMINERS = setOf(claims.measureDeterminers);
export const PER_UNIT_HEADS = setOf(claims.perUnitHeads);
export const VALUATION_VERBS = setOf(claims.valuationVerbs);
export const HAVE_FORMS = setOf(claims.haveForms);
export const REFERRING_PRONOUNS = setOf(claims.referringPronouns);
export const INCLUDING_FORMS = setOf(claims.includingForms);
export const OF_WHAT_PRONOUNS = setOf(claims.ofWhatPronouns);
export const SUPERSEDED_ADVERBS = setOf(claims.supersededAdverbs);
export const PUT_AT_VERBS = setOf(claims.putAtVerbs);
export const REVISE_TO_VERBS = setOf(claims.reviseToVerbs);
export const FIGURE_ASIDES = setOf(claims.figureAsides);
export const CONTRAST_OPENERS = setOf(claims.contrastOpeners);
export const MONEY_NOUNS = setOf(claims.moneyNouns);
export const SUBJECT_PREPOSITIONS = setOf(claims.subjectPrepositions);
export const SHARE_HEADS = setOf(claims.shareHeads);
export const TIME_NOUNS = setOf(claims.timeNouns);
export const COPULAS = setOf(claims.copulas);
export const MARGIN_VERBS = setOf(claims.marginVerbs);
export const PART_QUANTIFIERS = setOf(claims.partQuantifiers);
export const VALUE_MODIFIERS = setOf(claims.valueModifiers);
export const SCOPE_WORDS = setOf(claims.scopeWords);
export const ADDITION_WORDS = setOf(claims.additionWords);
export const PART_OF_WORDS = setOf(claims.partOfWords);
export const AGGREGATES = setOf(claims.aggregates);
export const SUBJECT_DETERMINERS = setOf(claims.subjectDeterminers);
export const OBJECT_DETERMINERS = setOf(claims.objectDeterminers);

// Modality, qualifiers, rates.
export const MODALS = setOf(claims.modals);
export const PROJECTING = setOf(claims.projecting);
export const INTENDING = setOf(claims.intending);
export const BACKWARD = setOf(claims.backward);
export const EARLIER_ADJECTIVES = setOf(claims.earlierAdjectives);
export const CONDITION_ADJECTIVES = setOf(claims.conditionAdjectives);
export const NEGATIONS = setOf(claims.negations);
export const SUBGROUP_NOUNS = setOf(claims.subgroupNouns);
/** Severity word (root form) -> the word a measure keeps: "severe" or "minor". */
export const SEVERITY_WORDS: ReadonlyMap<string, string> = new Map([...claims.severeInjury.words.map((w: string) => [w, 'severe'] as const), ...claims.minorInjury.words.map((w: string) => [w, 'minor'] as const)]);
export const FUTURE_MODALS = setOf(claims.futureModals);
export const ALTERNATIVE_HEDGES = setOf(claims.alternativeHedges);
export const QUALIFIERS_BEFORE = claims.qualifiersBefore.entries as unknown as readonly (readonly [string, string])[];
export const QUALIFIERS_AFTER = claims.qualifiersAfter.entries as unknown as readonly (readonly [string, string])[];
export const RATE_ADVERBS = claims.rateAdverbs.map as Readonly<Record<string, Rate>>;
export const RATE_ADJECTIVES = claims.rateAdjectives.map as Readonly<Record<string, Rate>>;
export const RATE_UNITS = claims.rateUnits.map as Readonly<Record<string, Rate>>;
export const RATE_UNIT_ABBREVIATIONS = setOf(claims.rateUnitAbbreviations);
export const BETWEEN_RATE_AND_FIGURE = setOf(claims.betweenRateAndFigure);
export const NOT_RATE_AFTER = setOf(claims.notRateAfter);
export const DURATION_BEFORE = setOf(claims.durationBefore);

// Places and subjects.
/** Compass words as they open a place name: capitalised ("North", "Greater"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(claims.compassWords.words.map((w) => w[0].toUpperCase() + w.slice(1)));
export const PLACE_NOUNS = setOf(claims.placeNouns);
export const AREA_ADJECTIVES = setOf(claims.areaAdjectives);
export const EVENT_NOUNS_AFTER_YEAR = setOf(claims.eventNounsAfterYear);
export const TIME_TEXT_PREPOSITIONS = setOf(claims.placeDropPrepositions);
export const CLAUSE_JOINS = setOf(claims.clauseJoins);
export const SUBJECT_AUXILIARIES = setOf(claims.subjectAuxiliaries);
export const NOT_VERBS = setOf(claims.notVerbs);
export const OBJECT_FILLERS = setOf(claims.objectFillers);
export const VOTE_FORMS = setOf(claims.voteForms);
export const VOTES_WON_VERBS = setOf(claims.votesWonVerbs);
export const RELATIVE_OPENERS = setOf(claims.relativeOpeners);
export const SUBJECT_PLACE_PREPOSITIONS = setOf(claims.subjectPlacePrepositions);

// Writing claims, and telling English.
export const SCALE_NAMES = claims.scaleNames.entries as unknown as readonly (readonly [number, string])[];
export const RATE_WORDS = claims.rateWords.map as Readonly<Record<Rate, string>>;
export const ENGLISH_MARKERS = setOf(claims.englishMarkers);

// Time.
export const MONTHS: readonly string[] = time.months.words;
export const WEEKDAYS: readonly string[] = time.weekdays.words;
/** Words that are never a place after a place preposition: months, weekdays, determiners. */
export const NOT_PLACES: ReadonlySet<string> = setOf(time.months, time.weekdays, claims.notPlaceDeterminers);
export const TIME_LEADS: readonly string[] = time.timeLeads.words;
export const RELATIVE_UNITS = setOf(time.relativeUnits);
export const DAY_WORDS = setOf(time.dayWords);
export const CUMULATIVE_THROUGH: readonly string[] = time.cumulativeThrough.words;
export const RELATIVE_LEADS = setOf(time.relativeLeads);
export const RELATIVE_PERIODS = setOf(time.relativePeriods);

// Matching.
export const SOURCE_OPENERS = setOf(matching.sourceOpeners);
export const STANDALONE_SOURCES = setOf(matching.standaloneSources);
export const SOURCE_LEADS: readonly string[] = matching.sourceLeads.words;
export const GENERIC_SHARED = setOf(matching.genericShared);
export const TALLY_EVENTS = setOf(matching.tallyEvents);
export const TALLY_CLASSES = setOf(matching.tallyClasses);
export const PERSON_EVENTS = setOf(matching.personEvents);
export const ESTIMATED_EVENTS = setOf(matching.estimatedEvents);
export const SERVING_CLASSES = setOf(matching.servingClasses);
export const HARMED_CLASSES = setOf(matching.harmedClasses);
export const FALLING_COUNTS = setOf(matching.fallingCounts);
export const CROWD_NOUNS = setOf(matching.crowdNouns);
export const REMAINS_NOUNS = setOf(matching.remainsNouns);
export interface UnitOfMeasureRow { dimension: string; base: string; factor: number; names: readonly string[] }
export const UNITS_OF_MEASURE: readonly UnitOfMeasureRow[] = (matching.unitsOfMeasure.entries as unknown as [string, string, number, string[]][]).map(
  ([dimension, base, factor, names]) => ({ dimension, base, factor, names }),
);
