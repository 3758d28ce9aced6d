/**
 * Reading articles from disk for the server and the command line: decoding (UTF-8, with UTF-16
 * byte-order marks honoured) and walking folders under include/exclude globs. The only file-system
 * code besides the review store; the analysis core never sees a path.
 */
import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFilter } from '../corpus/articleFilter';

/** Decodes file bytes as text. UTF-16 files carry a BOM; everything else is read as UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  // TextDecoder strips a UTF-8 BOM by default; keep it so offsets match what editors show.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export async function readArticleFile(path: string): Promise<string> {
  return decode(await fs.readFile(path));
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
