/**
 * Keeps the corpus in step with the workspace: indexes every article in the workspace folders at
 * start, follows file creation, change and deletion, and treats an open editor's text as the truth
 * over the disk. Analyses run in the worker pool after a short debounce; a result for an outdated
 * version is dropped. Knows files and URIs, not LSP messages: the server wires it to those.
 */
import { basename, join, relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import { defaultAnalysisOptions, failedAnalysis, skippedAnalysis, tooLargeMessage, type AnalysisOptions } from '../analysis/notices';
import { probeText, PROBE_BYTES } from '../analysis/probe';
import { parseStructure } from '../analysis/structure';
import type { ArticleAnalysis } from '../analysis/types';
import { articleFilter, type ArticleFilter } from '../corpus/articleFilter';
import { Corpus, type KnownOfAnalysis } from '../corpus/corpus';
import { REVIEW_FILE, ReviewSet } from '../corpus/reviews';
import { SHUTTING_DOWN, SUPERSEDED } from '../runtime/analysisPool';
import type { Analyser } from '../runtime/parallelPool';
import { defaultSettings, type CrosscheckSettings } from '../settings';
import { describeReadError, listArticles, readArticle, readHead, type ReadResult } from './files';
import { readReviewFile, updateReviewFile, type ReviewChange, type ReviewWrite } from './reviewStore';

export interface WorkspaceFolder {
  uri: string;
  path: string;
  name: string;
}

export interface WorkspaceHost {
  log(message: string): void;
  /** Called after the corpus changed, debounced by the caller; `urgent` when an open editor's article changed. */
  changed(urgent?: boolean): void;
  /** Settings for a folder (pulled from the client); defaults when the client has none. */
  settingsFor(folder: WorkspaceFolder | undefined): Promise<CrosscheckSettings>;
  /** Tells the user something that needs their attention (a warning message), once per distinct text. */
  warn?(message: string): void;
}

/** Reads one file as article text, not reading it past `maxBytes` (files.ts; tests inject faults here). */
export type ArticleReader = (path: string, maxBytes: number) => Promise<ReadResult>;

/** The message when a review would be written in a workspace the user has not trusted. */
export const UNTRUSTED_REVIEW_MESSAGE = `This workspace is not trusted, so Crosscheck writes nothing to it and the decision was not recorded in ${REVIEW_FILE}. Trust the workspace to record reviews.`;

/** Files up to this size are read whole by the first-kilobytes check's read (most articles are smaller). */
const WHOLE_WITH_HEAD = 16 * 1024;

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
  private readonly open = new Map<string, { version: number; text: string; fingerprint: string }>();
  /** Fingerprint of the text each corpus entry was analysed from: the same text is not analysed again. */
  private readonly analysedText = new Map<string, string>();
  /** Reads, analyses and review writes under way: the workspace is idle when none is. */
  private pending = 0;
  private requestCounter = 0;
  /** False in a workspace the user has not trusted (VS Code's workspace trust): nothing is written. */
  private trusted = true;
  /** Candidate files of the last index that the first-kilobytes check turned away (../analysis/probe.ts). */
  private readonly turnedAway = new Map<string, string>();
  private lastListed = 0;
  private disposed = false;

  constructor(
    private readonly pool: Analyser,
    private readonly host: WorkspaceHost,
    private readonly read: ArticleReader = readArticle,
  ) {}

  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  /** Files checked at the last index, and how many of them showed no prose in their first kilobytes. */
  get scanned(): { files: number; turnedAway: number } {
    return { files: this.lastListed, turnedAway: this.turnedAway.size };
  }

  /** Whether an editor's change is waiting for its debounce. */
  get editsPending(): boolean {
    return this.debounces.size > 0;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  /** True when no edit waits for its debounce and no read, analysis or review write is under way. */
  idle(): boolean {
    return this.pending === 0 && this.debounces.size === 0;
  }

  private async track<T>(work: Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work;
    } finally {
      this.pending--;
    }
  }

  /**
   * Whether the index holds the analysis of what the user sees: always for a closed file (the
   * disk is the truth), and for an open one once its current text has been analysed. Requests on
   * a document whose analysis is behind its text answer nothing rather than point at old offsets.
   */
  isCurrent(uri: string): boolean {
    const open = this.open.get(uri);
    return !open || this.analysedText.get(uri) === open.fingerprint;
  }

  /** Whether an editor has this document open. */
  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

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
      await this.readReviews(folder);
    }
    const after = [...this.settings.entries()].map(([k, v]) => `${k}=${v.maxFileSize}`).join();
    if (before !== after) {
      this.analysedText.clear();
      // The next index reads every closed file again; an open document is analysed again here, or
      // it would stay behind its text for good (an analysis done before the first settings came in).
      for (const [uri, doc] of this.open) {
        if (!this.isCandidate(uri)) continue;
        const request = ++this.requestCounter;
        this.latest.set(uri, request);
        void this.run(uri, request, doc.version, doc.text, 0);
      }
    }
    const first = this.settings.get(this.folders[0]?.uri ?? '') ?? defaultSettings;
    this.corpus.setConflictOptions({ roundTolerance: first.conflicts.roundTolerance, minConfidence: first.conflicts.minConfidence });
    this.corpus.setStoryPins(first.stories.pin);
  }

  /** Reads a folder's review file; a problem with it is logged and shown to the user once. */
  private async readReviews(folder: WorkspaceFolder): Promise<void> {
    const { set, problem } = await readReviewFile(folder.path);
    this.reviews.set(folder.uri, set);
    if (problem) this.reportReviewProblem(problem);
  }

  private reportReviewProblem(problem: string): void {
    this.host.log(problem);
    this.host.warn?.(`Crosscheck: ${problem}`);
  }

  async reloadReviews(uri: string): Promise<void> {
    const folder = this.folders.find((f) => uri === URI.file(join(f.path, REVIEW_FILE)).toString()) ?? this.folderOf(uri);
    if (!folder) return;
    await this.track(this.readReviews(folder));
    this.corpus.touchAll();
    this.host.changed();
  }

  /**
   * Records or withdraws one review decision in the folder's `.crosscheck/reviewed.json`, merged
   * with whatever is on disk (another window may have written meanwhile). Nothing is written in
   * an untrusted workspace or over a file Crosscheck cannot fully read.
   */
  async recordReview(uri: string, change: ReviewChange): Promise<ReviewWrite | { outcome: 'refused'; problem: string } | undefined> {
    const folder = this.folderOf(uri);
    if (!folder) return undefined;
    if (!this.trusted) return { outcome: 'refused', problem: UNTRUSTED_REVIEW_MESSAGE };
    const result = await this.track(updateReviewFile(folder.path, change));
    this.reviews.set(folder.uri, result.set);
    if (result.outcome === 'refused' && result.problem) this.host.log(result.problem);
    this.corpus.touchAll();
    this.host.changed();
    return result;
  }

  /** Lists and analyses every article in every folder; `report` receives progress. */
  async indexAll(report: (done: number, total: number) => void = () => {}): Promise<number> {
    const files: string[] = [];
    for (const folder of this.folders) {
      const filter = this.filters.get(folder.uri) ?? articleFilter(defaultSettings.include, defaultSettings.exclude);
      files.push(...(await listArticles(folder.path, filter, (p, e) => this.host.log(`cannot read the folder ${p}: ${describeReadError(e)}`))));
    }
    const uris = files.map((f) => URI.file(f).toString());
    this.lastListed = uris.length;
    this.turnedAway.clear();
    const wanted = new Set(uris);
    // Forget articles that are no longer candidates (settings changed or files gone).
    for (const entry of this.corpus.all()) {
      if (!wanted.has(entry.id) && !this.open.has(entry.id)) this.forget(entry.id);
    }
    let done = 0;
    let next = 0;
    report(0, uris.length);
    // A few files at a time: reading thousands at once would exhaust file handles and memory, and
    // the workers take one article each at a time; enough to keep them busy and hide the disk.
    const readers = Array.from({ length: Math.min(16, uris.length) }, async () => {
      while (next < uris.length && !this.disposed) {
        const uri = uris[next++];
        if (!this.open.has(uri)) await this.analyseFromDisk(uri);
        report(++done, uris.length);
      }
    });
    await Promise.all(readers);
    this.logNotArticles(uris);
    return uris.length;
  }

  /**
   * Files that were read but are not articles (empty, a short note, a table) get no notice in the
   * Problems panel, which would fill up with every note in the folder; the log says which and why.
   */
  private logNotArticles(uris: readonly string[]): void {
    const quiet: string[] = [];
    for (const uri of uris) {
      // Files the first-kilobytes check turned away are named with the rest.
      const turnedAway = this.turnedAway.get(uri);
      if (turnedAway) {
        quiet.push(`${this.labelOf(uri)} (${turnedAway})`);
        continue;
      }
      const entry = this.corpus.get(uri);
      if (entry && !entry.analysis.structure.isArticle && entry.analysis.problems.length === 0) {
        quiet.push(`${entry.label} (${entry.analysis.structure.notArticleReason ?? 'not an article'})`);
      }
    }
    if (quiet.length === 0) return;
    const shown = quiet.slice(0, 20).join('; ');
    this.host.log(`${quiet.length} file${quiet.length === 1 ? ' is' : 's are'} not read as articles: ${shown}${quiet.length > 20 ? `; and ${quiet.length - 20} more` : ''}`);
  }

  private optionsFor(uri: string): AnalysisOptions {
    return { ...defaultAnalysisOptions, maxLength: this.settingsOf(uri).maxFileSize };
  }

  /** Drops a file from the index: its diagnostics are cleared and its partners' links withdrawn. */
  private forget(uri: string): boolean {
    this.latest.delete(uri);
    this.analysedText.delete(uri);
    return this.corpus.delete(uri);
  }

  analyseFromDisk(uri: string): Promise<void> {
    return this.track(this.analyseFromDiskNow(uri));
  }

  private async analyseFromDiskNow(uri: string): Promise<void> {
    const request = ++this.requestCounter;
    this.latest.set(uri, request);
    const label = this.labelOf(uri);
    const maxLength = this.settingsOf(uri).maxFileSize;
    let read: ReadResult;
    try {
      // The first kilobytes first: a file that shows no prose there is never read whole or parsed
      // (a folder of logs and tables costs next to nothing).
      // A small file comes whole with its head (one open, one read), unless a test gave its own reader.
      const head = await readHead(URI.parse(uri).fsPath, PROBE_BYTES, this.read === readArticle ? WHOLE_WITH_HEAD : 0);
      if (this.latest.get(uri) !== request) return;
      if (head.size <= 3 * maxLength + 3 && !this.passesProbe(uri, head.text, head.complete)) return;
      // A file of more than three bytes per allowed character is over the limit whatever its
      // encoding: it is not read at all (a 20 MB log file costs nothing).
      read = (head.size <= 3 * maxLength + 3 && head.whole?.()) || (await this.read(URI.parse(uri).fsPath, 3 * maxLength + 3));
    } catch (e) {
      if (this.latest.get(uri) !== request) return;
      const gone = (e as NodeJS.ErrnoException).code === 'ENOENT';
      if (!gone || this.corpus.has(uri)) this.host.log(`cannot read ${label}: ${describeReadError(e)}; it is left out of the index`);
      if (this.forget(uri)) this.host.changed();
      return;
    }
    if (this.latest.get(uri) !== request) return; // Deleted, opened or read again meanwhile.
    if ('tooLarge' in read) {
      const analysis = skippedAnalysis(0, 'article.too-large', tooLargeMessage(read.bytes, maxLength));
      this.corpus.set(uri, label, 0, '', analysis);
      this.analysedText.set(uri, `bytes:${read.bytes}`);
      this.host.changed();
      return;
    }
    const { text } = read;
    if (this.analysedText.get(uri) === fingerprint(text) && this.corpus.has(uri)) return;
    await this.run(uri, request, 0, text, 2);
    // A binary file already says so in its notice; a text file with a few bad bytes is read, and logged.
    const entry = this.corpus.get(uri);
    if (read.invalidUtf8 && this.latest.get(uri) === request && entry && !entry.analysis.problems.some((p) => p.code === 'article.binary')) {
      this.host.log(`${label} is not valid UTF-8: its bad bytes were read as U+FFFD (\uFFFD)`);
    }
  }

  /**
   * The first-kilobytes check (../analysis/probe.ts). A file that fails it leaves the index (it
   * has nothing to show); a binary one gets its notice without being read further. True when the
   * file goes on to be read and analysed.
   */
  private passesProbe(uri: string, head: string, complete: boolean): boolean {
    const verdict = probeText(head, complete, defaultAnalysisOptions.structure.minArticleWords);
    if (verdict.candidate) {
      this.turnedAway.delete(uri);
      return true;
    }
    if ('binary' in verdict) {
      // The analysis's own notice, from the head alone.
      const problem = parseStructure(head).problems.find((p) => p.code === 'article.binary');
      const message = problem?.message ?? `This file looks binary (${verdict.reason}), so Crosscheck does not read it as an article.`;
      this.turnedAway.delete(uri);
      this.corpus.set(uri, this.labelOf(uri), 0, '', skippedAnalysis(head.length, 'article.binary', message));
      this.analysedText.set(uri, `binary:${fingerprint(head)}`);
      this.host.changed();
      return false;
    }
    // The reason a reader knows: the analysis's own for a file read whole (cheap: a few kilobytes, no parse).
    const reason = complete ? (parseStructure(head).notArticleReason ?? verdict.reason) : `no paragraph of prose in its first ${PROBE_BYTES / 1024} KB`;
    this.turnedAway.set(uri, reason);
    if (this.forget(uri)) this.host.changed();
    return false;
  }

  private run(uri: string, request: number, version: number, text: string, priority: number): Promise<void> {
    return this.track(this.runNow(uri, request, version, text, priority));
  }

  private async runNow(uri: string, request: number, version: number, text: string, priority: number): Promise<void> {
    const started = Date.now();
    const outcome = await this.pool.analyse(text, this.optionsFor(uri), priority, uri);
    if (this.latest.get(uri) !== request) return; // A newer version was asked for meanwhile, or the file is gone.
    if ('error' in outcome && (outcome.error === SUPERSEDED || outcome.error === SHUTTING_DOWN)) return;
    let analysis: ArticleAnalysis;
    let known: KnownOfAnalysis = {};
    if ('error' in outcome) {
      // Logged with the file name; the text's fingerprint is kept below, so the same text is not
      // analysed again (no retry loop) until it changes.
      this.host.log(`analysis of ${this.labelOf(uri)} failed: ${outcome.error}`);
      analysis = failedAnalysis(text.length, outcome.error, 'the other articles are still served. Details are in the Crosscheck output.');
    } else {
      analysis = outcome.analysis;
      known = { mirror: outcome.mirror, contentKey: outcome.contentKey };
    }
    this.corpus.set(uri, this.labelOf(uri), version, text, analysis, known);
    this.analysedText.set(uri, fingerprint(text));
    const ms = Date.now() - started;
    if (ms > 2000) this.host.log(`analysed ${this.labelOf(uri)} (${text.length} characters) in ${ms} ms`);
    this.host.changed(priority === 0);
  }

  /** An editor opened or changed a document: its text wins over the disk. */
  openOrChange(uri: string, version: number, text: string, immediate: boolean): void {
    // TextDocuments reports a change right after each open, with the same version: analyse once.
    const known = this.open.get(uri);
    if (known && known.version === version && known.text === text) return;
    const print = fingerprint(text);
    this.open.set(uri, { version, text, fingerprint: print });
    // An open copy of an article carries its group's warnings (../corpus/mirrors.ts).
    if (!known) this.corpus.setPreferred(new Set(this.open.keys()));
    if (!this.isCandidate(uri)) return;
    const request = ++this.requestCounter;
    this.latest.set(uri, request);
    clearTimeout(this.debounces.get(uri));
    this.debounces.delete(uri);
    // Opening a file whose text is already indexed (or reopening it after a language change, or
    // typing back what was there) needs no new analysis: the entry now stands for this version.
    const entry = this.corpus.get(uri);
    if (this.analysedText.get(uri) === print && entry) {
      entry.version = version;
      // Ready the worker that will analyse this document's edits (the analysis came from the index);
      // the host hears when it is done, so the status goes from busy to idle.
      if (!known && entry.analysis.structure.isArticle && this.pool.prime) void this.track(this.pool.prime(text, this.optionsFor(uri), uri)).then(() => this.host.changed());
      // Still tell the host: the set of open articles changed (the client gives them the language).
      this.host.changed();
      return;
    }
    // Text that shows no prose is not sent to the workers at all (a log or a list opened in an editor).
    if (!this.passesProbe(uri, text, true)) {
      this.analysedText.set(uri, print);
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
    this.corpus.setPreferred(new Set(this.open.keys()));
    clearTimeout(this.debounces.get(uri));
    this.debounces.delete(uri);
    if (!this.isCandidate(uri)) {
      if (this.forget(uri)) this.host.changed();
      return;
    }
    // A newer request number: an analysis of the editor's text still under way is dropped.
    this.latest.set(uri, ++this.requestCounter);
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
    for (const id of [...this.turnedAway.keys()]) if (id === uri || id.startsWith(prefix)) this.turnedAway.delete(id);
    let changed = false;
    for (const entry of this.corpus.all()) {
      if ((entry.id === uri || entry.id.startsWith(prefix)) && !this.open.has(entry.id)) changed = this.forget(entry.id) || changed;
    }
    // A read or analysis of the file still under way must not bring it back.
    for (const id of [...this.latest.keys()]) if ((id === uri || id.startsWith(prefix)) && !this.open.has(id)) this.latest.delete(id);
    if (changed) this.host.changed();
  }

  /** Stops the debounce timers; `drained` then waits for reads, analyses and review writes under way. */
  dispose(): void {
    this.disposed = true;
    for (const t of this.debounces.values()) clearTimeout(t);
    this.debounces.clear();
  }

  /** Resolves when no read, analysis or review write is under way (after `dispose`, for a clean exit). */
  async drained(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.pending > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
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
