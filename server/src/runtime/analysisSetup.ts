/**
 * The server's analysis machinery in one place: worker threads on every core (./parallelPool.ts),
 * one analysis per text in front of them (./analysisService.ts), and, when the client gives a
 * storage folder, the persistent cache (./analysisCache.ts) keyed by the analyser's version.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { AnalysisCache, analyserVersion } from './analysisCache';
import { AnalysisPool } from './analysisPool';
import { AnalysisService } from './analysisService';
import { ParallelPool, type Analyser } from './parallelPool';

/** Heap of the workers that analyse ordinary articles (texts up to LARGE_TEXT characters). */
const SMALL_HEAP_MB = 256;
/**
 * Jobs each ordinary worker holds at once: the one it runs and the next, so it never waits for
 * its next job to cross from the protocol thread (with one, each worker was idle about 9% of a
 * cold index). An editor's job still goes first to a worker with nothing queued, else next.
 */
const LANE_DEPTH = 2;
/**
 * Young generation of those workers' heaps. A worker that is never idle grows it to V8's default
 * and keeps it: with two jobs in flight the server's peak memory on 1,000 articles rose by about
 * 20 MB; capped here it fell by about as much below what it was with one job in flight, for the
 * same time (A/B runs on a shared machine; figures in the commit that set it).
 */
const SMALL_YOUNG_MB = 24;

/**
 * V8's interrupt budget: how much bytecode a function runs before V8 considers optimising it
 * (67,584 in Node 20). Each worker optimises the analysis code for itself, on V8's helper threads,
 * which share the cores with the workers: in a cold index of 1,000 articles they used 7-9 s of CPU,
 * mostly compiling (with compilation on the workers' own threads they fell to about 1 s), and a
 * worker's trace counted 850 optimising compilations, some of the same function several times.
 * Raised, only code that stays hot is optimised: the server used 6-21% less CPU and peaked 20-25 MB
 * lower in alternated cold indexes (figures in the commit that set it). V8's flags are the
 * process's, not a thread's: set before the first worker starts, it holds for the protocol thread too.
 */
const INTERRUPT_BUDGET = 300_000;

export interface AnalysisSetup {
  analyser: Analyser & { readonly stats: AnalysisService['stats'] };
  /** Keeps analyses in `dir` between sessions (the extension's storage folder). */
  useCache(dir: string): void;
  /** Resolves when pending cache writes are done. */
  flush(): Promise<void>;
  cache(): Promise<AnalysisCache | undefined>;
}

/** `given`: one pool to use instead of the workers (tests inject faults through it). */
export function startAnalysis(log: (message: string) => void, given?: AnalysisPool): AnalysisSetup {
  if (!given) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const pool = given ? new ParallelPool(1, () => given, { largeLane: false }) : new ParallelPool(undefined, (large) => new AnalysisPool(undefined, log, undefined, large ? 4096 : SMALL_HEAP_MB, large ? 1 : LANE_DEPTH, large ? undefined : SMALL_YOUNG_MB));
  let cache: Promise<AnalysisCache | undefined> = Promise.resolve(undefined);
  const service = new AnalysisService(pool, () => cache);
  return {
    analyser: service,
    useCache(dir: string) {
      // The bundled worker holds every line of analysis code: its hash is the analyser's version.
      const worker = join(__dirname, 'analysisWorker.js');
      if (!existsSync(worker)) {
        log('no analysis cache: running from sources, without the bundled worker');
        return;
      }
      // The links stored beside the analyses also depend on the matcher: the server bundle's hash.
      cache = Promise.all([analyserVersion(worker), analyserVersion(__filename)]).then(
        ([version, program]) => {
          const opened = new AnalysisCache(dir, version, log, program);
          void opened.prune(dir);
          return opened;
        },
        (e: Error) => {
          log(`no analysis cache: ${e.message}`);
          return undefined;
        },
      );
    },
    async flush() {
      await (await cache)?.flush();
    },
    cache: () => cache,
  };
}
