/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one rule per finding code,
 * one result per finding with its related figure as a related location. Columns count UTF-16 code
 * units (declared in `columnKind`), lines and columns from 1. Paths are relative to the working
 * directory through the `%SRCROOT%` base, so a run from the repository root gives repository paths.
 * Pure: a report in, a SARIF log out.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../analysis/types';
import type { FindingCode } from '../../corpus/findings';
import { claimById, type Range, type Report } from '../report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /** Absolute working directory: the base of the relative paths. */
  cwd: string;
  /** Severity configured for numeric-conflict (the rule's default level). */
  conflictSeverity: Severity;
  informationUri: string;
  /** Where each rule is explained; `#<rule id>` is appended. */
  helpUri: string;
}

type Level = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface RuleText {
  name: string;
  short: string;
  full: string;
  level: Severity;
}

/** Every finding code the analysis can report, in a fixed order (ruleIndex refers to it). */
export const RULES: Record<FindingCode, RuleText> = {
  'numeric-conflict': {
    name: 'NumericConflict',
    short: 'A figure conflicts with another article',
    full: 'Two articles state a figure for the same measure, place and time whose ranges cannot both be true (for example "more than 40 dead" and "up to 35 dead"). Check the sources, or mark the pair as reviewed.',
    level: 'warning',
  },
  'numeric-agreement': {
    name: 'NumericAgreement',
    short: 'A figure agrees with another article',
    full: 'Another article states a figure for the same measure and scope that is compatible with this one. Reported only when crosscheck.conflicts.showAgreements is on.',
    level: 'hint',
  },
  'numeric-revision': {
    name: 'NumericRevision',
    short: 'A later article reports the same tally lower',
    full: 'A tally (deaths, arrests, evacuations) reported on a later day is lower than this figure: an official figure revised, not a contradiction between sources at one moment.',
    level: 'hint',
  },
  'numeric-different-scope': {
    name: 'NumericDifferentScope',
    short: 'The same measure with a different place or time in another article',
    full: 'Another article states a figure for the same measure about a different place or time, so the two are not compared. Reported only when crosscheck.conflicts.showDifferentScope is on.',
    level: 'hint',
  },
  'article.too-large': {
    name: 'ArticleTooLarge',
    short: 'File skipped: larger than crosscheck.maxFileSize',
    full: 'The file is longer than the crosscheck.maxFileSize setting, so its actors and figures were not read. Raise the limit or exclude the file.',
    level: 'information',
  },
  'article.binary': {
    name: 'ArticleBinary',
    short: 'File skipped: binary or mis-encoded data',
    full: 'The file holds binary data or text in an encoding that could not be read, so it is not analysed as an article.',
    level: 'information',
  },
  'article.not-english': {
    name: 'ArticleNotEnglish',
    short: 'Article not read: not in English',
    full: 'Crosscheck reads English articles; this one does not look English, so its actors and figures are not extracted.',
    level: 'information',
  },
  'article.analysis-failed': {
    name: 'ArticleAnalysisFailed',
    short: 'The analysis of this file failed',
    full: 'The analysis of this file failed or ran past its time limit; the other articles were still analysed.',
    level: 'information',
  },
};

const RULE_IDS = Object.keys(RULES) as FindingCode[];

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative URI reference for a file under the working directory, else an absolute file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file) || file === '..' || file.startsWith('../')) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function fingerprint(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export function formatSarif(report: Report, options: SarifOptions) {
  const claimOf = claimById(report);
  const rules = RULE_IDS.map((id) => {
    const r = RULES[id];
    const level = id === 'numeric-conflict' ? options.conflictSeverity : r.level;
    return {
      id,
      name: r.name,
      shortDescription: { text: r.short },
      fullDescription: { text: r.full },
      help: { text: r.full },
      helpUri: `${options.helpUri}#${id.replace(/\./g, '')}`,
      defaultConfiguration: { level: LEVEL[level] },
      properties: { tags: id.startsWith('numeric-') ? ['fact-checking', 'figures'] : ['input'] },
    };
  });

  const results = report.diagnostics.map((d) => {
    const here = d.claim ? claimOf({ file: d.file, index: d.claim.index }) : undefined;
    const other = d.claim ? claimOf(d.claim.other) : undefined;
    // Stable across edits that move the figures: the rule, both files and both figures as written.
    const stable = here && other ? [d.code, d.file, here.text, other.file, other.text] : [d.code, d.file, d.message];
    return {
      ruleId: d.code,
      ruleIndex: RULE_IDS.indexOf(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file, options.cwd), region: region(d.range) } }],
      ...(d.related.length
        ? {
            relatedLocations: d.related.map((r, i) => ({
              id: i + 1,
              physicalLocation: { artifactLocation: artifactLocation(r.file, options.cwd), region: region(r.range) },
              message: { text: r.message },
            })),
          }
        : {}),
      partialFingerprints: { 'crosscheckFinding/v1': fingerprint(stable) },
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'Crosscheck',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: options.informationUri,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : options.cwd + '/').href } },
        columnKind: 'utf16CodeUnits' as const,
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: report.errors.map((e) => ({ level: 'error' as const, message: { text: `${e.path}: ${e.message}` } })),
          },
        ],
        results,
      },
    ],
  };
}
