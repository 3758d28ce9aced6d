/**
 * A small LSP client for protocol tests: starts the real bundled server (`dist/server.js --stdio`)
 * as a process and speaks JSON-RPC to it, collecting what the server pushes (diagnostics, status).
 * Waits are for conditions with a timeout, never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { ConditionWaiter } from './conditionWaiter';

export const serverScript = resolve(__dirname, '..', '..', 'dist', 'server.js');

export interface StatusParams {
  articles: number;
  conflicts: number;
  reviewed: number;
  busy: boolean;
  files?: number;
  turnedAway?: number;
}

export interface StartOptions {
  /** Node options before the server script, e.g. `['--require', preload]`. */
  execArgv?: string[];
  env?: Record<string, string>;
  initializationOptions?: unknown;
  /** The client's process id as sent in `initialize` (the server exits when that process is gone). */
  processId?: number | null;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  /** window/showMessage notifications, with their type (1 error, 2 warning, 3 info). */
  readonly messages: { type: number; message: string }[] = [];
  readonly shown: unknown[] = [];
  /** Resolves with the exit code when the server process ends. */
  readonly exited: Promise<number | null>;
  status: StatusParams | undefined;
  /** What the client answers to workspace/configuration; change it, then send didChangeConfiguration. */
  settings: Record<string, unknown> = {};
  private readonly waiter = new ConditionWaiter();
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly root: string,
  ) {
    this.exited = new Promise((r) => {
      if (process.exitCode !== null) r(process.exitCode);
      else process.once('exit', (code) => r(code));
    });
  }

  static async start(root: string, settings: Record<string, unknown> = {}, hoverFormats = ['markdown', 'plaintext'], options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), serverScript, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, root);
    client.settings = settings;
    child.stderr!.on('data', (d) => client.logs.push(String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.notify();
    });
    connection.onNotification('crosscheck/status', (p: StatusParams) => {
      client.status = p;
      client.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => void client.logs.push(p.message));
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      client.logs.push(p.message);
      client.messages.push(p);
      client.notify();
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => client.settings));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showDocument', (p: unknown) => {
      client.shown.push(p);
      return { success: true };
    });
    connection.onNotification('$/progress', () => {});
    connection.listen();
    const folder = URI.file(root).toString();
    await connection.sendRequest<InitializeResult>('initialize', {
      processId: options.processId === undefined ? process.pid : options.processId,
      initializationOptions: options.initializationOptions,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'articles' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: hoverFormats }, publishDiagnostics: { relatedInformation: true } },
        window: { workDoneProgress: true, showDocument: { support: true } },
      },
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  private notify(): void {
    this.waiter.notify();
  }

  /** Resolves when `condition` holds, re-checked after each message from the server. */
  async waitFor<T>(what: string, condition: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
    return this.waiter.waitFor(what, condition, timeoutMs, () => `server log:\n${this.logs.join('\n')}`);
  }

  /** Waits until the initial indexing is over and the server is idle. */
  async idle(articles?: number): Promise<StatusParams> {
    return this.waitFor(`an idle status${articles !== undefined ? ` with ${articles} articles` : ''}`, () =>
      this.status && !this.status.busy && (articles === undefined || this.status.articles === articles) ? this.status : undefined,
    );
  }

  /**
   * Waits until the server has handled everything sent so far (edits, file events, analyses) and
   * has published the diagnostics for that state: they arrive before the answer.
   */
  async settle(): Promise<void> {
    await this.connection.sendRequest('crosscheck/settle');
  }

  /** Sends an incremental change of an open document. */
  change(uri: string, version: number, changes: { range?: { start: Position; end: Position }; text: string }[]): void {
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Tells the server about files changed on disk (1 created, 2 changed, 3 deleted). */
  watched(...changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** The `numeric-conflict` diagnostics the server last published for a file. */
  conflicts(name: string): Diagnostic[] {
    return (this.diagnostics.get(this.uri(name)) ?? []).filter((d) => d.code === 'numeric-conflict');
  }

  uri(name: string): string {
    return URI.file(join(this.root, name)).toString();
  }

  text(name: string): string {
    return readFileSync(join(this.root, name), 'utf8');
  }

  /** Position of the `occurrence`-th appearance of `needle` in a file (0-based line/character). */
  positionOf(name: string, needle: string, occurrence = 0, delta = 0): Position {
    const text = this.text(name);
    let at = -1;
    for (let i = 0; i <= occurrence; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in ${name}`);
    }
    return offsetToPosition(text, at + delta);
  }

  open(name: string, text = this.text(name), version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(name), languageId: 'plaintext', version, text } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async stop(): Promise<number | null> {
    const exited = this.exited;
    if (this.process.exitCode !== null || this.process.signalCode !== null) {
      this.connection.dispose();
      return this.process.exitCode;
    }
    try {
      await this.connection.sendRequest('shutdown');
      this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    if (code === null) this.process.kill('SIGKILL');
    this.connection.dispose();
    return code;
  }
}

export function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** A fresh temporary workspace holding copies of the given folder's files. */
export function workspaceFrom(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ws-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function emptyWorkspace(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-ws-'));
}
