/**
 * Closed word classes the actor extractor reads names by: titles and roles, the words that
 * modify them, the nouns that make a capitalised run an organisation or a place, relation nouns,
 * speech verbs. All entries are folded (lower case, no diacritics). General English, not tuned to
 * any article.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Nouns that head a role and stand right before a name ("Prime Minister X", "businessman X") or
 * head an appositive after it ("X, a researcher at Y"). Relation nouns are listed separately.
 */
export const ROLE_HEADS = set(`
  president vice-president president-elect minister premier chancellor senator congressman congresswoman
  lawmaker legislator parliamentarian mp governor governor-general mayor secretary secretary-general
  ambassador envoy diplomat consul commissioner chairman chairwoman chairperson chair ceo cfo coo cto
  founder co-founder owner director director-general head chief leader boss kingpin commander
  spokesman spokeswoman spokesperson official officer inspector superintendent sergeant lieutenant
  captain colonel admiral marshal brigadier corporal constable detective investigator prosecutor
  magistrate judge attorney lawyer barrister solicitor counsel king queen prince princess emperor
  empress sultan sheikh emir monarch pope cardinal bishop archbishop imam rabbi pastor reverend priest
  monk abbot nun businessman businesswoman tycoon magnate mogul billionaire millionaire entrepreneur
  investor banker financier executive analyst researcher professor scholar academic economist
  scientist expert specialist consultant adviser advisor aide journalist reporter correspondent
  editor columnist photographer blogger activist campaigner organiser organizer dissident critic
  whistleblower doctor physician surgeon nurse midwife teacher lecturer student farmer fisherman
  worker labourer laborer driver pilot engineer resident villager survivor victim witness suspect
  defendant detainee prisoner inmate fugitive smuggler trafficker broker recruiter candidate nominee
  speaker manager administrator treasurer auditor registrar ombudsman mediator negotiator delegate
  observer monitor agent trooper soldier militant rebel warlord coach player striker artist singer
  actor actress author writer novelist poet filmmaker producer designer architect historian
  criminologist epidemiologist virologist sociologist anthropologist psychologist dean rector provost
  principal heir heiress chieftain headman councillor councilman councilwoman alderman deputy
  representative undersecretary attache strongman ruler dictator regent nephew niece cousin uncle aunt
  grandson granddaughter grandfather grandmother vendor trader merchant shopkeeper partner comptroller
  controller coordinator
`);

/**
 * Formal titles: written with a capital inside a run of names ("Prime Minister Hun Manet",
 * "Secretary of State X"), they end the title and start the name. Other role heads ("Analyst",
 * "King", "Bishop") are surnames often enough that only their lower-case use counts.
 */
export const FORMAL_TITLES = set(`
  president vice-president president-elect minister premier chancellor senator congressman
  congresswoman governor mayor secretary secretary-general ambassador envoy commissioner chairman
  chairwoman chairperson ceo director director-general chief commander spokesman spokeswoman
  spokesperson inspector superintendent sergeant lieutenant captain colonel admiral marshal brigadier
  judge prosecutor king queen prince princess emperor empress sultan sheikh emir pope cardinal
  archbishop imam rabbi pastor reverend representative undersecretary deputy comptroller controller
  magistrate
`);

/**
 * Abbreviated titles and honorifics. They make the following run a person; the honorifics among
 * them (Mr, Mrs…) are not recorded as roles.
 */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms miss mx dr prof sir dame madam lord lady hon rev fr gen lt col maj capt sgt cpl adm cmdr
  brig supt insp sen rep gov pres pol amb atty engr
`);
export const HONORIFICS = set('mr mrs ms miss mx sir dame madam dr prof atty engr');

/** Role heads that are only heads after another title word: "Secretary General", "Chief Justice". */
export const CONDITIONAL_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['general', set('secretary attorney inspector director surgeon solicitor governor postmaster adjutant auditor comptroller consul lieutenant brigadier major pol police army')],
  ['justice', set('chief associate')],
  ['major', set('sergeant')],
]);

/** Words that modify a role before its head: "former Prime Minister", "Foreign Minister". */
export const ROLE_MODIFIERS = set(`
  prime deputy vice acting interim former ex then chief senior junior assistant associate first
  foreign interior home finance defence defense justice health education trade commerce economy
  economic agriculture labour labor transport energy environment tourism information culture security
  homeland immigration treasury industry communications digital science technology sports youth women
  social welfare planning investment mining mines petroleum oil water land rural development public
  works national senate house opposition party army police military navy naval air marine executive
  managing general supreme royal crown state federal provincial regional district city county
  municipal local parliamentary presidential government cabinet ruling special permanent attorney
  inspector surgeon solicitor secretary high grand union human rights crime criminal cyber fraud
  anti-corruption intelligence legal political independent veteran longtime lead top retired
  outgoing incoming caretaker lieutenant natural resources affairs internal external fisheries
  forestry livestock aviation railways telecommunications housing urban labour employment
  religious interior
`);

/** Leader heads: after a possessive owner ("Cambodia’s Prime Minister X") they mean `leads`. */
export const LEADER_HEADS = set(`
  president premier chancellor governor mayor king queen emperor sultan emir monarch ruler
  chairman chairwoman chairperson chair ceo founder co-founder director director-general head chief
  leader boss kingpin commander secretary-general general owner
`);
/** Leader heads that lead only as part of a compound title: "prime minister", not "minister". */
export const COMPOUND_LEADER_HEADS: ReadonlyMap<string, string> = new Map([['minister', 'prime']]);
/** Modifiers that may stand between an owner and a leader head without changing who is led. */
export const LEADER_MODIFIERS = set('prime secretary executive managing chief');
/** Modifiers that say the actor no longer leads, or only deputises: no `leads` relation. */
export const NOT_LEADING = set('former ex deputy vice acting assistant associate then outgoing retired');

/** Relation nouns and the relation they state, from the named actor to the owner. */
export const RELATION_NOUNS: ReadonlyMap<string, 'child-of' | 'parent-of' | 'sibling-of' | 'spouse-of' | 'associate-of'> = new Map([
  ...[...set('son sons daughter daughters child children heir heirs heiress stepson stepdaughter')].map((w) => [w, 'child-of'] as const),
  ...[...set('father mother parent parents stepfather stepmother')].map((w) => [w, 'parent-of'] as const),
  ...[...set('brother brothers sister sisters sibling siblings half-brother half-sister')].map((w) => [w, 'sibling-of'] as const),
  ...[...set('wife husband spouse widow widower')].map((w) => [w, 'spouse-of'] as const),
  ...[...set('associate associates ally allies confidant confidante friend friends protege crony cronies')].map((w) => [w, 'associate-of'] as const),
]);

/** Capitalised nouns that end (or, followed by "of", start) the name of an organisation. */
export const ORG_CUES = set(`
  international ministry ministries police court council authority bank group company inc ltd llc plc
  co corp corporation party agency office commission network association union foundation institute
  university college department army navy forces force corps bureau senate parliament assembly
  congress government administration committee organization organisation watch federation coalition
  alliance front movement board service services centre center fund programme program trust society
  club cartel gang syndicate mafia brigade brigades triad exchange airlines airways holdings partners
  consortium cooperative guard secretariat tribunal directorate inspectorate unit
  taskforce enterprises industries technologies bancorp news times post herald tribune
  press agency network channel television radio journal review hospital clinic limited s.a. sa s.a.c. gmbh ag pte
  bhd nv bv spa jsc pjsc tbk sarl srl ventures capital investments securities gazette chronicle
  courier ledger observer bulletin digest dispatch wire mirror express inquirer daily
  logistics shipping analytics rescue research labs media solutions systems pharma pharmaceuticals
  foods motors lines exports trading jury accord
  grupo banco energia companhia compania empresa
`);

/** Words that start the name of an organisation: legal forms ("PT Dana Kilat") and broadcasters. */
export const ORG_PREFIXES = set('pt radio television channel');

/** Organisation cues that need another word: "Senate" alone is not a named organisation. */
export const GENERIC_ORG_NAMES = set(`
  police court council government senate parliament assembly congress army navy ministry office
  department bureau committee agency authority administration party union commission
`);

/** Organisation cues generic enough that the words before them are the short name ("Amnesty"). */
export const DROPPABLE_ORG_SUFFIXES = set('international group inc ltd llc plc co corp corporation company holdings');

/** Lower-case nouns after a name that make it a criminal or armed group ("the Sinaloa cartel"). */
/** Lower-case nouns after a name that make it the name of a political organisation: "the Law and Justice party". */
export const PARTY_NOUNS_AFTER_NAME = set('party coalition alliance movement');

export const ORG_NOUNS_AFTER_NAME = set('cartel gang syndicate triad mafia militia clan');

/** Lower-case nouns after a name that make it a place ("Kratie province"); not part of the name. */
export const PLACE_UNIT_NOUNS = set(`
  province provinces district districts county prefecture municipality commune village town township
  city region state island islands governorate oblast canton subdistrict
`);

/** Capitalised nouns that make a run a geographic feature, kept in its name ("Mekong River"). */
export const GEO_FEATURES = set(`
  sea ocean river lake gulf bay strait straits mountains mountain mount peninsula valley delta
  island islands archipelago desert plateau basin coast canal harbour harbor port province district
  region county city airport seaport bridge dam stadium prison
`);

/** Plural nouns that introduce a list of places ("provinces, including X, Y and Z"). */
export const PLACE_CATEGORY_NOUNS = set(`
  provinces cities countries nations regions states districts towns villages territories areas
  capitals ports islands municipalities prefectures
`);

/** Nouns after a demonym that make a national group ("Vietnamese nationals"). */
export const GROUP_NOUNS = set('nationals citizens people expatriates expats migrants immigrants refugees');

/** Appositive heads that make the named actor an organisation or a place. */
export const ORG_APPOSITIVE_HEADS = set(`
  group organisation organization company firm agency ngo charity watchdog network coalition body
  party bank ministry department gang syndicate cartel conglomerate newspaper outlet broadcaster
  startup start-up non-profit nonprofit institute union association foundation operator developer
  manufacturer lender insurer regulator militia triad mafia faction exchange platform retailer
  supplier exporter importer maker brand airline carrier app
`);
export const PLACE_APPOSITIVE_HEADS = set(`
  city town province village district region country state capital hub port island enclave
  municipality county prefecture territory headquarters
`);

/** Nouns before "of X" that make X a place: "the province of An Giang", "the republic of Karsu". */
export const PLACE_OF_NOUNS = set(`
  province district county prefecture municipality commune village town township city region state
  island governorate oblast canton subdistrict republic kingdom country nation capital emirate
  principality
`);

/** Geographic words that open a name ("Lake Naivasha", "Mount Kinabalu", "Port Aldane"). */
export const GEO_FIRST_WORDS = set('lake mount port cape fort isle');

/** Collective nouns that name a group when followed by "called X", "known as X" ("hackers known as X"). */
export const GROUP_NAMING_NOUNS = set('hackers attackers rebels militants insurgents fighters gangsters smugglers traffickers');

/** Verbs of saying that mark the run before or after them as a speaker. */
export const SPEECH_VERBS = set(`
  said says say told tells added stated warned noted argued claimed explained insisted stressed
  emphasized emphasised announced confirmed denied alleged wrote tweeted posted commented
  acknowledged admitted testified urged recalled replied responded remarked observed cautioned
  predicted suggested asserted maintained contended declared reiterated disclosed revealed
`);

/** Prepositions after which a lone proper name reads as a place ("centered in Poipet"). */
export const PLACE_PREPOSITIONS = set('in near outside across throughout inside around');

/** Adjectives that judge rather than classify: they stop a role ("powerful" is not a role). */
export const EVALUATIVE_ADJECTIVES = set(`
  powerful prominent influential wealthy rich famous notorious infamous controversial embattled
  outspoken well-known renowned respected celebrated popular beleaguered disgraced reclusive shadowy
  elusive charismatic elderly young old little big mysterious flamboyant feared beloved respected
  so-called self-styled self-proclaimed alleged suspected accused
`);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Lula da Silva". */
export const NAME_PARTICLES = set('de da das do dos di du del della van von der den ter ten bin binti ibn bint al el la le y zu');

/** Lower-case words that may join the parts of an organisation's name ("Office on Drugs and Crime"). */
export const ORG_CONNECTORS = set('of for on and the de');

/** Nouns for reports that attribute what follows to their author ("a UN report estimated"). */
export const REPORT_NOUNS = set('report reports study survey statement estimate estimates data figures investigation analysis assessment review audit census');

/** Conjunctions that open a subordinate clause: a statement inside one ends at its comma. */
export const SUBORDINATORS = set('while although though as when after before because since if whereas once until unless');

/**
 * English closed-class words: written first in a sentence they are never names, whatever tag
 * compromise gives them (after a closing quote it may tag "In" as a proper noun).
 */
export const FUNCTION_WORDS = set(`
  a an the this that these those in on at of to for from with by as into onto upon over under
  across through throughout about around between among amid amidst against despite during after
  before since until unless because although though while whereas if when where why how what which
  who whom whose once then now today yesterday tomorrow meanwhile however moreover furthermore also
  only even just still yet so but and or nor not no all both each every some many most several few
  much more less other another such it its he she they we i you his her their our my your there
  here according within without beyond toward towards near via per like unlike besides following
  including
`);

/** Possessive pronouns: they stop a role ("its director" states the role "director"). */
export const POSSESSIVE_PRONOUNS = set('its his her their our my your whose');
