/**
 * What a reviewer is told about one article: conflicts with other articles (and, when asked for,
 * agreements and same-measure-different-scope figures), plus notices for files that were skipped.
 * Pure: offsets and article identifiers out; the protocol layer turns them into LSP diagnostics
 * and the command line into text, JSON or SARIF.
 */
import type { ClaimLink, NumericClaim, Severity, Span } from '../analysis/types';
import type { CrosscheckSettings } from '../settings';
import { type Corpus } from './corpus';
import { describePublications, otherPublications, type CopyPlace } from './mirrors';
import { ReviewSet, type ReviewedSide } from './reviews';

export type FindingCode =
  | 'numeric-conflict'
  | 'numeric-agreement'
  | 'numeric-different-scope'
  | 'numeric-revision'
  | 'article.too-large'
  | 'article.binary'
  | 'article.not-english'
  | 'article.analysis-failed';

export interface RelatedLocation {
  article: string;
  span: Span;
  message: string;
}

export interface Finding {
  article: string;
  span: Span;
  severity: Severity;
  code: FindingCode;
  message: string;
  related: RelatedLocation[];
  /** For claim findings: the claim index here and the link's other side. */
  claim?: { index: number; other: { article: string; index: number }; confidence: number; rules: string[] };
}

/** `"up to $40 billion" a year (money stolen from victims, UN estimates)`: how a message quotes a claim. */
export function quoteClaim(claim: NumericClaim): string {
  const rate = claim.rate ? ` a ${claim.rate}` : '';
  // "A 2024 UN report" reads better inside parentheses as "2024 UN report".
  const attribution = claim.attribution?.replace(/^(?:a|an|the)\s+/i, '');
  const context = [claim.measure.label, attribution].filter(Boolean).join(', ');
  return `"${claim.text}"${rate}${context ? ` (${context})` : ''}`;
}

const LINK_CODES: Record<Exclude<ClaimLink['relation'], 'update'>, FindingCode> = {
  conflict: 'numeric-conflict',
  agree: 'numeric-agreement',
  'different-scope': 'numeric-different-scope',
  revision: 'numeric-revision',
};

const VERBS: Record<keyof typeof LINK_CODES, string> = {
  conflict: 'Conflicts with',
  revision: 'Revised in',
  agree: 'Agrees with',
  'different-scope': 'Same measure, different scope in',
};

/**
 * Why, in a reviewer's words, with the ids of the rules that fired (README, "Matching rules"):
 * "(why: both name the same event; both as of 2024-05-27; 91% sure — rules: evidence.shared-event, …)".
 */
export function whyOf(link: ClaimLink): string {
  // The first reason names the shared measure; the last says why the figures clash or agree.
  const evidence = link.reasons.slice(1, -1).filter((r) => !r.startsWith('not compared'));
  const shown = evidence.slice(0, 3).join('; ');
  return `(${shown ? `why: ${shown}; ` : ''}${Math.round(link.confidence * 100)}% sure — rules: ${link.rules.join(', ')})`;
}

/** Copies of an article linked from a message: a handful, the rest counted. */
const MAX_COPY_LINKS = 5;

/**
 * The other places an article was published (./mirrors.ts): the words for a message ("also
 * published by 3 sites") and the copies, one per site first. Empty for an article without copies.
 */
export function publishedAlso(corpus: Corpus, id: string): { words: string; places: CopyPlace[] } {
  const group = corpus.copiesOf(id);
  if (!group) return { words: '', places: [] };
  const places = group.members.map((m) => ({ id: m, site: corpus.get(m)?.analysis.structure.sourceHeader?.domain }));
  const { sites, copies } = otherPublications(places, id);
  return { words: describePublications({ sites: sites.length, copies: copies.length }), places: [...sites, ...copies] };
}

/**
 * Whether a conflict is marked as reviewed. A decision names the files it was made on; with
 * copies, the pair counts as reviewed when it was marked on any copy that carries the warning.
 */
export function isReviewed(corpus: Corpus, reviewed: ReviewSet, a: { article: string; text: string }, b: { article: string; text: string }): boolean {
  if (reviewed.size === 0) return false;
  const sides = (side: { article: string; text: string }): ReviewedSide[] => {
    const group = corpus.copiesOf(side.article);
    const ids = new Set([side.article, ...(group ? [group.primary, group.shown] : [])]);
    return [...ids].flatMap((id) => {
      const label = corpus.get(id)?.label;
      return label === undefined ? [] : [{ file: label, text: side.text }];
    });
  };
  const ours = sides(a);
  const theirs = sides(b);
  return ours.some((x) => theirs.some((y) => reviewed.has(x, y)));
}

/**
 * The findings of one article, sorted by position. Reviewed conflicts are left out. Of several
 * copies of one text, only the one that shows the group's warnings (an open copy, else the first)
 * gets the claim findings: the Problems panel lists each conflict once, not once per copy.
 */
export function findingsFor(corpus: Corpus, id: string, settings: CrosscheckSettings, reviewed = new ReviewSet()): Finding[] {
  const entry = corpus.get(id);
  if (!entry) return [];
  const findings: Finding[] = [];
  for (const p of entry.analysis.problems) {
    if (p.code === 'article.too-large' || p.code === 'article.binary' || p.code === 'article.not-english' || p.code === 'article.analysis-failed') {
      findings.push({ article: id, span: p.span ?? { start: 0, end: 0 }, severity: p.severity, code: p.code, message: p.message, related: [] });
    }
  }
  const group = corpus.copiesOf(id);
  const claims = group && group.shown !== id ? [] : corpus.claimsOf(id);
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index];
    const links = corpus.linksOf({ article: id, index });
    for (const relation of ['conflict', 'revision', 'agree', 'different-scope'] as const) {
      if (relation === 'agree' && !settings.conflicts.showAgreements) continue;
      if (relation === 'different-scope' && !settings.conflicts.showDifferentScope) continue;
      // A repeated statement of a figure already warned about shows no second warning.
      const group = links.filter((l) => l.relation === relation && l.confidence >= settings.conflicts.minConfidence && !l.repeatOf);
      for (const link of group) {
        const other = corpus.claim(link.b);
        const otherEntry = corpus.get(link.b.article);
        if (!other || !otherEntry) continue;
        if (relation === 'conflict' && isReviewed(corpus, reviewed, { article: id, text: claim.text }, { article: link.b.article, text: other.text })) continue;
        const verb = VERBS[relation];
        const also = publishedAlso(corpus, link.b.article);
        const related: RelatedLocation[] = [{ article: link.b.article, span: other.span, message: `${otherEntry.label}: ${quoteClaim(other)}${link.reasons.length ? ` — ${link.reasons.join('; ')}` : ''}` }];
        // The same two figures stated again in the two articles: one warning, every place listed.
        const listed = new Set([`${id}\u0000${index}`, `${link.b.article}\u0000${link.b.index}`]);
        for (const r of link.repeats ?? []) {
          const [mine, theirs] = r.a.article === link.b.article ? [r.b, r.a] : [r.a, r.b];
          for (const [ref, words] of [[theirs, `${otherEntry.label}, the same figure again`], [mine, 'here, the same figure again']] as const) {
            const key = `${ref.article}\u0000${ref.index}`;
            const again = listed.has(key) ? undefined : corpus.claim(ref);
            listed.add(key);
            if (again) related.push({ article: ref.article, span: again.span, message: `${words}: ${quoteClaim(again)}` });
          }
        }
        for (const place of also.places.slice(0, MAX_COPY_LINKS)) {
          const copy = corpus.get(place.id);
          if (!copy) continue;
          const span = corpus.counterpart(link.b, place.id)?.span ?? copy.analysis.structure.title?.span ?? { start: 0, end: 0 };
          related.push({ article: place.id, span, message: `also published by ${place.site ?? copy.label}: ${copy.label}` });
        }
        findings.push({
          article: id,
          span: claim.span,
          severity: relation === 'conflict' ? settings.conflicts.severity : 'hint',
          code: LINK_CODES[relation],
          message: `${verb} ${otherEntry.label}${also.words ? ` (${also.words})` : ''}: ${quoteClaim(other)} vs here ${quoteClaim(claim)} ${whyOf(link)}`,
          related,
          claim: { index, other: link.b, confidence: link.confidence, rules: link.rules },
        });
      }
    }
  }
  return findings.sort((x, y) => x.span.start - y.span.start);
}

/** Every conflict in the workspace once per pair, for "Show all conflicts" and the status bar. */
export function allConflicts(
  corpus: Corpus,
  settings: CrosscheckSettings,
  reviewed: ReviewSet | ((article: string) => ReviewSet) = new ReviewSet(),
): { link: ClaimLink; reviewed: boolean }[] {
  const reviewsOf = typeof reviewed === 'function' ? reviewed : () => reviewed;
  const out: { link: ClaimLink; reviewed: boolean }[] = [];
  for (const link of corpus.links) {
    if (link.relation !== 'conflict' || link.confidence < settings.conflicts.minConfidence) continue;
    const a = corpus.claim(link.a);
    const b = corpus.claim(link.b);
    const ea = corpus.get(link.a.article);
    const eb = corpus.get(link.b.article);
    if (!a || !b || !ea || !eb) continue;
    out.push({ link, reviewed: isReviewed(corpus, reviewsOf(link.a.article), { article: link.a.article, text: a.text }, { article: link.b.article, text: b.text }) });
  }
  return out;
}
