/**
 * The one typed shape of Crosscheck's settings, shared by the VS Code client, the language server
 * and the command line (which reads the same keys from `crosscheck.json`). Keep package.json's
 * `contributes.configuration` and the README's settings table in step with this file; a unit test
 * checks package.json against `defaultSettings`.
 */
import type { Severity } from './analysis/types';

export interface CrosscheckSettings {
  /** Globs (relative to a workspace folder) of files read as articles. */
  include: string[];
  /** Globs of files never read, even when `include` matches. */
  exclude: string[];
  /** Files longer than this many characters are skipped, with a visible notice. */
  maxFileSize: number;
  conflicts: {
    /** Severity of `numeric-conflict` diagnostics. */
    severity: Severity;
    /** Also show agreeing figures in other articles as hints (`numeric-agreement`). */
    showAgreements: boolean;
    /** Also show the same measure with a different place or time as hints (`numeric-different-scope`). */
    showDifferentScope: boolean;
    /** Extra relative tolerance for bare round figures beyond their written precision (0.05 = 5%). */
    roundTolerance: number;
    /** Links between claims below this confidence (0..1) are not reported. */
    minConfidence: number;
  };
  stories: {
    /** Folders (relative to the workspace folder) whose articles are one story each, whatever they share. */
    pin: string[];
  };
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const defaultSettings: CrosscheckSettings = {
  include: ['**/*.txt', '**/*.article'],
  exclude: [
    '**/node_modules/**',
    '**/.git/**',
    '**/.crosscheck/**',
    '**/{LICENSE,LICENCE,COPYING,NOTICE,README,CHANGELOG,CHANGES,AUTHORS,CONTRIBUTING,CODEOWNERS,SECURITY}*',
    '**/{requirements,constraints}*.txt',
    '**/{robots,humans,ads,security}.txt',
    '**/CMakeLists.txt',
  ],
  maxFileSize: 1_000_000,
  conflicts: {
    severity: 'warning',
    showAgreements: false,
    showDifferentScope: false,
    roundTolerance: 0,
    minConfidence: 0.5,
  },
  stories: { pin: [] },
  trace: { server: 'off' },
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : fallback;
}

function numberIn(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/**
 * Reads settings from any loosely typed source (VS Code's configuration section, a parsed
 * `crosscheck.json`) and returns a complete, valid shape. Invalid values fall back to the default
 * and are reported in `problems`, so a typo never breaks the analysis.
 */
export function readSettings(raw: unknown): { settings: CrosscheckSettings; problems: string[] } {
  const problems: string[] = [];
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const c = (r.conflicts && typeof r.conflicts === 'object' ? r.conflicts : {}) as Record<string, any>;
  const d = defaultSettings;
  const check = <T>(key: string, value: unknown, result: T, fallback: T): T => {
    if (value !== undefined && result === fallback && value !== fallback) problems.push(`crosscheck.${key}: invalid value ${JSON.stringify(value)}; using ${JSON.stringify(fallback)}`);
    return result;
  };
  const severity = SEVERITIES.includes(c.severity) ? (c.severity as Severity) : d.conflicts.severity;
  const trace = ['off', 'messages', 'verbose'].includes(r.trace?.server) ? r.trace.server : d.trace.server;
  const settings: CrosscheckSettings = {
    include: check('include', r.include, stringList(r.include, d.include), d.include),
    exclude: check('exclude', r.exclude, stringList(r.exclude, d.exclude), d.exclude),
    maxFileSize: check('maxFileSize', r.maxFileSize, numberIn(r.maxFileSize, d.maxFileSize, 1, 1e9), d.maxFileSize),
    conflicts: {
      severity: check('conflicts.severity', c.severity, severity, d.conflicts.severity),
      showAgreements: typeof c.showAgreements === 'boolean' ? c.showAgreements : d.conflicts.showAgreements,
      showDifferentScope: typeof c.showDifferentScope === 'boolean' ? c.showDifferentScope : d.conflicts.showDifferentScope,
      roundTolerance: check('conflicts.roundTolerance', c.roundTolerance, numberIn(c.roundTolerance, d.conflicts.roundTolerance, 0, 1), d.conflicts.roundTolerance),
      minConfidence: check('conflicts.minConfidence', c.minConfidence, numberIn(c.minConfidence, d.conflicts.minConfidence, 0, 1), d.conflicts.minConfidence),
    },
    stories: { pin: check('stories.pin', r.stories?.pin, stringList(r.stories?.pin, d.stories.pin), d.stories.pin) },
    trace: { server: trace },
  };
  return { settings, problems };
}

/** Turns VS Code's flat dotted keys (`conflicts.severity`) into the nested shape. */
export function unflatten(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts[parts.length - 1]] = value;
  }
  return out;
}
