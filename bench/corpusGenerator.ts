/**
 * Synthetic workspaces for the benchmark, written from templates in this project's own words:
 * fictional places, people, outlets and figures. A corpus holds many events; each event is covered
 * by several outlets, which report its figures with qualifiers (most agree, some conflict, some are
 * later updates), quote recurring actors (ministers and agencies turn up in many events), and carry
 * the site furniture scraped pages have (source header, `Published:`, `spot_img`, a Sources list,
 * "Related articles" teasers). Lengths vary from 120 to 1,100 words, about 300 on average (the
 * real pages of corpus/ average 330); one article in twenty is a 1,000-word piece (the edit
 * benchmark types in one of those).
 *
 * Deterministic: the same count and seed give the same files, byte for byte.
 */

/** mulberry32: a small, fast, seedable generator (the bench must not depend on Math.random). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const between = (r: Rand, low: number, high: number): number => low + Math.floor(r() * (high - low + 1));

const SYLLABLES = ['mar', 'tel', 'ven', 'dor', 'ka', 'lis', 'bran', 'quo', 'sel', 'nor', 'vik', 'ta', 'ro', 'bel', 'fen', 'gar', 'hal', 'ost', 'pra', 'zun', 'ler', 'mo', 'cas', 'div', 'el', 'ith', 'und', 'wes'];
const PLACE_ENDS = ['', 'ia', 'ford', ' Bay', 'ton', ' Vale', 'burg', 'port', ' Heights', 'mere', ' Flats', 'an'];
const GIVEN = ['Elena', 'Tomas', 'Hana', 'Rafael', 'Amara', 'Somchai', 'Ingrid', 'Kofi', 'Lucia', 'Dmitri', 'Nadia', 'Oren', 'Priya', 'Mateo', 'Yusuf', 'Greta', 'Joon', 'Ama', 'Pavel', 'Leila', 'Bruno', 'Chidi', 'Marta', 'Anders'];
const FAMILY = ['Marwick', 'Brandt', 'Okafor', 'Ibáñez', 'Diallo', 'Rattanakorn', 'Voss', 'Mensah', 'Ferreira', 'Kuznetsov', 'Haddad', 'Levin', 'Raman', 'Castillo', 'Demir', 'Lindqvist', 'Park', 'Asante', 'Novak', 'Farahani', 'Conti', 'Eze', 'Solberg', 'Whitlock'];
const ROLES = ['provincial governor', 'police chief', 'interior minister', 'union leader', 'harbour director', 'senior analyst', 'mayor', 'health minister', 'fire chief', 'spokeswoman for the ministry', 'emergency coordinator', 'district commissioner'];
/** National bodies that turn up in a few events each; every event also has local ones of its own. */
const AGENCIES = ['National Disaster Agency', 'Red Crescent', 'National Water Agency', 'Ministry of Transport', 'Federal Police Service', 'Civil Protection Authority', 'Workers Federation', 'Electoral Commission', 'Health Ministry', 'Coast Guard', 'Central Bank', 'Human Rights Watch', 'Meteorological Office', 'Audit Office', 'Fair Trade Commission', 'Refugee Council', 'Road Safety Board', 'Energy Regulator', 'Children’s Fund', 'Press Council', 'Maritime Authority', 'Public Prosecutor’s Office', 'Labour Inspectorate', 'Consumer Council', 'Data Protection Authority', 'Housing Agency', 'Forestry Service', 'Border Agency', 'Statistics Office', 'Ombudsman’s Office'];
const LOCAL_BODIES = ['Water Board', 'Police', 'Fire Service', 'City Council', 'Port Authority', 'Health Department', 'Chamber of Commerce', 'University Hospital', 'Transit Company', 'Relief Committee'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUALIFIERS = ['more than', 'about', 'at least', 'nearly', 'over', 'an estimated', 'almost', 'up to'];

interface EventKind {
  name: string;
  title: string[];
  measures: { noun: string; verb: string; base: number }[];
}

const KINDS: EventKind[] = [
  {
    name: 'flood',
    title: ['Floods Sweep', 'Flood Waters Rise in', 'Rivers Burst Their Banks in'],
    measures: [
      { noun: 'residents', verb: 'were evacuated', base: 3000 },
      { noun: 'homes', verb: 'were damaged', base: 800 },
      { noun: 'people', verb: 'died', base: 20 },
      { noun: 'bridges', verb: 'were washed away', base: 12 },
      { noun: 'emergency shelters', verb: 'were opened', base: 45 },
      { noun: 'hectares of farmland', verb: 'were submerged', base: 9000 },
      { noun: 'soldiers', verb: 'were sent to help', base: 600 },
    ],
  },
  {
    name: 'strike',
    title: ['Port Workers Strike in', 'Walkout Halts Trade in', 'Union Escalates Strike in'],
    measures: [
      { noun: 'workers', verb: 'walked out', base: 5000 },
      { noun: 'containers', verb: 'were stranded', base: 2000 },
      { noun: 'ships', verb: 'were left waiting', base: 40 },
      { noun: 'union members', verb: 'voted for the action', base: 4200 },
      { noun: 'trucks', verb: 'queued at the gates', base: 700 },
      { noun: 'flights', verb: 'were cancelled', base: 90 },
    ],
  },
  {
    name: 'fire',
    title: ['Factory Fire in', 'Blaze Destroys Warehouse in', 'Deadly Fire Strikes'],
    measures: [
      { noun: 'people', verb: 'were killed', base: 15 },
      { noun: 'workers', verb: 'were injured', base: 60 },
      { noun: 'firefighters', verb: 'were deployed', base: 200 },
      { noun: 'fire engines', verb: 'were sent', base: 35 },
      { noun: 'nearby families', verb: 'were moved out', base: 300 },
      { noun: 'hours', verb: 'passed before the blaze was contained', base: 14 },
    ],
  },
  {
    name: 'election',
    title: ['Disputed Count in', 'Election Dispute Grows in', 'Vote Tally Questioned in'],
    measures: [
      { noun: 'ballots', verb: 'were rejected', base: 12000 },
      { noun: 'observers', verb: 'were deployed', base: 300 },
      { noun: 'protesters', verb: 'were arrested', base: 90 },
      { noun: 'polling stations', verb: 'opened late', base: 140 },
      { noun: 'complaints', verb: 'were filed', base: 450 },
      { noun: 'candidates', verb: 'contested the seats', base: 38 },
    ],
  },
  {
    name: 'fraud',
    title: ['Fraud Ring Exposed in', 'Investment Scheme Collapses in', 'Police Raid Scam Centre in'],
    measures: [
      { noun: 'victims', verb: 'lost their savings', base: 4000 },
      { noun: 'suspects', verb: 'were detained', base: 70 },
      { noun: 'accounts', verb: 'were frozen', base: 900 },
      { noun: 'laptops', verb: 'were seized', base: 350 },
      { noun: 'shell companies', verb: 'were registered', base: 60 },
      { noun: 'officers', verb: 'took part in the raids', base: 800 },
    ],
  },
  {
    name: 'landslide',
    title: ['Landslide Buries Village Near', 'Rescuers Dig Through Mud in', 'Hillside Collapse in'],
    measures: [
      { noun: 'people', verb: 'are missing', base: 150 },
      { noun: 'houses', verb: 'were buried', base: 300 },
      { noun: 'rescuers', verb: 'were sent', base: 500 },
      { noun: 'survivors', verb: 'were pulled from the mud', base: 40 },
      { noun: 'villages', verb: 'were cut off', base: 9 },
      { noun: 'tonnes of aid', verb: 'were flown in', base: 120 },
    ],
  },
  {
    name: 'heat',
    title: ['Heatwave Grips', 'Record Temperatures Hit', 'Heat Deaths Mount in'],
    measures: [
      { noun: 'people', verb: 'were treated for heatstroke', base: 2500 },
      { noun: 'people', verb: 'died', base: 60 },
      { noun: 'schools', verb: 'were closed', base: 400 },
      { noun: 'cooling centres', verb: 'were opened', base: 80 },
      { noun: 'wildfires', verb: 'broke out', base: 25 },
      { noun: 'livestock', verb: 'perished', base: 3000 },
    ],
  },
  {
    name: 'breach',
    title: ['Data Breach Hits', 'Hackers Steal Records in', 'Cyberattack Disrupts Services in'],
    measures: [
      { noun: 'customers', verb: 'had their data exposed', base: 900000 },
      { noun: 'pharmacies', verb: 'were disrupted', base: 1200 },
      { noun: 'hospitals', verb: 'were affected', base: 80 },
      { noun: 'servers', verb: 'were taken offline', base: 260 },
      { noun: 'staff', verb: 'were locked out of their systems', base: 5000 },
      { noun: 'claims', verb: 'went unpaid', base: 70000 },
    ],
  },
];

/** Sentences that give an article its bulk without figures, in many shapes (no two outlets share a paragraph). */
const FILLER_OPENINGS = ['Residents said', 'Witnesses described how', 'Local officials warned that', 'Aid groups said', 'Business owners complained that', 'Analysts noted that', 'Opposition lawmakers argued that', 'Community leaders said', 'Teachers reported that', 'Engineers cautioned that'];
const FILLER_SUBJECTS = ['the roads into the district', 'the main hospital', 'the power grid', 'the water supply', 'the regional economy', 'emergency shelters', 'the local markets', 'the harbour', 'the rail link', 'schools in the area', 'the night shift', 'the old town'];
const FILLER_PREDICATES = ['had been under strain for weeks', 'would take months to recover', 'was not ready for an event of this size', 'remained closed on the day', 'had been warned about in earlier reports', 'was struggling to cope with the demand', 'could face further disruption', 'needed urgent investment', 'had been neglected by successive governments', 'returned to normal only slowly'];
const FILLER_TAILS = ['according to people familiar with the matter', 'as crews worked through the night', 'while families waited for news', 'despite repeated promises', 'in the hours that followed', 'as the weather turned', 'before the official briefing', 'after a meeting with regional leaders', ''];

function placeName(r: Rand): string {
  const word = pick(r, SYLLABLES) + pick(r, SYLLABLES) + (r() < 0.4 ? pick(r, SYLLABLES) : '');
  return word[0].toUpperCase() + word.slice(1) + pick(r, PLACE_ENDS);
}

function personName(r: Rand): string {
  return `${pick(r, GIVEN)} ${pick(r, FAMILY)}`;
}

function formatNumber(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Rounds a figure the way reporters write it: two significant digits. */
function roundish(n: number): number {
  const digits = Math.max(0, Math.floor(Math.log10(Math.max(1, n))) - 1);
  const unit = Math.pow(10, digits);
  return Math.max(1, Math.round(n / unit) * unit);
}

interface Event {
  kind: EventKind;
  place: string;
  country: string;
  day: string;
  date: string;
  officials: { name: string; role: string }[];
  agencies: string[];
  figures: number[];
  lossMillions: number;
}

export interface GeneratedArticle {
  /** Path relative to the workspace folder. */
  path: string;
  text: string;
  words: number;
  event: number;
}

function filler(r: Rand): string {
  const tail = pick(r, FILLER_TAILS);
  return `${pick(r, FILLER_OPENINGS)} ${pick(r, FILLER_SUBJECTS)} ${pick(r, FILLER_PREDICATES)}${tail ? `, ${tail}` : ''}.`;
}

function factSentence(r: Rand, e: Event, m: number, value: number): string {
  const measure = e.kind.measures[m];
  const official = pick(r, e.officials);
  const qualifier = pick(r, QUALIFIERS);
  const figure = `${qualifier} ${formatNumber(value)} ${measure.noun} ${measure.verb}`;
  switch (between(r, 0, 3)) {
    case 0:
      return `${figure[0].toUpperCase()}${figure.slice(1)} in ${e.place} by ${e.day}, ${official.role} ${official.name} said.`;
    case 1:
      return `According to the ${pick(r, e.agencies)}, ${figure} in ${e.place}.`;
    case 2:
      return `${official.name}, the ${official.role}, told reporters that ${figure} across ${e.place} and the surrounding district.`;
    default:
      return `Officials in ${e.country} said ${figure} after the ${e.kind.name} in ${e.place} on ${e.day}.`;
  }
}

function makeEvent(r: Rand, recurring: { name: string; role: string }[]): Event {
  const kind = pick(r, KINDS);
  const monthIndex = between(r, 0, 11);
  const dayOfMonth = between(r, 1, 28);
  const place = placeName(r);
  return {
    kind,
    place,
    country: placeName(r).replace(/ .*/, ''),
    day: pick(r, WEEKDAYS),
    date: `${dayOfMonth} ${MONTHS[monthIndex]} 2025`,
    // A recurring national figure, plus local ones met only in this event.
    officials: [pick(r, recurring), { name: personName(r), role: pick(r, ROLES) }, { name: personName(r), role: pick(r, ROLES) }],
    agencies: [`${place} ${pick(r, LOCAL_BODIES)}`, r() < 0.5 ? pick(r, AGENCIES) : `${place} ${pick(r, LOCAL_BODIES)}`],
    figures: kind.measures.map((m) => roundish(m.base * (0.5 + r()))),
    lossMillions: between(r, 2, 90),
  };
}

function articleFor(r: Rand, e: Event, outlet: string, targetWords: number): string {
  const lines: string[] = [`- Source: www.${outlet}.example`, `${pick(r, e.kind.title)} ${e.place}`, ''];
  if (r() < 0.6) lines.push('Published:', '');
  if (r() < 0.4) lines.push('spot_img', '');
  let words = 0;
  let paragraphs = 0;
  // Each outlet reports three of the event's measures.
  const covered = [...e.kind.measures.keys()].sort(() => r() - 0.5).slice(0, 3);
  const count = (s: string) => s.split(/\s+/).length;
  while (words < targetWords) {
    const sentences: string[] = [];
    if (paragraphs === 0) sentences.push(`${e.place}, ${e.date}. The ${e.kind.name} in ${e.place} has drawn a response from the ${e.agencies[0]} and the ${e.agencies[1]}.`);
    // A third of the paragraphs report a figure, one of the few measures this outlet covers: mostly the
    // agreed figure, sometimes a conflicting or a later one.
    if (paragraphs === 0 || r() < 0.35) {
      const m = covered[paragraphs % covered.length];
      const roll = r();
      const value = roll < 0.7 ? e.figures[m] : roll < 0.85 ? roundish(e.figures[m] * (1.6 + r())) : roundish(e.figures[m] * 1.2);
      sentences.push(factSentence(r, e, m, value));
    }
    if (r() < 0.12) sentences.push(`Losses were put at $${e.lossMillions + (r() < 0.2 ? between(r, 20, 60) : 0)} million, the ${pick(r, e.agencies)} estimated.`);
    if (r() < 0.4) {
      const o = pick(r, e.officials);
      sentences.push(`“We are doing everything we can for the families of ${e.place},” ${o.name} said.`);
    }
    for (let i = between(r, 1, 4); i > 0; i--) sentences.push(filler(r));
    const paragraph = sentences.join(' ');
    lines.push(paragraph, '');
    words += count(paragraph);
    paragraphs++;
    if (paragraphs % 4 === 0 && words < targetWords) lines.push(`${pick(r, ['What Happens Next', 'The Response', 'Questions Remain', 'A Region on Edge'])} in ${e.place}`, '');
  }
  lines.push('Sources:', `https://www.${outlet}.example/news/${e.kind.name}-${e.place.toLowerCase().replace(/\W+/g, '-')}`, '');
  if (r() < 0.5) lines.push('Related articles', '', `${placeName(r)} Council Approves New Budget`, 'Teaser text about something else entirely...', '');
  return lines.join('\n');
}

/** `count` articles about `count / 8` events, in folders by outlet. */
export function generateCorpus(count: number, seed = 11): GeneratedArticle[] {
  const r = prng(seed);
  const recurring = Array.from({ length: 40 }, () => ({ name: personName(r), role: pick(r, ROLES) }));
  const outlets = Array.from({ length: 60 }, (_, i) => `${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}-news${i}`);
  const articles: GeneratedArticle[] = [];
  let eventIndex = 0;
  while (articles.length < count) {
    const e = makeEvent(r, recurring);
    const coverage = Math.min(count - articles.length, between(r, 3, 13));
    for (let k = 0; k < coverage; k++) {
      const roll = r();
      const target = roll < 0.05 ? between(r, 950, 1100) : roll < 0.25 ? between(r, 300, 500) : between(r, 120, 260);
      const outlet = pick(r, outlets);
      const text = articleFor(r, e, outlet, target);
      const n = articles.length;
      articles.push({ path: `${outlet}/${String(n).padStart(5, '0')}-${e.kind.name}.txt`, text, words: text.split(/\s+/).length, event: eventIndex });
    }
    eventIndex++;
  }
  return articles;
}

/** One article of the old bench's shape, for callers that want a single text. */
export function syntheticArticle(index: number, words = 400): string {
  const r = prng(1000 + index);
  const recurring = [{ name: personName(r), role: pick(r, ROLES) }];
  return articleFor(r, makeEvent(r, recurring), `outlet${index % 17}`, words);
}
