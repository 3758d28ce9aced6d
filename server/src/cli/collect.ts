/**
 * The I/O edge of a command-line run: finds the article files under the paths given, reads them
 * (with the server's decoder), analyses them in worker threads (the server's pool: one bad file
 * is reported and skipped, never the end of the run) and fills a Corpus in a fixed order, so the
 * output is the same from run to run whatever order the workers finish in.
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { defaultAnalysisOptions, failedAnalysis, skippedAnalysis, tooLargeMessage, type AnalysisOptions } from '../analysis/analyse';
import type { ArticleAnalysis } from '../analysis/types';
import { articleFilter } from '../corpus/articleFilter';
import { Corpus } from '../corpus/corpus';
import type { ReviewSet } from '../corpus/reviews';
import { describeReadError, listArticles, readArticle } from '../lsp/files';
import { AnalysisPool } from '../runtime/analysisPool';
import type { CrosscheckSettings } from '../settings';

export interface InputError {
  /** The path as the user would recognise it (relative to the working directory). */
  path: string;
  message: string;
}

export interface CollectRequest {
  paths: readonly string[];
  cwd: string;
  settings: CrosscheckSettings;
  /** Called after each file is analysed; `total` is known once the folders are walked. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to analyse with (default: one per core, at most 4). */
  workers?: number;
}

export interface Collected {
  corpus: Corpus;
  /** Identifiers (absolute paths) of every file read, in the order of the paths given. */
  ids: string[];
  errors: InputError[];
  /** Notes for stderr that are not errors, e.g. a folder with no article files. */
  notes: string[];
  settings: CrosscheckSettings;
}

export interface RunInputs extends Collected {
  reviews: ReviewSet;
}

/** Files this large are not even read: far past any limit, and reading them would cost memory. */
const UNREAD_BYTES = 64 * 1024 * 1024;

/** The path shown for a file: relative to the working directory, forward slashes. */
export function labelFor(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/** Lists the files to read: folders walked under the include/exclude globs, files as given. */
async function listInputs(req: CollectRequest, errors: InputError[], notes: string[]): Promise<string[]> {
  const filter = articleFilter(req.settings.include, req.settings.exclude);
  const seen = new Set<string>();
  const files: string[] = [];
  for (const given of req.paths) {
    const abs = resolve(req.cwd, given);
    let stat: import('node:fs').Stats;
    try {
      stat = await fs.stat(abs);
    } catch (e) {
      errors.push({ path: given, message: describeReadError(e) });
      continue;
    }
    let found: string[];
    if (stat.isDirectory()) {
      found = await listArticles(abs, filter, (path, e) => errors.push({ path: labelFor(req.cwd, path), message: `cannot read folder: ${describeReadError(e)}` }));
      if (found.length === 0) notes.push(`no article files under ${given} (include: ${req.settings.include.join(', ')})`);
    } else if (stat.isFile()) {
      found = [abs];
    } else {
      errors.push({ path: given, message: 'not a file or folder' });
      continue;
    }
    for (const f of found) {
      if (seen.has(f)) continue;
      seen.add(f);
      files.push(f);
    }
  }
  return files;
}

/** The analysis of a file too large to read at all, with the same notice as a skipped article. */
function unreadAnalysis(bytes: number, settings: CrosscheckSettings): ArticleAnalysis {
  return skippedAnalysis(0, 'article.too-large', tooLargeMessage(bytes, settings.maxFileSize));
}

/** One worker per core up to four: the main thread only waits while the workers parse. */
function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(4, availableParallelism(), files));
}

export async function collect(req: CollectRequest): Promise<Collected> {
  const errors: InputError[] = [];
  const notes: string[] = [];
  const files = await listInputs(req, errors, notes);
  const encodingNotes: string[] = [];
  const options: AnalysisOptions = { ...defaultAnalysisOptions, maxLength: req.settings.maxFileSize };
  const results: ({ text: string; analysis: ArticleAnalysis } | undefined)[] = new Array(files.length);
  const lanes = req.workers ?? defaultWorkers(files.length);
  const pools: AnalysisPool[] = [];
  let next = 0;
  let done = 0;
  req.onProgress?.(0, files.length);

  const analyseOne = async (pool: AnalysisPool, path: string): Promise<{ text: string; analysis: ArticleAnalysis } | undefined> => {
    try {
      const read = await readArticle(path, Math.max(UNREAD_BYTES, 3 * req.settings.maxFileSize + 3));
      if ('tooLarge' in read) return { text: '', analysis: unreadAnalysis(read.bytes, req.settings) };
      const { text } = read;
      const outcome = await pool.analyse(text, options);
      const analysis = 'error' in outcome ? failedAnalysis(text.length, outcome.error, 'the other articles were still analysed.') : outcome.analysis;
      // A binary file already says so; a text file with a few bad bytes is read, and the user told.
      if (read.invalidUtf8 && !analysis.problems.some((p) => p.code === 'article.binary')) {
        encodingNotes.push(`${labelFor(req.cwd, path)} is not valid UTF-8: its bad bytes were read as U+FFFD (�)`);
      }
      return { text, analysis };
    } catch (e) {
      errors.push({ path: labelFor(req.cwd, path), message: `cannot read: ${describeReadError(e)}` });
      return undefined;
    }
  };

  const lane = async (): Promise<void> => {
    const pool = new AnalysisPool();
    pools.push(pool);
    while (next < files.length) {
      const index = next++;
      results[index] = await analyseOne(pool, files[index]);
      req.onProgress?.(++done, files.length);
    }
  };

  try {
    await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  } finally {
    for (const pool of pools) pool.dispose();
  }

  const corpus = new Corpus({ roundTolerance: req.settings.conflicts.roundTolerance, minConfidence: req.settings.conflicts.minConfidence });
  corpus.setStoryPins(req.settings.stories.pin);
  const ids: string[] = [];
  files.forEach((path, i) => {
    const result = results[i];
    if (!result) return;
    corpus.set(path, labelFor(req.cwd, path), 0, result.text, result.analysis);
    ids.push(path);
  });
  // Errors were pushed as files finished; report them in a stable order.
  errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  notes.push(...encodingNotes.sort());
  return { corpus, ids, errors, notes, settings: req.settings };
}
