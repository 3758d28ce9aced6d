/**
 * Review decisions are never lost (server/src/lsp/reviewStore.ts): the file is replaced atomically
 * (a failed write leaves the old file whole and no temporary file), a file Crosscheck cannot fully
 * read is reported and left byte-identical, entries it does not understand are kept, and writers
 * in one process or in several (two windows) all keep their decisions.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fsp, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { inspectReviewFile, readReviewFile, updateReviewFile } from '../../server/src/lsp/reviewStore';

const folder = () => mkdtempSync(join(tmpdir(), 'crosscheck-reviews-'));
const pair = (i: number, file = 'a.txt') => ({ a: { file, text: `${i} people` }, b: { file: 'b.txt', text: `${i + 1} people` }, reviewedAt: '2026-01-01T00:00:00.000Z' });
const fileOf = (dir: string) => join(dir, '.crosscheck', 'reviewed.json');
const leftovers = (dir: string) => readdirSync(join(dir, '.crosscheck')).filter((f) => f !== 'reviewed.json');

test('a decision is added, found again, and removed; the file is readable JSON', async () => {
  const dir = folder();
  assert.equal((await updateReviewFile(dir, { add: pair(1) })).outcome, 'written');
  assert.equal((await updateReviewFile(dir, { add: pair(1) })).outcome, 'unchanged');
  const read = await readReviewFile(dir);
  assert.equal(read.problem, undefined);
  assert.equal(read.set.has(pair(1).b, pair(1).a), true);
  assert.equal((await updateReviewFile(dir, { remove: { a: pair(1).a, b: pair(1).b } })).outcome, 'written');
  assert.deepEqual(JSON.parse(readFileSync(fileOf(dir), 'utf8')), { version: 1, reviewed: [] });
  assert.deepEqual(leftovers(dir), []);
});

test('a write that fails half-way leaves the old file whole, and no temporary or lock file', async () => {
  const dir = folder();
  await updateReviewFile(dir, { add: pair(1) });
  const old = readFileSync(fileOf(dir));
  const rename = fsp.rename;
  fsp.rename = async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  };
  try {
    await assert.rejects(updateReviewFile(dir, { add: pair(2) }), /ENOSPC/);
  } finally {
    fsp.rename = rename;
  }
  assert.deepEqual(readFileSync(fileOf(dir)), old);
  assert.deepEqual(leftovers(dir), []);
  assert.equal((await updateReviewFile(dir, { add: pair(2) })).outcome, 'written', 'the next write works');
});

test('a corrupt or foreign file gets a clear message and is never overwritten', async () => {
  const cases: [string, RegExp][] = [
    ['{ "version": 1, "reviewed": [ {"a": ', /is not valid JSON \(.+\), so no conflict is treated as reviewed\. Crosscheck leaves the file as it is: fix it or remove it to record new decisions\.$/],
    ['[1, 2, 3]', /does not hold a list of decisions \("reviewed": \[\.\.\.\]\)/],
    ['{ "version": 1, "decisions": [] }', /does not hold a list of decisions/],
    ['{ "version": 2, "reviewed": [], "groups": [] }', /has format version 2, which this version of Crosscheck does not write; its decisions are read, but new ones are not recorded/],
    ['', /is not valid JSON/],
  ];
  for (const [content, message] of cases) {
    const dir = folder();
    mkdirSync(join(dir, '.crosscheck'));
    writeFileSync(fileOf(dir), content);
    const read = await readReviewFile(dir);
    assert.match(read.problem ?? '', message, content);
    assert.equal(read.writable, false);
    const write = await updateReviewFile(dir, { add: pair(1) });
    assert.equal(write.outcome, 'refused', content);
    assert.match(write.problem ?? '', message);
    assert.equal(readFileSync(fileOf(dir), 'utf8'), content, 'the file is left byte-identical');
    assert.deepEqual(leftovers(dir), []);
  }
});

test('a hand-edited file keeps what Crosscheck does not understand: other fields and odd entries', async () => {
  const dir = folder();
  mkdirSync(join(dir, '.crosscheck'));
  const odd = { a: { file: 'x.txt' }, note: 'half an entry, written by hand' };
  writeFileSync(fileOf(dir), JSON.stringify({ version: 1, team: 'night desk', reviewed: [pair(1), odd] }, null, 2));
  const read = inspectReviewFile(readFileSync(fileOf(dir), 'utf8'));
  assert.equal(read.problem, '1 entry in .crosscheck/reviewed.json is not understood and was ignored; it stays in the file.');
  assert.equal(read.set.size, 1);
  await updateReviewFile(dir, { add: pair(2) });
  await updateReviewFile(dir, { remove: { a: pair(1).a, b: pair(1).b } });
  const after = JSON.parse(readFileSync(fileOf(dir), 'utf8'));
  assert.equal(after.team, 'night desk');
  assert.deepEqual(after.reviewed, [odd, pair(2)]);
});

test('forty writers at once in one process: every decision is kept', async () => {
  const dir = folder();
  await Promise.all(Array.from({ length: 40 }, (_, i) => updateReviewFile(dir, { add: pair(i) })));
  const read = await readReviewFile(dir);
  assert.equal(read.set.size, 40);
  assert.deepEqual(leftovers(dir), []);
});

test('two windows (two processes) marking at the same moment both keep their decisions, and the file is always whole', async () => {
  const dir = folder();
  const store = resolve(__dirname, '..', '..', 'server', 'src', 'lsp', 'reviewStore.ts');
  const writer = (window: string) => `
    const { updateReviewFile } = require(${JSON.stringify(store)});
    (async () => {
      for (let i = 0; i < 25; i++) {
        await updateReviewFile(${JSON.stringify(dir)}, { add: { a: { file: '${window}.txt', text: i + ' people' }, b: { file: 'other.txt', text: i + ' dead' } } });
      }
    })().catch((e) => { console.error(e); process.exit(1); });
  `;
  const run = (window: string) =>
    new Promise<number | null>((r) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '-e', writer(window)], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('close', r);
    });
  // A reader that parses the file whenever it can while both windows write: never half a file.
  let reads = 0;
  let writing = true;
  const reader = (async () => {
    while (writing) {
      const text = await fsp.readFile(fileOf(dir), 'utf8').catch(() => undefined);
      if (text !== undefined) {
        JSON.parse(text);
        reads++;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  const codes = await Promise.all([run('window-1'), run('window-2')]);
  writing = false;
  await reader;
  assert.deepEqual(codes, [0, 0]);
  const read = await readReviewFile(dir);
  assert.equal(read.set.size, 50, 'all 25 decisions of each window');
  assert.deepEqual(leftovers(dir), []);
  assert.ok(reads > 0);
});

test('a lock left by a window that died is taken over; a live one is waited for', async () => {
  const dir = folder();
  mkdirSync(join(dir, '.crosscheck'));
  const lock = fileOf(dir) + '.lock';
  writeFileSync(lock, '12345\n');
  const old = new Date(Date.now() - 120_000);
  utimesSync(lock, old, old);
  assert.equal((await updateReviewFile(dir, { add: pair(1) })).outcome, 'written');
  writeFileSync(lock, '12345\n');
  let done = false;
  const waiting = updateReviewFile(dir, { add: pair(2) }).then((r) => ((done = true), r));
  await new Promise((r) => setTimeout(r, 150));
  assert.equal(done, false, 'it waits while another window holds the lock');
  await fsp.rm(lock);
  assert.equal((await waiting).outcome, 'written');
  assert.equal((await readReviewFile(dir)).set.size, 2);
});
