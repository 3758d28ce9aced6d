/**
 * The review file on disk, `.crosscheck/reviewed.json`: the one file Crosscheck writes. Decisions
 * are never lost:
 *
 * - a write is atomic: the new content goes to a temporary file beside it, which is renamed over
 *   the old one, so a crash or a full disk leaves the old file whole, never half a file;
 * - every write re-reads the file under a lock file (`reviewed.json.lock`, created exclusively)
 *   and applies only this one decision to what is on disk, so two windows (or two editors) on one
 *   folder marking conflicts at the same time both keep their decisions;
 * - a file Crosscheck cannot fully understand (not JSON, no list of decisions, a newer format) is
 *   reported with a clear message and never rewritten, because rewriting it would keep less than
 *   it holds; entries it does not understand in an otherwise good file are kept as they are.
 *
 * The decisions themselves (`ReviewSet`, `pairKey`) are the pure model in corpus/reviews.ts.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { pairKey, REVIEW_FILE, ReviewSet, type ReviewedPair, type ReviewedSide } from '../corpus/reviews';
import { describeReadError } from './files';

export const REVIEW_LOCK_SUFFIX = '.lock';
/** A lock older than this is left over from a process that died while writing, and is taken over. */
const STALE_LOCK_MS = 30_000;
/** How long a write waits for another window's lock before giving up with a message. */
const LOCK_WAIT_MS = 10_000;

export interface ReviewFileState {
  /** The decisions that could be read. */
  set: ReviewSet;
  /** What is wrong with the file, in words for the user; undefined when all is well. */
  problem?: string;
  /** False when rewriting the file would lose something it holds: Crosscheck then leaves it alone. */
  writable: boolean;
}

interface Inspected extends ReviewFileState {
  /** The parsed file, kept whole so that a rewrite keeps fields and entries it does not know. */
  raw?: { [key: string]: unknown; reviewed: unknown[] };
}

function isSide(s: unknown): s is ReviewedSide {
  return !!s && typeof s === 'object' && typeof (s as ReviewedSide).file === 'string' && typeof (s as ReviewedSide).text === 'string';
}

function isPair(p: unknown): p is ReviewedPair {
  return !!p && typeof p === 'object' && isSide((p as ReviewedPair).a) && isSide((p as ReviewedPair).b);
}

/** Reads the text of a review file. Pure. */
export function inspectReviewFile(text: string): Inspected {
  const keep = 'Crosscheck leaves the file as it is: fix it or remove it to record new decisions.';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      set: new ReviewSet(),
      writable: false,
      problem: `${REVIEW_FILE} is not valid JSON (${(e as Error).message}), so no conflict is treated as reviewed. ${keep}`,
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || !Array.isArray((data as { reviewed?: unknown }).reviewed)) {
    return {
      set: new ReviewSet(),
      writable: false,
      problem: `${REVIEW_FILE} does not hold a list of decisions ("reviewed": [...]), so no conflict is treated as reviewed. ${keep}`,
    };
  }
  const raw = data as { [key: string]: unknown; reviewed: unknown[]; version?: unknown };
  const pairs = raw.reviewed.filter(isPair);
  const set = new ReviewSet(pairs);
  if (raw.version !== undefined && raw.version !== 1) {
    return {
      set,
      writable: false,
      problem: `${REVIEW_FILE} has format version ${JSON.stringify(raw.version)}, which this version of Crosscheck does not write; its decisions are read, but new ones are not recorded. ${keep}`,
    };
  }
  const odd = raw.reviewed.length - pairs.length;
  return {
    set,
    raw,
    writable: true,
    problem: odd > 0 ? `${odd} ${odd === 1 ? 'entry' : 'entries'} in ${REVIEW_FILE} ${odd === 1 ? 'is' : 'are'} not understood and ${odd === 1 ? 'was' : 'were'} ignored; ${odd === 1 ? 'it stays' : 'they stay'} in the file.` : undefined,
  };
}

export function reviewFilePath(folder: string): string {
  return join(folder, REVIEW_FILE);
}

async function readRaw(file: string): Promise<Inspected> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { set: new ReviewSet(), raw: { version: 1, reviewed: [] }, writable: true };
    return { set: new ReviewSet(), writable: false, problem: `${REVIEW_FILE} cannot be read (${describeReadError(e)}), so no conflict is treated as reviewed and new decisions are not recorded.` };
  }
  return inspectReviewFile(text);
}

/** Reads a folder's review file; a missing file is an empty, writable set. Never throws. */
export async function readReviewFile(folder: string): Promise<ReviewFileState> {
  const { set, problem, writable } = await readRaw(reviewFilePath(folder));
  return { set, problem, writable };
}

export type ReviewChange = { add: ReviewedPair } | { remove: { a: ReviewedSide; b: ReviewedSide } };

export interface ReviewWrite {
  /** 'written' when the file changed, 'unchanged' when the decision was already there (or absent), 'refused' when the file was left alone. */
  outcome: 'written' | 'unchanged' | 'refused';
  /** The decisions now on disk (merged with other windows' decisions). */
  set: ReviewSet;
  /** Why a write was refused, for the user. */
  problem?: string;
  file: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the folder's review lock, waiting for another writer; returns a release function. */
async function lock(file: string): Promise<() => Promise<void>> {
  const lockFile = file + REVIEW_LOCK_SUFFIX;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`).finally(() => handle.close());
      return () => fs.rm(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const stat = await fs.stat(lockFile).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) {
      await fs.rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new Error(`another Crosscheck window has been writing ${REVIEW_FILE} for more than ${LOCK_WAIT_MS / 1000} s (lock file ${lockFile})`);
    // Back off a little more each time, with jitter so two waiting windows do not collide again.
    await sleep(Math.min(200, 5 * 2 ** Math.min(attempt, 5)) + Math.floor(Math.random() * 10));
  }
}

/** Writes `content` to `file` atomically: a temporary file beside it, flushed, renamed over it. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/**
 * Applies one decision to a folder's review file: under the lock, re-reads the file, adds or
 * removes this one pair, and writes the result atomically. A file that cannot be rewritten
 * without loss is left alone ('refused', with the reason). Throws only on I/O failures.
 */
export async function updateReviewFile(folder: string, change: ReviewChange): Promise<ReviewWrite> {
  const file = reviewFilePath(folder);
  await fs.mkdir(dirname(file), { recursive: true });
  const release = await lock(file);
  try {
    const current = await readRaw(file);
    if (!current.writable || !current.raw) return { outcome: 'refused', set: current.set, problem: current.problem, file };
    const raw = current.raw;
    let entries = raw.reviewed;
    if ('add' in change) {
      const key = pairKey(change.add.a, change.add.b);
      if (entries.some((p) => isPair(p) && pairKey(p.a, p.b) === key)) return { outcome: 'unchanged', set: current.set, file };
      entries = [...entries, change.add];
    } else {
      const key = pairKey(change.remove.a, change.remove.b);
      const kept = entries.filter((p) => !(isPair(p) && pairKey(p.a, p.b) === key));
      if (kept.length === entries.length) return { outcome: 'unchanged', set: current.set, file };
      entries = kept;
    }
    const next = { ...raw, version: 1, reviewed: entries };
    await writeAtomically(file, JSON.stringify(next, null, 2) + '\n');
    return { outcome: 'written', set: new ReviewSet(entries.filter(isPair)), file };
  } finally {
    await release();
  }
}
