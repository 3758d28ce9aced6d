/**
 * One bad file never stops the rest: an analysis that hangs is stopped at its time limit, a worker
 * that dies is restarted, and the queue goes on. A stand-in worker script plays the bad files.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultAnalysisOptions } from '../../server/src/analysis/analyse';
import { AnalysisPool, SHUTTING_DOWN, SUPERSEDED } from '../../server/src/runtime/analysisPool';

const worker = join(mkdtempSync(join(tmpdir(), 'crosscheck-pool-')), 'worker.js');
writeFileSync(
  worker,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.text === 'hang') for (;;) {}
  if (m.text === 'crash') process.exit(3);
  if (m.text === 'uncaught') throw new Error('worker bug');
  if (m.text === 'throw') return parentPort.postMessage({ id: m.id, error: 'bad input' });
  parentPort.postMessage({ id: m.id, json: JSON.stringify({ text: m.text }) });
});`,
);

/** What the pool answers for a text the stand-in worker analysed: the analysis and the JSON text it came as. */
const analysed = (text: string) => ({ analysis: { text }, json: JSON.stringify({ text }) });

test('a hanging analysis is stopped, a dying worker is replaced, and the other files are analysed', async () => {
  const logs: string[] = [];
  // The limit leaves room for a new worker to start on a loaded machine (CI runs tests in parallel).
  const pool = new AnalysisPool(worker, (m) => logs.push(m), () => 4000);
  try {
    const outcomes = await Promise.all(['first', 'hang', 'second', 'crash', 'throw', 'uncaught', 'third'].map((t) => pool.analyse(t, defaultAnalysisOptions)));
    assert.deepEqual(outcomes, [
      analysed('first'),
      { error: 'the analysis took longer than 4 s and was stopped' },
      analysed('second'),
      { error: 'the analysis worker stopped (exit code 3)' },
      { error: 'bad input' },
      { error: 'the analysis worker failed: worker bug' },
      analysed('third'),
    ]);
    assert.deepEqual(logs, ['an analysis ran past 4 s; restarting the analysis worker', 'analysis worker failed: worker bug']);
  } finally {
    pool.dispose();
  }
});

test('open editors go first: a lower priority number jumps the queue', async () => {
  const pool = new AnalysisPool(worker, () => {}, () => 5000);
  try {
    const order: string[] = [];
    const jobs = ['disk-1', 'disk-2', 'disk-3'].map((t) => pool.analyse(t, defaultAnalysisOptions, 2).then(() => order.push(t)));
    const editor = pool.analyse('editor', defaultAnalysisOptions, 0).then(() => order.push('editor'));
    await Promise.all([...jobs, editor]);
    assert.deepEqual(order, ['disk-1', 'editor', 'disk-2', 'disk-3']);
  } finally {
    pool.dispose();
  }
});

test('a waiting analysis is superseded by a newer one for the same file: one analysis per burst of edits', async () => {
  const pool = new AnalysisPool(worker, () => {}, () => 5000);
  try {
    const first = pool.analyse('first', defaultAnalysisOptions, 0, 'a.txt');
    const waiting = ['a-1', 'a-2', 'a-3'].map((t) => pool.analyse(t, defaultAnalysisOptions, 0, 'a.txt'));
    const other = pool.analyse('b', defaultAnalysisOptions, 0, 'b.txt');
    assert.deepEqual(await Promise.all([first, ...waiting, other]), [
      analysed('first'),
      { error: SUPERSEDED },
      { error: SUPERSEDED },
      analysed('a-3'),
      analysed('b'),
    ]);
  } finally {
    await pool.dispose();
  }
});

test('dispose ends waiting jobs and stops the worker thread before it resolves; later jobs are refused', async () => {
  const pool = new AnalysisPool(worker, () => {}, () => 60_000);
  await pool.analyse('warm', defaultAnalysisOptions);
  assert.equal(pool.hasWorker, true);
  const hanging = pool.analyse('hang', defaultAnalysisOptions);
  const queued = pool.analyse('queued', defaultAnalysisOptions);
  await pool.dispose();
  assert.equal(pool.hasWorker, false, 'no worker thread left behind');
  assert.deepEqual(await Promise.all([hanging, queued, pool.analyse('late', defaultAnalysisOptions)]), [{ error: SHUTTING_DOWN }, { error: SHUTTING_DOWN }, { error: SHUTTING_DOWN }]);
});

test('with two jobs in the worker at once, the one sent after a hanging or dying analysis is still analysed', async () => {
  const logs: string[] = [];
  const pool = new AnalysisPool(worker, (m) => logs.push(m), () => 4000, 4096, 2);
  try {
    const outcomes = await Promise.all(['first', 'hang', 'second', 'crash', 'third', 'uncaught', 'fourth'].map((t) => pool.analyse(t, defaultAnalysisOptions)));
    assert.deepEqual(outcomes, [
      analysed('first'),
      { error: 'the analysis took longer than 4 s and was stopped' },
      analysed('second'),
      { error: 'the analysis worker stopped (exit code 3)' },
      analysed('third'),
      { error: 'the analysis worker failed: worker bug' },
      analysed('fourth'),
    ]);
    assert.equal(pool.pending, 0);
  } finally {
    await pool.dispose();
  }
});
