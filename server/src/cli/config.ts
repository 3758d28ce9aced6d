/**
 * What a command-line run reads besides the articles: the settings file (`crosscheck.json`, the
 * same keys as the VS Code settings, nested or dotted, with or without the `crosscheck.` prefix)
 * and the reviewed conflicts (`.crosscheck/reviewed.json`). Normalising is pure; loading is the
 * thin I/O edge. A bad value never stops a run: it falls back to the default and is reported.
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseReviewFile, REVIEW_FILE, ReviewSet } from '../corpus/reviews';
import { defaultSettings, knownSettingKeys, readSettings, unflatten, type CrosscheckSettings } from '../settings';

export const CONFIG_FILE = 'crosscheck.json';

const KNOWN = knownSettingKeys();

/** Flattens nested objects to dotted leaf keys, dropping the `crosscheck.` prefix. */
function flatten(raw: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
      return;
    }
    flat[key.replace(/^crosscheck\./, '')] = value;
  };
  for (const [k, v] of Object.entries(raw)) {
    if (k === '$schema') continue;
    walk(v, k === 'crosscheck' ? '' : k);
  }
  return flat;
}

/**
 * Turns a parsed settings file into complete settings plus messages about what was ignored:
 * unknown keys and invalid values (which fall back to their defaults).
 */
export function settingsFromConfig(raw: unknown, fileLabel = CONFIG_FILE): { settings: CrosscheckSettings; problems: string[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaultSettings, problems: [`${fileLabel}: expected a JSON object of settings; using the defaults`] };
  }
  const flat = flatten(raw as Record<string, unknown>);
  const problems: string[] = [];
  for (const key of Object.keys(flat)) {
    if (!KNOWN.has(key)) problems.push(`${fileLabel}: unknown setting "crosscheck.${key}" is ignored`);
  }
  const nested = unflatten(Object.fromEntries(Object.entries(flat).filter(([k]) => KNOWN.has(k))));
  const { settings, problems: invalid } = readSettings(nested);
  problems.push(...invalid.map((p) => `${fileLabel}: ${p}`));
  return { settings, problems };
}

export interface LoadedSettings {
  settings: CrosscheckSettings;
  /** The settings file read, if any. */
  file?: string;
  /** Values ignored: reported, but the run goes on with defaults for them. */
  warnings: string[];
  /** Input errors (a named file that is missing, invalid JSON): reported, exit code 2. */
  errors: string[];
}

function label(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
}

/** Reads `--config FILE`, or `crosscheck.json` in `root` when it exists. */
export async function loadSettings(root: string, cwd: string, explicit?: string): Promise<LoadedSettings> {
  const file = explicit ? resolve(cwd, explicit) : join(root, CONFIG_FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { settings: defaultSettings, warnings: [], errors: [] };
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return { settings: defaultSettings, warnings: [], errors: [`cannot read settings file ${label(cwd, file)}: ${why}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { settings: defaultSettings, file, warnings: [], errors: [`settings file ${label(cwd, file)} is not valid JSON (${(e as Error).message}); using the defaults`] };
  }
  const { settings, problems } = settingsFromConfig(raw, label(cwd, file));
  return { settings, file, warnings: problems, errors: [] };
}

/**
 * Reads `.crosscheck/reviewed.json` under `root`. Its paths are relative to `root` (as the editor
 * writes them); the run labels files relative to the working directory, so each side is re-based.
 */
export async function loadReviews(root: string, cwd: string): Promise<{ reviews: ReviewSet; warnings: string[] }> {
  let text: string;
  try {
    text = await fs.readFile(join(root, REVIEW_FILE), 'utf8');
  } catch {
    return { reviews: new ReviewSet(), warnings: [] };
  }
  const { set, problem } = parseReviewFile(text);
  const rebase = (file: string) => relative(cwd, resolve(root, file)).split(sep).join('/');
  const reviews = new ReviewSet(set.list().map((p) => ({ ...p, a: { ...p.a, file: rebase(p.a.file) }, b: { ...p.b, file: rebase(p.b.file) } })));
  return { reviews, warnings: problem ? [problem] : [] };
}
