/**
 * The workspace index: the analysis of every article, by identifier (a URI in the server, a path
 * in the command line), and the indexes derived from all of them: actors merged across articles,
 * which actor or claim stands at an offset, and the links between claims. Requests read these
 * indexes; they never parse. Derived indexes are rebuilt lazily after a change: merging and
 * linking are linear in the number of mentions and claims, far below the cost of one parse.
 */
import { mergeActors } from '../analysis/actors/identity';
import { defaultConflictOptions, linkClaims, type ConflictOptions } from '../analysis/conflicts';
import { lineStarts } from '../analysis/lines';
import { addCrossArticleMentions } from './crossMentions';
import { groupStories, type Story } from './stories';
import type { ArticleAnalysis, ClaimLink, ClaimRef, CorpusActor, InArticle, Mention, NumericClaim, Relation } from '../analysis/types';

export interface ArticleEntry {
  /** URI or path: the caller's identifier. */
  id: string;
  /** Short name for messages, e.g. the path relative to the workspace folder. */
  label: string;
  /** Editor version or file modification stamp the analysis was made from. */
  version: number;
  analysis: ArticleAnalysis;
  lineStarts: number[];
}

interface MentionEntry {
  start: number;
  end: number;
  actorKey: string;
}

interface Derived {
  articles: ArticleEntry[];
  actors: CorpusActor[];
  /** Relations other actors state towards each actor key ("X's children — A, B" lands on X). */
  relationsTo: Map<string, { from: CorpusActor; relation: InArticle<Relation> }[]>;
  actorsByKey: Map<string, CorpusActor>;
  /** Mentions of each article sorted by start offset, for lookup by position. */
  mentionsByArticle: Map<string, MentionEntry[]>;
  links: ClaimLink[];
  linksByClaim: Map<string, ClaimLink[]>;
  stories: Story[];
  storyByArticle: Map<string, Story>;
}

export function claimRefKey(ref: ClaimRef): string {
  return `${ref.index}@${ref.article}`;
}

/** Binary search for the entry of a sorted list of spans that contains `offset`. */
function findSpan<T extends { start: number; end: number }>(sorted: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export class Corpus {
  private readonly entries = new Map<string, ArticleEntry>();
  private derived: Derived | undefined;
  private conflictOptions: ConflictOptions;
  private storyPins: string[] = [];

  constructor(conflictOptions: ConflictOptions = defaultConflictOptions) {
    this.conflictOptions = conflictOptions;
  }

  /** Folders (relative paths, as in entry labels) whose articles are one story each. */
  setStoryPins(pins: readonly string[]): void {
    if (pins.length === this.storyPins.length && pins.every((p, i) => p === this.storyPins[i])) return;
    this.storyPins = [...pins];
    this.derived = undefined;
  }

  /** The stories of the workspace: articles grouped by shared distinctive actors (./stories.ts). */
  get stories(): Story[] {
    return this.index().stories;
  }

  storyOf(id: string): Story | undefined {
    return this.index().storyByArticle.get(id);
  }

  setConflictOptions(options: ConflictOptions): void {
    this.conflictOptions = options;
    this.derived = undefined;
  }

  /** Adds or replaces an article's analysis. The text is only used for its line starts. */
  set(id: string, label: string, version: number, text: string, analysis: ArticleAnalysis): ArticleEntry {
    const entry: ArticleEntry = { id, label, version, analysis, lineStarts: lineStarts(text) };
    this.entries.set(id, entry);
    this.derived = undefined;
    return entry;
  }

  delete(id: string): boolean {
    const had = this.entries.delete(id);
    if (had) this.derived = undefined;
    return had;
  }

  get(id: string): ArticleEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Every entry, articles and non-articles alike, in insertion order. */
  all(): ArticleEntry[] {
    return [...this.entries.values()];
  }

  /** Entries that were read as articles, sorted by id. */
  articles(): ArticleEntry[] {
    return this.index().articles;
  }

  get actors(): CorpusActor[] {
    return this.index().actors;
  }

  /** Relations that other actors state towards this one, for its card. */
  relationsTo(key: string): readonly { from: CorpusActor; relation: InArticle<Relation> }[] {
    return this.index().relationsTo.get(key) ?? [];
  }

  actor(key: string): CorpusActor | undefined {
    return this.index().actorsByKey.get(key);
  }

  /** The actor whose mention contains `offset` in article `id`, and that mention. */
  actorAt(id: string, offset: number): { actor: CorpusActor; mention: Mention } | undefined {
    const d = this.index();
    const hit = findSpan(d.mentionsByArticle.get(id) ?? [], offset);
    if (!hit) return undefined;
    const actor = d.actorsByKey.get(hit.actorKey)!;
    const mention = actor.mentions.find((m) => m.article === id && m.span.start === hit.start)!;
    return { actor, mention };
  }

  /** The claim whose figure contains `offset` in article `id`. */
  claimAt(id: string, offset: number): { claim: NumericClaim; ref: ClaimRef } | undefined {
    const claims = this.entries.get(id)?.analysis.claims ?? [];
    const index = claims.findIndex((c) => offset >= c.span.start && offset <= c.span.end);
    return index >= 0 ? { claim: claims[index], ref: { article: id, index } } : undefined;
  }

  claim(ref: ClaimRef): NumericClaim | undefined {
    return this.entries.get(ref.article)?.analysis.claims[ref.index];
  }

  get links(): ClaimLink[] {
    return this.index().links;
  }

  /** Links that involve the claim, with the claim always as `a` (the other side as `b`). */
  linksOf(ref: ClaimRef): ClaimLink[] {
    const links = this.index().linksByClaim.get(claimRefKey(ref)) ?? [];
    return links.map((l) => (l.a.article === ref.article && l.a.index === ref.index ? l : { ...l, a: l.b, b: l.a }));
  }

  /** Rebuilds the derived indexes when something changed since the last request. */
  private index(): Derived {
    if (this.derived) return this.derived;
    // Sorted by id, so merging, cards and links do not depend on the order in which analyses finished.
    const articles = this.all()
      .filter((e) => e.analysis.structure.isArticle)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const actors = mergeActors(articles.map((e) => ({ article: e.id, actors: e.analysis.actors })));
    addCrossArticleMentions(actors, articles);
    const actorsByKey = new Map(actors.map((a) => [a.key, a]));
    const mentionsByArticle = new Map<string, MentionEntry[]>();
    for (const actor of actors) {
      for (const m of actor.mentions) {
        let list = mentionsByArticle.get(m.article);
        if (!list) mentionsByArticle.set(m.article, (list = []));
        list.push({ start: m.span.start, end: m.span.end, actorKey: actor.key });
      }
    }
    for (const list of mentionsByArticle.values()) list.sort((x, y) => x.start - y.start);
    const relationsTo = new Map<string, { from: CorpusActor; relation: InArticle<Relation> }[]>();
    for (const from of actors) {
      for (const relation of from.relations) {
        if (relation.targetKey === from.key) continue;
        let list = relationsTo.get(relation.targetKey);
        if (!list) relationsTo.set(relation.targetKey, (list = []));
        list.push({ from, relation });
      }
    }
    const stories = groupStories(
      articles.map((e) => ({ id: e.id, label: e.label.replace(/\\/g, '/'), actors: e.analysis.actors, date: e.analysis.date })),
      this.storyPins,
    );
    const storyByArticle = new Map<string, Story>();
    for (const story of stories) for (const id of story.articles) storyByArticle.set(id, story);
    const links = linkClaims(
      articles.map((e) => ({ article: e.id, claims: e.analysis.claims, actors: e.analysis.actors, story: storyByArticle.get(e.id)?.id })),
      this.conflictOptions,
    );
    const linksByClaim = new Map<string, ClaimLink[]>();
    for (const link of links) {
      for (const ref of [link.a, link.b]) {
        const key = claimRefKey(ref);
        let list = linksByClaim.get(key);
        if (!list) linksByClaim.set(key, (list = []));
        list.push(link);
      }
    }
    this.derived = { articles, actors, relationsTo, actorsByKey, mentionsByArticle, links, linksByClaim, stories, storyByArticle };
    return this.derived;
  }
}
