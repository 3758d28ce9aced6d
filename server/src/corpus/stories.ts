/**
 * Which articles of a workspace tell one story. A reviewer's folder holds several (a crackdown, an
 * earthquake, a strike), and figures are compared within one story only: two articles that both
 * mention a country are not one story, two that share the people, organisations and places
 * particular to an event are.
 *
 * Each article is reduced to its distinctive actors: named people, organisations and places other
 * than countries and world regions, leaving out national groups and well-known organisations (news
 * agencies, the UN: every kind of story names them). An actor more articles name than the hub bound
 * (2 × √articles, at least 12) but not most of the workspace is a hub (a minister quoted in one
 * event after another): it counts only beside another shared actor. Two articles are linked when
 * they share at least two such actors, unless they share nothing but places and their headlines
 * and first paragraphs name different kinds of event (../analysis/storyKinds.ts: a tanker
 * explosion and a protest in the same two states); stories are the connected groups. Then one
 * shared actor and dates within a month bring a lone article into a story, but never join two
 * stories of several articles (a minister quoted in one event after another does not make them
 * one). A folder the user pins (`crosscheck.stories.pin`) is one story whatever its
 * articles share, and no other article joins it. Pure and deterministic: articles are taken in id
 * order.
 */
import { foldWords } from '../analysis/actors/fold';
import { demonym, placeByName } from '../analysis/actors/gazetteer';
import { cityInProvince } from '../analysis/actors/worldPlaces';
import { knownOrganisation } from '../analysis/actors/organisations';
import type { ArticleActor, ArticleDate, YearlessDate } from '../analysis/types';
import { dayNumber, daysBetween, isoDay, isValidDay } from '../analysis/time/dates';
import { GENERIC_BODY_WORDS, GENERIC_ORG_NAMES, ORG_CONNECTORS, ROLE_MODIFIERS } from '../analysis/lexicon';

export interface StoryInput {
  id: string;
  /** Path relative to the workspace folder, with `/` separators (for pins and names). */
  label: string;
  actors: readonly ArticleActor[];
  date?: ArticleDate;
  /** Without `date`: the day and month its dateline names. */
  yearlessDate?: YearlessDate;
  /** The kinds of event its headline and first paragraph name (../analysis/storyKinds.ts). */
  kinds?: readonly string[];
}

export interface Story {
  /** Stable within one grouping: the id of its first article, or `pin:<folder>`. */
  id: string;
  /** What a reviewer reads: the two actors most of its articles name, or the pinned folder. */
  name: string;
  /** Ids of its articles, sorted. */
  articles: string[];
  /** The distinctive actors its articles share most, by display name. */
  keyActors: string[];
  pinned: boolean;
}

/** The bound on how many articles may name a distinctive actor: HUB_FACTOR × √articles, at least HUB_FLOOR. */
const HUB_FACTOR = 2;
const HUB_FLOOR = 12;
/** How many articles must name an actor, most of the workspace, before it is the workspace's own story's actor. */
const OWN_FLOOR = 4;
/** Days within which one shared actor and the dates make two articles one story. */
const NEAR_DAYS = 31;

/**
 * A body every country has, named by its kind and portfolio only ("the Ministry of Health", "the
 * Interior Ministry", "the National Police", "Civil Protection"), or by its country and kind ("the
 * Nepali government", "the Afghan army"): it names another body in every story, or a country's own,
 * which is no sign of a story either, so alone it is no strong sign that two articles tell one story.
 */
export function genericBody(name: string): boolean {
  const words = foldWords(name);
  if (!words.some((w) => GENERIC_ORG_NAMES.has(w))) return false;
  const country = (w: string) => demonym([w]) !== undefined || placeByName(w)?.kind === 'country';
  return words.every((w) => GENERIC_ORG_NAMES.has(w) || ROLE_MODIFIERS.has(w) || GENERIC_BODY_WORDS.has(w) || ORG_CONNECTORS.has(w) || country(w));
}

function distinctive(actor: ArticleActor): boolean {
  if (actor.kind === 'group') return false;
  // A news agency or a global body (Reuters, the UN) turns up in every kind of story.
  if (actor.kind === 'organisation' && (knownOrganisation(foldWords(actor.name)) || knownOrganisation(foldWords(actor.key)))) return false;
  if (actor.kind === 'place') {
    const place = placeByName(actor.name) ?? placeByName(actor.key);
    if (place && (place.kind === 'country' || place.kind === 'region')) return false;
  }
  return true;
}

/**
 * The day a yearless date ("September 12") falls on in the year that brings it nearest to `day`,
 * or undefined when no year puts it within `withinDays` of it.
 */
export function nearestYear(yearless: YearlessDate, day: string, withinDays = NEAR_DAYS): string | undefined {
  const y = Number(day.slice(0, 4));
  let best: string | undefined;
  for (const year of [y - 1, y, y + 1]) {
    if (!isValidDay(year, yearless.month, yearless.day)) continue;
    const candidate = isoDay(year, yearless.month, yearless.day);
    if (Math.abs(daysBetween(candidate, day)) <= withinDays && (!best || Math.abs(daysBetween(candidate, day)) < Math.abs(daysBetween(best, day)))) best = candidate;
  }
  return best;
}

/** Days between two articles' dates, a yearless one taken in the year nearest the other; undefined when either is unknown. */
function daysApart(a: StoryInput, b: StoryInput): number | undefined {
  if (a.date && b.date) return Math.abs(daysBetween(a.date.day, b.date.day));
  const [dated, yearless] = a.date ? [a.date, b.yearlessDate] : [b.date, a.yearlessDate];
  if (dated && yearless) {
    const day = nearestYear(yearless, dated.day, 366);
    return day ? Math.abs(daysBetween(day, dated.day)) : undefined;
  }
  if (a.yearlessDate && b.yearlessDate) {
    // Two days and months without a year: apart by the shorter way round the calendar.
    const x = daysBetween(isoDay(2024, 1, 1), isoDay(2024, a.yearlessDate.month, a.yearlessDate.day));
    const y = daysBetween(isoDay(2024, 1, 1), isoDay(2024, b.yearlessDate.month, b.yearlessDate.day));
    return Math.min(Math.abs(x - y), 366 - Math.abs(x - y));
  }
  return undefined;
}

function normalisePin(pin: string): string {
  return pin.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/** The pinned folder an article lies under (the longest that matches), if any. */
function pinOf(label: string, pins: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const raw of pins) {
    const pin = normalisePin(raw);
    if (!pin) continue;
    if ((label === pin || label.startsWith(`${pin}/`)) && (!best || pin.length > best.length)) best = pin;
  }
  return best;
}

/** The articles that name each key, in article order. */
function articlesByKey(keysOf: readonly ReadonlySet<string>[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(i);
    }
  });
  return byKey;
}

export function groupStories(inputs: readonly StoryInput[], pins: readonly string[] = []): Story[] {
  const articles = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Distinctive actor keys per article, with a display name per key.
  const names = new Map<string, string>();
  // Named people and organisations of two words or more: one of them shared is a strong sign.
  const strong = new Set<string>();
  // The countries each article names: no sign of a story on their own, but the one most of a
  // folder names is the folder's own story's country (see the second pass).
  const countriesOf = articles.map(() => new Set<string>());
  // Cities each article names with the state they lie in ("Austin, Texas"), as [city key, state key].
  const whereOf = articles.map((): [string, string][] => []);
  // Keys of distinctive places (a town, a province): shared, a sign of where, not of which story.
  const placeKeys = new Set<string>();
  // Keys of organisations with a name of their own ("Chadema", "Change Healthcare").
  const namedBodies = new Set<string>();
  const keysOf = articles.map((a, i) => {
    const keys = new Set<string>();
    const places: ArticleActor[] = [];
    const people: string[] = [];
    for (const actor of a.actors) {
      if (actor && typeof actor.key === 'string' && actor.kind === 'place' && placeByName(actor.name)?.kind === 'country') countriesOf[i].add(actor.key);
      if (!actor || typeof actor.key !== 'string' || !distinctive(actor)) continue;
      keys.add(actor.key);
      if (actor.kind === 'place') {
        places.push(actor);
        placeKeys.add(actor.key);
      }
      else if (actor.kind === 'person') people.push(actor.key);
      // A body every country has ("the Ministry of Health") is no strong sign on its own.
      // An organisation's own name is one too, even of one word ("Chadema", "Frelimo"), but not an
      // acronym (many bodies share one) nor a body every country has.
      const words = actor.name.trim().split(/\s+/).length;
      const ownName = words >= 2 || (actor.kind === 'organisation' && !/^[A-Z0-9&.-]+$/.test(actor.name.trim()));
      if (actor.kind !== 'place' && ownName && !genericBody(actor.name) && !genericBody(actor.key)) {
        strong.add(actor.key);
        if (actor.kind === 'organisation') namedBodies.add(actor.key);
      }
      if (!names.has(actor.key) || actor.name.length > names.get(actor.key)!.length) names.set(actor.key, actor.name);
    }
    for (const region of places) for (const city of places) if (city !== region && cityInProvince(city.name, region.name)) whereOf[i].push([city.key, region.key]);
    // A person named in full and by surname ("Donald Trump", "Trump") is one sign, not two.
    for (const short of people) if (!short.includes(' ') && people.some((full) => full !== short && full.split(/\s+/).at(-1) === short)) keys.delete(short);
    return keys;
  });
  const frequency = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  // In a large workspace an actor that many articles name (a minister quoted in one event after
  // another) joins stories rather than telling them apart: past a few dozen articles the bound
  // grows with the square root of the workspace, not with its size.
  // An actor most of the workspace names is its own story's (a folder of one story names its town
  // in every article), never a hub.
  const ubiquitous = Math.max(HUB_FLOOR, Math.ceil(HUB_FACTOR * Math.sqrt(articles.length)));
  const namedByMost = (k: string) => frequency.get(k)! * 2 > articles.length;
  const isHub = (k: string) => frequency.get(k)! > ubiquitous && !namedByMost(k);
  // Most of a workspace of some size names it: the actor of the folder's own story.
  const ownActor = (k: string) => frequency.get(k)! >= OWN_FLOOR && namedByMost(k);
  const useful = keysOf.map((keys) => new Set([...keys].filter((k) => !isHub(k))));
  // A hub still counts as the second of two shared actors, never as the only one nor as both.
  const hubs = keysOf.map((keys) => new Set([...keys].filter(isHub)));

  // Union-find over articles; each root knows how many articles its story holds.
  const parent = articles.map((_, i) => i);
  const members = articles.map(() => 1);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    members[root] += members[child];
  };
  const sizeOf = (i: number) => members[find(i)];
  const pinned = articles.map((a) => pinOf(a.label, pins));
  // Articles that share an actor, found through the actor rather than all pairs.
  const byKey = articlesByKey(useful);
  const shared = new Map<number, Map<number, { count: number; anchored: boolean }>>();
  for (const [key, list] of byKey) {
    // A place or a named organisation anchors a story; people alone do not (below).
    const anchor = placeKeys.has(key) || namedBodies.has(key);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        let row = shared.get(i);
        if (!row) shared.set(i, (row = new Map()));
        const cell = row.get(j) ?? { count: 0, anchored: false };
        cell.count++;
        cell.anchored ||= anchor;
        row.set(j, cell);
      }
  }
  // Two articles dated more than a month apart that share only people (a prime minister and the
  // leader of the opposition, quoted after one stampede and again after another eight months
  // later) tell two stories: months apart, one story keeps a place or a named organisation.
  const farApart = (i: number, j: number) => {
    const gap = daysApart(articles[i], articles[j]);
    return gap !== undefined && gap > NEAR_DAYS;
  };
  // Two articles that tell different kinds of event (a tanker explosion, a protest) and share
  // nothing but places are two stories of one region, whatever the places.
  const otherKinds = (i: number, j: number) => {
    const [x, y] = [articles[i].kinds ?? [], articles[j].kinds ?? []];
    return x.length > 0 && y.length > 0 && !x.some((k) => y.includes(k));
  };
  const otherKindSamePlaces = (i: number, j: number) => {
    if (!otherKinds(i, j)) return false;
    for (const k of useful[i]) if (useful[j].has(k) && !placeKeys.has(k)) return false;
    for (const k of hubs[i]) if (hubs[j].has(k) && !placeKeys.has(k)) return false;
    return true;
  };
  // First pass: two shared actors make one story; one of them may be a hub ("Magdeburg" in a
  // workspace of many stories, beside "Bernburg").
  const sharesHub = (i: number, j: number) => {
    for (const k of hubs[i]) if (hubs[j].has(k)) return true;
    return false;
  };
  // A city and the state it lies in, both shared, are one sign of where, not two.
  const sameWhere = (i: number, j: number) => {
    let n = 0;
    for (const [city, region] of whereOf[i]) if (useful[i].has(city) && useful[j].has(city) && useful[i].has(region) && useful[j].has(region)) n++;
    return n;
  };
  const links: [number, number][] = [];
  for (const [i, row] of shared) for (const [j, { count, anchored }] of row) if ((count - (count >= 2 ? sameWhere(i, j) : 0) >= 2 || sharesHub(i, j)) && pinned[i] === pinned[j] && !otherKindSamePlaces(i, j) && (anchored || !farApart(i, j))) links.push([i, j]);
  // One article that joins two stories far apart in time (an explainer on one stampede that lists
  // an earlier one) tells of both but makes them no one story: it stays with the story it shares
  // the most actors with.
  // The actors two articles or more of a part name: two parts that share one may be parts of one
  // story (a town named early and late), so they stay together.
  const core = (part: readonly number[]) => new Set([...keyCounts(part, useful)].filter(([, n]) => n >= 2).map(([k]) => k));
  for (const [i, j] of withoutBridges(links, articles, (x, y) => shared.get(Math.min(x, y))?.get(Math.max(x, y))?.count ?? 0, core)) union(i, j);
  // Second pass: one shared actor is enough within a month, or when a date is missing and the
  // actor is a named person or organisation ("Carlos Mazón", "Change Healthcare"), not a town.
  // One actor only brings a lone article into a story: it never joins two stories that the first
  // pass formed (a minister quoted in two events does not make them one). A lone article that
  // could join several stories joins the one it shares the most actors with ("the Ministry of
  // Health" of one country's story, "Kathmandu" and a minister of another's), the larger story on
  // a tie.
  const lone = articles.map((_, i) => sizeOf(i) === 1);
  const firstRoots = articles.map((_, i) => find(i));
  // The countries most articles of a story of the first pass name (of two articles or more),
  // worked out for a story only when asked, from its members gathered in one pass.
  const dominant = new Map<number, Set<string>>();
  let membersOf: Map<number, number[]> | undefined;
  const storyCountries = (root: number): Set<string> => {
    let found = dominant.get(root);
    if (found) return found;
    membersOf ??= membersByRoot(firstRoots);
    const members = membersOf.get(root) ?? [];
    found = new Set(members.length < 2 ? [] : [...keyCounts(members, countriesOf)].filter(([, n]) => n * 2 > members.length).map(([c]) => c));
    dominant.set(root, found);
    return found;
  };
  const candidates = new Map<number, Map<number, number>>();
  /** One more sign that lone article `from` belongs to the story of `root`. */
  const addCandidate = (from: number, root: number) => {
    let row = candidates.get(from);
    if (!row) candidates.set(from, (row = new Map()));
    row.set(root, (row.get(root) ?? 0) + 1);
  };
  for (const [key, list] of byKey) {
    // Each shared key counts once per lone article and story it leads to.
    const counted = new Set<string>();
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        if (pinned[i] !== pinned[j] || firstRoots[i] === firstRoots[j]) continue;
        if (!lone[i] && !lone[j]) continue;
        if (placeKeys.has(key) && otherKinds(i, j)) continue;
        const gap = daysApart(articles[i], articles[j]);
        // An actor most of the workspace names is as strong a sign as a named person ("Chadema" in
        // a folder of one election's unrest).
        const near = gap !== undefined ? gap <= NEAR_DAYS : strong.has(key) || ownActor(key);
        // Without a date, a town or a province is a sign too when the lone article also names the
        // country most of the story's articles name ("Kunar Province" and "Afghanistan" beside an
        // earthquake story in Afghanistan; not "Islamabad" and "Pakistan" beside it).
        const placeOf = (from: number, to: number) => gap === undefined && placeKeys.has(key) && [...countriesOf[from]].some((c) => storyCountries(firstRoots[to]).has(c));
        if (!near && !placeOf(i, j) && !placeOf(j, i)) continue;
        for (const [from, to] of [[i, j], [j, i]] as const) {
          const root = firstRoots[to];
          if (!lone[from] || counted.has(`${from}:${root}`) || (!near && !placeOf(from, to))) continue;
          counted.add(`${from}:${root}`);
          addCandidate(from, root);
        }
      }
  }
  // An undated lone article that names the country most of the workspace names (a folder of one
  // country's story, all naming it) joins the stories of that country's articles.
  const countryArticles = articlesByKey(countriesOf);
  for (const list of countryArticles.values()) {
    if (list.length < OWN_FLOOR || list.length * 2 <= articles.length) continue;
    for (const i of list) {
      if (!lone[i]) continue;
      const roots = new Set<number>();
      for (const j of list) if (j !== i && pinned[i] === pinned[j] && !lone[j] && daysApart(articles[i], articles[j]) === undefined) roots.add(firstRoots[j]);
      for (const root of roots) addCandidate(i, root);
    }
  }
  // Lone articles join the stories of several articles first, then each other.
  const order = [...candidates.keys()].sort((a, b) => a - b);
  for (const phase of ['stories', 'lone'] as const) {
    for (const i of order) {
      if (sizeOf(i) > 1) continue;
      let best: number | undefined;
      let bestScore = 0;
      for (const [root, score] of candidates.get(i)!) {
        if (phase === 'stories' && sizeOf(root) === 1) continue;
        const better = score > bestScore || (score === bestScore && best !== undefined && (sizeOf(root) > sizeOf(best) || (sizeOf(root) === sizeOf(best) && root < best)));
        if (better) [best, bestScore] = [root, score];
      }
      if (best !== undefined) union(i, best);
    }
  }
  // Third pass: a small story the first pass formed (two articles that quote one official in one
  // city) joins a larger one when a place most articles of each name is the same (the city of
  // both), the two tell no different kinds of event, and their dates, where both have some, come
  // within a month. Two stories of one city months apart, or of two kinds, stay two; a person
  // both name (a minister quoted in two events) is no such sign.
  const storyList = [...membersByRoot(articles.map((_, i) => find(i))).values()].filter((m) => m.length >= 2).sort((x, y) => y.length - x.length || x[0] - y[0]);
  // The places most of a story's articles name, and the stories by each such place, found once.
  const corePlaces = storyList.map((m) => [...keyCounts(m, useful)].filter(([k, n]) => placeKeys.has(k) && n * 2 > m.length).map(([k]) => k));
  const storiesByPlace = new Map<string, number[]>();
  corePlaces.forEach((keys, s) => {
    for (const k of keys) {
      const list = storiesByPlace.get(k);
      if (list) list.push(s);
      else storiesByPlace.set(k, [s]);
    }
  });
  const kindsOf = (m: readonly number[]) => new Set(m.flatMap((i) => articles[i].kinds ?? []));
  const near = (x: readonly number[], y: readonly number[]) => {
    let dated = false;
    for (const i of x) for (const j of y) {
      if (!articles[i].date || !articles[j].date) continue;
      dated = true;
      if (Math.abs(daysBetween(articles[i].date!.day, articles[j].date!.day)) <= NEAR_DAYS) return true;
    }
    return !dated;
  };
  storyList.forEach((small, s) => {
    // A story that has grown already joins nothing more.
    if (small.length > 3 || sizeOf(small[0]) !== small.length) return;
    const smallKinds = kindsOf(small);
    // Larger stories first (storyList is sorted so), each once.
    const candidates = [...new Set(corePlaces[s].flatMap((k) => storiesByPlace.get(k) ?? []))].sort((a, b) => a - b);
    for (const c of candidates) {
      const large = storyList[c];
      if (large.length <= small.length || find(large[0]) === find(small[0]) || pinned[large[0]] !== pinned[small[0]]) continue;
      const largeKinds = kindsOf(large);
      if (smallKinds.size > 0 && largeKinds.size > 0 && ![...smallKinds].some((k) => largeKinds.has(k))) continue;
      if (!near(small, large)) continue;
      union(small[0], large[0]);
      break;
    }
  });
  // Pinned folders are one story each.
  const firstOfPin = new Map<string, number>();
  pinned.forEach((pin, i) => {
    if (!pin) return;
    const first = firstOfPin.get(pin);
    if (first === undefined) firstOfPin.set(pin, i);
    else union(first, i);
  });

  const groups = membersByRoot(articles.map((_, i) => find(i)));
  const stories: Story[] = [];
  for (const members of groups.values()) {
    const keyActors = [...keyCounts(members, useful)]
      .filter(([, n]) => members.length === 1 || n >= 2)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 5)
      .map(([k]) => names.get(k) ?? k);
    const pin = pinned[members[0]];
    stories.push({
      id: pin ? `pin:${pin}` : articles[members[0]].id,
      name: pin ?? (keyActors.slice(0, 2).join(' · ') || articles[members[0]].label),
      articles: members.map((i) => articles[i].id),
      keyActors,
      pinned: pin !== undefined,
    });
  }
  return stories.sort((a, b) => (a.articles[0] < b.articles[0] ? -1 : 1));
}

/** The articles of each story, by the root each article's story has (article order kept). */
function membersByRoot(rootOf: readonly number[]): Map<number, number[]> {
  const members = new Map<number, number[]>();
  rootOf.forEach((root, i) => {
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  return members;
}

/** How many of `members` name each key (of `keysOf`, one set per article). */
function keyCounts(members: readonly number[], keysOf: readonly ReadonlySet<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of members) for (const k of keysOf[i]) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Dated articles of two sets of articles are all more than NEAR_DAYS apart, and each set has two at least. */
function apartInTime(articles: readonly StoryInput[], x: readonly number[], y: readonly number[]): boolean {
  const days = (set: readonly number[]) => set.flatMap((i) => (articles[i].date ? [dayNumber(articles[i].date!.day)] : [])).sort((a, b) => a - b);
  const [dx, dy] = [days(x), days(y)];
  if (dx.length < 2 || dy.length < 2) return false;
  // Both sorted: walk them together, each day against the nearest of the other set.
  let j = 0;
  for (const d of dx) {
    while (j < dy.length && dy[j] < d - NEAR_DAYS) j++;
    if (j < dy.length && dy[j] <= d + NEAR_DAYS) return false;
  }
  return true;
}

/**
 * The links of the first pass without those through a bridge: an article whose removal leaves its
 * story in two or more parts of two articles or more each, the parts apart in time (see
 * apartInTime: one dated article alone on a side is too little to say so), and no actor that two
 * articles of one part name also named by two articles of another. The bridge keeps its links to
 * the part it shares the most actors with; parts of one article stay with it. Bridges are found
 * with Tarjan's articulation points, linear in links; each bridge's parts are then walked once.
 */
function withoutBridges(links: readonly [number, number][], articles: readonly StoryInput[], strength: (i: number, j: number) => number, core: (part: readonly number[]) => Set<string>): [number, number][] {
  const n = articles.length;
  const adjacent: number[][] = articles.map(() => []);
  for (const [i, j] of links) {
    adjacent[i].push(j);
    adjacent[j].push(i);
  }
  // Iterative depth-first search: discovery order and low-link of every article.
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const cuts = new Set<number>();
  let clock = 0;
  for (let start = 0; start < n; start++) {
    if (order[start] >= 0 || adjacent[start].length === 0) continue;
    const stack: { v: number; parent: number; next: number; children: number }[] = [{ v: start, parent: -1, next: 0, children: 0 }];
    order[start] = low[start] = clock++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < adjacent[top.v].length) {
        const w = adjacent[top.v][top.next++];
        if (order[w] < 0) {
          order[w] = low[w] = clock++;
          top.children++;
          stack.push({ v: w, parent: top.v, next: 0, children: 0 });
        } else if (w !== top.parent) low[top.v] = Math.min(low[top.v], order[w]);
        continue;
      }
      stack.pop();
      const up = stack[stack.length - 1];
      if (!up) {
        if (top.children > 1) cuts.add(top.v);
        continue;
      }
      low[up.v] = Math.min(low[up.v], low[top.v]);
      if (up.parent >= 0 && low[top.v] >= order[up.v]) cuts.add(up.v);
    }
  }
  if (cuts.size === 0) return [...links];
  const dropped = new Set<string>();
  for (const bridge of cuts) {
    // The parts left when the bridge is taken away.
    const part = new Map<number, number>();
    const parts: number[][] = [];
    for (const first of adjacent[bridge]) {
      if (part.has(first)) continue;
      const members: number[] = [];
      const queue = [first];
      part.set(first, parts.length);
      while (queue.length > 0) {
        const v = queue.pop()!;
        members.push(v);
        for (const w of adjacent[v]) if (w !== bridge && !part.has(w)) {
          part.set(w, parts.length);
          queue.push(w);
        }
      }
      parts.push(members);
    }
    const large = parts.map((p, k) => k).filter((k) => parts[k].length >= 2);
    if (large.length < 2) continue;
    let apart = true;
    for (let x = 0; x < large.length && apart; x++) for (let y = x + 1; y < large.length && apart; y++) if (!apartInTime(articles, parts[large[x]], parts[large[y]])) apart = false;
    if (!apart) continue;
    const cores = large.map((k) => core(parts[k]));
    if (cores.some((x, a) => cores.some((y, b) => b > a && [...x].some((key) => y.has(key))))) continue;
    const shares = (k: number) => adjacent[bridge].filter((w) => part.get(w) === k).reduce((sum, w) => sum + strength(bridge, w), 0);
    const keep = large.reduce((best, k) => (shares(k) > shares(best) ? k : best));
    for (const k of large) if (k !== keep) for (const w of adjacent[bridge]) if (part.get(w) === k) dropped.add(`${Math.min(bridge, w)}:${Math.max(bridge, w)}`);
  }
  return links.filter(([i, j]) => !dropped.has(`${Math.min(i, j)}:${Math.max(i, j)}`));
}
