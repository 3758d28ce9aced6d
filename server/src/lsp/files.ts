/**
 * Reading articles from disk for the server and the command line: decoding (UTF-8, with UTF-16
 * byte-order marks honoured) and walking folders under include/exclude globs. The only file-system
 * code besides the review store (`reviewStore.ts`); the analysis core never sees a path.
 *
 * Only regular files are read. A FIFO or a device named like an article would block a plain
 * `readFile` forever (and with it one of libuv's four file threads), so the file is opened without
 * blocking and checked before a byte is read.
 */
import { constants, promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFilter } from '../corpus/articleFilter';

/** Decodes file bytes as text. UTF-16 files carry a BOM; everything else is read as UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // A UTF-8 byte-order mark is dropped, as for UTF-16 and as editors do: VS Code's document of a
  // "UTF-8 with BOM" file does not hold it, so positions computed from the disk text match the editor.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Whether bytes without a UTF-16 BOM are valid UTF-8 (else they are read with U+FFFD in place of bad bytes). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** An error for a path that exists but is not a regular file (a folder, a FIFO, a device). */
export class NotAFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly kind: string) {
    super(`not a regular file (${kind})`);
  }
}

export type ReadResult =
  | { text: string; bytes: number; invalidUtf8: boolean }
  /** The file was not read: it is larger than the caller's limit. */
  | { tooLarge: true; bytes: number };

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * Reads a file as article text. Rejects anything that is not a regular file without blocking,
 * and does not read a file of more than `maxBytes` bytes (the caller reports its size instead).
 */
export async function readArticle(path: string, maxBytes = Infinity): Promise<ReadResult> {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotAFileError(kindOf(stat));
    if (stat.size > maxBytes) return { tooLarge: true, bytes: stat.size };
    const bytes = await handle.readFile();
    return { text: decode(bytes), bytes: bytes.length, invalidUtf8: !isValidUtf8(bytes) };
  } finally {
    await handle.close();
  }
}

/** Reads a regular file as article text, whatever its size. */
export async function readArticleFile(path: string): Promise<string> {
  const result = await readArticle(path);
  return 'text' in result ? result.text : '';
}

/** How the command line and the server describe a failed read to the user. */
export function describeReadError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTREG':
      return err.message;
    default:
      return err?.message ?? String(e);
  }
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', '.tools', '.crosscheck']);

/**
 * Lists files under `root` whose path relative to `root` passes the filter. Unreadable folders
 * are reported through `onError` and skipped; symbolic links are not followed (no loops).
 */
export async function listArticles(
  root: string,
  filter: ArticleFilter,
  onError: (path: string, error: Error) => void = () => {},
  limit = 50_000,
): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      onError(dir, e as Error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (found.length >= limit) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        const rel = relative(root, path).split(sep).join('/');
        if (filter(rel)) found.push(path);
      }
    }
  };
  await walk(root);
  return found;
}

/**
 * The first `bytes` of a file, decoded, and the file's size: enough to decide whether it can be
 * an article (../analysis/probe.ts) without reading the rest. `complete` says the head is the
 * whole file. A file of at most `wholeUpTo` bytes is read whole in the same read, and `whole()`
 * gives it as readArticle would (the caller decodes it only if it goes on): an article read at
 * index time is opened once, not twice.
 */
export async function readHead(path: string, bytes: number, wholeUpTo = 0): Promise<{ text: string; size: number; complete: boolean; whole?: () => ReadResult }> {
  // As readArticle: O_NONBLOCK (a FIFO would wait for a writer forever), regular files only.
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotAFileError(kindOf(stat));
    const { size } = stat;
    const buffer = Buffer.alloc(size <= wholeUpTo ? size : Math.min(bytes, size));
    const { bytesRead } = buffer.length ? await handle.read(buffer, 0, buffer.length, 0) : { bytesRead: 0 };
    const head = buffer.subarray(0, Math.min(bytes, bytesRead));
    const read = buffer.subarray(0, bytesRead);
    return {
      text: decode(head),
      size,
      complete: head.length >= size,
      whole: bytesRead >= size ? () => ({ text: decode(read), bytes: read.length, invalidUtf8: !isValidUtf8(read) }) : undefined,
    };
  } finally {
    await handle.close();
  }
}
