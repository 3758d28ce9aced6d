/**
 * Links between claims, kept up to date incrementally. Linking every claim of a large workspace
 * again after each keystroke would cost seconds; the links between two articles depend on those
 * two articles and on whether they tell one story, so after a change only the pairs that involve
 * a changed article (or two stories that merged) are examined again, through the matcher's
 * `focus` option, and every other link is kept as it was.
 *
 * What is kept can drift from a full run in one way: the matcher discounts actors that a quarter
 * of the workspace names, and a change elsewhere can move an actor across that line. That only
 * touches the confidence of pairs that share nothing else; a full run (a re-index, a change of
 * settings, a small workspace, or many changes at once) puts it right. Pure: no clock, no I/O.
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
  /** How the links were made, for logs and the benchmark. */
  mode: 'full' | 'incremental' | 'unchanged';
  /** Articles the matcher examined pairs for (incremental runs). */
  focus: number;
}

/** Below this many articles a full run is cheap enough that drift is never worth it. */
const ALWAYS_FULL_BELOW = 150;
/** When more than this share of the articles changed, one full run is cheaper than the bookkeeping. */
const FULL_RUN_SHARE = 0.25;

function linkKey(l: ClaimLink): string {
  return `${l.a.article}\u0000${l.a.index}\u0000${l.b.article}\u0000${l.b.index}`;
}

/** What a reviewer reads of a link: a link whose wording changed counts as changed. */
function linkText(l: ClaimLink): string {
  return `${l.relation}\u0000${l.confidence}\u0000${l.reasons.join('\u0001')}\u0000${l.rules.join(',')}`;
}

export class IncrementalLinker {
  constructor(private readonly limits = { alwaysFullBelow: ALWAYS_FULL_BELOW, fullRunShare: FULL_RUN_SHARE }) {}

  private previous:
    | {
        articles: Map<string, { token: object; story?: string; order: number }>;
        links: ClaimLink[];
        options: ConflictOptions;
      }
    | undefined;

  /** Forgets the previous run: the next update links everything. */
  reset(): void {
    this.previous = undefined;
  }

  /** The links of `articles` (sorted by id, as the corpus gives them). */
  update(articles: readonly LinkArticle[], options: ConflictOptions): LinkUpdate {
    const prev = this.previous;
    const current = new Map(articles.map((a, order) => [a.article, { token: a.token, story: a.story, order }]));
    if (!prev || prev.options !== options || articles.length < this.limits.alwaysFullBelow) return this.full(articles, options, current);

    const focus = new Set<string>();
    for (const a of articles) {
      const before = prev.articles.get(a.article);
      if (!before || before.token !== a.token) focus.add(a.article);
    }
    let removed = 0;
    for (const id of prev.articles.keys()) if (!current.has(id)) removed++;

    // Stories that merged: pairs across the old stories were never examined. Every member of all
    // but the largest old part joins the focus (pairs inside the largest part are still valid).
    const parts = new Map<string, Map<string, string[]>>();
    for (const a of articles) {
      const before = prev.articles.get(a.article);
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

    if (focus.size === 0 && removed === 0) {
      // Same articles, same analyses; stories may have been renamed or split.
      const kept = prev.links.filter((l) => sameStory(current, l));
      if (kept.length === prev.links.length) {
        this.previous = { articles: current, links: prev.links, options };
        return { links: prev.links, changed: new Set(), mode: 'unchanged', focus: 0 };
      }
    }
    if (focus.size + removed > articles.length * this.limits.fullRunShare) return this.full(articles, options, current);

    const fresh = focus.size ? linkClaims(articles, { ...options, focus }) : [];
    const kept = prev.links.filter((l) => current.has(l.a.article) && current.has(l.b.article) && !focus.has(l.a.article) && !focus.has(l.b.article) && sameStory(current, l));
    const links = [...kept, ...fresh];
    // The order a full run gives: by the first article's position, claim, then the second's.
    const order = (id: string) => current.get(id)!.order;
    links.sort((l, m) => order(l.a.article) - order(m.a.article) || l.a.index - m.a.index || order(l.b.article) - order(m.b.article) || l.b.index - m.b.index);

    const changed = new Set(focus);
    const before = new Map(prev.links.map((l) => [linkKey(l), linkText(l)]));
    const after = new Map(links.map((l) => [linkKey(l), linkText(l)]));
    for (const l of prev.links) if (after.get(linkKey(l)) !== linkText(l)) changed.add(l.a.article).add(l.b.article);
    for (const l of fresh) if (before.get(linkKey(l)) !== linkText(l)) changed.add(l.a.article).add(l.b.article);
    this.previous = { articles: current, links, options };
    return { links, changed, mode: 'incremental', focus: focus.size };
  }

  private full(articles: readonly LinkArticle[], options: ConflictOptions, current: Map<string, { token: object; story?: string; order: number }>): LinkUpdate {
    const links = linkClaims(articles, options);
    this.previous = { articles: current, links, options };
    return { links, changed: 'all', mode: 'full', focus: articles.length };
  }
}

/** Whether a kept link's two articles still tell one story (links never cross stories). */
function sameStory(current: Map<string, { story?: string }>, l: ClaimLink): boolean {
  const a = current.get(l.a.article)?.story;
  const b = current.get(l.b.article)?.story;
  return a === undefined || b === undefined || a === b;
}
