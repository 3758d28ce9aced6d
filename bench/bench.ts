/**
 * `npm run bench`: speed and memory of the analysis, the index and the server, printed as numbers.
 * Targets are stated beside each figure; nothing here fails a build (benchmarks print, tests assert).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseArticle } from '../server/src/analysis/analyse';
import { actorCard, claimCard } from '../server/src/corpus/cards';
import { Corpus } from '../server/src/corpus/corpus';
import { findingsFor } from '../server/src/corpus/findings';
import { defaultSettings } from '../server/src/settings';
import { syntheticArticle } from './corpusGenerator';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const rows: [string, string, string][] = [];
const row = (name: string, value: string, target: string) => {
  rows.push([name, value, target]);
  console.log(`${name.padEnd(52)} ${value.padStart(16)}   ${target}`);
};

function timeIt<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

async function main(): Promise<void> {
  console.log(`Crosscheck benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(`${'figure'.padEnd(52)} ${'value'.padStart(16)}   target`);

  // Warm compromise's lexicon once; its first parse pays for loading.
  analyseArticle(syntheticArticle(0));

  const seedsDir = resolve(__dirname, '..', '..', 'shared', 'seeds');
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      const times = Array.from({ length: 15 }, () => timeIt(() => analyseArticle(text)).ms);
      row(`analyse seed ${name.slice(0, 3)} (${(text.length / 1000).toFixed(1)} KB), median of 15`, `${median(times).toFixed(1)} ms`, '< 150 ms');
    }
  }

  // A workspace of synthetic articles: analysis, index, diagnostics for all.
  const count = Number(process.env.BENCH_ARTICLES ?? 300);
  const texts = Array.from({ length: count }, (_, i) => syntheticArticle(i));
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const corpus = new Corpus();
  const analysed = timeIt(() => texts.forEach((t, i) => corpus.set(`mem:///a${i}.txt`, `a${i}.txt`, 1, t, analyseArticle(t))));
  row(`analyse ${count} articles (${mb(bytes)} MB), one core`, `${(analysed.ms / 1000).toFixed(2)} s`, `< ${((count * 0.15)).toFixed(0)} s`);
  row('  throughput', `${(bytes / 1024 / 1024 / (analysed.ms / 1000)).toFixed(3)} MB/s`, '≥ 0.05 MB/s (compromise alone: 0.13–0.19)');
  const indexed = timeIt(() => corpus.actors.length + corpus.links.length);
  row(`merge actors and link claims across ${count} articles`, `${indexed.ms.toFixed(0)} ms`, '< 1,000 ms');
  const diagnostics = timeIt(() => texts.reduce((n, _t, i) => n + findingsFor(corpus, `mem:///a${i}.txt`, defaultSettings).length, 0));
  row(`findings for all ${count} articles`, `${diagnostics.ms.toFixed(0)} ms`, '< 1,000 ms');
  row('  actors / claims / links', `${corpus.actors.length} / ${corpus.articles().reduce((n, e) => n + e.analysis.claims.length, 0)} / ${corpus.links.length}`, '');
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  row(`heap held by the index of ${count} articles`, `${mb(heapAfter - heapBefore)} MB`, '< 100 MB');

  // Requests read the index: hover on every mention and claim of one article.
  const latencies: number[] = [];
  for (let i = 0; i < Math.min(count, 50); i++) {
    const id = `mem:///a${i}.txt`;
    const entry = corpus.get(id)!;
    const ctx = { corpus, here: id, markdown: true, linkTo: (a: string) => a };
    for (const a of entry.analysis.actors) {
      for (const m of a.mentions) {
        const t = performance.now();
        const hit = corpus.actorAt(id, m.span.start);
        if (hit) actorCard(hit.actor, ctx);
        latencies.push(performance.now() - t);
      }
    }
    for (const c of entry.analysis.claims) {
      const t = performance.now();
      const hit = corpus.claimAt(id, c.span.start);
      if (hit) claimCard(hit.claim, hit.ref, ctx);
      latencies.push(performance.now() - t);
    }
  }
  if (latencies.length) {
    row(`hover from the index (${latencies.length} hovers), median`, `${(median(latencies) * 1000).toFixed(0)} µs`, '< 5,000 µs');
    row('  99th percentile', `${(pct(latencies, 0.99) * 1000).toFixed(0)} µs`, '< 20,000 µs');
  }

  // One large article: linear cost, memory released after.
  const large = Array.from({ length: 45 }, (_, i) => syntheticArticle(i, 12).split('\nSources:')[0]).join('\n\n');
  gc();
  const rssBefore = process.memoryUsage().rss;
  const big = timeIt(() => analyseArticle(large, { maxLength: 5_000_000, structure: { minArticleWords: 40 } }));
  row(`analyse one ${(large.length / 1000).toFixed(0)} KB article`, `${(big.ms / 1000).toFixed(2)} s`, '< 10 s');
  row('  RSS growth while analysing it', `${mb(process.memoryUsage().rss - rssBefore)} MB`, '< 800 MB');

  // The server process: start, index a folder of articles, become idle.
  const server = resolve(__dirname, '..', 'dist', 'server.js');
  if (existsSync(server)) {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
    const n = Math.min(count, 200);
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `article-${i}.txt`), texts[i]);
    const ms = await serverIndexTime(server, dir, n);
    row(`server: start and index ${n} articles until idle`, `${(ms / 1000).toFixed(2)} s`, `< ${(n * 0.15).toFixed(0)} s`);
  } else {
    console.log('(dist/server.js not built: run `npm run build` for the server figure)');
  }
}

/** Starts the bundled server over stdio on a folder and waits for its idle status. */
function serverIndexTime(server: string, dir: string, articles: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let buffer = Buffer.alloc(0);
    const send = (msg: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the server did not become idle within 300 s'));
    }, 300_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
        if (buffer.length < header + 4 + length) return;
        const msg = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        if (msg.method === 'crosscheck/status' && !msg.params.busy && msg.params.articles === articles) {
          clearTimeout(timer);
          const ms = performance.now() - started;
          send({ id: 99, method: 'shutdown' });
          send({ method: 'exit' });
          resolvePromise(ms);
        }
      }
    });
    const uri = `file://${dir}`;
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }], capabilities: {} } });
    send({ method: 'initialized', params: {} });
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
