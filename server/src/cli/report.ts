/**
 * The report of a run as plain data: the documented JSON format (docs/cli.md,
 * schema/crosscheck-report.schema.json), from which the text tables and SARIF are also rendered.
 * Pure: a filled corpus in, data out. Positions are 0-based lines and UTF-16 characters, like LSP;
 * the text and SARIF formatters add 1 where their formats count from 1.
 */
import { positionAt } from '../analysis/lines';
import type { ActorKind, ClaimRelation, Interval, Measure, RelationType, Scope, Severity, Span, Unit } from '../analysis/types';
import { formatInterval } from '../corpus/claimReading';
import { allConflicts, findingsFor, type FindingCode } from '../corpus/findings';
import type { Command } from './args';
import type { RunInputs } from './collect';

/** Version of the JSON report format. Raised only when a field changes meaning or goes away. */
export const REPORT_FORMAT_VERSION = 1;

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  file: string;
  range: Range;
}

export interface ReportFile {
  path: string;
  isArticle: boolean;
  /** Why the file was not read as an article. */
  reason?: string;
  title?: string;
  /** Domain of the `- Source:` header, without `www.`. */
  source?: string;
  /** Length in UTF-16 code units. */
  length: number;
  actors: number;
  claims: number;
}

export interface ReportActor {
  /** Identity key: the same actor in every article has the same id. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Files that name the actor. */
  articles: string[];
  roles: { text: string; location: Location }[];
  relations: { type: RelationType; target: string; targetId: string; location: Location }[];
  mentions: { text: string; location: Location }[];
}

export interface ClaimId {
  file: string;
  /** Position of the claim in its file's list (the `index` of a ReportClaim). */
  index: number;
}

export interface ReportClaim extends ClaimId {
  text: string;
  qualifier: string;
  /** How the figure was read, e.g. "> 40 billion USD a year". */
  reading: string;
  value: number;
  interval: Interval;
  unit: Unit;
  rate?: string;
  measure: Measure;
  scope: Scope;
  attribution?: string;
  location: Location;
}

export interface ReportLink {
  relation: ClaimRelation;
  a: ClaimId;
  b: ClaimId;
  confidence: number;
  reasons: string[];
  /** Ids of the matching rules that fired. */
  rules: string[];
  /** For conflicts: whether a reviewer marked the pair as reviewed (then no diagnostic is reported). */
  reviewed: boolean;
}

export interface ReportDiagnostic {
  file: string;
  range: Range;
  severity: Severity;
  code: FindingCode;
  message: string;
  related: { file: string; range: Range; message: string }[];
  /** For figure findings: this claim and the other one. */
  claim?: { index: number; other: ClaimId; confidence: number; rules: string[] };
}

export interface ReportSummary {
  files: number;
  articles: number;
  actors: number;
  claims: number;
  /** Conflicting pairs of figures reported (each gives a diagnostic on both sides). */
  conflicts: number;
  /** Conflicting pairs left out because they are marked as reviewed. */
  reviewed: number;
  agreements: number;
  differentScope: number;
  diagnostics: Record<Severity, number>;
  errors: number;
}

export interface Report {
  version: typeof REPORT_FORMAT_VERSION;
  tool: { name: 'crosscheck'; version: string };
  command: Command;
  summary: ReportSummary;
  files: ReportFile[];
  actors: ReportActor[];
  claims: ReportClaim[];
  links: ReportLink[];
  diagnostics: ReportDiagnostic[];
  errors: { path: string; message: string }[];
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export function buildReport(run: RunInputs, command: Command, toolVersion: string): Report {
  const { corpus, settings, reviews } = run;
  const entries = run.ids.map((id) => corpus.get(id)!).filter(Boolean);
  const label = (id: string) => corpus.get(id)?.label ?? id;
  const range = (id: string, span: Span): Range => {
    const starts = corpus.get(id)?.lineStarts ?? [0];
    return { start: positionAt(starts, span.start), end: positionAt(starts, span.end) };
  };
  const location = (id: string, span: Span): Location => ({ file: label(id), range: range(id, span) });

  const files: ReportFile[] = entries.map((e) => {
    const s = e.analysis.structure;
    return {
      path: e.label,
      isArticle: s.isArticle,
      ...(s.isArticle ? {} : { reason: s.notArticleReason ?? 'not read as an article' }),
      ...(s.title ? { title: s.title.text } : {}),
      ...(s.sourceHeader?.domain ? { source: s.sourceHeader.domain } : {}),
      length: s.length,
      actors: e.analysis.actors.length,
      claims: e.analysis.claims.length,
    };
  });

  const actors: ReportActor[] = corpus.actors.map((a) => ({
    id: a.key,
    name: a.name,
    kind: a.kind,
    aliases: [...a.aliases],
    articles: a.articles.map(label),
    roles: a.roles.map((r) => ({ text: r.text, location: location(r.article, r.span) })),
    relations: a.relations.map((r) => ({ type: r.type, target: r.target, targetId: r.targetKey, location: location(r.article, r.span) })),
    mentions: a.mentions.map((m) => ({ text: m.text, location: location(m.article, m.span) })),
  }));

  const claims: ReportClaim[] = [];
  for (const e of entries) {
    e.analysis.claims.forEach((c, index) => {
      claims.push({
        file: e.label,
        index,
        text: c.text,
        qualifier: c.qualifier,
        reading: `${formatInterval(c.interval, c.unit)}${c.rate ? ` a ${c.rate}` : ''}`,
        value: c.value,
        interval: c.interval,
        unit: c.unit,
        ...(c.rate ? { rate: c.rate } : {}),
        measure: c.measure,
        scope: c.scope,
        ...(c.attribution ? { attribution: c.attribution } : {}),
        location: location(e.id, c.span),
      });
    });
  }

  const reviewedPairs = new Set(
    allConflicts(corpus, settings, reviews)
      .filter((c) => c.reviewed)
      .map((c) => linkKey(c.link.a, c.link.b)),
  );
  const links: ReportLink[] = corpus.links
    .filter((l) => l.confidence >= settings.conflicts.minConfidence && corpus.has(l.a.article) && corpus.has(l.b.article))
    .map((l) => ({
      relation: l.relation,
      a: { file: label(l.a.article), index: l.a.index },
      b: { file: label(l.b.article), index: l.b.index },
      confidence: l.confidence,
      reasons: [...l.reasons],
      rules: [...l.rules],
      reviewed: l.relation === 'conflict' && reviewedPairs.has(linkKey(l.a, l.b)),
    }));

  const diagnostics: ReportDiagnostic[] = [];
  for (const e of entries) {
    for (const f of findingsFor(corpus, e.id, settings, reviews)) {
      diagnostics.push({
        file: e.label,
        range: range(e.id, f.span),
        severity: f.severity,
        code: f.code,
        message: f.message,
        related: f.related.map((r) => ({ file: label(r.article), range: range(r.article, r.span), message: r.message })),
        ...(f.claim ? { claim: { index: f.claim.index, other: { file: label(f.claim.other.article), index: f.claim.other.index }, confidence: f.claim.confidence, rules: f.claim.rules } } : {}),
      });
    }
  }

  const count = (relation: ClaimRelation, reviewed?: boolean) =>
    links.filter((l) => l.relation === relation && (reviewed === undefined || l.reviewed === reviewed)).length;
  const bySeverity = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, diagnostics.filter((d) => d.severity === s).length])) as Record<Severity, number>;

  return {
    version: REPORT_FORMAT_VERSION,
    tool: { name: 'crosscheck', version: toolVersion },
    command,
    summary: {
      files: files.length,
      articles: files.filter((f) => f.isArticle).length,
      actors: actors.length,
      claims: claims.length,
      conflicts: count('conflict', false),
      reviewed: count('conflict', true),
      agreements: count('agree'),
      differentScope: count('different-scope'),
      diagnostics: bySeverity,
      errors: run.errors.length,
    },
    files,
    actors,
    claims,
    links,
    diagnostics,
    errors: run.errors.map((e) => ({ ...e })),
  };
}

function linkKey(a: { article: string; index: number }, b: { article: string; index: number }): string {
  const x = `${a.index}@${a.article}`;
  const y = `${b.index}@${b.article}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Whether any diagnostic is at or above the `--fail-on` level. */
export function failsAt(report: Report, failOn: Severity | 'none'): boolean {
  if (failOn === 'none') return false;
  const limit = SEVERITY_ORDER.indexOf(failOn);
  return report.diagnostics.some((d) => SEVERITY_ORDER.indexOf(d.severity) <= limit);
}

/** The claim a ClaimId names, for formatters that show the other side of a link. */
export function claimById(report: Report): (id: ClaimId) => ReportClaim | undefined {
  const byKey = new Map(report.claims.map((c) => [`${c.index}@${c.file}`, c]));
  return (id) => byKey.get(`${id.index}@${id.file}`);
}
