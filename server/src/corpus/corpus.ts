/**
 * The workspace index: the analysis of every article, by identifier (a URI in the server, a path
 * in the command line), and the indexes derived from all of them: actors merged across articles,
 * which actor or claim stands at an offset, and the links between claims. Requests read these
 * indexes; they never parse. Derived indexes are rebuilt lazily after a change: merging actors is
 * linear in the number of mentions; links are kept up to date incrementally (./linking.ts), so an
 * edit relinks one article, not the workspace. Copies of one text (./mirrors.ts) are compared
 * once, through the first of them, and never with each other.
 */
import { mergeActors } from '../analysis/actors/identity';
import { defaultConflictOptions, type ConflictOptions } from '../analysis/conflicts';
import { lineStarts } from '../analysis/lines';
import { addCrossArticleMentions } from './crossMentions';
import { IncrementalLinker, type LinkArticle } from './linking';
import { fullestCopy, mapClaims, MirrorIndex, mirrorSignature, type MirrorGroup, type MirrorSignature } from './mirrors';
import { groupStories, nearestYear, type Story } from './stories';
import { redateClaims } from '../analysis/claims';
import { daysBetween } from '../analysis/time/dates';
import type { ArticleAnalysis, ArticleDate, ClaimLink, ClaimRef, CorpusActor, InArticle, Mention, NumericClaim, Relation } from '../analysis/types';

export interface ArticleEntry {
  /** URI or path: the caller's identifier. */
  id: string;
  /** Short name for messages, e.g. the path relative to the workspace folder. */
  label: string;
  /** Editor version or file modification stamp the analysis was made from. */
  version: number;
  analysis: ArticleAnalysis;
  lineStarts: number[];
  /** What finds this article's copies on other sites (./mirrors.ts); articles only. */
  mirror?: MirrorSignature;
  /** What its story depends on (actors and date): stories are regrouped only when it changes. */
  storyKey?: string;
  /** What identifies the analysis (a hash of the text and the analysis options), when the caller knows it. */
  contentKey?: string;
}

/** What the caller may know already of an analysis it gives the corpus. */
export interface KnownOfAnalysis {
  /** Its mirror signature (made by a worker, or read from a cache); made here when absent. */
  mirror?: MirrorSignature;
  /** What identifies it: a hash of the text and the analysis options (the persistent cache's key). */
  contentKey?: string;
}

/** An article published several times: every copy, and the one whose claims are linked. */
export interface CopyGroup {
  /** Every copy, sorted by id. */
  members: string[];
  /** The copy whose claims the matcher compares (the fullest text, the first by id of equals). */
  primary: string;
  /** The copy whose warnings are shown: an open one when there is one, else the primary. */
  shown: string;
}

interface MentionEntry {
  start: number;
  end: number;
  actorKey: string;
}

/** What the links need: rebuilt (incrementally for the links) after any change. */
interface Linked {
  articles: ArticleEntry[];
  /** Copy groups by member id (./mirrors.ts); articles without copies are absent. */
  copies: Map<string, CopyGroup>;
  /** For a copy that is not its group's primary: its claim index → the primary's. */
  claimMaps: Map<string, number[]>;
  links: ClaimLink[];
  stories: Story[];
  storyByArticle: Map<string, Story>;
  /** Articles whose text names a day and month but no year, dated in the year of their story. */
  storyDates: Map<string, StoryDated>;
}

interface StoryDated {
  date: ArticleDate;
  /** The article's claims read against that date (../analysis/claims: redateClaims). */
  claims: NumericClaim[];
}

/** What hovers on actors need: rebuilt lazily, on the first request that reads it. */
interface Derived {
  actors: CorpusActor[];
  /** Relations other actors state towards each actor key ("X's children — A, B" lands on X). */
  relationsTo: Map<string, { from: CorpusActor; relation: InArticle<Relation> }[]>;
  actorsByKey: Map<string, CorpusActor>;
  /** Mentions of each article sorted by start offset, for lookup by position. */
  mentionsByArticle: Map<string, MentionEntry[]>;
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
  private readonly redatedByAnalysis = new WeakMap<ArticleAnalysis, StoryDated>();
  private derived: Derived | undefined;
  private linked: Linked | undefined;
  private readonly linker = new IncrementalLinker();
  private readonly mirrors = new MirrorIndex();
  /** Sorted ids of the entries read as articles; undefined when an article came or went. */
  private articleIds: string[] | undefined;
  /** The last grouping of copies and stories, reused while their inputs stay the same. */
  private copyState: { groups: MirrorGroup[]; members: string; copies: Map<string, CopyGroup>; claimMaps: Map<string, number[]> } | undefined;
  private storyState: { ids: string; keys: Map<string, string | undefined>; pins: string; stories: Story[]; storyByArticle: Map<string, Story> } | undefined;
  /** Articles whose findings may have changed since `takeChanged` was last called. */
  private changed: Set<string> | 'all' = 'all';
  /** Copies the user has open: such a copy carries its group's warnings. */
  private preferred: ReadonlySet<string> = new Set();
  private conflictOptions: ConflictOptions;
  private storyPins: string[] = [];
  /** Links stored from a full run over the inputs `key` names (`useStoredLinks`), until the next read of the links. */
  private storedLinks: { key: string; links: ClaimLink[] } | undefined;
  /** Whether the links are those a full run of the linker gives over the current inputs. */
  private linksAreFullRun = false;

  constructor(conflictOptions: ConflictOptions = defaultConflictOptions) {
    this.conflictOptions = conflictOptions;
  }

  /** Folders (relative paths, as in entry labels) whose articles are one story each. */
  setStoryPins(pins: readonly string[]): void {
    if (pins.length === this.storyPins.length && pins.every((p, i) => p === this.storyPins[i])) return;
    this.storyPins = [...pins];
    this.invalidate('all');
  }

  /** The stories of the workspace: articles grouped by shared distinctive actors (./stories.ts). */
  get stories(): Story[] {
    return this.linkIndex().stories;
  }

  /** The story of an article; a copy tells the story of the copy that was compared. */
  storyOf(id: string): Story | undefined {
    const d = this.linkIndex();
    return d.storyByArticle.get(d.copies.get(id)?.primary ?? id);
  }

  setConflictOptions(options: ConflictOptions): void {
    this.conflictOptions = options;
    this.linker.reset();
    this.invalidate('all');
  }

  /**
   * The next read of the links links every article again (a full run of ./linking.ts), so they
   * are exactly what one run over the whole workspace gives, whatever order the articles came in.
   */
  relinkAll(): void {
    this.linker.reset();
    this.invalidate('all');
  }

  /**
   * Adds or replaces an article's analysis. The text is only used for its line starts. `known`:
   * what the caller knows of the analysis already (its mirror signature, its content key).
   */
  set(id: string, label: string, version: number, text: string, analysis: ArticleAnalysis, known: KnownOfAnalysis = {}): ArticleEntry {
    const entry: ArticleEntry = { id, label, version, analysis, lineStarts: lineStarts(text), contentKey: known.contentKey };
    if (analysis.structure.isArticle) {
      entry.mirror = signatureOf(analysis, known.mirror);
      entry.storyKey = storyKeyOf(label, analysis);
    }
    const before = this.entries.get(id);
    if (before?.analysis.structure.isArticle !== analysis.structure.isArticle || before?.label !== label) this.articleIds = undefined;
    this.mirrors.set(id, entry.mirror);
    this.entries.set(id, entry);
    this.invalidate(id);
    return entry;
  }

  delete(id: string): boolean {
    const had = this.entries.delete(id);
    if (had) {
      this.articleIds = undefined;
      this.mirrors.delete(id);
      this.invalidate(id);
    }
    return had;
  }

  /**
   * The copies the user has open: in a group of copies, an open one carries the group's warnings
   * (the copy being read shows them; the Problems panel lists them once).
   */
  setPreferred(ids: ReadonlySet<string>): void {
    const before = this.preferred;
    this.preferred = new Set(ids);
    const d = this.linked;
    if (!d) return;
    for (const id of new Set([...before, ...ids])) {
      const group = d.copies.get(id);
      if (!group) continue;
      const shown = group.members.find((m) => this.preferred.has(m)) ?? group.primary;
      if (shown !== group.shown) {
        this.markChanged(group.shown);
        this.markChanged(shown);
        group.shown = shown;
      }
    }
  }

  /** The group of copies an article belongs to, when it has copies. */
  copiesOf(id: string): CopyGroup | undefined {
    return this.linkIndex().copies.get(id);
  }

  /**
   * Articles whose findings may have changed since the last call ('all' after a change of
   * settings or of the groups of copies), so only those are published again.
   */
  takeChanged(): Set<string> | 'all' {
    this.linkIndex();
    const changed = this.changed;
    this.changed = new Set();
    return changed;
  }

  /** Builds every index now, so the next request finds them ready. */
  warm(): void {
    this.index();
  }

  /** Every article's findings may have changed (review decisions were read or written). */
  touchAll(): void {
    this.changed = 'all';
  }

  private markChanged(id: string): void {
    if (this.changed !== 'all') this.changed.add(id);
  }

  private invalidate(id: string | 'all'): void {
    this.derived = undefined;
    this.linked = undefined;
    if (id === 'all') this.changed = 'all';
    else this.markChanged(id);
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
    return this.linkIndex().articles;
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

  /** An article's claims, read against the date its story gives it when its text gives no year. */
  claimsOf(id: string): readonly NumericClaim[] {
    return this.linkIndex().storyDates.get(id)?.claims ?? this.entries.get(id)?.analysis.claims ?? [];
  }

  /** When an article was written: from its text, or its dateline's day with the year of its story. */
  dateOf(id: string): ArticleDate | undefined {
    return this.entries.get(id)?.analysis.date ?? this.linkIndex().storyDates.get(id)?.date;
  }

  /** The claim whose figure contains `offset` in article `id`. */
  claimAt(id: string, offset: number): { claim: NumericClaim; ref: ClaimRef } | undefined {
    const claims = this.claimsOf(id);
    const index = claims.findIndex((c) => offset >= c.span.start && offset <= c.span.end);
    return index >= 0 ? { claim: claims[index], ref: { article: id, index } } : undefined;
  }

  claim(ref: ClaimRef): NumericClaim | undefined {
    return this.claimsOf(ref.article)[ref.index];
  }

  /** Links between the compared copy of each article (a copy's links are its primary's). */
  get links(): ClaimLink[] {
    return this.linkIndex().links;
  }

  /**
   * Links that involve the claim, with the claim always as `a` (the other side as `b`). A claim of
   * a copy has the links of the same figure in the copy that was compared.
   */
  linksOf(ref: ClaimRef): ClaimLink[] {
    const d = this.linkIndex();
    const group = d.copies.get(ref.article);
    let compared = ref;
    if (group && group.primary !== ref.article) {
      const index = d.claimMaps.get(ref.article)?.[ref.index] ?? -1;
      if (index < 0) return [];
      compared = { article: group.primary, index };
    }
    const is = (r: ClaimRef) => r.article === compared.article && r.index === compared.index;
    const out: ClaimLink[] = [];
    for (const l of this.linker.linksOfArticle(compared.article)) {
      if (is(l.a) || is(l.b)) {
        const isA = is(l.a);
        out.push(isA && compared === ref ? l : { ...l, a: ref, b: isA ? l.b : l.a });
      }
      // The same two figures stated again: the hover and the go-to of a repeat show the warning too.
      for (const r of l.repeats ?? []) {
        if (!is(r.a) && !is(r.b)) continue;
        const { repeats: _, ...rest } = l;
        out.push({ ...rest, a: ref, b: is(r.a) ? r.b : r.a, repeatOf: { a: l.a, b: l.b } });
      }
    }
    return out;
  }

  /**
   * The links as they hold for every copy: each link between two compared texts, repeated for every
   * pair of their copies (the same figures). For scoring against truth written per file (eval/);
   * the index itself keeps one link per pair of texts, and copies of one text are never linked.
   */
  linksAcrossCopies(): ClaimLink[] {
    const d = this.linkIndex();
    const out: ClaimLink[] = [];
    const sides = (ref: ClaimRef): ClaimRef[] => {
      const group = d.copies.get(ref.article);
      if (!group) return [ref];
      return group.members.flatMap((m) => {
        if (m === ref.article) return [ref];
        const claim = this.counterpart(ref, m);
        const index = claim ? this.entries.get(m)!.analysis.claims.indexOf(claim) : -1;
        return index >= 0 ? [{ article: m, index }] : [];
      });
    };
    for (const link of d.links)
      for (const a of sides(link.a))
        for (const b of sides(link.b)) {
          if (a === link.a && b === link.b) out.push(link);
          else {
            // The repeats in the same two copies.
            const repeats = link.repeats?.flatMap((r) => {
              const ra = sides(r.a).find((x) => x.article === a.article);
              const rb = sides(r.b).find((x) => x.article === b.article);
              return ra && rb ? [{ a: ra, b: rb }] : [];
            });
            out.push({ ...link, a, b, ...(repeats ? { repeats } : {}) });
          }
        }
    return out;
  }

  /** The claim of copy `copy` that is the same figure as `ref` in another copy of the text. */
  counterpart(ref: ClaimRef, copy: string): NumericClaim | undefined {
    const d = this.linkIndex();
    const group = d.copies.get(copy);
    if (!group || !group.members.includes(ref.article)) return undefined;
    if (copy === ref.article) return this.claim(ref);
    // Through the primary: each copy's claims map onto the primary's.
    const primaryIndex = ref.article === group.primary ? ref.index : (d.claimMaps.get(ref.article)?.[ref.index] ?? -1);
    if (primaryIndex < 0) return undefined;
    const index = copy === group.primary ? primaryIndex : (d.claimMaps.get(copy)?.indexOf(primaryIndex) ?? -1);
    return index >= 0 ? this.claimsOf(copy)[index] : undefined;
  }

  /** Entries read as articles, sorted by id. */
  private linkIndexArticles(): ArticleEntry[] {
    if (!this.articleIds) {
      // Sorted by id, so merging, cards and links do not depend on the order in which analyses finished.
      this.articleIds = [...this.entries.values()]
        .filter((e) => e.analysis.structure.isArticle)
        .map((e) => e.id)
        .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    }
    return this.articleIds.map((id) => this.entries.get(id)!);
  }

  /**
   * Rebuilds what links need: copies, stories and links. Each part is reused or updated in place
   * when its inputs allow it (copies: ./mirrors.ts's index; stories: regrouped only when an
   * article's actors or date changed; links: ./linking.ts), so an edit costs milliseconds.
   */
  private linkIndex(): Linked {
    if (this.linked) return this.linked;
    const articles = this.linkIndexArticles();

    // Copies of one text: the first by id is compared, the others take its links.
    const groups = this.mirrors.groups();
    if (this.copyState?.groups !== groups) {
      const wordsOf = (id: string) => this.entries.get(id)?.mirror?.words ?? 0;
      const primaries = groups.map((g) => fullestCopy(g.members, wordsOf));
      const members = groups.map((g, i) => `${primaries[i]}>${g.members.join('\u0000')}`).join('\u0001');
      if (this.copyState?.members !== members) {
        const copies = new Map<string, CopyGroup>();
        groups.forEach(({ members }, i) => {
          const primary = primaries[i];
          const group: CopyGroup = { members, primary, shown: members.find((m) => this.preferred.has(m)) ?? primary };
          for (const m of members) copies.set(m, group);
        });
        // When the groups change, every message naming a copy may change.
        if (this.copyState) this.changed = 'all';
        this.copyState = { groups, members, copies, claimMaps: new Map() };
      } else this.copyState.groups = groups;
    }
    const { copies, claimMaps } = this.copyState;
    claimMaps.clear();
    for (const group of new Set(copies.values())) {
      const primaryClaims = this.entries.get(group.primary)!.analysis.claims.map((c) => c.text);
      for (const m of group.members) if (m !== group.primary) claimMaps.set(m, mapClaims(this.entries.get(m)!.analysis.claims.map((c) => c.text), primaryClaims));
    }

    const compared = articles.filter((e) => (copies.get(e.id)?.primary ?? e.id) === e.id);
    const { stories, storyByArticle } = this.storiesOf(compared);
    const storyDates = this.storyDatesOf(compared, storyByArticle);
    const inputs: LinkArticle[] = compared.map((e) => {
      const dated = storyDates.get(e.id);
      const date = (dated?.date ?? e.analysis.date)?.day;
      return { article: e.id, claims: dated?.claims ?? e.analysis.claims, actors: e.analysis.actors, story: storyByArticle.get(e.id)?.id, date, looksBack: e.analysis.looksBack, token: dated ?? e.analysis };
    });
    // A copy is dated as its primary is.
    for (const group of new Set(copies.values())) {
      const dated = storyDates.get(group.primary);
      for (const m of group.members) {
        const analysis = this.entries.get(m)!.analysis;
        if (dated && m !== group.primary && !analysis.date) storyDates.set(m, this.redated(analysis, dated.date));
      }
    }
    // Links a full run made over these very inputs in an earlier session stand for a full run now.
    const stored = this.storedLinks;
    this.storedLinks = undefined;
    const update =
      stored !== undefined && this.linkKey() === stored.key ? this.linker.seed(inputs, this.conflictOptions, stored.links) : this.linker.update(inputs, this.conflictOptions);
    // Links stay those of a full run while the linker's inputs do not change.
    this.linksAreFullRun = update.mode === 'full' || update.mode === 'stored' || (update.mode === 'unchanged' && this.linksAreFullRun);
    if (update.changed === 'all') this.changed = 'all';
    else for (const id of update.changed) this.markChanged(id);
    // A copy shows its primary's links: when those changed, so did the copy's findings.
    if (this.changed !== 'all') {
      for (const id of [...this.changed]) {
        const group = copies.get(id);
        if (group) for (const m of group.members) this.changed.add(m);
      }
    }
    this.linked = { articles, copies, claimMaps, links: update.links, stories, storyByArticle, storyDates };
    return this.linked;
  }

  /**
   * Articles whose text names their day and month but not the year ("KATHMANDU, SEPTEMBER 8"),
   * dated in the year that puts that day nearest one of their story's dated articles, within a
   * month of it; their claims are read again against that day. Kept per analysis, so an article
   * whose text and story date did not change keeps the same claims (and its links).
   */
  private storyDatesOf(compared: readonly ArticleEntry[], storyByArticle: Map<string, Story>): Map<string, StoryDated> {
    const out = new Map<string, StoryDated>();
    for (const e of compared) {
      const yearless = e.analysis.yearlessDate;
      const story = storyByArticle.get(e.id);
      if (e.analysis.date || !yearless || !story) continue;
      let best: string | undefined;
      let bestGap = Infinity;
      for (const other of story.articles) {
        const date = other === e.id ? undefined : this.entries.get(other)?.analysis.date;
        if (date?.precision !== 'day') continue;
        const day = nearestYear(yearless, date.day);
        const gap = day ? Math.abs(daysBetween(day, date.day)) : Infinity;
        if (day && gap < bestGap) [best, bestGap] = [day, gap];
      }
      if (best) out.set(e.id, this.redated(e.analysis, { day: best, precision: 'day', basis: 'story', evidence: yearless.evidence }));
    }
    return out;
  }

  private redated(analysis: ArticleAnalysis, date: ArticleDate): StoryDated {
    const known = this.redatedByAnalysis.get(analysis);
    if (known && known.date.day === date.day) return known;
    const dated = { date, claims: redateClaims(analysis.claims, date) };
    this.redatedByAnalysis.set(analysis, dated);
    return dated;
  }

  /**
   * What the links of the whole corpus are made from, as one string: the matcher's options, the
   * story pins, and every article's id, label and content key. Undefined when an article's content
   * key is unknown. Two corpora with one link key have the same copies, stories and links.
   */
  linkKey(): string | undefined {
    const articles = this.linkIndexArticles();
    const parts: string[] = [JSON.stringify(this.conflictOptions), JSON.stringify(this.storyPins)];
    for (const e of articles) {
      if (e.contentKey === undefined) return undefined;
      parts.push(`${e.id}\u0000${e.label}\u0000${e.contentKey}`);
    }
    return parts.join('\u0001');
  }

  /**
   * Links that a full run made over the inputs `key` names (`linkKey`), kept from an earlier
   * session: the next read of the links takes them instead of linking everything again, when the
   * corpus's link key is still `key` then (otherwise they are dropped).
   */
  useStoredLinks(key: string, links: ClaimLink[]): void {
    this.storedLinks = { key, links };
    this.linked = undefined;
  }

  /**
   * The links and their link key, when they are built (this never links) and are those of a full
   * run over the current inputs: what may be stored for a later session.
   */
  linksOfFullRun(): { key: string; links: ClaimLink[] } | undefined {
    if (!this.linked || !this.linksAreFullRun) return undefined;
    const key = this.linkKey();
    return key === undefined ? undefined : { key, links: this.linked.links };
  }

  /** Stories of the compared articles, grouped again only when their ids, actors or dates changed. */
  private storiesOf(compared: readonly ArticleEntry[]): { stories: Story[]; storyByArticle: Map<string, Story> } {
    const ids = compared.map((e) => e.id).join('\u0000');
    const pins = this.storyPins.join('\u0000');
    const prev = this.storyState;
    if (prev && prev.ids === ids && prev.pins === pins && compared.every((e) => prev.keys.get(e.id) === e.storyKey)) return prev;
    const stories = groupStories(
      compared.map((e) => ({ id: e.id, label: e.label.replace(/\\/g, '/'), actors: e.analysis.actors, date: e.analysis.date, yearlessDate: e.analysis.yearlessDate, kinds: e.analysis.storyKinds })),
      this.storyPins,
    );
    const storyByArticle = new Map<string, Story>();
    for (const story of stories) for (const id of story.articles) storyByArticle.set(id, story);
    this.storyState = { ids, pins, keys: new Map(compared.map((e) => [e.id, e.storyKey])), stories, storyByArticle };
    return this.storyState;
  }

  /** Rebuilds the actor indexes when something changed since the last request. */
  private index(): Derived {
    if (this.derived) return this.derived;
    const articles = this.linkIndex().articles;
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
    this.derived = { actors, relationsTo, actorsByKey, mentionsByArticle };
    return this.derived;
  }
}

/** Everything ./stories.ts reads of an article: while it stays the same, so do the stories. */
function storyKeyOf(label: string, analysis: ArticleAnalysis): string {
  const actors = analysis.actors.map((a) => `${a.key}\u0001${a.kind}\u0001${a.name}`).sort();
  const yearless = analysis.yearlessDate ? `${analysis.yearlessDate.month}-${analysis.yearlessDate.day}` : '';
  return `${label}\u0000${analysis.date ? `${analysis.date.day}/${analysis.date.precision}` : yearless}\u0000${(analysis.storyKinds ?? []).join(',')}\u0000${actors.join('\u0002')}`;
}

/** Signatures by analysis: copies of one text share one analysis object, and one signature. */
const signatures = new WeakMap<ArticleAnalysis, MirrorSignature>();

function signatureOf(analysis: ArticleAnalysis, known?: MirrorSignature): MirrorSignature {
  let signature = signatures.get(analysis);
  if (!signature) {
    signature =
      known ??
      mirrorSignature(
        analysis.structure.blocks.map((b) => b.text),
        analysis.claims.map((c) => c.text),
      );
    signatures.set(analysis, signature);
  }
  return signature;
}
