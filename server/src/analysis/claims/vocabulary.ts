/**
 * The words that define what a figure counts, folded into a small set of concepts so that two
 * articles phrasing the same measure differently ("arrested", "detained", "apprehended") land on
 * the same `Measure.words`. Extraction and matching both read this module: the matcher needs to
 * know which words are events, which are the class of thing counted, and which are nationalities.
 */

/** Events a figure can count, each with the surface forms that fold into it. */
const EVENT_FORMS: Record<string, string> = {
  arrest: 'arrest arrests arrested arresting detain detains detained detaining detainee detainees detention detentions apprehend apprehends apprehended apprehending apprehension apprehensions nab nabbed capture captured custody',
  hold: 'hold holds held holding trap traps trapped trapping confine confined confinement enslave enslaved captive captivity',
  proceeds: 'revenue revenues profit profits proceeds earnings income takings generate generates generated generating earn earns earned earning steal steals stole stolen stealing swindle swindled swindling defraud defrauded defrauding scammed extort extorted extorting fleece fleeced rake raked reap reaped embezzle embezzled embezzling embezzlement misappropriate misappropriated misappropriation siphon siphoned fraud frauds theft thefts',
  loss: 'loss losses lose loses lost losing',
  seize: 'seize seizes seized seizing seizure seizures confiscate confiscates confiscated confiscating confiscation impound impounded freeze froze frozen forfeit forfeited recover recovered',
  raid: 'raid raids raided raiding search searched storm stormed bust busted sweep sweeps crackdown crackdowns',
  // People "buried" by a landslide or under rubble are counted with the dead in disaster tolls.
  death: 'death deaths die dies died dying dead kill kills killed killing fatality fatalities toll perish perishes perished perishing bury buries buried burying lives',
  // The missing are counted apart from the dead: a toll of the dead never contradicts the missing.
  missing: 'missing unaccounted',
  injury: 'injure injures injured injuring injury injuries wound wounded hurt',
  evacuate: 'evacuate evacuates evacuated evacuating evacuee evacuees evacuation evacuations',
  displace: 'displace displaced displacement flee flees fled fleeing homeless homelessness',
  rescue: 'rescue rescues rescued rescuing freed liberate liberated',
  deport: 'deport deports deported deporting deportation deportations repatriate repatriated repatriation expel expelled',
  charge: 'charge charges charged indict indicted indictment prosecute prosecuted',
  convict: 'convict convicted conviction convictions sentence sentenced jail jailed imprison imprisoned',
  traffic: 'traffic trafficked trafficking',
  launder: 'launder laundered laundering',
  fine: 'fine fines fined penalty penalties',
  spend: 'spend spends spent spending cost costs costing costed',
  // A budget or an allocation is what may be spent, not what a thing costs.
  budget: 'budget budgets allocate allocated allocation',
  invest: 'invest invests invested investment investments',
  pledge: 'pledge pledges pledged promise promises promised offer offers offered donate donated donation donations aid grant grants relief assistance compensation pay pays paid paying payment payments payout payouts',
  strike: 'strike strikes striking struck stoppage stoppages walkout walkouts',
  burn: 'burn burns burned burnt burning scorch scorched scorching blacken blackened char charred',
  repair: 'repair repairs repaired repairing rebuild rebuilt rebuilding reconstruction',
  damage: 'damage damages damaged destroy destroyed destruction',
  employ: 'employ employs employed employing employment',
  sell: 'sell sells sold selling sale sales',
  vote: 'vote votes voted',
  increase: 'rise rises rose risen rising increase increases increased increasing grow grew grown growth climb climbed jump jumped surge surged',
  decrease: 'fall falls fell fallen falling decrease decreased decline declined drop dropped',
};

/** Past participles used in labels ("people arrested"), one per event. */
export const EVENT_PARTICIPLE: Record<string, string> = {
  arrest: 'arrested', hold: 'held', proceeds: 'generated', loss: 'lost', seize: 'seized', raid: 'raided',
  death: 'killed', missing: 'missing', injury: 'injured', evacuate: 'evacuated', displace: 'displaced', rescue: 'rescued',
  deport: 'deported', charge: 'charged', convict: 'convicted', traffic: 'trafficked', launder: 'laundered',
  fine: 'fined', spend: 'spent', strike: 'on strike', repair: 'repaired', burn: 'burned', invest: 'invested', pledge: 'pledged', damage: 'damaged', employ: 'employed',
  sell: 'sold', vote: 'cast', increase: 'increase', decrease: 'decrease',
};

/**
 * Classes of counted things. Generic words for people fold into `person`; the event nouns that
 * also name people ("detainees", "arrests", "deaths") give the class and the event together.
 */
const CLASS_FORMS: Record<string, string> = {
  person: 'people person persons individual individuals suspect suspects man men woman women national nationals citizen citizens resident residents civilian civilians adult adults foreigner foreigners inhabitant inhabitants others protester protesters demonstrator demonstrators prisoner prisoners hostage hostages pilgrim pilgrims villager villagers life lives',
  child: 'child children minor minors kid kids teenager teenagers boy boys girl girls',
  victim: 'victim victims survivor survivors',
  customer: 'customer customers client clients buyer buyers shopper shoppers consumer consumers fan fans user users subscriber subscribers passenger passengers',
  investor: 'investor investors saver savers shareholder shareholders depositor depositors',
  worker: 'worker workers employee employees labourer labourers laborer laborers staff staffer staffers dockworker dockworkers docker dockers striker strikers miner miners',
  responder: 'rescuer rescuers responder responders firefighter firefighters paramedic paramedics',
  scammer: 'scammer scammers fraudster fraudsters cybercriminal cybercriminals criminal criminals',
  family: 'family families household households',
  property: 'property properties premises building buildings house houses home homes site sites location locations address addresses apartment apartments',
  compound: 'compound compounds facility facilities',
  device: 'phone phones device devices computer computers laptop laptops handset handsets smartphone smartphones',
  asset: 'asset assets cash valuables',
  vehicle: 'vehicle vehicles car cars truck trucks boat boats',
  weapon: 'weapon weapons gun guns firearm firearms',
  country: 'country countries nation nations',
};

/** Event nouns that also say what is counted: "1,000 arrests" counts people arrested. */
const CLASS_OF_EVENT_NOUN: Record<string, string> = {
  arrest: 'person', arrests: 'person', detainee: 'person', detainees: 'person', evacuee: 'person', evacuees: 'person',
  death: 'person', deaths: 'person', fatality: 'person', fatalities: 'person', injury: 'person', injuries: 'person',
  deportation: 'person', deportations: 'person', conviction: 'person', convictions: 'person',
  detention: 'person', detentions: 'person', apprehension: 'person', apprehensions: 'person',
  homeless: 'person',
};

/** Words that, as the subject of a light verb ("the death toll rose to 300"), name the measure. */
export const GENERIC_PERSON_WORDS = new Set(CLASS_FORMS.person.split(' '));

/**
 * Nationality and group words. compromise tags most demonyms itself (`Demonym`); this list lets the
 * matcher recognise them in `Measure.words`, where tags are gone, and adds the ones it misses.
 */
const DEMONYMS = `afghan albanian algerian american angolan argentine argentinian armenian australian austrian
azerbaijani bahraini bangladeshi belarusian belgian bhutanese bolivian bosnian brazilian british bruneian bulgarian
burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot
czech danish djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian
filipino finnish french gabonese gambian georgian german ghanaian greek guatemalan guinean haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
kazakh kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian macedonian
malagasy malawian malaysian maldivian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan
mozambican myanmar namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian
panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan salvadoran saudi scottish
senegalese serbian singaporean slovak slovenian somali african spanish sudanese swedish swiss syrian taiwanese
tajik tanzanian thai tibetan togolese tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
vietnamese welsh yemeni zambian zimbabwean rohingya uyghur uighur kurdish european asian arab foreign domestic local`;

const eventOf = new Map<string, string>();
const classOf = new Map<string, string>();
for (const [concept, forms] of Object.entries(EVENT_FORMS)) for (const f of forms.split(' ')) eventOf.set(f, concept);
for (const [concept, forms] of Object.entries(CLASS_FORMS)) for (const f of forms.split(' ')) classOf.set(f, concept);
const demonyms = new Set(DEMONYMS.split(/\s+/).filter(Boolean));

export const EVENT_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(EVENT_FORMS));
export const CLASS_CONCEPTS: ReadonlySet<string> = new Set(Object.keys(CLASS_FORMS));

/** The event a word folds into ("detained" -> "arrest"), if any. */
export function eventConcept(word: string): string | undefined {
  return eventOf.get(word);
}

/** The class of counted thing a noun folds into ("individuals" -> "person"), if any. */
export function classConcept(word: string): string | undefined {
  return classOf.get(word) ?? CLASS_OF_EVENT_NOUN[word];
}

/** Whether a counted noun is itself an event ("arrests", "deaths", "detainees"). */
export function isEventNoun(word: string): boolean {
  return word in CLASS_OF_EVENT_NOUN;
}

/** Nationality words in singular adjective form ("cambodians" -> "cambodian"). */
export function nationality(word: string): string | undefined {
  const w = word.toLowerCase();
  if (demonyms.has(w)) return w;
  if (w.endsWith('s') && demonyms.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w === 'filipinos') return 'filipino';
  return undefined;
}

export function isNationality(word: string): boolean {
  return demonyms.has(word);
}

/**
 * Verbs that carry no measure of their own: the figure is what the subject amounts to ("the
 * detainees included 85 Cambodians", "arrests totalled 1,000"), so the subject names the measure.
 */
export const LIGHT_VERBS = new Set(
  `be is are was were been being include includes included including have has had total totals totalled totaled totalling
  number numbers numbered reach reaches reached stand stands stood represent represents represented comprise comprises
  comprised exceed exceeds exceeded top topped surpass surpassed amount amounts amounted account accounts accounted
  hit hits near neared put puts become became remain remains remained stay stays stayed count counted make makes made
  involve involves involved involving work works worked working`.split(/\s+/),
);

/**
 * Reporting verbs: "X estimated 100,000 people are held" — the figure belongs to the clause after
 * the verb, and the verb's subject is the attribution.
 */
export const REPORTING_VERBS = new Set(
  `say says said estimate estimates estimated report reports reported claim claims claimed state states stated tell
  tells told find finds found show shows showed shown note notes noted warn warns warned believe believes believed
  suggest suggests suggested indicate indicates indicated announce announces announced confirm confirms confirmed
  allege alleges alleged add adds added put puts according calculate calculated`.split(/\s+/),
);

/** Adjectives and determiners that never define a measure. */
export const MEASURE_STOPWORDS = new Set(
  `a an the some more other others such various several numerous estimated total overall many new additional further
  approximately about around roughly nearly almost least most up to of than over under those these this that their its
  his her our your which who whom whose all both each every any own same another further extra illicit illegal
  criminal alleged suspected reported known confirmed annual annually yearly monthly daily weekly`.split(/\s+/),
);
