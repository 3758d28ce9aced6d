/**
 * Keeps the corpus in step with the workspace: indexes every article in the workspace folders at
 * start, follows file creation, change and deletion, and treats an open editor's text as the truth
 * over the disk. Analyses run in the worker pool after a short debounce; a result for an outdated
 * version is dropped. Knows files and URIs, not LSP messages: the server wires it to those.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { defaultAnalysisOptions, failedAnalysis, type AnalysisOptions } from '../analysis/analyse';
import type { ArticleAnalysis } from '../analysis/types';
import { articleFilter, type ArticleFilter } from '../corpus/articleFilter';
import { Corpus } from '../corpus/corpus';
import { parseReviewFile, REVIEW_FILE, ReviewSet } from '../corpus/reviews';
import type { AnalysisPool } from '../runtime/analysisPool';
import { defaultSettings, type CrosscheckSettings } from '../settings';
import { listArticles, readArticleFile } from './files';

export interface WorkspaceFolder {
  uri: string;
  path: string;
  name: string;
}

export interface WorkspaceHost {
  log(message: string): void;
  /** Called after the corpus changed, debounced by the caller if it wishes. */
  changed(): void;
  /** Settings for a folder (pulled from the client); defaults when the client has none. */
  settingsFor(folder: WorkspaceFolder | undefined): Promise<CrosscheckSettings>;
}

/** How long to wait after the last keystroke before analysing an edited article. */
export const EDIT_DEBOUNCE_MS = 300;

export class ArticleWorkspace {
  readonly corpus = new Corpus();
  private folders: WorkspaceFolder[] = [];
  private readonly settings = new Map<string, CrosscheckSettings>();
  private readonly filters = new Map<string, ArticleFilter>();
  private readonly reviews = new Map<string, ReviewSet>();
  /** Latest request number per URI: results for older requests are dropped. */
  private readonly latest = new Map<string, number>();
  private readonly debounces = new Map<string, NodeJS.Timeout>();
  private readonly open = new Map<string, { version: number; text: string }>();
  /** Fingerprint of the text each corpus entry was analysed from: the same text is not analysed again. */
  private readonly analysedText = new Map<string, string>();
  private requestCounter = 0;

  constructor(
    private readonly pool: AnalysisPool,
    private readonly host: WorkspaceHost,
  ) {}

  setFolders(folders: WorkspaceFolder[]): void {
    this.folders = folders;
  }

  getFolders(): readonly WorkspaceFolder[] {
    return this.folders;
  }

  folderOf(uri: string): WorkspaceFolder | undefined {
    let best: WorkspaceFolder | undefined;
    for (const f of this.folders) {
      if ((uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/')) && (!best || f.uri.length > best.uri.length)) best = f;
    }
    return best;
  }

  settingsOf(uri: string): CrosscheckSettings {
    const folder = this.folderOf(uri);
    return (folder && this.settings.get(folder.uri)) ?? this.settings.get('') ?? defaultSettings;
  }

  reviewsOf(uri: string): ReviewSet {
    const folder = this.folderOf(uri);
    return this.reviews.get(folder?.uri ?? '') ?? new ReviewSet();
  }

  /** The path shown in messages: relative to its workspace folder, else the file name. */
  labelOf(uri: string): string {
    const folder = this.folderOf(uri);
    const path = URI.parse(uri).fsPath;
    if (folder) return relative(folder.path, path).split(sep).join('/');
    return basename(path);
  }

  /** Whether a file is an article candidate under its folder's include and exclude settings. */
  isCandidate(uri: string): boolean {
    const parsed = URI.parse(uri);
    const folder = this.folderOf(uri);
    const filter = this.filters.get(folder?.uri ?? '') ?? this.filters.get('') ?? articleFilter(defaultSettings.include, defaultSettings.exclude);
    const rel = folder ? relative(folder.path, parsed.fsPath).split(sep).join('/') : basename(parsed.fsPath);
    return filter(rel);
  }

  /**
   * (Re)loads settings and review files for every folder. When a setting that changes the
   * analysis itself changed (the size limit), every article is analysed again on the next index.
   */
  async loadSettings(): Promise<void> {
    const before = [...this.settings.entries()].map(([k, v]) => `${k}=${v.maxFileSize}`).join();
    this.settings.clear();
    this.filters.clear();
    const scopes: (WorkspaceFolder | undefined)[] = this.folders.length ? this.folders : [undefined];
    for (const folder of scopes) {
      const s = await this.host.settingsFor(folder);
      this.settings.set(folder?.uri ?? '', s);
      this.filters.set(folder?.uri ?? '', articleFilter(s.include, s.exclude));
      if (!folder) continue;
      this.reviews.set(folder.uri, await this.readReviews(folder));
    }
    const after = [...this.settings.entries()].map(([k, v]) => `${k}=${v.maxFileSize}`).join();
    if (before !== after) this.analysedText.clear();
    const first = this.settings.get(this.folders[0]?.uri ?? '') ?? defaultSettings;
    this.corpus.setConflictOptions({ roundTolerance: first.conflicts.roundTolerance, minConfidence: first.conflicts.minConfidence });
    this.corpus.setStoryPins(first.stories.pin);
  }

  private async readReviews(folder: WorkspaceFolder): Promise<ReviewSet> {
    const file = join(folder.path, REVIEW_FILE);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return new ReviewSet();
    }
    const { set, problem } = parseReviewFile(text);
    if (problem) this.host.log(problem);
    return set;
  }

  async reloadReviews(uri: string): Promise<void> {
    const folder = this.folders.find((f) => uri === URI.file(join(f.path, REVIEW_FILE)).toString()) ?? this.folderOf(uri);
    if (!folder) return;
    this.reviews.set(folder.uri, await this.readReviews(folder));
    this.host.changed();
  }

  /** Writes a folder's review set to `.crosscheck/reviewed.json`, creating the folder. */
  async saveReviews(uri: string, set: ReviewSet): Promise<string | undefined> {
    const folder = this.folderOf(uri);
    if (!folder) return undefined;
    const file = join(folder.path, REVIEW_FILE);
    await fs.mkdir(dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify(set.toFile(), null, 2) + '\n', 'utf8');
    this.reviews.set(folder.uri, set);
    this.host.changed();
    return file;
  }

  /** Lists and analyses every article in every folder; `report` receives progress. */
  async indexAll(report: (done: number, total: number) => void = () => {}): Promise<number> {
    const files: string[] = [];
    for (const folder of this.folders) {
      const filter = this.filters.get(folder.uri) ?? articleFilter(defaultSettings.include, defaultSettings.exclude);
      files.push(...(await listArticles(folder.path, filter, (p, e) => this.host.log(`cannot read ${p}: ${e.message}`))));
    }
    const uris = files.map((f) => URI.file(f).toString());
    const wanted = new Set(uris);
    // Forget articles that are no longer candidates (settings changed or files gone).
    for (const entry of this.corpus.all()) {
      if (!wanted.has(entry.id) && !this.open.has(entry.id)) this.corpus.delete(entry.id);
    }
    let done = 0;
    let next = 0;
    report(0, uris.length);
    // A few files at a time: reading thousands at once would exhaust file handles and memory,
    // and the analysis worker takes one article at a time anyway.
    const readers = Array.from({ length: Math.min(8, uris.length) }, async () => {
      while (next < uris.length) {
        const uri = uris[next++];
        if (!this.open.has(uri)) await this.analyseFromDisk(uri);
        report(++done, uris.length);
      }
    });
    await Promise.all(readers);
    return uris.length;
  }

  private optionsFor(uri: string): AnalysisOptions {
    return { ...defaultAnalysisOptions, maxLength: this.settingsOf(uri).maxFileSize };
  }

  async analyseFromDisk(uri: string): Promise<void> {
    const request = ++this.requestCounter;
    this.latest.set(uri, request);
    let text: string;
    try {
      text = await readArticleFile(URI.parse(uri).fsPath);
    } catch (e) {
      this.host.log(`cannot read ${this.labelOf(uri)}: ${(e as Error).message}`);
      if (this.corpus.delete(uri)) this.host.changed();
      return;
    }
    if (this.analysedText.get(uri) === fingerprint(text) && this.corpus.has(uri)) return;
    await this.run(uri, request, 0, text, 2);
  }

  private async run(uri: string, request: number, version: number, text: string, priority: number): Promise<void> {
    const started = Date.now();
    const outcome = await this.pool.analyse(text, this.optionsFor(uri), priority);
    if (this.latest.get(uri) !== request) return; // A newer version was asked for meanwhile.
    let analysis: ArticleAnalysis;
    if ('error' in outcome) {
      this.host.log(`analysis of ${this.labelOf(uri)} failed: ${outcome.error}`);
      analysis = failedAnalysis(text.length, outcome.error, 'the other articles are still served. Details are in the Crosscheck output.');
    } else {
      analysis = outcome.analysis;
    }
    this.corpus.set(uri, this.labelOf(uri), version, text, analysis);
    this.analysedText.set(uri, fingerprint(text));
    const ms = Date.now() - started;
    if (ms > 2000) this.host.log(`analysed ${this.labelOf(uri)} (${text.length} characters) in ${ms} ms`);
    this.host.changed();
  }

  /** An editor opened or changed a document: its text wins over the disk. */
  openOrChange(uri: string, version: number, text: string, immediate: boolean): void {
    // TextDocuments reports a change right after each open, with the same version: analyse once.
    const known = this.open.get(uri);
    if (known && known.version === version && known.text === text) return;
    this.open.set(uri, { version, text });
    if (!this.isCandidate(uri)) return;
    const request = ++this.requestCounter;
    this.latest.set(uri, request);
    clearTimeout(this.debounces.get(uri));
    // Opening a file whose text is already indexed (or reopening it after a language change)
    // needs no new analysis.
    if (this.analysedText.get(uri) === fingerprint(text) && this.corpus.has(uri)) {
      // Still tell the host: the set of open articles changed (the client gives them the language).
      this.host.changed();
      return;
    }
    const go = () => {
      this.debounces.delete(uri);
      void this.run(uri, request, version, text, 0);
    };
    if (immediate) go();
    else this.debounces.set(uri, setTimeout(go, EDIT_DEBOUNCE_MS));
  }

  /** An editor closed a document: the disk is the truth again (the file may be unsaved or gone). */
  close(uri: string): void {
    this.open.delete(uri);
    clearTimeout(this.debounces.get(uri));
    if (!this.isCandidate(uri)) {
      if (this.corpus.delete(uri)) this.host.changed();
      return;
    }
    // After the debounce: a close followed at once by an open (a change of language) reads nothing.
    this.debounces.set(
      uri,
      setTimeout(() => {
        this.debounces.delete(uri);
        if (!this.open.has(uri)) void this.analyseFromDisk(uri);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  /** A watched file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    if (this.open.has(uri) || !this.isCandidate(uri)) return;
    await this.analyseFromDisk(uri);
  }

  /** A watched file (or a folder holding articles) was deleted. */
  fileDeleted(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    let changed = false;
    for (const entry of this.corpus.all()) {
      if ((entry.id === uri || entry.id.startsWith(prefix)) && !this.open.has(entry.id)) {
        this.latest.delete(entry.id);
        this.analysedText.delete(entry.id);
        changed = this.corpus.delete(entry.id) || changed;
      }
    }
    if (changed) this.host.changed();
  }

  dispose(): void {
    for (const t of this.debounces.values()) clearTimeout(t);
    this.debounces.clear();
  }
}

/** FNV-1a hash of a text with its length: enough to tell whether a text changed since analysis. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}
