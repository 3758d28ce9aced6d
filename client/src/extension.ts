/**
 * The VS Code side of Crosscheck: starts the language server over IPC, gives article files the
 * `article` language, and adds the commands, the status bar item and the output channel. Thin: all
 * analysis happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  COMMANDS,
  CONFLICTS_REQUEST,
  STATUS_NOTIFICATION,
  TRUST_NOTIFICATION,
  type ConflictItem,
  type InitializationOptions,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { RestartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;
let output: vscode.LogOutputChannel | undefined;

/** What tests (and other extensions) can read after activation. */
export interface CrosscheckApi {
  /** Resolves when the server has answered `initialize`. */
  ready: Promise<void>;
  /** The latest status the server sent. */
  status(): StatusParams | undefined;
  /** The notifications Crosscheck itself showed this session (not the server's messages). */
  notices(): readonly string[];
}

const SHOW_OUTPUT = 'Show output';

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  output = log;
  const trace = vscode.window.createOutputChannel('Crosscheck Trace', { log: true });
  context.subscriptions.push(log, trace);

  const notices: string[] = [];
  /** A notification with a button that opens the log. */
  const notify = (message: string, level: 'warning' | 'error' = 'warning') => {
    notices.push(message);
    const show = level === 'error' ? vscode.window.showErrorMessage : vscode.window.showWarningMessage;
    void Promise.resolve(show(message, SHOW_OUTPUT)).then((choice) => {
      if (choice === SHOW_OUTPUT) log.show(true);
    });
  };

  // A server that dies is restarted a few times and the user is told once (restartPolicy.ts);
  // vscode-languageclient's own messages are replaced by these (`handled: true`).
  const policy = new RestartPolicy();
  const errorHandler: ErrorHandler = {
    error: (error, _message, count) => {
      log.error(`Crosscheck: the connection to the language server failed: ${error.message}`);
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed: () => {
      const decision = policy.crashed();
      log.warn(decision.log);
      if (decision.tell) notify(decision.tell);
      if (!decision.restart) showStopped();
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every .txt file is offered; the server decides which are articles (include/exclude settings
    // and content), so a LICENSE.txt or a short note gets nothing.
    documentSelector: [
      { scheme: 'file', language: 'article' },
      { scheme: 'file', pattern: '**/*.txt' },
      { scheme: 'untitled', language: 'article' },
    ],
    synchronize: { configurationSection: 'crosscheck' },
    outputChannel: log,
    traceOutputChannel: trace,
    markdown: { isTrusted: false, supportHtml: false },
    errorHandler,
    // Read at every (re)start: in an untrusted workspace the server writes nothing (package.json,
    // capabilities.untrustedWorkspaces).
    // Analyses are kept between sessions in the extension's own storage, never in the workspace;
    // the folder is safe to delete.
    initializationOptions: (): InitializationOptions => ({
      workspaceTrusted: vscode.workspace.isTrusted,
      cacheDir: path.join((context.storageUri ?? context.globalStorageUri).fsPath, 'analysis-cache'),
    }),
  };

  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);

  let lastStatus: StatusParams | undefined;
  status = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Crosscheck';
  status.command = 'crosscheck.showAllConflicts';
  status.text = '$(sync~spin) Crosscheck';
  status.tooltip = 'Crosscheck is starting';
  status.show();
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.showAllConflicts', () => safely('list the conflicts', () => showConflicts(false))),
    vscode.commands.registerCommand('crosscheck.showReviewed', () => safely('list the reviewed conflicts', () => showConflicts(true))),
    vscode.commands.registerCommand('crosscheck.restartServer', () =>
      safely('restart the language server', async () => {
        policy.reset();
        if (client?.state === State.Stopped) await client.start();
        else await client?.restart();
      }),
    ),
    vscode.commands.registerCommand('crosscheck.showOutput', () => log.show(true)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client?.state === State.Running) void client.sendNotification(TRUST_NOTIFICATION).catch(() => undefined);
    }),
    // crosscheck.reindex, markReviewed and unreview are the server's commands: vscode-languageclient
    // registers every command of the server's executeCommandProvider, so they are not registered here.
  );

  // Registered once: vscode-languageclient keeps notification handlers across restarts.
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      lastStatus = params;
      updateStatus(params);
      void giveArticleLanguage(params.openArticles);
    }),
    client.onDidChangeState((e) => {
      if (e.newState === State.Starting && status) {
        status.text = '$(sync~spin) Crosscheck';
        status.tooltip = 'Crosscheck is starting';
      }
    }),
  );
  const ready = client.start();
  ready.catch((e) => {
    log.error(`Crosscheck: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    showStopped('The Crosscheck language server did not start; see the Crosscheck output.');
  });
  context.subscriptions.push({ dispose: () => void client?.stop().catch(() => undefined) });
  return { ready, status: () => lastStatus, notices: () => notices };
}

/** The status bar when the server is not running: a click opens the log. */
function showStopped(tooltip = 'The Crosscheck language server stopped; see the Crosscheck output. "Crosscheck: Restart the language server" starts it again.'): void {
  if (!status) return;
  status.text = '$(error) Crosscheck stopped';
  status.tooltip = tooltip;
  status.command = 'crosscheck.showOutput';
}

/** Runs a command; a failure is logged and told in words, never left as an unhandled error. */
async function safely(what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    output?.error(`Crosscheck could not ${what}: ${reason}`);
    const choice = await vscode.window.showErrorMessage(`Crosscheck could not ${what}: ${reason}`, SHOW_OUTPUT);
    if (choice === SHOW_OUTPUT) output?.show(true);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function updateStatus(s: StatusParams): void {
  if (!status) return;
  if (!s.busy && s.articles === 0) {
    // A workspace that is not a folder of articles: say so quietly, and cost nothing more.
    const checked = s.files === undefined ? '' : ` (${s.files} text file${s.files === 1 ? '' : 's'} checked)`;
    status.text = '$(circle-slash) Crosscheck: no articles';
    status.tooltip = `Crosscheck found no news articles in this workspace${checked}. It starts as soon as one appears. Click for the output.`;
    status.command = 'crosscheck.showOutput';
    return;
  }
  const icon = s.busy ? '$(sync~spin)' : s.conflicts ? '$(warning)' : '$(check)';
  status.text = `${icon} ${s.articles} article${s.articles === 1 ? '' : 's'} · ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}`;
  status.tooltip = `Crosscheck: ${s.articles} articles indexed, ${s.conflicts} open conflicts, ${s.reviewed} reviewed. Click to list the conflicts.`;
  status.command = 'crosscheck.showAllConflicts';
}

/**
 * Gives open plain-text files that the server reads as articles the `article` language (colours
 * from the grammar). Files the user set to another language themselves are left alone.
 */
const languageGiven = new Set<string>();

async function giveArticleLanguage(uris: string[]): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    const uri = doc.uri.toString();
    // Once per document and session: a user who switches it back to Plain Text is not overridden.
    if (doc.languageId === 'plaintext' && uris.includes(uri) && !languageGiven.has(uri)) {
      languageGiven.add(uri);
      // The document may have been closed meanwhile: that is no error worth showing.
      await vscode.languages.setTextDocumentLanguage(doc, 'article').then(undefined, (e) => output?.debug(`could not set the language of ${uri}: ${e}`));
    }
  }
}

interface ConflictPick extends vscode.QuickPickItem {
  item: ConflictItem;
}

async function showConflicts(reviewedOnly: boolean): Promise<void> {
  if (!client || client.state !== State.Running) {
    void vscode.window.showWarningMessage('Crosscheck: the language server is not running. Run "Crosscheck: Restart the language server" to start it.');
    return;
  }
  const items = (await client.sendRequest<ConflictItem[]>(CONFLICTS_REQUEST)).filter((c) => c.reviewed === reviewedOnly);
  if (items.length === 0) {
    void vscode.window.showInformationMessage(reviewedOnly ? 'Crosscheck: no conflict is marked as reviewed.' : 'Crosscheck: no open conflicts between the articles in this workspace.');
    return;
  }
  const open: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the other side' };
  const review: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon(reviewedOnly ? 'eye' : 'check'), tooltip: reviewedOnly ? 'Show this conflict again (un-review)' : 'Mark as reviewed' };
  const pick = vscode.window.createQuickPick<ConflictPick>();
  pick.title = reviewedOnly ? 'Crosscheck: reviewed conflicts' : 'Crosscheck: conflicts between articles';
  pick.placeholder = 'Enter opens the first passage; the buttons open the other side or change the review state';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items.map((item) => ({
    label: `${item.a.text}  ↔  ${item.b.text}`,
    description: `${item.a.label} · ${item.b.label}`,
    detail: `${item.a.summary} vs ${item.b.summary}`,
    buttons: [open, review],
    item,
  }));
  const show = async (side: ConflictItem['a']) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(side.uri));
    const range = new vscode.Range(side.range.start.line, side.range.start.character, side.range.end.line, side.range.end.character);
    await vscode.window.showTextDocument(doc, { selection: range, preview: true });
  };
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void safely('open the passage', () => show(chosen.item.a));
  });
  pick.onDidTriggerItemButton((e) => {
    pick.hide();
    if (e.button === open) void safely('open the other passage', () => show(e.item.item.b));
    else void safely('record the review', () => reviewByLocation(e.item.item, !reviewedOnly));
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

/** Marks or un-marks a conflict through the server, which writes the review file. */
async function reviewByLocation(item: ConflictItem, reviewed: boolean): Promise<void> {
  await client?.sendRequest('workspace/executeCommand', {
    command: reviewed ? COMMANDS.markReviewed : COMMANDS.unreview,
    arguments: [{ a: { uri: item.a.uri, index: item.a.index, text: item.a.text }, b: { uri: item.b.uri, index: item.b.index, text: item.b.text } }],
  });
}
