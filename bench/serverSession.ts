/**
 * The real bundled server over stdio, as an editor drives it, for the benchmark: start it on a
 * folder, wait for conditions (never fixed sleeps), send edits and requests, and read what the
 * operating system says about the process (peak resident memory, CPU time) from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { URI } from 'vscode-uri';
import { ConditionWaiter } from '../test/support/conditionWaiter';

export interface Status {
  articles: number;
  conflicts: number;
  busy: boolean;
  files?: number;
  turnedAway?: number;
}

export interface Diagnostic {
  code?: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  relatedInformation?: { location: { uri: string } }[];
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

export class ServerSession {
  status: Status | undefined;
  /** How many status notifications arrived: wait for one sent after a message of yours. */
  statusCount = 0;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** When each URI's diagnostics were last published (performance.now()). */
  readonly published = new Map<string, number>();
  readonly logs: string[] = [];
  exitCode: number | null | undefined;
  private readonly waiter = new ConditionWaiter();
  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    readonly started: number,
  ) {}

  static async start(server: string, folder: string, options: { cacheDir?: string; nodeArgs?: string[] } = {}): Promise<ServerSession> {
    const started = performance.now();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new ServerSession(child, connection, started);
    child.on('exit', (code) => {
      session.exitCode = code;
      session.notify();
    });
    child.stderr!.on('data', (d) => session.logs.push(String(d)));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      session.diagnostics.set(p.uri, p.diagnostics);
      session.published.set(p.uri, performance.now());
      session.notify();
    });
    connection.onNotification('crosscheck/status', (p: Status) => {
      session.status = p;
      session.statusCount++;
      session.notify();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => void session.logs.push(p.message));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('$/progress', () => {});
    connection.listen();
    const uri = URI.file(folder).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      initializationOptions: options.cacheDir ? { cacheDir: options.cacheDir } : undefined,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true } },
        window: { workDoneProgress: true },
      },
    });
    void connection.sendNotification('initialized', {});
    return session;
  }

  private notify(): void {
    this.waiter.notify();
  }

  /** Resolves when `condition` holds, checked after each message from the server. */
  waitFor<T>(what: string, condition: () => T | undefined | false, timeoutMs: number): Promise<T> {
    return this.waiter.waitFor(what, condition, timeoutMs, () => `last status ${JSON.stringify(this.status)}`);
  }

  /** Waits for an idle status with `articles` articles; returns the time since start, in ms. */
  async idle(articles: number, timeoutMs: number): Promise<number> {
    await this.waitFor(`an idle status with ${articles} articles`, () => this.status && !this.status.busy && this.status.articles === articles, timeoutMs);
    return performance.now() - this.started;
  }

  /** Peak resident memory of the server process (VmHWM), in bytes. */
  peakRss(): number {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  }

  /** Resident memory now (VmRSS), in bytes. */
  rss(): number {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  }

  /** CPU time the server process used so far (user + system, all threads), in ms. */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // After the command name: state is field 3, utime 14 and stime 15 (1-based), here 11 and 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  notifyServer(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** shutdown, then exit; resolves with the exit code and how long the process took to end. */
  async stop(timeoutMs = 10_000): Promise<{ code: number | null; ms: number }> {
    const t = performance.now();
    const exited = new Promise<number | null>((resolve) => {
      if (this.exitCode !== undefined) resolve(this.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer to shutdown')), timeoutMs))]);
      void this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
    if (code === null && this.exitCode === undefined) this.child.kill('SIGKILL');
    this.connection.dispose();
    return { code, ms: performance.now() - t };
  }
}
