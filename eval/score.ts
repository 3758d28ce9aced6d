/**
 * Scores Crosscheck against truth files (corpus/README.md, "Truth file"). Pure: texts and parsed
 * truths in, one plain result object out; no file system, no clock (eval/main.ts reads the files
 * and prints; test/core/heldout.test.ts keeps floors on it).
 *
 * Every text given is analysed and put in ONE corpus, through the public API only (analyseArticle,
 * Corpus, linkClaims, actorKey), so warnings between articles of different events show up as they
 * would in a reviewer's folder. A truth figure is located by its quote (whitespace, curly quotes
 * and dashes tolerated) and the figure inside it; the claim whose span overlaps the figure, else
 * whose stated equivalent does, is that figure. eval/README.md says what every figure means.
 */
import { actorKey } from '../server/src/analysis/actors';
import { analyseArticle } from '../server/src/analysis/analyse';
import { claimPairKey, linkClaims, NoLinkExplainer, type LinkInput } from '../server/src/analysis/conflicts';
import type { ArticleAnalysis, ClaimLink, ClaimRef, NumericClaim, Span } from '../server/src/analysis/types';
import { Corpus } from '../server/src/corpus/corpus';
import { defaultSettings } from '../server/src/settings';

// ---------------------------------------------------------------------------------------------
// The truth file
// ---------------------------------------------------------------------------------------------

/** Tiers of the pairs a careful reader flags. */
export const TIERS = ['conflict', 'discrepancy', 'revision'] as const;
export type Tier = (typeof TIERS)[number];
export type TruthRelation = Tier | 'agree';

export interface TruthFigure {
  id: string;
  file: string;
  quote: string;
  figure: string;
  /** Figures with the same id count the same thing for the same place and group. */
  measure?: string;
  counted?: string;
  qualifier?: string;
  place?: string;
  asOf?: string;
  source?: string;
  note?: string;
}

export interface TruthPair {
  a: string;
  aQuote: string;
  aFigure: string;
  b: string;
  bQuote: string;
  bFigure: string;
  why?: string;
}

export interface TruthLink extends TruthPair {
  relation?: TruthRelation;
}

export interface TruthNearMiss extends TruthPair {
  /** update | part-whole | other-scope | other-referent | forecast | other-story; absent in old fixtures. */
  kind?: string;
}

export interface TruthActor {
  name: string;
  kind: string;
  roles?: string[];
  file?: string | string[];
}

export interface Truth {
  event?: string;
  articles?: { file: string; date?: string }[];
  figures?: TruthFigure[];
  links?: TruthLink[];
  nearMisses?: TruthNearMiss[];
  actors?: TruthActor[];
}

const str = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads a parsed truth file leniently: missing lists are empty, entries without the fields they
 * need are left out and named in `problems`, a link without `relation` is an agreement (as the
 * first scorer read it). Never throws.
 */
export function parseTruth(raw: unknown): { truth: Truth; problems: string[] } {
  const problems: string[] = [];
  const r = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (r !== raw) problems.push('the truth file is not a JSON object');
  const list = (key: string): Record<string, unknown>[] => {
    const v = r[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push(`"${key}" is not a list`);
      return [];
    }
    return v.filter((x, i) => {
      const ok = x && typeof x === 'object';
      if (!ok) problems.push(`${key}[${i}] is not an object`);
      return ok;
    }) as Record<string, unknown>[];
  };
  const pair = (key: string, x: Record<string, unknown>, i: number): boolean => {
    const missing = ['a', 'aQuote', 'aFigure', 'b', 'bQuote', 'bFigure'].filter((k) => !str(x[k]) || !x[k]);
    if (missing.length) problems.push(`${key}[${i}] lacks ${missing.join(', ')}: left out`);
    return missing.length === 0;
  };
  const truth: Truth = {};
  if (str(r.event) && r.event) truth.event = r.event;
  truth.articles = list('articles').filter((x) => str(x.file)) as Truth['articles'];
  truth.figures = list('figures').filter((x, i) => {
    const missing = ['file', 'quote', 'figure'].filter((k) => !str(x[k]) || !x[k]);
    if (missing.length) problems.push(`figures[${i}] lacks ${missing.join(', ')}: left out`);
    return missing.length === 0;
  }).map((x, i) => ({ ...x, id: str(x.id) && x.id ? x.id : `#${i}` })) as TruthFigure[];
  truth.links = list('links').filter((x, i) => {
    if (!pair('links', x, i)) return false;
    if (x.relation === undefined) {
      problems.push(`links[${i}] has no relation: read as agree`);
      return true;
    }
    if (!(TIERS as readonly unknown[]).includes(x.relation) && x.relation !== 'agree') {
      problems.push(`links[${i}] has an unknown relation ${JSON.stringify(x.relation)}: left out`);
      return false;
    }
    return true;
  }).map((x) => ({ ...x, relation: (x.relation ?? 'agree') as TruthRelation })) as TruthLink[];
  truth.nearMisses = list('nearMisses').filter((x, i) => pair('nearMisses', x, i)) as unknown as TruthNearMiss[];
  truth.actors = list('actors').filter((x, i) => {
    const ok = str(x.name) && x.name.trim() !== '' && str(x.kind);
    if (!ok) problems.push(`actors[${i}] lacks a name or a kind: left out`);
    return ok;
  }) as unknown as TruthActor[];
  return { truth, problems };
}

// ---------------------------------------------------------------------------------------------
// Locating a quoted figure
// ---------------------------------------------------------------------------------------------

const SINGLE_QUOTES = /[‘’‚‛′`´]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−]/;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

interface Normalised {
  text: string;
  /** Original offset of each character of `text`, and the offset just after the original it stands for. */
  from: number[];
  to: number[];
}

/**
 * Folds what copying a quote by hand changes: whitespace (dropped entirely, so a line break, a
 * double space or a space around a dash do not matter), curly quotes and apostrophes, dashes,
 * the ellipsis character; keeps the map back to original offsets.
 */
function normalise(s: string): Normalised {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (t: string, i: number) => {
    for (const c of t) {
      out.push(c);
      from.push(i);
      to.push(i + 1);
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (/\s/.test(c) || INVISIBLE.test(c)) continue;
    if (SINGLE_QUOTES.test(c)) push("'", i);
    else if (DOUBLE_QUOTES.test(c)) push('"', i);
    else if (DASHES.test(c)) push('-', i);
    else if (c === '…') push('...', i);
    else push(c, i);
  }
  return { text: out.join(''), from, to };
}

export type NotLocatedReason = 'file not found' | 'quote not found' | 'figure not in quote';

/**
 * Where `figure` stands inside the first occurrence of `quote` in `text`, as original offsets;
 * whitespace, curly vs straight quotes and dashes may differ between the truth and the text.
 */
export function locateFigure(text: string, quote: string, figure: string): { span: Span } | { error: NotLocatedReason } {
  const t = normalise(text);
  const q = normalise(quote).text;
  const f = normalise(figure).text;
  const at = q ? t.text.indexOf(q) : -1;
  if (at < 0) return { error: 'quote not found' };
  const inside = f ? t.text.indexOf(f, at) : -1;
  if (inside < 0 || inside + f.length > at + q.length) return { error: 'figure not in quote' };
  return { span: { start: t.from[inside], end: t.to[inside + f.length - 1] } };
}

/** The claim whose figure overlaps `span`, else the claim with a stated equivalent there; -1 when none. */
export function claimIndexAt(claims: readonly NumericClaim[], span: Span): number {
  const overlaps = (s: Span) => s.start < span.end && s.end > span.start;
  const own = claims.findIndex((c) => overlaps(c.span));
  // A figure read as another claim's stated equivalent ("KSh 9.4 billion, or about $73
  // million") is that claim in another currency.
  return own >= 0 ? own : claims.findIndex((c) => (c.equivalents ?? []).some((e) => overlaps(e.span)));
}

// ---------------------------------------------------------------------------------------------
// Input and result
// ---------------------------------------------------------------------------------------------

export interface EvalTruth {
  event: string;
  truth: Truth;
  /** Prefix of the truth's file names among the text keys ('dam-flood' → 'dam-flood/a.txt'); '' for none. */
  base: string;
  /** Text keys of the event's articles; default: every key under `base/`, or the files the truth names when `base` is ''. */
  files?: string[];
  /** development | test, from corpus/split.json. */
  half?: string;
}

export interface ScoreOptions {
  /** Links below this confidence are not shown (crosscheck.conflicts.minConfidence). */
  minConfidence: number;
  roundTolerance: number;
}

export interface ScoreInput {
  /** Article texts by file name (a path relative to the scored folder, '/' separated). */
  texts: Readonly<Record<string, string>>;
  truths: readonly EvalTruth[];
  options?: Partial<ScoreOptions>;
}

/** One side of a truth pair or a truth figure, as found in the text. */
export interface FigureRef {
  /** Text key. */
  file: string;
  quote: string;
  figure: string;
  span?: Span;
  /** Index of the claim that is this figure; absent when not located or not extracted. */
  claim?: number;
  /** The claim's text as the tool read it. */
  claimText?: string;
  error?: NotLocatedReason;
}

export interface ToolLink {
  relation: string;
  confidence: number;
  reasons: string[];
}

export type PairStatus = 'not located' | 'not extracted' | 'found' | 'missed';

export interface PairOutcome {
  event: string;
  /** 'link' for truth links (tier or agree), 'near miss' for look-alikes. */
  source: 'link' | 'near miss';
  /** The link's relation (conflict, discrepancy, revision, agree) or the near miss's kind ('unspecified' when absent). */
  label: string;
  why: string;
  /** The truth's own entry (file names as the truth writes them). */
  truth: TruthPair;
  a: FigureRef;
  b: FigureRef;
  /** The link the tool shows between the two claims (at the confidence threshold), if any. */
  shown?: ToolLink;
  /** Without a shown link: the link linkClaims scores at confidence 0, if any. */
  belowThreshold?: ToolLink;
  /** Without a shown link: why the matcher shows none (NoLinkExplainer), when both figures are claims. */
  whyNot?: string;
  /** The tool warns (a conflict, or another relation shown as a warning) on this pair. */
  warned: boolean;
  /** For a tier: the tool shows a conflict (for revision also a 'revision' relation); for agree: an agree link. */
  found: boolean;
  status: PairStatus;
}

export type UnlistedClass = 'other event' | 'different measure' | 'same measure' | 'outside truth figures';

export interface WarningOutcome {
  relation: string;
  confidence: number;
  reasons: string[];
  a: { file: string; event?: string; index: number; text: string };
  b: { file: string; event?: string; index: number; text: string };
  /** Truth entries on this pair of claims. */
  listed: { source: 'link' | 'near miss'; label: string; why: string }[];
  class: 'flagged' | 'look-alike' | 'agreement' | 'unlisted';
  /** The tier of the first flagged truth link on the pair. */
  flagged?: Tier;
  unlisted?: UnlistedClass;
  /**
   * An unlisted warning between the same two articles, and the same two figures (as intervals), as
   * a flagged truth pair: the figure stated again elsewhere in the article (a headline, a repeat).
   * Still counted as unlisted; shown apart so that a note can say what the unlisted ones are.
   */
  repeatsFlagged?: boolean;
}

export interface CountFound {
  expected: number;
  found: number;
  /** found / expected; null when nothing is expected. */
  recall: number | null;
}

export interface GroupFigures {
  name: string;
  type: 'event' | 'half' | 'total';
  events: string[];
  /** Texts in the group, and how many were read as articles (the rest are named in `articles`). */
  texts: number;
  articles: number;
  flagged: Record<Tier, CountFound> & { all: CountFound; notExtracted: number; notLocated: number };
  agreements: { expected: number; foundAsAgree: number; warned: number; notExtracted: number; notLocated: number };
  lookAlikes: {
    /** Near misses by kind ('unspecified' in old fixtures) and 'agree' for truth agree links. */
    byKind: Record<string, { total: number; warned: number; notExtracted: number; notLocated: number; rate: number | null }>;
    total: number;
    warned: number;
    rate: number | null;
    /** Near misses only (no agree links): the held-out floors' "near misses warned". */
    nearMisses: number;
    nearMissesWarned: number;
  };
  /** Every link the tool shows at the threshold within the group, warnings or not, by relation. */
  links: Record<string, number>;
  warnings: {
    total: number;
    byRelation: Record<string, number>;
    onFlagged: number;
    onLookAlike: number;
    onAgreement: number;
    unlisted: number;
    unlistedBy: Record<UnlistedClass, number>;
    /** Unlisted warnings that repeat a flagged pair (WarningOutcome.repeatsFlagged). */
    unlistedRepeats: number;
    /** unlisted / articles (target ≤ 0.25); null without articles. */
    unlistedPerArticle: number | null;
    /** onFlagged / total; null without warnings. */
    precision: number | null;
  };
  figures: { total: number; located: number; extracted: number; share: number | null };
  actors: Record<string, { total: number; found: number; rightKind: number; rightKindInArticle: number }>;
  calibration: CalibrationBin[];
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number | null;
  /** Share of the bin's pairs the truth gives one measure at one moment. */
  observed: number | null;
  /** Pairs of the bin whose link, as the rules read it, the truth judges (linkRight). */
  judged: number;
  meanConfidenceJudged: number | null;
  /** Share of those whose link is right: what the confidence predicts. */
  observedRight: number | null;
}

/** What the truth says of a pair of figures, as linkRight reads it. */
export interface PairTruth {
  /** The tier of a truth link between them (conflict, discrepancy, revision, agree). */
  link?: string;
  /** The kind of a near miss between them (update, part-whole, other-scope, …). */
  near?: string;
  /** Whether their measure ids meet; undefined when either has none. */
  sameMeasure?: boolean;
  /** Whether their moments (asOf) are the same; undefined when unknown. */
  sameMoment?: boolean;
}

/**
 * Whether a link, as the rules read it, is right by the truth; undefined when the truth does not
 * say. The matcher's confidence predicts this (server/src/analysis/matching/score.ts), so the fit
 * (fit/fit.ts) and the calibration table read the same labels:
 * - a conflict or an agreement is right when the two are one measure at one moment (a truth link
 *   of any tier, or the same measure id and moment), wrong for a near miss, different measures or
 *   the same measure at another moment;
 * - an update or a revision is right when the two are one measure (a truth link, a near miss of
 *   kind "update", the same measure id), wrong for any other near miss or different measures;
 * - a different scope is right for a near miss of kind "part-whole" or "other-scope", wrong for a
 *   truth link, another near miss or the same measure id and moment; figures of different
 *   measures without a near miss are not judged (another scope or another thing altogether).
 */
export function linkRight(relation: string | undefined, t: PairTruth): 0 | 1 | undefined {
  if (relation === 'conflict' || relation === 'agree') {
    if (t.link) return 1;
    if (t.near) return 0;
    if (t.sameMeasure === false) return 0;
    if (t.sameMeasure === true && t.sameMoment !== undefined) return t.sameMoment ? 1 : 0;
    return undefined;
  }
  if (relation === 'update' || relation === 'revision') {
    if (t.link) return 1;
    if (t.near) return t.near === 'update' ? 1 : 0;
    return t.sameMeasure === undefined ? undefined : t.sameMeasure ? 1 : 0;
  }
  if (relation === 'different-scope') {
    if (t.link) return 0;
    if (t.near) return t.near === 'part-whole' || t.near === 'other-scope' ? 1 : 0;
    if (t.sameMeasure === true && t.sameMoment === true) return 0;
    return undefined;
  }
  return undefined;
}

export interface CalibrationPair {
  a: { file: string; index: number; text: string };
  b: { file: string; index: number; text: string };
  relation: string;
  confidence: number;
  /** One measure at one moment by the truth (undefined: the truth does not say). */
  label?: 0 | 1;
  /** The link, as the rules read it, right by the truth (linkRight). */
  right?: 0 | 1;
  why: string;
}

export interface NotLocated {
  event: string;
  file: string;
  quote: string;
  figure: string;
  reason: NotLocatedReason;
  /** Where the truth uses it first: "figures f12", "links[3].a", "nearMisses[0].b". */
  where: string;
}

export interface EvalResult {
  options: ScoreOptions;
  events: GroupFigures[];
  halves: GroupFigures[];
  total: GroupFigures;
  texts: { file: string; event?: string; isArticle: boolean; reason?: string; claims: number }[];
  notLocated: NotLocated[];
  problems: string[];
  pairs: PairOutcome[];
  warnings: WarningOutcome[];
  calibrationPairs: CalibrationPair[];
  /** Truth actors not found with the right kind: the kinds found under the name (none: not found). */
  actorMisses: { event: string; name: string; kind: string; foundAs: string[] }[];
}

export const ACTOR_KINDS = ['person', 'organisation', 'place', 'group'] as const;
export const UNLISTED_CLASSES: readonly UnlistedClass[] = ['different measure', 'same measure', 'outside truth figures', 'other event'];
/**
 * Relations the user does not see as warnings (agreements and other scopes are hints at most, an
 * update is a timeline entry, a revision is the numeric-revision hint, which still counts as
 * found for the revision tier); any other relation (conflict, one added later) is a warning.
 */
export const QUIET_RELATIONS: ReadonlySet<string> = new Set(['agree', 'different-scope', 'update', 'revision']);
const BINS = [0, 0.2, 0.4, 0.6, 0.8, 1];

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** The corpus actors a truth actor's name finds: by identity key, or by an alias written the same way or with the same key. */
function actorHits<T extends { key: string; aliases: readonly string[] }>(candidates: readonly T[], name: string): T[] {
  const byName = (n: string) => {
    const key = actorKey(n);
    return candidates.filter((c) => c.key === key || c.aliases.some((alias) => alias === n || actorKey(alias) === key));
  };
  const hits = byName(name);
  if (hits.length) return hits;
  // Truth writers disambiguate: "Catawba County, North Carolina" is the article's "Catawba
  // County"; "National Centers for Environmental Information (NCEI)" is either form; "Turkey /
  // Türkiye" and "ALPHV/BlackCat" are each of their forms.
  const forms = [name.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), /\(([^)]+)\)/.exec(name)?.[1], name.split(',')[0].trim(), ...name.split('/').map((f) => f.trim())];
  for (const form of forms) if (form && form !== name && form.length > 1) {
    const more = byName(form);
    if (more.length) return more;
  }
  return [];
}
const refKey = (file: string, index: number) => `${index}@${file}`;
const joinPath = (base: string, file: string) => (base ? `${base}/${file}` : file);

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

export function score(input: ScoreInput): EvalResult {
  const options: ScoreOptions = {
    minConfidence: input.options?.minConfidence ?? defaultSettings.conflicts.minConfidence,
    roundTolerance: input.options?.roundTolerance ?? defaultSettings.conflicts.roundTolerance,
  };
  const problems: string[] = [];
  const files = Object.keys(input.texts).sort();

  // Which event each text belongs to.
  const fileEvent = new Map<string, string>();
  const eventFiles = new Map<string, string[]>();
  const truths = input.truths;
  for (const t of truths) {
    if (eventFiles.has(t.event)) problems.push(`event ${t.event} is given twice: its truths are scored as one event`);
    const named = new Set<string>();
    const tr = t.truth;
    for (const a of tr.articles ?? []) named.add(a.file);
    for (const f of tr.figures ?? []) named.add(f.file);
    for (const p of [...(tr.links ?? []), ...(tr.nearMisses ?? [])]) named.add(p.a).add(p.b);
    const own = t.files ?? (t.base ? files.filter((f) => f.startsWith(`${t.base}/`)) : [...named].map((f) => joinPath(t.base, f)).filter((f) => f in input.texts));
    const list = eventFiles.get(t.event) ?? [];
    for (const f of own) {
      const other = fileEvent.get(f);
      if (other !== undefined && other !== t.event) {
        problems.push(`${f} is named by the truths of ${other} and ${t.event}: counted in ${other}`);
        continue;
      }
      if (!(f in input.texts)) continue;
      fileEvent.set(f, t.event);
      if (!list.includes(f)) list.push(f);
    }
    eventFiles.set(t.event, list.sort());
  }

  // Analyse everything into one corpus.
  const analyses = new Map<string, ArticleAnalysis>();
  const corpus = new Corpus({ minConfidence: options.minConfidence, roundTolerance: options.roundTolerance });
  files.forEach((f, i) => {
    const analysis = analyseArticle(input.texts[f]);
    analyses.set(f, analysis);
    corpus.set(f, f, i, input.texts[f], analysis);
  });
  const articleEntries = corpus.articles();
  const isArticle = new Set(articleEntries.map((e) => e.id));
  const claimOf = (ref: ClaimRef) => corpus.claim(ref);
  // Truth is written per file: a link between two texts holds for each of their copies.
  const shownLinks = corpus.linksAcrossCopies();
  // A conflict stands for the same two figures stated again in its two articles (its repeats).
  const shownByPair = new Map(shownLinks.flatMap((l) => [l, ...(l.repeats ?? [])].map((r) => [claimPairKey(r.a, r.b), l] as const)));
  // The corpus's own inputs (its stories included), so confidence 0 is the only difference.
  const linkInputs: LinkInput[] = articleEntries.map((e) => ({ article: e.id, claims: [...corpus.claimsOf(e.id)], actors: e.analysis.actors, story: corpus.storyOf(e.id)?.id, date: corpus.dateOf(e.id)?.day, looksBack: e.analysis.looksBack }));
  const scored = linkClaims(linkInputs, { roundTolerance: options.roundTolerance, minConfidence: 0 });
  const scoredByPair = new Map(scored.map((l) => [claimPairKey(l.a, l.b), l]));
  let explainer: NoLinkExplainer | undefined;
  const whyNot = (a: ClaimRef, b: ClaimRef) => (explainer ??= new NoLinkExplainer(linkInputs, { roundTolerance: options.roundTolerance, minConfidence: options.minConfidence })).why(a, b);
  const toolLink = (l: ClaimLink | undefined): ToolLink | undefined => (l ? { relation: l.relation, confidence: l.confidence, reasons: [...l.reasons] } : undefined);

  // Locating truth figures.
  const notLocated = new Map<string, NotLocated>();
  const locate = (event: string, base: string, file: string, quote: string, figure: string, where: string): FigureRef => {
    const key = joinPath(base, file);
    const ref: FigureRef = { file: key, quote, figure };
    const text = input.texts[key];
    const found: { span: Span } | { error: NotLocatedReason } = text === undefined ? { error: 'file not found' } : locateFigure(text, quote, figure);
    if ('error' in found) {
      ref.error = found.error;
      const id = `${key}\u0000${quote}\u0000${figure}`;
      if (!notLocated.has(id)) notLocated.set(id, { event, file: key, quote, figure, reason: found.error, where });
      return ref;
    }
    ref.span = found.span;
    const claims = analyses.get(key)!.claims;
    const index = claimIndexAt(claims, found.span);
    if (index >= 0) {
      ref.claim = index;
      ref.claimText = claims[index].text;
    }
    return ref;
  };

  // Truth figures: which claims they are, and their measure ids.
  interface FigureOutcome {
    event: string;
    ref: FigureRef;
  }
  const figureOutcomes: FigureOutcome[] = [];
  const measuresOf = new Map<string, Set<string>>();
  /** A truth figure's moment (asOf), where it gives one. */
  const momentsOf = new Map<string, string>();
  const truthClaims = new Set<string>();
  for (const t of truths) {
    for (const f of t.truth.figures ?? []) {
      const ref = locate(t.event, t.base, f.file, f.quote, f.figure, `figures ${f.id}`);
      figureOutcomes.push({ event: t.event, ref });
      if (ref.claim === undefined) continue;
      const k = refKey(ref.file, ref.claim);
      truthClaims.add(k);
      if (f.measure) {
        let set = measuresOf.get(k);
        if (!set) measuresOf.set(k, (set = new Set()));
        set.add(f.measure);
        if (f.asOf) momentsOf.set(k, f.asOf);
      }
    }
  }

  // Truth pairs.
  const pairs: PairOutcome[] = [];
  const listedByPair = new Map<string, WarningOutcome['listed']>();
  const isWarning = (l: ClaimLink | undefined) => !!l && !QUIET_RELATIONS.has(l.relation);
  for (const t of truths) {
    const entries: { source: PairOutcome['source']; label: string; p: TruthPair; where: string }[] = [
      ...(t.truth.links ?? []).map((p, i) => ({ source: 'link' as const, label: p.relation ?? 'agree', p, where: `links[${i}]` })),
      ...(t.truth.nearMisses ?? []).map((p, i) => ({ source: 'near miss' as const, label: p.kind || 'unspecified', p, where: `nearMisses[${i}]` })),
    ];
    for (const { source, label, p, where } of entries) {
      const a = locate(t.event, t.base, p.a, p.aQuote, p.aFigure, `${where}.a`);
      const b = locate(t.event, t.base, p.b, p.bQuote, p.bFigure, `${where}.b`);
      const outcome: PairOutcome = { event: t.event, source, label, why: p.why ?? '', truth: p, a, b, warned: false, found: false, status: 'missed' };
      if (a.error || b.error) outcome.status = 'not located';
      else if (a.claim === undefined || b.claim === undefined) outcome.status = 'not extracted';
      else {
        const ra = { article: a.file, index: a.claim };
        const rb = { article: b.file, index: b.claim };
        truthClaims.add(refKey(a.file, a.claim)).add(refKey(b.file, b.claim));
        const key = claimPairKey(ra, rb);
        const shown = shownByPair.get(key);
        outcome.shown = toolLink(shown);
        if (!shown) outcome.belowThreshold = toolLink(scoredByPair.get(key));
        if (!shown && source === 'link') outcome.whyNot = whyNot(ra, rb) ?? 'linked by the matcher, not shown in the corpus (copies of one text)';
        outcome.warned = isWarning(shown);
        const rel = shown?.relation as string | undefined;
        outcome.found =
          label === 'agree' && source === 'link' ? rel === 'agree' : source === 'link' ? rel === 'conflict' || (label === 'revision' && rel === 'revision') : false;
        if (source === 'link') outcome.status = outcome.found ? 'found' : 'missed';
        let listed = listedByPair.get(key);
        if (!listed) listedByPair.set(key, (listed = []));
        listed.push({ source, label, why: outcome.why });
      }
      pairs.push(outcome);
    }
  }

  // The figures (as intervals) of flagged pairs, by pair of articles.
  const figureKey = (ref: ClaimRef) => {
    const i = claimOf(ref)?.interval;
    return i ? `${i.low}/${i.lowInclusive}/${i.high}/${i.highInclusive}` : '';
  };
  const articlesKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const flaggedFigures = new Set<string>();
  for (const p of pairs) {
    if (p.source !== 'link' || p.label === 'agree' || p.a.claim === undefined || p.b.claim === undefined) continue;
    const ra: ClaimRef = { article: p.a.file, index: p.a.claim };
    const rb: ClaimRef = { article: p.b.file, index: p.b.claim };
    const [fa, fb] = ra.article < rb.article ? [figureKey(ra), figureKey(rb)] : [figureKey(rb), figureKey(ra)];
    flaggedFigures.add(`${articlesKey(ra.article, rb.article)}\u0001${fa}\u0001${fb}`);
  }

  // Warnings the user sees.
  const side = (ref: ClaimRef) => ({ file: ref.article, event: fileEvent.get(ref.article), index: ref.index, text: claimOf(ref)?.text ?? '' });
  const warnings: WarningOutcome[] = [];
  for (const l of shownLinks) {
    if (!isWarning(l)) continue;
    const listed = [l, ...(l.repeats ?? [])].flatMap((r) => listedByPair.get(claimPairKey(r.a, r.b)) ?? []);
    const w: WarningOutcome = { relation: l.relation, confidence: l.confidence, reasons: [...l.reasons], a: side(l.a), b: side(l.b), listed, class: 'unlisted' };
    const flagged = listed.find((x) => x.source === 'link' && x.label !== 'agree');
    if (flagged) {
      w.class = 'flagged';
      w.flagged = flagged.label as Tier;
    } else if (listed.some((x) => x.source === 'near miss')) w.class = 'look-alike';
    else if (listed.some((x) => x.source === 'link' && x.label === 'agree')) w.class = 'agreement';
    else {
      const ma = measuresOf.get(refKey(l.a.article, l.a.index));
      const mb = measuresOf.get(refKey(l.b.article, l.b.index));
      if (w.a.event !== w.b.event) w.unlisted = 'other event';
      else if (ma && mb) w.unlisted = [...ma].some((m) => mb.has(m)) ? 'same measure' : 'different measure';
      else w.unlisted = 'outside truth figures';
      const [fa, fb] = l.a.article < l.b.article ? [figureKey(l.a), figureKey(l.b)] : [figureKey(l.b), figureKey(l.a)];
      w.repeatsFlagged = flaggedFigures.has(`${articlesKey(l.a.article, l.b.article)}\u0001${fa}\u0001${fb}`);
    }
    warnings.push(w);
  }

  // Calibration: every scored pair of two truth figures the truth labels.
  const calibrationPairs: CalibrationPair[] = [];
  for (const l of scored) {
    const ka = refKey(l.a.article, l.a.index);
    const kb = refKey(l.b.article, l.b.index);
    if (!truthClaims.has(ka) || !truthClaims.has(kb)) continue;
    const listed = listedByPair.get(claimPairKey(l.a, l.b)) ?? [];
    const link = listed.find((x) => x.source === 'link');
    const near = listed.find((x) => x.source === 'near miss');
    const ma = measuresOf.get(ka);
    const mb = measuresOf.get(kb);
    const sameMeasure = ma && mb ? [...ma].some((m) => mb.has(m)) : undefined;
    let label: 0 | 1 | undefined;
    let why = '';
    if (link) [label, why] = [1, `truth link (${link.label})`];
    else if (near) [label, why] = [0, `near miss (${near.label})`];
    else if (sameMeasure === false) [label, why] = [0, `different measures (${[...ma!].join(',')} / ${[...mb!].join(',')})`];
    const ta = momentsOf.get(ka);
    const tb = momentsOf.get(kb);
    const right = linkRight(l.relation, { link: link?.label, near: near?.label, sameMeasure, sameMoment: ta && tb ? ta === tb : undefined });
    if (label === undefined && right === undefined) continue;
    const s = (ref: ClaimRef) => ({ file: ref.article, index: ref.index, text: claimOf(ref)?.text ?? '' });
    calibrationPairs.push({ a: s(l.a), b: s(l.b), relation: l.relation ?? 'none', confidence: l.confidence, label, right, why });
  }

  // Figures per group.
  const eventOrder = [...eventFiles.keys()];
  const halfOf = new Map(truths.map((t) => [t.event, t.half]));
  const group = (name: string, type: GroupFigures['type'], events: string[], groupFiles: string[]): GroupFigures => {
    const inEvents = new Set(events);
    const inFiles = new Set(groupFiles);
    const articles = groupFiles.filter((f) => isArticle.has(f)).length;
    const myPairs = pairs.filter((p) => inEvents.has(p.event));
    const countFound = (ps: PairOutcome[]): CountFound => {
      const found = ps.filter((p) => p.found).length;
      return { expected: ps.length, found, recall: ratio(found, ps.length) };
    };
    const tierPairs = myPairs.filter((p) => p.source === 'link' && p.label !== 'agree');
    const flagged = {
      conflict: countFound(tierPairs.filter((p) => p.label === 'conflict')),
      discrepancy: countFound(tierPairs.filter((p) => p.label === 'discrepancy')),
      revision: countFound(tierPairs.filter((p) => p.label === 'revision')),
      all: countFound(tierPairs),
      notExtracted: tierPairs.filter((p) => p.status === 'not extracted').length,
      notLocated: tierPairs.filter((p) => p.status === 'not located').length,
    };
    const agreePairs = myPairs.filter((p) => p.source === 'link' && p.label === 'agree');
    const agreements = {
      expected: agreePairs.length,
      foundAsAgree: agreePairs.filter((p) => p.found).length,
      warned: agreePairs.filter((p) => p.warned).length,
      notExtracted: agreePairs.filter((p) => p.status === 'not extracted').length,
      notLocated: agreePairs.filter((p) => p.status === 'not located').length,
    };
    const lookPairs = [...myPairs.filter((p) => p.source === 'near miss'), ...agreePairs];
    const byKind: GroupFigures['lookAlikes']['byKind'] = {};
    for (const p of lookPairs) {
      const kind = p.source === 'link' ? 'agree' : p.label;
      const k = (byKind[kind] ??= { total: 0, warned: 0, notExtracted: 0, notLocated: 0, rate: null });
      k.total++;
      if (p.warned) k.warned++;
      if (p.status === 'not extracted') k.notExtracted++;
      if (p.status === 'not located') k.notLocated++;
    }
    for (const k of Object.values(byKind)) k.rate = ratio(k.warned, k.total);
    const lookWarned = lookPairs.filter((p) => p.warned).length;
    const myWarnings = warnings.filter((w) => inFiles.has(w.a.file) && inFiles.has(w.b.file));
    const links: Record<string, number> = {};
    for (const l of shownLinks) if (inFiles.has(l.a.article) && inFiles.has(l.b.article)) links[l.relation] = (links[l.relation] ?? 0) + 1;
    const byRelation: Record<string, number> = {};
    for (const w of myWarnings) byRelation[w.relation] = (byRelation[w.relation] ?? 0) + 1;
    const unlistedBy = Object.fromEntries(UNLISTED_CLASSES.map((c) => [c, myWarnings.filter((w) => w.unlisted === c).length])) as Record<UnlistedClass, number>;
    const unlisted = myWarnings.filter((w) => w.class === 'unlisted').length;
    const onFlagged = myWarnings.filter((w) => w.class === 'flagged').length;
    const myFigures = figureOutcomes.filter((f) => inEvents.has(f.event));
    const located = myFigures.filter((f) => !f.ref.error).length;
    const extracted = myFigures.filter((f) => f.ref.claim !== undefined).length;
    const actors: GroupFigures['actors'] = {};
    for (const kind of ACTOR_KINDS) actors[kind] = { total: 0, found: 0, rightKind: 0, rightKindInArticle: 0 };
    for (const t of truths) {
      if (!inEvents.has(t.event)) continue;
      const own = new Set(eventFiles.get(t.event) ?? []);
      const candidates = corpus.actors.filter((c) => c.articles.some((f) => own.has(f)));
      for (const a of t.truth.actors ?? []) {
        const key = actorKey(a.name);
        const hits = actorHits(candidates, a.name);
        const inArticle = [...own].some((f) => (analyses.get(f)?.actors ?? []).some((x) => x.key === key && x.kind === a.kind));
        for (const k of [a.kind, 'total']) {
          const row = (actors[k] ??= { total: 0, found: 0, rightKind: 0, rightKindInArticle: 0 });
          row.total++;
          if (hits.length) row.found++;
          if (hits.some((h) => h.kind === a.kind)) row.rightKind++;
          if (inArticle) row.rightKindInArticle++;
        }
      }
    }
    actors.total ??= { total: 0, found: 0, rightKind: 0, rightKindInArticle: 0 };
    const myCalibration = calibrationPairs.filter((c) => inFiles.has(c.a.file) && inFiles.has(c.b.file));
    const calibration: CalibrationBin[] = BINS.slice(0, -1).map((from, i) => {
      const to = BINS[i + 1];
      const inBin = myCalibration.filter((c) => c.confidence >= from && (c.confidence < to || (to === 1 && c.confidence <= 1)));
      const labelled = inBin.filter((c) => c.label !== undefined);
      const judged = inBin.filter((c) => c.right !== undefined);
      return {
        from,
        to,
        count: labelled.length,
        meanConfidence: ratio(labelled.reduce((s, c) => s + c.confidence, 0), labelled.length),
        observed: ratio(labelled.filter((c) => c.label === 1).length, labelled.length),
        judged: judged.length,
        meanConfidenceJudged: ratio(judged.reduce((s, c) => s + c.confidence, 0), judged.length),
        observedRight: ratio(judged.filter((c) => c.right === 1).length, judged.length),
      };
    });
    return {
      name,
      type,
      events,
      texts: groupFiles.length,
      articles,
      flagged,
      agreements,
      lookAlikes: {
        byKind,
        total: lookPairs.length,
        warned: lookWarned,
        rate: ratio(lookWarned, lookPairs.length),
        nearMisses: lookPairs.length - agreePairs.length,
        nearMissesWarned: lookPairs.filter((p) => p.source === 'near miss' && p.warned).length,
      },
      links,
      warnings: {
        total: myWarnings.length,
        byRelation,
        onFlagged,
        onLookAlike: myWarnings.filter((w) => w.class === 'look-alike').length,
        onAgreement: myWarnings.filter((w) => w.class === 'agreement').length,
        unlisted,
        unlistedBy,
        unlistedRepeats: myWarnings.filter((w) => w.repeatsFlagged).length,
        unlistedPerArticle: ratio(unlisted, articles),
        precision: ratio(onFlagged, myWarnings.length),
      },
      figures: { total: myFigures.length, located, extracted, share: ratio(extracted, myFigures.length) },
      actors,
      calibration,
    };
  };

  const events = eventOrder.map((e) => group(e, 'event', [e], eventFiles.get(e) ?? []));
  const halfNames = [...new Set(eventOrder.map((e) => halfOf.get(e) ?? '(no half)'))];
  // Halves only when there are several: one half alone is the total.
  const halves =
    halfNames.length > 1
      ? halfNames.map((h) => {
          const evs = eventOrder.filter((e) => (halfOf.get(e) ?? '(no half)') === h);
          return group(h, 'half', evs, evs.flatMap((e) => eventFiles.get(e) ?? []));
        })
      : [];
  const total = group('total', 'total', eventOrder, files);

  const actorMisses: EvalResult['actorMisses'] = [];
  for (const t of truths) {
    const own = new Set(eventFiles.get(t.event) ?? []);
    const candidates = corpus.actors.filter((c) => c.articles.some((f) => own.has(f)));
    for (const a of t.truth.actors ?? []) {
      const hits = actorHits(candidates, a.name);
      if (!hits.some((h) => h.kind === a.kind)) actorMisses.push({ event: t.event, name: a.name, kind: a.kind, foundAs: [...new Set(hits.map((h) => h.kind))] });
    }
  }

  return {
    options,
    events,
    halves,
    total,
    texts: files.map((f) => {
      const a = analyses.get(f)!;
      return {
        file: f,
        ...(fileEvent.has(f) ? { event: fileEvent.get(f) } : {}),
        isArticle: isArticle.has(f),
        ...(isArticle.has(f) ? {} : { reason: a.structure.notArticleReason ?? a.problems[0]?.message ?? 'not read as an article' }),
        claims: a.claims.length,
      };
    }),
    notLocated: [...notLocated.values()],
    problems,
    pairs,
    warnings,
    calibrationPairs,
    actorMisses,
  };
}
