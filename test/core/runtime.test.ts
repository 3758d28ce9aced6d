/**
 * The analysis runtime without workers: the parallel pool's queue (priority, lanes started only
 * when needed, a lane of its own for large texts, superseded jobs dropped), one analysis per text
 * in the service, and the persistent cache (kept, ignored when corrupt or of another version,
 * safe to delete; analyses with their mirror signatures, and stored links).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultAnalysisOptions, skippedAnalysis, type AnalysisOptions } from '../../server/src/analysis/notices';
import type { ArticleAnalysis, ClaimLink } from '../../server/src/analysis/types';
import { mirrorSignature } from '../../server/src/corpus/mirrors';
import { AnalysisCache, contentKey } from '../../server/src/runtime/analysisCache';
import { AnalysisPool, type AnalysisOutcome } from '../../server/src/runtime/analysisPool';
import { AnalysisService } from '../../server/src/runtime/analysisService';
import { readArticle, readArticleFile as readArticleText, readHead } from '../../server/src/lsp/files';
import { LARGE_TEXT, ParallelPool, SUPERSEDED, type Analyser } from '../../server/src/runtime/parallelPool';

/** A lane whose jobs finish when the test says so. */
class HeldLane extends AnalysisPool {
  readonly jobs: { text: string; priority: number; finish: () => void }[] = [];
  ended = false;
  constructor(readonly large: boolean) {
    super(undefined);
  }
  override analyse(text: string, _options: AnalysisOptions, priority = 1): Promise<AnalysisOutcome> {
    return new Promise((resolve) => this.jobs.push({ text, priority, finish: () => resolve({ analysis: skippedAnalysis(text.length, 'test', text) }) }));
  }
  override async dispose(): Promise<void> {
    this.ended = true;
  }
}

/** A pool of `size` lanes whose jobs finish when the test says so, and its lanes in the order started. */
function heldPool(size: number): { pool: ParallelPool; lanes: HeldLane[] } {
  const lanes: HeldLane[] = [];
  const pool = new ParallelPool(size, (large) => {
    const lane = new HeldLane(large);
    lanes.push(lane);
    return lane;
  });
  return { pool, lanes };
}

const options = defaultAnalysisOptions;
const tick = () => new Promise((r) => setImmediate(r));

test('the pool: lanes start only when there is work, jobs go in priority order, superseded jobs are dropped', async () => {
  const { pool, lanes } = heldPool(2);
  assert.equal(pool.started, 0);
  const done: string[] = [];
  const run = (text: string, priority: number, signal?: AbortSignal) => pool.analyse(text, options, priority, { signal }).then((o) => void done.push('error' in o ? `${text}: ${o.error}` : text));
  const a = run('a', 2);
  assert.equal(pool.started, 1);
  const b = run('b', 2);
  assert.equal(pool.started, 2, 'a second lane for a second job');
  const controller = new AbortController();
  const c = run('c', 2, controller.signal);
  const d = run('d', 2);
  const open = run('open editor', 0);
  assert.equal(pool.started, 2, 'never more lanes than asked for');
  assert.equal(pool.pending, 5);
  controller.abort();
  await c;
  assert.deepEqual(done, [`c: ${SUPERSEDED}`]);
  lanes[0].jobs[0].finish();
  await a;
  await tick();
  // The open editor's job went before "d", which was queued first.
  assert.equal(lanes[0].jobs[1].text, 'open editor');
  lanes[1].jobs[0].finish();
  await b;
  await tick();
  assert.equal(lanes[1].jobs[1].text, 'd');
  lanes[0].jobs[1].finish();
  lanes[1].jobs[1].finish();
  await Promise.all([open, d]);
  assert.deepEqual(done, [`c: ${SUPERSEDED}`, 'a', 'b', 'open editor', 'd']);
  assert.equal(pool.pending, 0);
  await pool.dispose();
  assert.ok(lanes.every((l) => l.ended));
});

test('the pool: trim ends the idle lanes but the ones kept, a busy lane is never ended, and lanes start again with new work', async () => {
  const { pool, lanes } = heldPool(2);
  const a = pool.analyse('a', options, 2);
  const b = pool.analyse('b', options, 2);
  assert.equal(pool.started, 2);
  lanes[0].jobs[0].finish();
  await a;
  await pool.trim(0);
  assert.equal(pool.started, 1, 'the busy lane stays');
  assert.deepEqual(lanes.map((l) => l.ended), [true, false]);
  lanes[1].jobs[0].finish();
  await b;
  await pool.trim(1);
  assert.equal(pool.started, 1, 'one idle lane kept');
  await pool.trim(0);
  assert.equal(pool.started, 0);
  assert.ok(lanes.every((l) => l.ended));
  const c = pool.analyse('c', options, 2);
  assert.equal(pool.started, 1, 'a new lane for new work');
  lanes[2].jobs[0].finish();
  assert.ok('analysis' in (await c));
  await pool.dispose();
});

test('the pool: a large text has a lane of its own, which ends when no large text waits', async () => {
  const { pool, lanes } = heldPool(1);
  const small = pool.analyse('small', options, 1);
  const large = pool.analyse('x'.repeat(LARGE_TEXT + 1), options, 1);
  assert.deepEqual(
    lanes.map((l) => l.large),
    [false, true],
  );
  lanes[1].jobs[0].finish();
  await large;
  assert.equal(lanes[1].ended, true, 'the large lane ends');
  lanes[0].jobs[0].finish();
  await small;
  assert.equal(lanes[0].ended, false);
  pool.dispose();
});

test('the pool: jobs of one document go to the lane that ran it last', async () => {
  const { pool, lanes } = heldPool(2);
  const first = pool.analyse('other', options, 1);
  const second = pool.analyse('edit 1', options, 0, { affinity: 'doc' });
  assert.equal(lanes[1].jobs[0].text, 'edit 1');
  lanes[0].jobs[0].finish();
  lanes[1].jobs[0].finish();
  await Promise.all([first, second]);
  await tick();
  const third = pool.analyse('edit 2', options, 0, { affinity: 'doc' });
  assert.equal(lanes[1].jobs[1]?.text, 'edit 2', 'the lane that parsed the document before');
  lanes[1].jobs[1].finish();
  await third;
  pool.dispose();
});

/** An analyser that counts its calls and answers at once. */
function countingPool(): Analyser & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pending: 0,
    dispose() {},
    async analyse(text: string, _o: AnalysisOptions, _p?: number, request?: { signal?: AbortSignal }) {
      calls.push(text);
      await tick();
      if (request?.signal?.aborted) return { error: SUPERSEDED };
      return { analysis: skippedAnalysis(text.length, 'test', text) };
    },
  };
}

test('the service: one analysis per text, shared by every copy, whether running or done', async () => {
  const pool = countingPool();
  const service = new AnalysisService(pool);
  const [x, y] = await Promise.all([service.analyse('same text', options), service.analyse('same text', options)]);
  const z = await service.analyse('same text', options);
  assert.deepEqual(pool.calls, ['same text']);
  assert.ok('analysis' in x && 'analysis' in y && 'analysis' in z);
  assert.equal((x as { analysis: ArticleAnalysis }).analysis, (z as { analysis: ArticleAnalysis }).analysis, 'the same object');
  await service.analyse('same text', { ...options, maxLength: 10 });
  assert.deepEqual(pool.calls, ['same text', 'same text'], 'other options, another analysis');
  assert.deepEqual(service.stats, { analysed: 2, shared: 2, fromCache: 0 });
});

test('the service: a caller that gives up stops waiting; the job is dropped when nobody waits', async () => {
  const pool = countingPool();
  const service = new AnalysisService(pool);
  const a = new AbortController();
  const b = new AbortController();
  const first = service.analyse('text', options, 1, { signal: a.signal });
  const second = service.analyse('text', options, 1, { signal: b.signal });
  a.abort();
  assert.deepEqual(await first, { error: SUPERSEDED });
  b.abort();
  assert.deepEqual(await second, { error: SUPERSEDED });
  assert.deepEqual(pool.calls, ['text']);
  assert.deepEqual(service.stats.analysed, 0, 'an aborted job is not kept');
});

test('the service: a document read again before its first analysis ran gets the analysis, not the abandoned one', async () => {
  // The index reads a file, then reads it again (a watcher event) before the first job has run:
  // the first request is superseded, its flight is dropped, and the second must start afresh
  // instead of joining the dropped flight (which answered SUPERSEDED, and the article was lost).
  const pool = countingPool();
  const service = new AnalysisService(pool);
  const uri = 'file:///w/a.txt';
  const first = service.analyse('the article', options, 1, uri);
  const second = service.analyse('the article', options, 1, uri);
  assert.deepEqual(await first, { error: SUPERSEDED });
  const outcome = await second;
  assert.ok('analysis' in outcome, JSON.stringify(outcome));
});

function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-cache-'));
}

test('the cache: kept under the analyser version, read back in another session, keyed by text and options', async () => {
  const root = tempRoot();
  const analysis = skippedAnalysis(42, 'test', 'kept');
  const key = contentKey('the text', options);
  assert.notEqual(key, contentKey('the text!', options));
  assert.notEqual(key, contentKey('the text', { ...options, maxLength: 5 }));
  const cache = new AnalysisCache(root, 'v1');
  cache.put(key, analysis);
  await cache.flush();
  assert.deepEqual(readdirSync(join(root, 'analyser-v1', key.slice(0, 2))), [`${key}.json`]);
  const later = new AnalysisCache(root, 'v1');
  assert.deepEqual(await later.get(key), analysis);
  assert.equal(await new AnalysisCache(root, 'v2').get(key), undefined, 'another analyser version reads nothing');
  assert.deepEqual(later.stats, { hits: 1, misses: 0, corrupt: 0, written: 0 });
  rmSync(root, { recursive: true, force: true });
});

test('the cache: a corrupt, foreign or mis-shaped entry is ignored and removed; the folder is safe to delete', async () => {
  const root = tempRoot();
  const logs: string[] = [];
  const cache = new AnalysisCache(root, 'v1', (m) => logs.push(m));
  const entry = (key: string) => join(root, 'analyser-v1', key.slice(0, 2), `${key}.json`);
  const keys = ['a', 'b', 'c', 'd'].map((t) => contentKey(t, options));
  for (const key of keys) mkdirSync(join(root, 'analyser-v1', key.slice(0, 2)), { recursive: true });
  writeFileSync(entry(keys[0]), '{"format":1,"version":"v1","key":"'); // torn write
  writeFileSync(entry(keys[1]), JSON.stringify({ format: 1, version: 'v1', key: keys[2], analysis: skippedAnalysis(1, 't', 'x') })); // another key
  writeFileSync(entry(keys[2]), JSON.stringify({ format: 1, version: 'v1', key: keys[2], analysis: { structure: {} } })); // not an analysis
  writeFileSync(entry(keys[3]), '\u0000\u0001binary');
  for (const key of keys) assert.equal(await cache.get(key), undefined);
  assert.equal(cache.stats.corrupt, 4);
  assert.ok(keys.every((key) => !existsSync(entry(key))), 'corrupt entries are removed');
  assert.equal(logs.length, 4);

  // Deleted while in use: the next write makes the folder again, also one it made before.
  rmSync(root, { recursive: true, force: true });
  cache.put(keys[0], skippedAnalysis(1, 't', 'again'));
  await cache.flush();
  assert.equal((await cache.get(keys[0]))?.problems[0].message, 'again');
  rmSync(root, { recursive: true, force: true });
  cache.put(keys[0], skippedAnalysis(1, 't', 'once more'));
  await cache.flush();
  assert.equal((await cache.get(keys[0]))?.problems[0].message, 'once more');
  assert.equal(cache.stats.written, 2);
  rmSync(root, { recursive: true, force: true });
});

test('the cache: an analysis given as JSON text (as a worker sends it) is written as it is and reads back the same', async () => {
  const root = tempRoot();
  const analysis = skippedAnalysis(7, 'test', 'from a worker');
  const key = contentKey('worker text', options);
  const writer = new AnalysisCache(root, 'v1');
  writer.put(key, analysis, JSON.stringify(analysis));
  await writer.flush();
  assert.equal(writer.stats.written, 1);
  const cache = new AnalysisCache(root, 'v1');
  assert.deepEqual(await cache.get(key), analysis);
  rmSync(root, { recursive: true, force: true });
});

test("the cache: an article's mirror signature is kept beside its analysis; a mis-shaped one is dropped, not the analysis", async () => {
  const root = tempRoot();
  const analysis = skippedAnalysis(7, 'test', 'an article');
  const mirror = mirrorSignature(['Ten people were hurt in the flood on Monday, officials said.'], ['Ten people']);
  const [json, other] = [contentKey('with a signature', options), contentKey('built here', options)];
  const writer = new AnalysisCache(root, 'v1');
  writer.put(json, analysis, JSON.stringify(analysis), mirror);
  writer.put(other, analysis, undefined, mirror);
  await writer.flush();
  const cache = new AnalysisCache(root, 'v1');
  assert.deepEqual(await cache.read(json), { analysis, mirror });
  assert.deepEqual(await cache.read(other), { analysis, mirror });
  const path = join(root, 'analyser-v1', json.slice(0, 2), `${json}.json`);
  writeFileSync(path, JSON.stringify({ format: 1, version: 'v1', key: json, analysis, mirror: { exact: 1 } }));
  assert.deepEqual(await cache.read(json), { analysis, mirror: undefined });
  assert.equal(cache.stats.corrupt, 0);
  rmSync(root, { recursive: true, force: true });
});

test('the cache: links stored for a link key read back under that key and the same program version only; a corrupt set is removed; the newest four sets are kept', async () => {
  const root = tempRoot();
  const links: ClaimLink[] = [{ a: { article: 'a', index: 0 }, b: { article: 'b', index: 2 }, relation: 'conflict', confidence: 0.8, reasons: ['why'], rules: ['evidence.measure-overlap'] }];
  const cache = new AnalysisCache(root, 'v1', () => {}, 'p1');
  assert.equal(await cache.getLinks('key'), undefined);
  cache.putLinks('key', links);
  await cache.flush();
  assert.deepEqual(await new AnalysisCache(root, 'v1', () => {}, 'p1').getLinks('key'), links);
  assert.equal(await cache.getLinks('another key'), undefined);
  assert.equal(await new AnalysisCache(root, 'v1', () => {}, 'p2').getLinks('key'), undefined, 'another program version reads nothing');
  const folder = join(root, 'analyser-v1', 'links');
  const [file] = readdirSync(folder);
  writeFileSync(join(folder, file), JSON.stringify({ format: 1, key: file.replace('.json', ''), links: [{ a: 1 }] }));
  const logs: string[] = [];
  assert.equal(await new AnalysisCache(root, 'v1', (m) => logs.push(m), 'p1').getLinks('key'), undefined);
  assert.equal(logs.length, 1);
  assert.deepEqual(readdirSync(folder), [], 'a corrupt set is removed');
  for (const key of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
    cache.putLinks(key, links);
    await cache.flush();
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.equal(readdirSync(folder).length, 4);
  assert.deepEqual(await cache.getLinks('k6'), links);
  assert.equal(await cache.getLinks('k1'), undefined);
  rmSync(root, { recursive: true, force: true });
});

test('reading a file: a small one comes whole with its first kilobytes, as readArticle reads it', async () => {
  const root = tempRoot();
  mkdirSync(root, { recursive: true });
  const small = join(root, 'small.txt');
  const large = join(root, 'large.txt');
  writeFileSync(small, Buffer.concat([Buffer.from('\ufeffCaf\u00e9 '), Buffer.from([0xff]), Buffer.from(' prose '.repeat(700))]));
  writeFileSync(large, 'word '.repeat(5000));
  const head = await readHead(small, 1024, 16 * 1024);
  assert.equal(head.complete, false);
  assert.equal(head.text.length <= 1024, true);
  assert.deepEqual(head.whole?.(), await readArticle(small));
  assert.equal((await readHead(large, 1024, 16 * 1024)).whole, undefined, 'a larger file is not read past its head');
  assert.equal((await readHead(small, 1024)).whole, undefined, 'nothing past the head unless asked');
  const tiny = await readHead(small, 64 * 1024, 16 * 1024);
  assert.equal(tiny.complete, true);
  assert.equal(tiny.text, (await readArticleText(small)));
  rmSync(root, { recursive: true, force: true });
});

test('the cache: folders of other analyser versions are removed at start', async () => {
  const root = tempRoot();
  for (const name of ['analyser-old', 'analyser-v1', 'unrelated']) mkdirSync(join(root, name));
  const cache = new AnalysisCache(root, 'v1');
  await cache.prune(root);
  assert.deepEqual(readdirSync(root).sort(), ['analyser-v1', 'unrelated']);
  rmSync(root, { recursive: true, force: true });
});

test('the service with the cache: a text analysed in an earlier session is not analysed again', async () => {
  const root = tempRoot();
  const written = new AnalysisCache(root, 'v1');
  await new AnalysisService(countingPool(), async () => written).analyse('kept text', options);
  // Writes run in the background; a server waits for them at shutdown.
  await written.flush();
  const cache = new AnalysisCache(root, 'v1');
  const second = countingPool();
  const service = new AnalysisService(second, async () => cache);
  const outcome = await service.analyse('kept text', options);
  assert.ok('analysis' in outcome);
  assert.deepEqual(second.calls, []);
  assert.equal(service.stats.fromCache, 1);
  rmSync(root, { recursive: true, force: true });
});

test('requests honour cancellation: a cancelled request does no work and gets the cancellation answer', async () => {
  const { cancellable } = await import('../../server/src/lsp/cancellation');
  const { LSPErrorCodes, ResponseError } = await import('vscode-languageserver');
  let calls = 0;
  const handler = cancellable((n: number) => {
    calls++;
    return n * 2;
  });
  const token = (cancelled: boolean) => ({ isCancellationRequested: cancelled, onCancellationRequested: () => ({ dispose() {} }) });
  assert.equal(handler(21, token(false)), 42);
  const answer = handler(21, token(true));
  assert.ok(answer instanceof ResponseError);
  assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
  assert.equal(calls, 1);
});
