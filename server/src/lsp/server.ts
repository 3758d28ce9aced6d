/**
 * The language server: one file that wires LSP requests to the workspace index and the small
 * handlers beside it. Started by the VS Code client over IPC, or standalone over stdio
 * (`crosscheck-language-server --stdio`) for Neovim, Helix, Emacs and other editors.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleReader } from './workspace';
import { URI } from 'vscode-uri';
import { REVIEW_FILE } from '../corpus/reviews';
import { allConflicts } from '../corpus/findings';
import type { AnalysisPool } from '../runtime/analysisPool';
import { startAnalysis, type AnalysisSetup } from '../runtime/analysisSetup';
import { defaultSettings, readSettings, unknownSettings, type CrosscheckSettings } from '../settings';
import { cancellable } from './cancellation';
import { DiagnosticsPublisher } from './diagnostics';
import { hover } from './hover';
import { documentLinks } from './links';
import { definition, highlights, references } from './navigation';
import {
  COMMANDS,
  CONFLICTS_REQUEST,
  SETTLE_REQUEST,
  STATUS_NOTIFICATION,
  TRUST_NOTIFICATION,
  type InitializationOptions,
  type ReviewArgs,
  type StatusParams,
} from './protocol';
import { codeActions, conflictList, setReviewed, showLocation } from './review';
import { documentSymbols, workspaceSymbols } from './symbols';
import { ArticleWorkspace, type WorkspaceFolder } from './workspace';

/** How long to gather corpus changes before republishing diagnostics for the workspace. */
const PUBLISH_DEBOUNCE_MS = 100;
/** How long indexing runs before the first diagnostics are published (later ones are spaced). */
const FIRST_PUBLISH_WHILE_INDEXING_MS = 3000;
/** The most of the indexing time that publications while indexing may take. */
const INDEXING_PUBLISH_SHARE = 0.1;
/** How long after the last publication the actor indexes are rebuilt, if no request did it first. */
const WARM_AFTER_MS = 400;
/** How long after the end of an index its links are stored in the analysis cache. */
const STORE_LINKS_AFTER_MS = 1000;

/** What a test may put in place of the real thing when it starts a server in-process. */
export interface ServerDependencies {
  pool?: AnalysisPool;
  read?: ArticleReader;
}

export function startServer(connection: Connection = createConnection(), deps: ServerDependencies = {}): Connection {
  const documents = new TextDocuments(TextDocument);
  // Workers on every core, one analysis per text and the persistent cache in front of them (its
  // folder comes with initialize; ../runtime/analysisSetup.ts). A test may give one pool instead.
  const analysis: AnalysisSetup = startAnalysis((m) => connection.console.log(m), deps.pool);
  const pool = analysis.analyser;
  let clientHasConfiguration = false;
  let clientHasWatchers = false;
  let clientHasFolders = false;
  let markdownHover = true;
  let indexing = false;
  /** Set once an index's analyses are all in: its last publication is on its way, and none before it. */
  let indexEnding = false;
  let publishTimer: NodeJS.Timeout | undefined;
  let shuttingDown = false;

  const publisher = new DiagnosticsPublisher(connection);
  const log = (m: string) => connection.console.log(m);
  const workspace: ArticleWorkspace = new ArticleWorkspace(
    pool,
    {
      log,
      changed: (urgent) => schedulePublish(urgent),
      settingsFor: async (folder) => pullSettings(folder),
      warn: (m) => warnOnce(m),
    },
    deps.read,
  );

  /** Messages already shown: a problem is shown once a session, not at every re-index. */
  const warned = new Set<string>();
  function warnOnce(message: string): void {
    if (warned.has(message) || shuttingDown) return;
    warned.add(message);
    // A notification, not a request: a client that cannot answer a message request must not fail it.
    void connection.sendNotification('window/showMessage', { type: 2, message });
  }

  async function pullSettings(folder: WorkspaceFolder | undefined): Promise<CrosscheckSettings> {
    if (!clientHasConfiguration) return defaultSettings;
    try {
      const raw = await connection.workspace.getConfiguration({ scopeUri: folder?.uri, section: 'crosscheck' });
      const { settings, problems } = readSettings(raw);
      for (const key of unknownSettings(raw)) problems.push(`crosscheck.${key} is not a Crosscheck setting and is ignored`);
      for (const p of problems) {
        connection.console.warn(p);
        warnOnce(`Crosscheck: ${p}${folder && workspace.getFolders().length > 1 ? ` (folder ${folder.name})` : ''}.`);
      }
      return settings;
    } catch (e) {
      connection.console.warn(`could not read settings: ${(e as Error).message}; using defaults`);
      return defaultSettings;
    }
  }

  /** When the last publication ended and how long it took: publications during indexing are spaced by it. */
  let lastPublish = { at: 0, ms: 0 };
  let indexingSince = 0;
  /** Publications while indexing, and the time they took (for the log). */
  let indexingPublished = { count: 0, ms: 0 };
  let warmTimer: NodeJS.Timeout | undefined;

  function publishNow(): void {
    clearTimeout(publishTimer);
    publishTimer = undefined;
    const started = Date.now();
    publisher.publishAll(workspace, (m) => connection.console.error(m));
    const endOfIndex = storeLinksAfterPublish && !indexing;
    // At the end of an index the actor indexes are built before the status says idle, so the
    // first hover on a name does not wait for them (after an edit they wait for a pause, below).
    if (endOfIndex) workspace.corpus.warm();
    sendStatus();
    if (endOfIndex) {
      storeLinksAfterPublish = false;
      // A little later: serialising the links at the end of an index would add to the memory peak.
      clearTimeout(storeTimer);
      storeTimer = setTimeout(storeLinks, STORE_LINKS_AFTER_MS);
    }
    lastPublish = { at: Date.now(), ms: Date.now() - started };
    if (indexing) indexingPublished = { count: indexingPublished.count + 1, ms: indexingPublished.ms + lastPublish.ms };
    // The actor indexes (hovers on names, definitions) are rebuilt once the edits pause, rather
    // than after every keystroke or in the first request that needs them.
    clearTimeout(warmTimer);
    if (!indexing && !shuttingDown) warmTimer = setTimeout(warm, WARM_AFTER_MS);
  }

  /** Set at the end of an index: the next publication's links are stored for the next session. */
  let storeLinksAfterPublish = false;
  let storeTimer: NodeJS.Timeout | undefined;
  /** The link key whose links were read from the cache or stored this session (not stored again). */
  let linksInCache: string | undefined;

  /**
   * Links made by a full run over a workspace are stored in the analysis cache, keyed by what they
   * are made from (every article's content key, the settings, the server's version): a warm start
   * of an unchanged workspace takes them instead of linking every article again.
   */
  async function loadStoredLinks(): Promise<void> {
    try {
      const cache = await analysis.cache();
      const key = cache && workspace.corpus.linkKey();
      if (!cache || key === undefined) return;
      const links = await cache.getLinks(key);
      if (!links) return;
      workspace.corpus.useStoredLinks(key, links);
      linksInCache = key;
      log(`${links.length} links read from the analysis cache: the articles are as they were linked before`);
    } catch (e) {
      connection.console.warn(`could not read the stored links: ${(e as Error).message}`);
    }
  }

  /** Stores the links of the last index when a full run made them and they still stand (in the background). */
  function storeLinks(): void {
    storeTimer = undefined;
    const full = workspace.corpus.linksOfFullRun();
    if (!full || full.key === linksInCache) return;
    linksInCache = full.key;
    void analysis.cache().then((cache) => cache?.putLinks(full.key, full.links));
  }

  /** Rebuilds the actor indexes when nothing is waiting (an edit being typed or analysed waits for nobody). */
  function warm(): void {
    if (shuttingDown) return;
    if (indexing || workspace.editsPending || pool.pending > 0) warmTimer = setTimeout(warm, WARM_AFTER_MS);
    else workspace.corpus.warm();
  }

  /**
   * Republishes after a change. An open editor's article is published at once (the edit debounce
   * already gathered the keystrokes); other changes are gathered for PUBLISH_DEBOUNCE_MS.
   *
   * While the workspace is being indexed, the protocol thread's time is taken from the analyses
   * (the workers keep every core busy), and every link made before the end is made again by the
   * last publication, which links the whole workspace in one run. So an index publishes once, at
   * its end, with the open documents first; only while an editor has an article open is there a
   * publication before that (for the article being read), a few seconds in (a warm start is done
   * by then) and then spaced so that they take at most a tenth of the time. Those are throttled,
   * not debounced: a publication due is not put off by each analysis that comes in.
   */
  function schedulePublish(urgent = false): void {
    if (shuttingDown) return;
    if (indexing) {
      if (indexEnding || documents.all().length === 0 || publishTimer) return;
      const delay = Math.max(PUBLISH_DEBOUNCE_MS, indexingSince + FIRST_PUBLISH_WHILE_INDEXING_MS - Date.now(), lastPublish.at + ((1 - INDEXING_PUBLISH_SHARE) / INDEXING_PUBLISH_SHARE) * lastPublish.ms - Date.now());
      publishTimer = setTimeout(publishNow, delay);
      return;
    }
    clearTimeout(publishTimer);
    publishTimer = setTimeout(publishNow, urgent ? 0 : PUBLISH_DEBOUNCE_MS);
  }

  function sendStatus(): void {
    if (shuttingDown) return;
    const corpus = workspace.corpus;
    const settings = workspace.settingsOf(workspace.getFolders()[0]?.uri ?? '');
    const conflicts = allConflicts(corpus, settings, (article) => workspace.reviewsOf(article));
    const status: StatusParams = {
      articles: corpus.articles().length,
      conflicts: conflicts.filter((c) => !c.reviewed).length,
      reviewed: conflicts.filter((c) => c.reviewed).length,
      busy: indexing || pool.pending > 0,
      openArticles: documents.all().filter((d) => corpus.get(d.uri)?.analysis.structure.isArticle).map((d) => d.uri),
      ...workspace.scanned,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    clientHasConfiguration = !!caps.workspace?.configuration;
    clientHasWatchers = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    clientHasFolders = !!caps.workspace?.workspaceFolders;
    const formats = caps.textDocument?.hover?.contentFormat;
    markdownHover = !formats || formats.includes('markdown');
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    workspace.setTrusted(init.workspaceTrusted !== false);
    // The client may give a folder of its own for the analysis cache (never the workspace).
    if (typeof init.cacheDir === 'string' && init.cacheDir) analysis.useCache(init.cacheDir);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    workspace.setFolders(folders.map((f) => ({ uri: f.uri, name: f.name, path: URI.parse(f.uri).fsPath })));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'crosscheck-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (clientHasConfiguration) connection.client.register(DidChangeConfigurationNotification.type, { section: 'crosscheck' }).catch(() => undefined);
    if (clientHasWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
        .catch((e) => connection.console.warn(`could not watch files: ${(e as Error).message}`));
    }
    if (clientHasFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        const current = workspace.getFolders().filter((f) => !event.removed.some((r) => r.uri === f.uri));
        workspace.setFolders([...current, ...event.added.map((f) => ({ uri: f.uri, name: f.name, path: URI.parse(f.uri).fsPath }))]);
        await reindex();
      });
    }
    await reindex();
  });

  let reindexing: Promise<void> | undefined;
  let reindexAgain = false;

  /** Re-reads settings and indexes every folder; calls during a run are folded into one more run. */
  async function reindex(): Promise<void> {
    if (reindexing) {
      reindexAgain = true;
      return reindexing;
    }
    reindexing = (async () => {
      do {
        reindexAgain = false;
        await reindexOnce();
      } while (reindexAgain);
    })();
    try {
      await reindexing;
    } finally {
      reindexing = undefined;
    }
  }

  async function reindexOnce(): Promise<void> {
    indexing = true;
    indexingSince = Date.now();
    indexingPublished = { count: 0, ms: 0 };
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    try {
      await workspace.loadSettings();
      progress?.begin('Crosscheck: indexing articles', 0, 'listing files', false);
      const started = Date.now();
      let reported = -1;
      const total = await workspace.indexAll((done, count) => {
        // One report per percent: thousands of files would otherwise mean thousands of messages.
        const percent = count ? Math.floor((100 * done) / count) : 100;
        if (percent === reported) return;
        reported = percent;
        progress?.report(percent, `${done} of ${count} files`);
      });
      const articles = workspace.corpus.all().filter((e) => e.analysis.structure.isArticle).length;
      const published = indexingPublished.count ? `; ${indexingPublished.count} publications while indexing took ${indexingPublished.ms} ms` : '';
      connection.console.log(`indexed ${total} files, ${articles} articles, in ${Date.now() - started} ms${published}`);
    } catch (e) {
      connection.console.error(`indexing failed: ${(e as Error).stack ?? e}`);
    } finally {
      // Nothing is published between the last analysis and the last publication, which links and
      // publishes everything once (a publication due now would link the workspace twice).
      indexEnding = true;
      clearTimeout(publishTimer);
      publishTimer = undefined;
      // The workers are done: their heaps go before the end of the index links and publishes
      // everything (the server's peak of memory was there, with the idle workers still holding
      // theirs). One stays for the edits of an open article; the others start again with new work.
      // Still indexing meanwhile: a publication due now must not say the server is idle.
      await pool.trim?.(documents.all().length > 0 ? 1 : 0);
      indexing = false;
      progress?.done();
      // Links made while the workspace grew can drift from one run over all of it (../corpus/linking.ts):
      // the last publication of an index links everything again, so a folder always reads the same.
      if (indexingPublished.count > 0) workspace.corpus.relinkAll();
      // Links stored by an earlier session over the very same articles stand for that full run.
      await loadStoredLinks();
      storeLinksAfterPublish = true;
      indexEnding = false;
      // At once: nothing is left to gather (a warm start is done when this is out).
      schedulePublish(true);
    }
  }

  documents.onDidOpen((e) => workspace.openOrChange(e.document.uri, e.document.version, e.document.getText(), true));
  documents.onDidChangeContent((e) => workspace.openOrChange(e.document.uri, e.document.version, e.document.getText(), false));
  documents.onDidClose((e) => workspace.close(e.document.uri));

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (change.uri.endsWith('/' + REVIEW_FILE)) {
        await workspace.reloadReviews(change.uri);
        continue;
      }
      if (change.type === FileChangeType.Deleted) workspace.fileDeleted(change.uri);
      else await workspace.fileChanged(change.uri);
    }
  });

  connection.onDidChangeConfiguration(async () => {
    await reindex();
  });

  /**
   * Runs a request on one document. A document whose analysis is behind the editor's text gets no
   * answer rather than one at the wrong offsets, and a failure is logged with the file name and
   * answered with nothing, so the client never sees an error for one odd article.
   */
  function onDocument<P extends { textDocument: { uri: string } }, R>(what: string, empty: R, answer: (params: P) => R): (params: P) => R {
    return (params) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string' || !workspace.isCurrent(uri)) return empty;
      try {
        return answer(params);
      } catch (e) {
        connection.console.error(`${what} on ${workspace.labelOf(uri)} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return empty;
      }
    };
  }

  /** The same guard for requests that are not about one document. */
  function guarded<P, R>(what: string, empty: R, answer: (params: P) => R): (params: P) => R {
    return (params) => {
      try {
        return answer(params);
      } catch (e) {
        connection.console.error(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return empty;
      }
    };
  }

  connection.onHover(cancellable(onDocument('hover', null, (params) => hover(workspace.corpus, params, markdownHover))));
  connection.onDefinition(cancellable(onDocument('definition', null, (params) => definition(workspace.corpus, params))));
  connection.onReferences(cancellable(onDocument('references', null, (params) => references(workspace.corpus, params))));
  connection.onDocumentHighlight(cancellable(onDocument('highlights', null, (params) => highlights(workspace.corpus, params))));
  connection.onDocumentSymbol(cancellable(onDocument('document symbols', null, (params) => documentSymbols(workspace.corpus, params.textDocument.uri))));
  connection.onWorkspaceSymbol(cancellable(guarded('workspace symbols', [], (params) => workspaceSymbols(workspace.corpus, params.query ?? ''))));
  connection.onDocumentLinks(cancellable(onDocument('document links', null, (params) => documentLinks(workspace.corpus, params.textDocument.uri))));
  connection.onCodeAction(onDocument('code actions', null, (params) => codeActions(workspace, params)));
  connection.onRequest(CONFLICTS_REQUEST, guarded('the conflict list', [], () => conflictList(workspace)));

  connection.onRequest(SETTLE_REQUEST, async () => {
    // Waits for the debounced edits, reads, analyses and re-indexing the server has received,
    // then publishes at once: the diagnostics are on the wire before this answer.
    while (!shuttingDown && (reindexing || indexing || pool.pending > 0 || !workspace.idle())) await new Promise((r) => setTimeout(r, 10));
    if (!shuttingDown) publishNow();
    return null;
  });

  connection.onNotification(TRUST_NOTIFICATION, () => {
    workspace.setTrusted(true);
    connection.console.log('the workspace is trusted now: review decisions are recorded');
  });

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    try {
      switch (params.command) {
        case COMMANDS.showLocation:
          await showLocation(connection, args[0], args[1]);
          return null;
        case COMMANDS.markReviewed:
        case COMMANDS.unreview: {
          const { message, done } = await setReviewed(workspace, args[0] as ReviewArgs, params.command === COMMANDS.markReviewed, new Date().toISOString());
          // A notification, not a request: a client that cannot answer a message request must not fail it.
          void connection.sendNotification('window/showMessage', { type: done ? 3 : 2, message });
          return message;
        }
        case COMMANDS.reindex:
          await reindex();
          return null;
        default:
          return null;
      }
    } catch (e) {
      connection.console.error(`the command ${params.command} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return null;
    }
  });


  connection.onShutdown(async () => {
    // No new work starts; a review write under way finishes (it must not leave a temporary or
    // lock file behind), then the analysis worker thread is stopped before the answer goes out.
    shuttingDown = true;
    clearTimeout(publishTimer);
    clearTimeout(warmTimer);
    // Links waiting to be stored are stored now: the next start takes them.
    if (storeTimer) {
      clearTimeout(storeTimer);
      storeLinks();
    }
    workspace.dispose();
    await pool.dispose();
    await workspace.drained();
    // Cache writes already asked for finish (each is one small file), so the next start is warm.
    await analysis.flush();
  });

  // One failing promise must never take the server down for every article: log it and go on.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`unexpected failure: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
