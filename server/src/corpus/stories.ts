/**
 * Which articles of a workspace tell one story. A reviewer's folder holds several (a crackdown, an
 * earthquake, a strike), and figures are compared within one story only: two articles that both
 * mention a country are not one story, two that share the people, organisations and places
 * particular to an event are.
 *
 * Each article is reduced to its distinctive actors: named people, organisations and places other
 * than countries and world regions, leaving out national groups, well-known organisations (news
 * agencies, the UN: every kind of story names them) and actors that a large share of the
 * workspace names (30% of it, and in a large workspace no more than 2 × √articles). Two articles
 * are linked when they share at least two such actors; stories are the connected groups. Then one
 * shared actor and dates within a month bring a lone article into a story, but never join two
 * stories of several articles (a minister quoted in one event after another does not make them
 * one). A folder the user pins (`crosscheck.stories.pin`) is one story whatever its
 * articles share, and no other article joins it. Pure and deterministic: articles are taken in id
 * order.
 */
import { foldWords } from '../analysis/actors/fold';
import { placeByName } from '../analysis/actors/gazetteer';
import { knownOrganisation } from '../analysis/actors/organisations';
import type { ArticleActor, ArticleDate } from '../analysis/types';
import { daysBetween } from '../analysis/time/dates';

export interface StoryInput {
  id: string;
  /** Path relative to the workspace folder, with `/` separators (for pins and names). */
  label: string;
  actors: readonly ArticleActor[];
  date?: ArticleDate;
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

/** Share of articles above which an actor tells no stories apart (but never below 3 articles). */
const UBIQUITOUS_SHARE = 0.3;
/** The bound on how many articles may name a distinctive actor: HUB_FACTOR × √articles, at least HUB_FLOOR. */
const HUB_FACTOR = 2;
const HUB_FLOOR = 12;
/** Days within which one shared actor and the dates make two articles one story. */
const NEAR_DAYS = 31;

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

export function groupStories(inputs: readonly StoryInput[], pins: readonly string[] = []): Story[] {
  const articles = [...inputs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Distinctive actor keys per article, with a display name per key.
  const names = new Map<string, string>();
  // Named people and organisations of two words or more: one of them shared is a strong sign.
  const strong = new Set<string>();
  const keysOf = articles.map((a) => {
    const keys = new Set<string>();
    for (const actor of a.actors) {
      if (!actor || typeof actor.key !== 'string' || !distinctive(actor)) continue;
      keys.add(actor.key);
      if (actor.kind !== 'place' && actor.name.trim().split(/\s+/).length >= 2) strong.add(actor.key);
      if (!names.has(actor.key) || actor.name.length > names.get(actor.key)!.length) names.set(actor.key, actor.name);
    }
    return keys;
  });
  const frequency = new Map<string, number>();
  for (const keys of keysOf) for (const k of keys) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  // In a large workspace an actor that many articles name (a minister quoted in one event after
  // another) joins stories rather than telling them apart: past a few dozen articles the bound
  // grows with the square root of the workspace, not with its size.
  const ubiquitous = Math.max(3, Math.min(Math.ceil(articles.length * UBIQUITOUS_SHARE), Math.max(HUB_FLOOR, Math.ceil(HUB_FACTOR * Math.sqrt(articles.length)))));
  const useful = keysOf.map((keys) => new Set([...keys].filter((k) => frequency.get(k)! <= ubiquitous || articles.length <= 3)));

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
  const byKey = new Map<string, number[]>();
  useful.forEach((keys, i) => {
    for (const k of keys) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(i);
    }
  });
  const shared = new Map<number, Map<number, { count: number }>>();
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        let row = shared.get(i);
        if (!row) shared.set(i, (row = new Map()));
        const cell = row.get(j) ?? { count: 0 };
        cell.count++;
        row.set(j, cell);
      }
  }
  // First pass: two shared actors make one story.
  for (const [i, row] of shared) for (const [j, { count }] of row) if (count >= 2 && pinned[i] === pinned[j]) union(i, j);
  // Second pass: one shared actor is enough within a month, or when a date is missing and the
  // actor is a named person or organisation ("Carlos Mazón", "Change Healthcare"), not a town.
  // One actor only brings a lone article into a story: it never joins two stories that the first
  // pass formed (a minister quoted in two events does not make them one).
  for (const [key, list] of byKey) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        if (pinned[i] !== pinned[j] || find(i) === find(j)) continue;
        if (sizeOf(i) > 1 && sizeOf(j) > 1) continue;
        const di = articles[i].date;
        const dj = articles[j].date;
        const near = di && dj ? Math.abs(daysBetween(di.day, dj.day)) <= NEAR_DAYS : strong.has(key);
        if (near) union(i, j);
      }
  }
  // Pinned folders are one story each.
  const firstOfPin = new Map<string, number>();
  pinned.forEach((pin, i) => {
    if (!pin) return;
    const first = firstOfPin.get(pin);
    if (first === undefined) firstOfPin.set(pin, i);
    else union(first, i);
  });

  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(i);
  });
  const stories: Story[] = [];
  for (const members of groups.values()) {
    const counts = new Map<string, number>();
    for (const i of members) for (const k of useful[i]) counts.set(k, (counts.get(k) ?? 0) + 1);
    const keyActors = [...counts]
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
