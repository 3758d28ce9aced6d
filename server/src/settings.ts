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
const TRACES = ['off', 'messages', 'verbose'] as const;

/** Largest accepted `maxFileSize`: far past any article, and still a size a process can read. */
export const MAX_FILE_SIZE_LIMIT = 1_000_000_000;

/** Dotted names of every setting, from the defaults (so a new setting is known at once). */
export function knownSettingKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else keys.add(prefix);
  };
  walk(defaultSettings, '');
  return keys;
}

const KNOWN = knownSettingKeys();

/**
 * Why a glob can never match a path relative to a workspace folder (absolute, or climbing out of
 * the folder), or cannot be read as a glob at all; undefined for a good one.
 */
function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'an empty pattern';
  if (/^([a-z]:)?[\\/]/i.test(glob)) return 'an absolute path; patterns are relative to the workspace folder';
  if (/(^|[\\/])\.\.([\\/]|$)/.test(glob)) return 'it climbs out of the workspace folder with ".."';
  if (glob.length > 1000) return 'longer than 1,000 characters';
  return undefined;
}

/**
 * Reads settings from any loosely typed source (VS Code's configuration section, a parsed
 * `crosscheck.json`) and returns a complete, valid shape. Settings are data: nothing in them is
 * run. An invalid value falls back to its default and an unknown key is ignored, each with a
 * message in `problems` that names the setting, what was given and what is expected, so a typo
 * never breaks the analysis and never goes unnoticed.
 */
export function readSettings(raw: unknown): { settings: CrosscheckSettings; problems: string[] } {
  const problems: string[] = [];
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const c = (r.conflicts && typeof r.conflicts === 'object' ? r.conflicts : {}) as Record<string, any>;
  const d = defaultSettings;
  const invalid = (key: string, value: unknown, fallback: unknown, expected: string) =>
    problems.push(`crosscheck.${key}: invalid value ${JSON.stringify(value)}; using ${JSON.stringify(fallback)} (expected ${expected})`);

  const globs = (key: 'include' | 'exclude', value: unknown): string[] => {
    if (value === undefined) return [...d[key]];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      problems.push(`crosscheck.${key}: invalid value ${JSON.stringify(value)}; using the default patterns (expected a list of glob patterns such as ["**/*.txt"])`);
      return [...d[key]];
    }
    const kept = value.filter((glob) => {
      const why = globProblem(glob);
      if (why) problems.push(`crosscheck.${key}: the pattern ${JSON.stringify(glob)} is ignored: ${why}`);
      return !why;
    });
    if (key === 'include' && kept.length === 0 && value.length > 0) {
      problems.push('crosscheck.include: no usable pattern left; using the default patterns');
      return [...d.include];
    }
    return kept;
  };

  const number = (key: string, value: unknown, fallback: number, min: number, max: number, whole: boolean, expected: string): number => {
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value))) return value;
    invalid(key, value, fallback, expected);
    return fallback;
  };

  const flag = (key: string, value: unknown, fallback: boolean): boolean => {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    invalid(key, value, fallback, 'true or false');
    return fallback;
  };

  const oneOf = <T extends string>(key: string, value: unknown, allowed: readonly T[], fallback: T): T => {
    if (value === undefined) return fallback;
    if (allowed.includes(value as T)) return value as T;
    invalid(key, value, fallback, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
    return fallback;
  };

  /** Folders relative to the workspace folder: a path that is absolute or climbs out never matches. */
  const folders = (key: string, value: unknown, fallback: string[]): string[] => {
    if (value === undefined) return [...fallback];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
      invalid(key, value, fallback, 'a list of folders relative to the workspace folder, such as ["flood"]');
      return [...fallback];
    }
    return value.filter((folder) => {
      const why = globProblem(folder);
      if (why) problems.push(`crosscheck.${key}: the folder ${JSON.stringify(folder)} is ignored: ${why}`);
      return !why;
    });
  };

  if (r.conflicts !== undefined && (typeof r.conflicts !== 'object' || r.conflicts === null || Array.isArray(r.conflicts))) {
    problems.push('crosscheck.conflicts: expected an object of settings; using the defaults');
  }
  const settings: CrosscheckSettings = {
    include: globs('include', r.include),
    exclude: globs('exclude', r.exclude),
    maxFileSize: number('maxFileSize', r.maxFileSize, d.maxFileSize, 1, MAX_FILE_SIZE_LIMIT, true, `a whole number of characters from 1 to ${MAX_FILE_SIZE_LIMIT}`),
    conflicts: {
      severity: oneOf('conflicts.severity', c.severity, SEVERITIES, d.conflicts.severity),
      showAgreements: flag('conflicts.showAgreements', c.showAgreements, d.conflicts.showAgreements),
      showDifferentScope: flag('conflicts.showDifferentScope', c.showDifferentScope, d.conflicts.showDifferentScope),
      roundTolerance: number('conflicts.roundTolerance', c.roundTolerance, d.conflicts.roundTolerance, 0, 1, false, 'a number from 0 to 1'),
      minConfidence: number('conflicts.minConfidence', c.minConfidence, d.conflicts.minConfidence, 0, 1, false, 'a number from 0 to 1'),
    },
    stories: { pin: folders('stories.pin', r.stories?.pin, d.stories.pin) },
    trace: { server: oneOf('trace.server', r.trace?.server, TRACES, d.trace.server) },
  };
  return { settings, problems };
}

/** Keys of a settings object that are not Crosscheck settings (typos), as dotted names. */
export function unknownSettings(raw: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value) && !KNOWN.has(prefix)) {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else if (prefix && !KNOWN.has(prefix)) out.push(prefix);
  };
  walk(raw, '');
  return out;
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
