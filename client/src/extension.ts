/**
 * The VS Code side of Crosscheck: starts the language server over IPC, gives article files the
 * `article` language, and adds the commands, the status bar item and the output channel. Thin: all
 * analysis happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS, CONFLICTS_REQUEST, STATUS_NOTIFICATION, type ConflictItem, type StatusParams } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;

/** What tests (and other extensions) can read after activation. */
export interface CrosscheckApi {
  /** Resolves when the server has answered `initialize`. */
  ready: Promise<void>;
  /** The latest status the server sent. */
  status(): StatusParams | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const trace = vscode.window.createOutputChannel('Crosscheck Trace', { log: true });
  context.subscriptions.push(output, trace);

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
    outputChannel: output,
    traceOutputChannel: trace,
    markdown: { isTrusted: false, supportHtml: false },
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
    vscode.commands.registerCommand('crosscheck.showAllConflicts', () => showConflicts(false)),
    vscode.commands.registerCommand('crosscheck.showReviewed', () => showConflicts(true)),
    vscode.commands.registerCommand('crosscheck.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('crosscheck.showOutput', () => output.show(true)),
    // crosscheck.reindex, markReviewed and unreview are the server's commands: vscode-languageclient
    // registers every command of the server's executeCommandProvider, so they are not registered here.
  );

  const ready = client.start().then(() => {
    context.subscriptions.push(
      client!.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
        lastStatus = params;
        updateStatus(params);
        void giveArticleLanguage(params.openArticles);
      }),
    );
  });
  ready.catch((e) => {
    output.error(`Crosscheck: the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    if (status) {
      status.text = '$(error) Crosscheck';
      status.tooltip = 'The Crosscheck language server did not start; see the Crosscheck output.';
      status.command = 'crosscheck.showOutput';
    }
  });
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return { ready, status: () => lastStatus };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function updateStatus(s: StatusParams): void {
  if (!status) return;
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
      await vscode.languages.setTextDocumentLanguage(doc, 'article');
    }
  }
}

interface ConflictPick extends vscode.QuickPickItem {
  item: ConflictItem;
}

async function showConflicts(reviewedOnly: boolean): Promise<void> {
  if (!client) return;
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
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) await show(chosen.item.a);
  });
  pick.onDidTriggerItemButton(async (e) => {
    if (e.button === open) {
      pick.hide();
      await show(e.item.item.b);
      return;
    }
    pick.hide();
    await reviewByLocation(e.item.item, !reviewedOnly);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

/** Marks or un-marks a conflict through the server, which writes the review file. */
async function reviewByLocation(item: ConflictItem, reviewed: boolean): Promise<void> {
  await client?.sendRequest('workspace/executeCommand', {
    command: reviewed ? COMMANDS.markReviewed : COMMANDS.unreview,
    arguments: [{ a: { uri: item.a.uri, index: item.a.index }, b: { uri: item.b.uri, index: item.b.index } }],
  });
}
