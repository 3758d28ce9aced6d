/**
 * One analysis per text: in front of the worker pool, identical texts (the same file copied into
 * several folders, a document reopened) share one analysis, whether the first is still running
 * or done, and a persistent cache (./analysisCache.ts) answers for texts analysed in an earlier
 * session. Every answer for one text is the same analysis object, so the index holds it once.
 */
import type { AnalysisOptions } from '../analysis/notices';
import type { ArticleAnalysis } from '../analysis/types';
import type { MirrorSignature } from '../corpus/mirrors';
import { contentKey, type AnalysisCache } from './analysisCache';
import type { AnalysisOutcome } from './analysisPool';
import { SUPERSEDED, type AnalyseRequest, type Analyser } from './parallelPool';

/** Recent analyses kept for texts that come again (copies far apart in a folder listing). */
const RECENT = 4096;

interface Flight {
  promise: Promise<AnalysisOutcome>;
  controller: AbortController;
  waiters: number;
}

export class AnalysisService implements Analyser {
  private readonly recent = new Map<string, { analysis: ArticleAnalysis; mirror?: MirrorSignature }>();
  private readonly flights = new Map<string, Flight>();
  /** Counters for the log and the benchmark. */
  readonly stats = { analysed: 0, shared: 0, fromCache: 0 };

  /** `cache` gives the persistent cache once it is open (it may be given after the first request). */
  constructor(
    private readonly pool: Analyser,
    private readonly cache: () => Promise<AnalysisCache | undefined> = async () => undefined,
  ) {}

  get pending(): number {
    return this.pool.pending;
  }

  dispose(): void | Promise<void> {
    return this.pool.dispose();
  }

  async trim(keep: number): Promise<void> {
    await this.pool.trim?.(keep);
  }

  async prime(text: string, options: AnalysisOptions, affinity: string): Promise<void> {
    // Straight to the pool: the point is the worker's parse, not an answer (which may be known).
    await this.pool.prime?.(text, options, affinity);
  }

  /** The request still wanted for each document key: a newer one for the same key replaces it. */
  private readonly byKey = new Map<string, { controller: AbortController; priority: number }>();

  async analyse(text: string, options: AnalysisOptions, priority = 1, given: AnalyseRequest | string = {}): Promise<AnalysisOutcome> {
    let request: AnalyseRequest = typeof given === 'string' ? { affinity: given } : given;
    if (typeof given === 'string') {
      // A document's newer version makes its older request unwanted: dropped if it has not run.
      // A read from disk never drops an editor's version (it may arrive later, yet be older).
      const previous = this.byKey.get(given);
      if (previous && priority <= previous.priority) previous.controller.abort();
      const mine = { controller: new AbortController(), priority };
      if (!previous || priority <= previous.priority) this.byKey.set(given, mine);
      request = { affinity: given, signal: mine.controller.signal };
      try {
        return await this.analyseOnce(text, options, priority, request);
      } finally {
        if (this.byKey.get(given) === mine) this.byKey.delete(given);
      }
    }
    return this.analyseOnce(text, options, priority, request);
  }

  private async analyseOnce(text: string, options: AnalysisOptions, priority: number, request: AnalyseRequest): Promise<AnalysisOutcome> {
    if (request.signal?.aborted) return { error: SUPERSEDED };
    const key = contentKey(text, options);
    const known = this.recent.get(key);
    if (known) {
      this.stats.shared++;
      this.remember(key, known);
      return { ...known, contentKey: key };
    }
    let flight = this.flights.get(key);
    // A flight dropped because nobody waited any more answers SUPERSEDED: a new caller starts
    // afresh rather than joining it (a file read twice before its first analysis ran was lost).
    if (flight?.controller.signal.aborted) flight = undefined;
    if (flight) this.stats.shared++;
    else {
      const controller = new AbortController();
      const started: Flight = { controller, waiters: 0, promise: Promise.resolve({ error: SUPERSEDED }) };
      started.promise = this.produce(key, text, options, priority, controller.signal, request.affinity).finally(() => {
        if (this.flights.get(key) === started) this.flights.delete(key);
      });
      this.flights.set(key, started);
      flight = started;
    }
    const shared = flight;
    shared.waiters++;
    if (!request.signal) return shared.promise;
    // A caller that gives up stops waiting at once; the job itself is dropped when nobody waits.
    return new Promise<AnalysisOutcome>((resolve) => {
      const onAbort = () => {
        if (--shared.waiters === 0) shared.controller.abort();
        resolve({ error: SUPERSEDED });
      };
      request.signal!.addEventListener('abort', onAbort, { once: true });
      void shared.promise.then((outcome) => {
        request.signal!.removeEventListener('abort', onAbort);
        resolve(outcome);
      });
    });
  }

  private async produce(key: string, text: string, options: AnalysisOptions, priority: number, signal: AbortSignal, affinity?: string): Promise<AnalysisOutcome> {
    const cache = await this.cache();
    const cached = await cache?.read(key);
    if (cached) {
      this.stats.fromCache++;
      this.remember(key, cached);
      return { ...cached, contentKey: key };
    }
    const outcome = await this.pool.analyse(text, options, priority, { signal, affinity });
    if ('analysis' in outcome) {
      this.stats.analysed++;
      this.remember(key, { analysis: outcome.analysis, mirror: outcome.mirror });
      // A failed or timed-out analysis is not kept: the next session tries again.
      cache?.put(key, outcome.analysis, outcome.json, outcome.mirror);
      return { ...outcome, contentKey: key };
    }
    return outcome;
  }

  private remember(key: string, known: { analysis: ArticleAnalysis; mirror?: MirrorSignature }): void {
    this.recent.delete(key);
    this.recent.set(key, known);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
  }
}
