/**
 * Analyses on every core: a few lanes, each an AnalysisPool with its own worker thread (which
 * keeps the time limit, the restart after a crash and the in-process fallback), fed from one
 * queue in priority order, so the open editor's article goes first and a large folder keeps every
 * core busy. Lanes start only when there is work for them: a workspace without articles never
 * starts a worker. A job whose result nobody wants any more (a newer version of the document was
 * asked for) is dropped from the queue before it runs.
 */
import { availableParallelism } from 'node:os';
import type { AnalysisOptions } from '../analysis/notices';
import { AnalysisPool, SHUTTING_DOWN, SUPERSEDED, type AnalysisOutcome } from './analysisPool';

export { SUPERSEDED };

export interface AnalyseRequest {
  /** Aborted when the result is no longer wanted: a queued job is dropped. */
  signal?: AbortSignal;
  /** Jobs with one key prefer the lane that ran the last one (its worker keeps that text's parse). */
  affinity?: string;
}

/** What the workspace needs of an analyser: the pool, or the cache in front of it. */
export interface Analyser {
  /**
   * A string as `request` is the document's key (its URI): a newer job with the same key replaces
   * one still waiting (which resolves with SUPERSEDED), and the key is the job's affinity.
   */
  analyse(text: string, options: AnalysisOptions, priority?: number, request?: AnalyseRequest | string): Promise<AnalysisOutcome>;
  /**
   * Parses a text on the lane that will analyse its edits, result unused: the worker starts and
   * keeps the text's blocks, so the first edit of a document just opened re-parses one paragraph.
   */
  prime?(text: string, options: AnalysisOptions, affinity: string): Promise<void>;
  /**
   * Ends the worker threads that have no job, all but `keep` of them (the others start again when
   * work comes): an index that is done lets go of the workers' heaps.
   */
  trim?(keep: number): Promise<void>;
  /** Jobs queued or running. */
  readonly pending: number;
  dispose(): void | Promise<void>;
}

interface Job {
  key?: string;
  text: string;
  options: AnalysisOptions;
  priority: number;
  affinity?: string;
  resolve(outcome: AnalysisOutcome): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Lane {
  pool: AnalysisPool;
  large: boolean;
  /** Jobs given to its pool and not answered yet: at most the pool's depth. */
  jobs: number;
  /** Affinity keys of the last jobs it ran, newest last. */
  recent: string[];
}

/**
 * Texts longer than this go to a lane of their own whose worker may grow its heap far (compromise
 * holds about 300 MB while parsing 1 MB of text); the other lanes keep a small heap, which keeps
 * the server's memory low. The large lane ends when it has no more work.
 */
export const LARGE_TEXT = 200_000;

/** One lane per core, at least one and at most four: the protocol thread needs little. */
export function defaultLanes(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export class ParallelPool implements Analyser {
  private readonly lanes: Lane[] = [];
  private readonly queue: Job[] = [];
  private disposed = false;

  constructor(
    private readonly size = defaultLanes(),
    private readonly createLane: (large: boolean) => AnalysisPool = (large) => new AnalysisPool(undefined, undefined, undefined, large ? 4096 : 256, large ? 1 : 2),
    /** `largeLane: false`: large texts share the lanes (one given pool, as tests inject). */
    private readonly lanesOptions = { largeLane: true },
  ) {}

  analyse(text: string, options: AnalysisOptions, priority = 1, given: AnalyseRequest | string = {}): Promise<AnalysisOutcome> {
    const key = typeof given === 'string' ? given : undefined;
    const request: AnalyseRequest = typeof given === 'string' ? { affinity: given } : given;
    if (this.disposed) return Promise.resolve({ error: SHUTTING_DOWN });
    if (request.signal?.aborted) return Promise.resolve({ error: SUPERSEDED });
    if (key !== undefined) {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        // A read from disk never replaces an editor's version (it may arrive later, yet be older).
        if (this.queue[i].key !== key || this.queue[i].priority < priority) continue;
        const [old] = this.queue.splice(i, 1);
        if (old.onAbort) old.signal?.removeEventListener('abort', old.onAbort);
        old.resolve({ error: SUPERSEDED });
      }
    }
    return new Promise((resolve) => {
      const job: Job = { key, text, options, priority, affinity: request.affinity, resolve, signal: request.signal };
      if (job.signal) {
        job.onAbort = () => {
          const at = this.queue.indexOf(job);
          if (at < 0) return; // Already running: its result is dropped by the caller.
          this.queue.splice(at, 1);
          resolve({ error: SUPERSEDED });
        };
        job.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      let at = this.queue.findIndex((j) => j.priority > priority);
      if (at < 0) at = this.queue.length;
      this.queue.splice(at, 0, job);
      this.pump();
    });
  }

  get pending(): number {
    return this.queue.length + this.lanes.reduce((n, l) => n + l.jobs, 0);
  }

  async prime(text: string, options: AnalysisOptions, affinity: string): Promise<void> {
    const fresh = !this.lanes.some((l) => !l.large);
    await this.analyse(text, options, 1, { affinity });
    // A worker that has analysed one text still runs most of the code unoptimised: a few more
    // passes over the same text (its blocks are kept) warm it for the first edit.
    if (fresh) for (let i = 0; i < 3; i++) await this.analyse(text, options, 1, { affinity });
  }

  async trim(keep: number): Promise<void> {
    const ordinary = this.lanes.filter((l) => !l.large);
    const idle = ordinary.filter((l) => l.jobs === 0);
    // Busy lanes count among those kept; of the idle ones, the first stay and the others end.
    const ending = idle.slice(Math.max(0, keep - (ordinary.length - idle.length)));
    for (const lane of ending) this.lanes.splice(this.lanes.indexOf(lane), 1);
    await Promise.all(ending.map((lane) => lane.pool.dispose()));
  }

  /** Lanes running now, each with its worker thread (for tests and the log). */
  get started(): number {
    return this.lanes.length;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const job of this.queue.splice(0)) {
      if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
      job.resolve({ error: SHUTTING_DOWN });
    }
    await Promise.all(this.lanes.map((lane) => lane.pool.dispose()));
  }

  private pump(): void {
    while (!this.disposed) {
      // The first queued job that a lane can take: large texts wait for the large lane only.
      let started = false;
      for (let at = 0; at < this.queue.length && !started; at++) {
        const job = this.queue[at];
        const large = this.lanesOptions.largeLane && job.text.length > LARGE_TEXT;
        const lane = this.laneFor(job, large);
        if (!lane) continue;
        this.queue.splice(at, 1);
        if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
        this.run(lane, job);
        started = true;
      }
      if (!started) return;
    }
  }

  /**
   * A lane for a job, preferring the one that ran its key last: an idle lane (started if there is
   * room), else one whose worker can take a job after the one it is running (its pool's depth), so
   * no worker waits for its next job to cross from this thread.
   */
  private laneFor(job: Job, large: boolean): Lane | undefined {
    let idle = this.lanes.filter((l) => l.jobs === 0 && l.large === large);
    if (idle.length === 0) {
      const count = this.lanes.filter((l) => l.large === large).length;
      if (count < (large ? 1 : this.size)) {
        this.lanes.push({ pool: this.createLane(large), large, jobs: 0, recent: [] });
        idle = this.lanes.filter((l) => l.jobs === 0 && l.large === large);
      } else idle = this.lanes.filter((l) => l.jobs < l.pool.depth && l.large === large);
    }
    return (job.affinity && idle.find((l) => l.recent.includes(job.affinity!))) || idle[0];
  }

  private run(lane: Lane, job: Job): void {
    lane.jobs++;
    if (job.affinity) {
      lane.recent = [...lane.recent.filter((k) => k !== job.affinity), job.affinity].slice(-8);
      for (const other of this.lanes) if (other !== lane) other.recent = other.recent.filter((k) => k !== job.affinity);
    }
    void lane.pool.analyse(job.text, job.options, job.priority).then((outcome) => {
      lane.jobs--;
      job.resolve(outcome);
      // The large lane's worker holds a large heap: it ends when no large text waits.
      if (lane.large && lane.jobs === 0 && this.lanes.includes(lane) && !this.queue.some((j) => j.text.length > LARGE_TEXT)) {
        void lane.pool.dispose();
        this.lanes.splice(this.lanes.indexOf(lane), 1);
      }
      this.pump();
    });
  }
}
