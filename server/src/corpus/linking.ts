/**
 * Links between claims, kept up to date incrementally. Linking every claim of a large workspace
 * again after each keystroke would cost seconds. The links between two articles depend only on
 * those two articles, on whether they tell one story (links never cross stories), and on which
 * actors the whole workspace names often (the matcher discounts those); so after a change only
 * the pairs that involve a changed article, or two stories that merged, are examined again,
 * through the matcher's `focus` option, and every other link is kept as it was. The matcher still
 * reads every article's actors (so the discount is the one of a full run) but only the claims of
 * the stories involved, which is what makes an edit cost milliseconds.
 *
 * What is kept can drift from a full run in one way: a change elsewhere can move an actor across
 * the matcher's "named by a quarter of the workspace" line, which touches the confidence of pairs
 * that share nothing else. A full run (a re-index, a change of settings, a small workspace, or
 * many changes at once) puts it right. Pure: no clock, no I/O.
 */
import { linkClaims, type ConflictOptions, type LinkInput } from '../analysis/conflicts';
import type { ClaimLink } from '../analysis/types';

/** One article for the linker; `token` changes whenever its analysis does (the analysis object itself). */
export interface LinkArticle extends LinkInput {
  token: object;
}

export interface LinkUpdate {
  links: ClaimLink[];
  /** Articles whose links changed (added, dropped or reworded), or 'all' after a full run. */
  changed: Set<string> | 'all';
  /** How the links were made, for logs and the benchmark ('stored': those of a full run, given by `seed`). */
  mode: 'full' | 'incremental' | 'unchanged' | 'stored';
  /** Articles the matcher examined pairs for (incremental runs). */
  focus: number;
}

/** Below this many articles a full run is cheap enough that drift is never worth it. */
const ALWAYS_FULL_BELOW = 150;
/** When more than this share of the articles changed, one full run is cheaper than the bookkeeping. */
const FULL_RUN_SHARE = 0.5;

/** What a reviewer reads of a link: a link whose wording changed counts as changed. */
function linkText(l: ClaimLink): string {
  return `${l.a.index}\u0000${l.b.article}\u0000${l.b.index}\u0000${l.relation}\u0000${l.confidence}\u0000${l.reasons.join('\u0001')}\u0000${l.rules.join(',')}`;
}

interface Known {
  token: object;
  story?: string;
  order: number;
}

export class IncrementalLinker {
  constructor(private readonly limits = { alwaysFullBelow: ALWAYS_FULL_BELOW, fullRunShare: FULL_RUN_SHARE }) {}

  private previous:
    | {
        articles: Map<string, Known>;
        links: ClaimLink[];
        options: ConflictOptions;
      }
    | undefined;
  /** Links by article (each link under both of its articles), kept in step with `previous.links`. */
  private byArticle = new Map<string, ClaimLink[]>();

  /** Forgets the previous run: the next update links everything. */
  reset(): void {
    this.previous = undefined;
    this.byArticle = new Map();
  }

  /** The links that involve an article. */
  linksOfArticle(article: string): readonly ClaimLink[] {
    return this.byArticle.get(article) ?? [];
  }

  /** The links of `articles` (sorted by id, as the corpus gives them). */
  update(articles: readonly LinkArticle[], options: ConflictOptions): LinkUpdate {
    const prev = this.previous;
    const current = new Map<string, Known>(articles.map((a, order) => [a.article, { token: a.token, story: a.story, order }]));
    if (!prev || prev.options !== options || articles.length < this.limits.alwaysFullBelow) return this.full(articles, options, current);

    const focus = new Set<string>();
    for (const a of articles) {
      const before = prev.articles.get(a.article);
      if (!before || before.token !== a.token) focus.add(a.article);
    }
    const removed: string[] = [];
    for (const id of prev.articles.keys()) if (!current.has(id)) removed.push(id);

    // Stories that merged: pairs across the old stories were never examined. Every member of all
    // but the largest old part joins the focus (pairs inside the largest part are still valid).
    const parts = new Map<string, Map<string, string[]>>();
    let storyChanged = false;
    for (const a of articles) {
      const before = prev.articles.get(a.article);
      if (before && before.story !== a.story) storyChanged = true;
      if (!before || focus.has(a.article) || a.story === undefined || before.story === undefined) continue;
      let byOld = parts.get(a.story);
      if (!byOld) parts.set(a.story, (byOld = new Map()));
      let list = byOld.get(before.story);
      if (!list) byOld.set(before.story, (list = []));
      list.push(a.article);
    }
    for (const byOld of parts.values()) {
      if (byOld.size < 2) continue;
      const sorted = [...byOld.values()].sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
      for (const list of sorted.slice(1)) for (const id of list) focus.add(id);
    }

    if (focus.size === 0 && removed.length === 0 && !storyChanged) {
      this.previous = { articles: current, links: prev.links, options };
      return { links: prev.links, changed: new Set(), mode: 'unchanged', focus: 0 };
    }
    if (focus.size + removed.length > articles.length * this.limits.fullRunShare) return this.full(articles, options, current);

    // The matcher reads every article's actors, and the claims of the stories in focus only.
    let fresh: ClaimLink[] = [];
    if (focus.size) {
      const everyStory = articles.every((a) => a.story !== undefined);
      const stories = new Set([...focus].map((id) => current.get(id)?.story));
      const inputs = everyStory ? articles.map((a) => (stories.has(a.story) ? a : { ...a, claims: [] })) : articles;
      fresh = linkClaims(inputs, { ...options, focus });
    }

    // Links that go: those of changed or removed articles, and those across stories now apart.
    const touched = new Set([...focus, ...removed]);
    const dropped = new Set<ClaimLink>();
    for (const id of touched) for (const l of this.byArticle.get(id) ?? []) dropped.add(l);
    if (storyChanged) for (const l of prev.links) if (!sameStory(current, l)) dropped.add(l);
    const kept = dropped.size ? prev.links.filter((l) => !dropped.has(l)) : prev.links;

    // The order of a full run: by the first article's position, claim, then the second's.
    const order = (id: string) => current.get(id)!.order;
    const compare = (l: ClaimLink, m: ClaimLink) => order(l.a.article) - order(m.a.article) || l.a.index - m.a.index || order(l.b.article) - order(m.b.article) || l.b.index - m.b.index;
    fresh.sort(compare);
    const links = merge(kept, fresh, compare);

    // Which articles read differently now: compare what each affected article had and has.
    const changed = new Set(focus);
    const before = new Map<string, Set<string>>();
    const note = (into: Map<string, Set<string>>, l: ClaimLink) => {
      for (const id of [l.a.article, l.b.article]) {
        let set = into.get(id);
        if (!set) into.set(id, (set = new Set()));
        set.add(`${l.a.article}\u0000${linkText(l)}`);
      }
    };
    for (const l of dropped) note(before, l);
    const after = new Map<string, Set<string>>();
    for (const l of fresh) note(after, l);
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const x = before.get(id) ?? new Set();
      const y = after.get(id) ?? new Set();
      if (x.size !== y.size || [...x].some((t) => !y.has(t))) changed.add(id);
    }

    for (const id of removed) this.byArticle.delete(id);
    for (const l of dropped) for (const id of [l.a.article, l.b.article]) {
      const list = this.byArticle.get(id);
      if (list) this.byArticle.set(id, list.filter((x) => x !== l));
    }
    for (const l of fresh) for (const id of [l.a.article, l.b.article]) {
      let list = this.byArticle.get(id);
      if (!list) this.byArticle.set(id, (list = []));
      list.push(l);
    }
    this.previous = { articles: current, links, options };
    return { links, changed, mode: 'incremental', focus: focus.size };
  }

  /**
   * Takes `links` as those of a full run over `articles` (a full run made them in an earlier
   * session, over the same inputs): the next update goes on from them as from that run.
   */
  seed(articles: readonly LinkArticle[], options: ConflictOptions, links: ClaimLink[]): LinkUpdate {
    const current = new Map<string, Known>(articles.map((a, order) => [a.article, { token: a.token, story: a.story, order }]));
    this.keep(links, options, current);
    return { links, changed: 'all', mode: 'stored', focus: 0 };
  }

  private full(articles: readonly LinkArticle[], options: ConflictOptions, current: Map<string, Known>): LinkUpdate {
    const links = linkClaims(articles, options);
    this.keep(links, options, current);
    return { links, changed: 'all', mode: 'full', focus: articles.length };
  }

  private keep(links: ClaimLink[], options: ConflictOptions, current: Map<string, Known>): void {
    this.previous = { articles: current, links, options };
    this.byArticle = new Map();
    for (const l of links)
      for (const id of [l.a.article, l.b.article]) {
        let list = this.byArticle.get(id);
        if (!list) this.byArticle.set(id, (list = []));
        list.push(l);
      }
  }
}

/** Merges two lists sorted by `compare`. */
function merge<T>(xs: readonly T[], ys: readonly T[], compare: (a: T, b: T) => number): T[] {
  if (ys.length === 0) return xs as T[];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) out.push(compare(xs[i], ys[j]) <= 0 ? xs[i++] : ys[j++]);
  while (i < xs.length) out.push(xs[i++]);
  while (j < ys.length) out.push(ys[j++]);
  return out;
}

/** Whether a kept link's two articles still tell one story (links never cross stories). */
function sameStory(current: Map<string, { story?: string }>, l: ClaimLink): boolean {
  const a = current.get(l.a.article)?.story;
  const b = current.get(l.b.article)?.story;
  return a === undefined || b === undefined || a === b;
}
