/**
 * Analyses kept between sessions, so a workspace opened again starts warm: one file per analysed
 * text, keyed by a hash of the text and the analysis options, in a folder named after the
 * analyser's version (a hash of the worker bundle: any change to the analysis code is a new
 * version). The folder is the extension's storage folder, never the user's workspace.
 *
 * The cache is only ever a shortcut: it is safe to delete at any time (a missing folder is made
 * again, a missing file is analysed again); a file that does not parse, names another key or
 * version, or does not have the shape of an analysis is ignored, removed and analysed again. The
 * folders of other versions are removed at start. Writes are atomic (a temporary file renamed).
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisOptions } from '../analysis/notices';
import type { ArticleAnalysis, ClaimLink } from '../analysis/types';
import type { MirrorSignature } from '../corpus/mirrors';

const FORMAT = 1;
/** Stored link sets kept: the newest few (a workspace and a few states of it, e.g. two branches). */
const LINK_SETS = 4;

interface CacheFile {
  format: number;
  version: string;
  key: string;
  analysis: ArticleAnalysis;
  /** An article's signature for finding its copies (../corpus/mirrors.ts), when it was given. */
  mirror?: MirrorSignature;
}

/** What the cache holds for a text. */
export interface CachedAnalysis {
  analysis: ArticleAnalysis;
  mirror?: MirrorSignature;
}

/** The cache key of a text analysed with some options. */
export function contentKey(text: string, options: AnalysisOptions): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\u0000').update(text).digest('hex');
}

/** The analyser's version: a hash of the worker bundle that analyses (it holds all analysis code). */
export async function analyserVersion(workerScript: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(workerScript)).digest('hex').slice(0, 20);
}

/** Whether a value has the shape of an analysis (the little every reader relies on). */
function looksLikeAnalysis(value: unknown): value is ArticleAnalysis {
  const a = value as ArticleAnalysis;
  return (
    !!a &&
    typeof a === 'object' &&
    !!a.structure &&
    typeof a.structure.length === 'number' &&
    typeof a.structure.isArticle === 'boolean' &&
    Array.isArray(a.structure.blocks) &&
    Array.isArray(a.structure.urls) &&
    Array.isArray(a.structure.boilerplate) &&
    Array.isArray(a.actors) &&
    Array.isArray(a.claims) &&
    Array.isArray(a.problems)
  );
}

/** Whether a value has the shape of a list of claim links. */
function looksLikeLinks(value: unknown): value is ClaimLink[] {
  const ref = (r: ClaimLink['a']) => !!r && typeof r.article === 'string' && typeof r.index === 'number';
  const strings = (xs: unknown) => Array.isArray(xs) && xs.every((x) => typeof x === 'string');
  return (
    Array.isArray(value) &&
    value.every((l: ClaimLink) => !!l && ref(l.a) && ref(l.b) && typeof l.relation === 'string' && typeof l.confidence === 'number' && strings(l.reasons) && strings(l.rules))
  );
}

/** Whether a value has the shape of a mirror signature (one that does not is ignored, and made again). */
function looksLikeSignature(value: unknown): value is MirrorSignature {
  const m = value as MirrorSignature;
  return (
    !!m &&
    typeof m === 'object' &&
    typeof m.exact === 'string' &&
    typeof m.words === 'number' &&
    typeof m.figures === 'string' &&
    Array.isArray(m.minhash) &&
    m.minhash.every((v) => typeof v === 'number') &&
    Array.isArray(m.shingles) &&
    m.shingles.every((v) => typeof v === 'number')
  );
}

export class AnalysisCache {
  private readonly folder: string;
  private writes = Promise.resolve();
  private pendingWrites = 0;
  /** Sub-folders made this session. */
  private readonly folders = new Set<string>();
  /** Counters for the log and the benchmark. */
  readonly stats = { hits: 0, misses: 0, corrupt: 0, written: 0 };

  /**
   * `program`: the version of the code that links articles (a hash of the server bundle), for the
   * links stored beside the analyses: they depend on the matcher, which the analyser does not hold.
   */
  constructor(
    root: string,
    readonly version: string,
    private readonly log: (message: string) => void = () => {},
    private readonly program = '',
  ) {
    this.folder = join(root, `analyser-${version}`);
  }

  /** Removes the folders of other analyser versions (in the background; failures are only logged). */
  async prune(root: string): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(root);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith('analyser-') || name === `analyser-${this.version}`) continue;
      await fs.rm(join(root, name), { recursive: true, force: true }).catch((e: Error) => this.log(`could not remove the old analysis cache ${name}: ${e.message}`));
    }
  }

  private pathOf(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<ArticleAnalysis | undefined> {
    return (await this.read(key))?.analysis;
  }

  /** The analysis of a text, with its mirror signature when one was stored (and is well formed). */
  async read(key: string): Promise<CachedAnalysis | undefined> {
    let raw: string;
    try {
      raw = await fs.readFile(this.pathOf(key), 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const file = JSON.parse(raw) as CacheFile;
      if (file.format === FORMAT && file.version === this.version && file.key === key && looksLikeAnalysis(file.analysis)) {
        this.stats.hits++;
        return { analysis: file.analysis, mirror: looksLikeSignature(file.mirror) ? file.mirror : undefined };
      }
    } catch {
      // Not JSON: a torn or foreign file. Treated as corrupt below.
    }
    this.stats.corrupt++;
    this.log(`ignored a corrupt analysis cache entry (${key.slice(0, 12)}…); the text is analysed again`);
    await fs.rm(this.pathOf(key), { force: true }).catch(() => undefined);
    return undefined;
  }

  /**
   * Stores an analysis; writes run one after another in the background and never throw. `json`,
   * when given, is the analysis as JSON text already (as a worker sends it): written as it is.
   */
  put(key: string, analysis: ArticleAnalysis, json?: string, mirror?: MirrorSignature): void {
    // Serialised now: the analysis object is shared with the index, which may change later.
    const body =
      json !== undefined
        ? `{"format":${FORMAT},"version":${JSON.stringify(this.version)},"key":${JSON.stringify(key)},"analysis":${json}${mirror ? `,"mirror":${JSON.stringify(mirror)}` : ''}}`
        : JSON.stringify({ format: FORMAT, version: this.version, key, analysis, mirror } satisfies CacheFile);
    this.pendingWrites++;
    this.writes = this.writes.then(async () => {
      const path = this.pathOf(key);
      const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
      const folder = join(this.folder, key.slice(0, 2));
      try {
        // Each of the 256 sub-folders is made once a session; made again if the cache was deleted meanwhile.
        if (!this.folders.has(folder)) {
          await fs.mkdir(folder, { recursive: true });
          this.folders.add(folder);
        }
        await fs.writeFile(temporary, body, 'utf8').catch(async (e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
          await fs.mkdir(folder, { recursive: true });
          await fs.writeFile(temporary, body, 'utf8');
        });
        await fs.rename(temporary, path);
        this.stats.written++;
      } catch (e) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        this.log(`could not write the analysis cache: ${(e as Error).message}`);
      } finally {
        this.pendingWrites--;
      }
    });
  }

  /** The file of the links stored for a link key (../corpus/corpus.ts `linkKey`). */
  private linksPath(key: string): { path: string; hash: string } {
    const hash = createHash('sha256').update(this.program).update('\u0000').update(key).digest('hex');
    return { path: join(this.folder, 'links', `${hash}.json`), hash };
  }

  /**
   * The links a full run made over the inputs `key` names, stored in an earlier session; undefined
   * when there are none, or when the file does not parse or is not shaped like links (then removed).
   */
  async getLinks(key: string): Promise<ClaimLink[] | undefined> {
    const { path, hash } = this.linksPath(key);
    let raw: string;
    try {
      raw = await fs.readFile(path, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const file = JSON.parse(raw) as { format: number; key: string; links: unknown };
      if (file.format === FORMAT && file.key === hash && looksLikeLinks(file.links)) return file.links;
    } catch {
      // Not JSON: treated as corrupt below.
    }
    this.log('ignored a corrupt stored set of links; the articles are linked again');
    await fs.rm(path, { force: true }).catch(() => undefined);
    return undefined;
  }

  /** Stores the links of a full run over the inputs `key` names (in the background, never throws); keeps the newest few sets. */
  putLinks(key: string, links: readonly ClaimLink[]): void {
    const { path, hash } = this.linksPath(key);
    const body = JSON.stringify({ format: FORMAT, key: hash, links });
    this.pendingWrites++;
    this.writes = this.writes.then(async () => {
      const folder = join(this.folder, 'links');
      const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await fs.mkdir(folder, { recursive: true });
        await fs.writeFile(temporary, body, 'utf8');
        await fs.rename(temporary, path);
        const sets = await Promise.all(
          (await fs.readdir(folder))
            .filter((n) => n.endsWith('.json'))
            .map(async (n) => ({ path: join(folder, n), at: (await fs.stat(join(folder, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
        );
        sets.sort((a, b) => b.at - a.at);
        for (const old of sets.slice(LINK_SETS)) if (old.path !== path) await fs.rm(old.path, { force: true });
      } catch (e) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        this.log(`could not store the links: ${(e as Error).message}`);
      } finally {
        this.pendingWrites--;
      }
    });
  }

  get pending(): number {
    return this.pendingWrites;
  }

  /** Resolves when every write asked for so far has finished. */
  flush(): Promise<void> {
    return this.writes;
  }
}
