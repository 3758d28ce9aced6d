/**
 * Runs analyses in a worker thread, one at a time, in the order asked (open editors first: the
 * caller orders the queue). A job that runs past its time limit, or a worker that dies, is ended
 * and reported as a failed analysis; the worker is restarted and the queue goes on, so one bad file
 * never stops the rest. When no worker script can be found (e.g. running from sources in tests),
 * analyses run in-process.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../analysis/notices';
import type { ArticleAnalysis } from '../analysis/types';
import type { MirrorSignature } from '../corpus/mirrors';
import type { AnalysisRequest, AnalysisResponse } from './analysisWorker';

/**
 * `json`: the analysis as the worker sent it (JSON text), when it came from a worker; `mirror`: an
 * article's signature for finding its copies, when the worker or the persistent cache gave it;
 * `contentKey`: the persistent cache's key of the text and options (./analysisCache.ts), when the
 * analysis service gave the answer.
 */
export type AnalysisOutcome = { analysis: ArticleAnalysis; json?: string; mirror?: MirrorSignature; contentKey?: string } | { error: string };

interface Job {
  id: number;
  text: string;
  options: AnalysisOptions;
  priority: number;
  /** Jobs with the same key replace each other while they wait: only the newest text is analysed. */
  key?: string;
  resolve(outcome: AnalysisOutcome): void;
}

/** The outcome of a queued job that a newer job with the same key replaced before it ran. */
export const SUPERSEDED = 'superseded by a newer version of the same file';
/** The outcome of every job still waiting or running when the pool is disposed. */
export const SHUTTING_DOWN = 'the server is shutting down';

/** Time allowed for one article: generous, proportional to size (compromise reads ~0.13 MB/s). */
export function timeLimitMs(length: number): number {
  return 20_000 + Math.ceil(length / 1000) * 40;
}

export class AnalysisPool {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  /**
   * Jobs sent to the worker, in order: the first is running (its timer is the time limit), the
   * others wait in the worker's own message queue, so it starts the next one the moment it is done
   * rather than after its answer has crossed to this thread and a new job has come back.
   */
  private readonly sent: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly workerScript: string | undefined = findWorkerScript(),
    private readonly log: (message: string) => void = () => {},
    private readonly limitFor: (length: number) => number = timeLimitMs,
    /** Heap of the worker: the default lets one 1 MB article (~300 MB while parsing) through. */
    private readonly maxHeapMb = 4096,
    /** How many jobs the worker holds at once: one running, the others next in its queue. */
    readonly depth = 1,
    /** Young generation of the worker's heap; V8's default when undefined. */
    private readonly maxYoungMb?: number,
  ) {}

  /**
   * Queues an analysis; lower `priority` runs first, ties in order of arrival. A job with a `key`
   * replaces a waiting job with the same key (which resolves with the error SUPERSEDED), so a
   * document edited faster than it is analysed queues one analysis, not one per pause in typing.
   */
  analyse(text: string, options: AnalysisOptions, priority = 1, key?: string): Promise<AnalysisOutcome> {
    if (this.disposed) return Promise.resolve({ error: SHUTTING_DOWN });
    if (key !== undefined) {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key === key) this.queue.splice(i, 1)[0].resolve({ error: SUPERSEDED });
      }
    }
    return new Promise((resolve) => {
      const job: Job = { id: this.nextId++, text, options, priority, key, resolve };
      let at = this.queue.findIndex((j) => j.priority > priority);
      if (at < 0) at = this.queue.length;
      this.queue.splice(at, 0, job);
      this.pump();
    });
  }

  get pending(): number {
    return this.queue.length + this.sent.length;
  }

  /** Ends every job and the worker thread; resolves once the thread has stopped. */
  dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.resolve({ error: SHUTTING_DOWN });
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const job of this.sent.splice(0)) job.resolve({ error: SHUTTING_DOWN });
    const worker = this.worker;
    this.worker = undefined;
    return worker ? worker.terminate().then(() => undefined, () => undefined) : Promise.resolve();
  }

  /** Whether a worker thread is running (for tests of a clean shutdown). */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  private pump(): void {
    if (this.disposed) return;
    if (!this.workerScript) {
      // In-process fallback: one job at a time as with a worker, and it never throws to the caller.
      // The analysis (compromise) is loaded on first use: a process that never analyses in-process
      // (the server's protocol thread) never loads it.
      if (this.sent.length) return;
      const job = this.queue.shift();
      if (!job) return;
      this.sent.push(job);
      setImmediate(async () => {
        if (this.sent[0] !== job) return; // disposed meanwhile
        let outcome: AnalysisOutcome;
        try {
          const { analyseArticle } = await import('../analysis/analyse');
          outcome = { analysis: analyseArticle(job.text, job.options) };
        } catch (e) {
          outcome = { error: e instanceof Error ? e.message : String(e) };
        }
        this.finish(outcome);
      });
      return;
    }
    while (this.sent.length < Math.max(1, this.depth) && this.queue.length) {
      const job = this.queue.shift()!;
      const worker = this.ensureWorker();
      this.sent.push(job);
      worker.postMessage({ id: job.id, text: job.text, options: job.options } satisfies AnalysisRequest);
      if (this.sent.length === 1) this.startTimer();
    }
  }

  /** The time limit of the job the worker is running now (the first sent). */
  private startTimer(): void {
    clearTimeout(this.timer);
    const job = this.sent[0];
    if (!job || !this.workerScript) return;
    const limit = this.limitFor(job.text.length);
    this.timer = setTimeout(() => {
      const took = limit >= 1000 ? `${Math.round(limit / 1000)} s` : `${limit} ms`;
      this.log(`an analysis ran past ${took}; restarting the analysis worker`);
      // Detach the stuck worker before finishing: the jobs sent after it go to a fresh worker, not
      // to the one still busy with the stuck analysis.
      this.stopWorker();
      this.finish({ error: `the analysis took longer than ${took} and was stopped` });
    }, limit);
  }

  /** The running job is done: it resolves, and the next sent job is running now. */
  private finish(outcome: AnalysisOutcome): void {
    const job = this.sent.shift();
    if (!job) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Jobs sent to a worker that is gone were never run: they go back to the front of the queue.
    if (!this.worker && this.workerScript) this.queue.unshift(...this.sent.splice(0));
    job.resolve(outcome);
    if (this.sent.length) this.startTimer();
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerScript!, { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb, maxYoungGenerationSizeMb: this.maxYoungMb } });
    worker.on('message', (response: AnalysisResponse) => {
      if (this.worker !== worker || this.sent[0]?.id !== response.id) return;
      this.finish('error' in response ? { error: response.error } : parsed(response.json, response.mirror));
    });
    // A worker that raised an uncaught error is ending. Its answers sent before the error may
    // still be on their way (with two jobs in the worker, the first may be done): they arrive
    // before 'exit', so the job that failed is the one still unanswered then, and the jobs sent
    // after it go back to the queue for a new worker.
    let failure: string | undefined;
    worker.on('error', (e) => {
      this.log(`analysis worker failed: ${e.message}`);
      failure ??= e.message;
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.sent.length) this.finish({ error: failure !== undefined ? `the analysis worker failed: ${failure}` : `the analysis worker stopped (exit code ${code})` });
    });
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const old = this.worker;
    this.worker = undefined;
    void old?.terminate();
  }
}

/** A worker's answer read back; text that does not parse is a failed analysis, never a throw. */
function parsed(json: string, mirror?: MirrorSignature): AnalysisOutcome {
  try {
    const analysis = JSON.parse(json) as ArticleAnalysis;
    return mirror ? { analysis, json, mirror } : { analysis, json };
  } catch (e) {
    return { error: `the analysis worker sent an answer that does not parse: ${(e as Error).message}` };
  }
}

/** The bundled worker sits next to the bundled server (dist/analysisWorker.js). */
function findWorkerScript(): string | undefined {
  const candidate = join(__dirname, 'analysisWorker.js');
  return existsSync(candidate) ? candidate : undefined;
}
