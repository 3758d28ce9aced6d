/**
 * Links claims about the same measure across articles: `agree` when their intervals overlap,
 * `conflict` when they cannot both hold, `different-scope` when the measure is the same but the
 * place, time or rate is not (kept for hints; never a conflict).
 *
 * Candidates come from buckets keyed by unit (currency code, percent, count), nationality and
 * one event or class concept of the measure, so the work grows with the number of claims that
 * could match, not with all pairs. Currencies are compared only as stated: a claim whose text
 * gives an equivalent ("2.5 billion baht (about $70 million)") can be compared in either
 * currency; no exchange rate is ever invented. Per year and per month are never converted.
 */
import { describeIntervalCompact } from '../claimText';
import { overlaps, widen } from '../claims/interval';
import type { ArticleActor, ClaimLink, ClaimRef, Interval, NumericClaim } from '../types';
import { categoryOf, compareMeasures, compareScopes, sharedSource } from './compare';

export interface ConflictOptions {
  /** Relative tolerance of a bare round figure beyond its written precision (0.0 = none). */
  roundTolerance: number;
  /** Links below this confidence are dropped. */
  minConfidence: number;
}

export const defaultConflictOptions: ConflictOptions = { roundTolerance: 0, minConfidence: 0.6 };

interface View {
  unitKey: string;
  interval: Interval;
  /** The currency the view is in, when it comes from an equivalent. */
  viaEquivalent?: string;
}

/**
 * One article for the matcher. `actors` is optional context: when both articles of a pair give
 * their actors and name no place, organisation or person in common, they are probably about
 * different events, and their links lose most of their confidence.
 */
export interface LinkInput {
  article: string;
  claims: readonly NumericClaim[];
  actors?: readonly ArticleActor[];
}

interface Entry {
  ref: ClaimRef;
  /** Actor keys of the article, when the caller gave them. */
  context?: ReadonlySet<string>;
  claim: NumericClaim;
  views: View[];
  hasEvents: boolean;
}

function viewsOf(claim: NumericClaim): View[] {
  const unit = claim.unit;
  const key = unit.kind === 'currency' ? `cur:${unit.currency ?? '?'}` : unit.kind === 'percent' ? 'pct' : 'count';
  const views: View[] = [{ unitKey: key, interval: claim.interval }];
  for (const e of claim.equivalents ?? []) {
    if (e.unit.kind !== 'currency' || !e.unit.currency) continue;
    const k = `cur:${e.unit.currency}`;
    if (!views.some((v) => v.unitKey === k)) views.push({ unitKey: k, interval: e.interval, viaEquivalent: e.unit.currency });
  }
  return views;
}

/** Bucket keys of a claim: one per unit view and event (or class, or other word). */
function bucketKeys(entry: Entry): { key: string; kind: 'e' | 'c' | 'o' }[] {
  const words = entry.claim.measure.words;
  const nat = words.filter((w) => categoryOf(w) === 'nationality').join('+');
  const events = words.filter((w) => categoryOf(w) === 'event');
  const classes = words.filter((w) => categoryOf(w) === 'class');
  const others = words.filter((w) => categoryOf(w) === 'other');
  const out: { key: string; kind: 'e' | 'c' | 'o' }[] = [];
  for (const v of entry.views) {
    for (const e of events) out.push({ key: `${v.unitKey}|${nat}|e:${e}`, kind: 'e' });
    for (const c of classes) out.push({ key: `${v.unitKey}|${nat}|c:${c}`, kind: 'c' });
    if (!events.length && !classes.length) for (const o of others) out.push({ key: `${v.unitKey}|${nat}|o:${o}`, kind: 'o' });
  }
  return out;
}

function commonViews(a: Entry, b: Entry): [View, View] | undefined {
  for (const va of a.views) for (const vb of b.views) if (va.unitKey === vb.unitKey) return [va, vb];
  return undefined;
}

function round2(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

function compare(a: Entry, b: Entry, options: ConflictOptions): ClaimLink | undefined {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.unit.kind !== cb.unit.kind) return undefined;
  const views = commonViews(a, b);
  if (!views) return undefined;
  const measure = compareMeasures(ca, cb);
  if (!measure) return undefined;
  const scope = compareScopes(ca, cb);
  const source = sharedSource(ca, cb);
  let confidence = 0.45 + 0.45 * measure.similarity + scope.adjust;
  if (source) confidence += 0.1;
  const strangers = a.context && b.context && a.context.size > 0 && b.context.size > 0 && ![...a.context].some((k) => b.context!.has(k));
  if (strangers) confidence -= CONTEXT_PENALTY;
  if (ca.measure.words.length === 1 && cb.measure.words.length === 1) confidence -= 0.1;
  confidence = round2(confidence);
  if (confidence < options.minConfidence) return undefined;

  const reasons: string[] = [];
  const labels = ca.measure.label === cb.measure.label ? `"${ca.measure.label}"` : `"${ca.measure.label}" / "${cb.measure.label}"`;
  reasons.push(`same measure (${measure.shared.join(', ')}): ${labels}`);
  reasons.push(...scope.notes);
  if (strangers) reasons.push('the two articles name no place, organisation or person in common: probably different events');
  if (source) reasons.push(`both attributed to ${source} (${ca.attribution}; ${cb.attribution})`);
  const [va, vb] = views;
  if (va.viaEquivalent || vb.viaEquivalent) reasons.push(`compared in ${va.viaEquivalent ?? vb.viaEquivalent}, as the text itself states it`);

  const widenRound = (c: NumericClaim, i: Interval) => (c.qualifier === 'bare round figure' ? widen(i, options.roundTolerance) : i);
  const ia = widenRound(ca, va.interval);
  const ib = widenRound(cb, vb.interval);
  const sa = `${ca.text} (${describeIntervalCompact(ia)})`;
  const sb = `${cb.text} (${describeIntervalCompact(ib)})`;
  let relation: ClaimLink['relation'];
  if (scope.differs.length) {
    relation = 'different-scope';
    reasons.push(...scope.differs, `not compared: ${sa} and ${sb} may both hold in their own scopes`);
  } else if (overlaps(ia, ib)) {
    relation = 'agree';
    reasons.push(`${sa} and ${sb} can both hold`);
  } else {
    relation = 'conflict';
    reasons.push(`${sa} and ${sb} cannot both hold`);
  }
  return { a: a.ref, b: b.ref, relation, confidence, reasons };
}

/** Confidence lost by a link between articles that share no actor. */
const CONTEXT_PENALTY = 0.35;

function contextOf(actors: readonly ArticleActor[] | undefined): ReadonlySet<string> | undefined {
  if (!actors) return undefined;
  const keys = new Set<string>();
  // Nationality groups ("Cambodian nationals") turn up in unrelated stories; names do not.
  for (const a of actors) if (a && a.kind !== 'group' && typeof a.key === 'string') keys.add(a.key);
  return keys;
}

export function linkClaims(articles: readonly LinkInput[], options: ConflictOptions = defaultConflictOptions): ClaimLink[] {
  try {
    return link(articles, options);
  } catch {
    return [];
  }
}

function link(articles: readonly LinkInput[], options: ConflictOptions): ClaimLink[] {
  const entries: Entry[] = [];
  articles.forEach((a) => {
    const context = contextOf(a.actors);
    a.claims.forEach((claim, index) => {
      if (!claim || !claim.measure || !claim.interval) return;
      entries.push({
        ref: { article: a.article, index },
        context,
        claim,
        views: viewsOf(claim),
        hasEvents: claim.measure.words.some((w) => categoryOf(w) === 'event'),
      });
    });
  });

  const buckets = new Map<string, { kind: 'e' | 'c' | 'o'; members: number[] }>();
  entries.forEach((entry, i) => {
    for (const { key, kind } of bucketKeys(entry)) {
      let b = buckets.get(key);
      if (!b) buckets.set(key, (b = { kind, members: [] }));
      if (b.members[b.members.length - 1] !== i) b.members.push(i);
    }
  });

  const seen = new Set<number>();
  const links: ClaimLink[] = [];
  const n = entries.length;
  const consider = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const a = entries[x];
    const b = entries[y];
    if (a.ref.article === b.ref.article) return;
    const pair = x * n + y;
    if (seen.has(pair)) return;
    seen.add(pair);
    const l = compare(a, b, options);
    if (l) links.push(l);
  };
  for (const { kind, members } of buckets.values()) {
    if (kind === 'c') {
      // Claims that both name an event meet in an event bucket; here only pairs where one does not.
      const eventless = members.filter((i) => !entries[i].hasEvents);
      for (const i of eventless) for (const j of members) if (i !== j) consider(i, j);
    } else {
      for (let p = 0; p < members.length; p++) for (let q = p + 1; q < members.length; q++) consider(members[p], members[q]);
    }
  }
  const orderOf = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!orderOf.has(a.article)) orderOf.set(a.article, i);
  });
  const at = (r: ClaimRef) => orderOf.get(r.article) ?? 0;
  links.sort((l, m) => at(l.a) - at(m.a) || l.a.index - m.a.index || at(l.b) - at(m.b) || l.b.index - m.b.index);
  return links;
}
