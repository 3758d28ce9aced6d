/**
 * Speed and scale over stdio, as behaviour (the figures are `npm run bench`'s): a folder without
 * articles costs next to nothing and serves its first article when one appears; copies of one
 * article are compared once; the analysis cache lives outside the workspace, survives a restart
 * and is ignored when corrupt; a shutdown in the middle of indexing ends the process cleanly.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyWorkspace, TestClient } from '../support/lspClient';

const FIXTURE = join(__dirname, '..', 'fixtures', 'claims', 'coop-bank-fraud');

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

test('a folder without articles: nothing analysed, the status says so, and a first article is served when it appears', async () => {
  const root = emptyWorkspace();
  mkdirSync(join(root, 'logs'));
  for (let i = 0; i < 20; i++) {
    writeFileSync(join(root, 'logs', `app-${i}.txt`), Array.from({ length: 50 }, (_, k) => `2025-03-01 12:00:${String(k).padStart(2, '0')} INFO [api] request handled in ${k} ms for user ${i}`).join('\n'));
    writeFileSync(join(root, `table-${i}.txt`), ['id,city,rainfall', ...Array.from({ length: 40 }, (_, k) => `${k},Lisbon,${k * 1.5}`)].join('\n'));
  }
  writeFileSync(join(root, 'note.txt'), 'Call Dana about the flood story tomorrow before ten.');
  const client = await TestClient.start(root);
  try {
    const status = await client.idle(0);
    assert.equal(status.files, 41);
    assert.equal(status.turnedAway, 41, 'every file was turned away on its first kilobytes');
    assert.equal(client.diagnostics.size, 0);

    // The folder gains an article; the editor's file watcher says so.
    cpSync(join(FIXTURE, 'a-lakeside-news.txt'), join(root, 'story.txt'));
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('story.txt'), type: 1 }] });
    await client.idle(1);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: client.uri('story.txt') },
      position: client.positionOf('story.txt', 'Lakeside Cooperative Bank', 0, 2),
    });
    assert.ok(hover, 'the new article is served');
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('copies of one article: compared once, warned once, and the hover says where else it was published', async () => {
  const root = emptyWorkspace();
  const a = readFileSync(join(FIXTURE, 'a-lakeside-news.txt'), 'utf8');
  writeFileSync(join(root, 'a.txt'), a);
  cpSync(join(FIXTURE, 'b-north-finance.txt'), join(root, 'b.txt'));
  mkdirSync(join(root, 'copies'));
  writeFileSync(join(root, 'copies', 'a-wire.txt'), a.replace(/^- Source: .*$/m, '- Source: wire.example') + '\nPublished:\n\nspot_img\n');
  writeFileSync(join(root, 'copies', 'a-same.txt'), a);
  const client = await TestClient.start(root);
  try {
    await client.idle(4);
    const warnings = client.conflicts('a.txt');
    assert.ok(warnings.length > 0);
    assert.deepEqual(client.conflicts('copies/a-wire.txt'), []);
    assert.deepEqual(client.conflicts('copies/a-same.txt'), []);
    assert.match(String(client.conflicts('b.txt')[0].message), /^Conflicts with a\.txt \(also published by 1 site and in 1 more copy\): /);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: client.uri('copies/a-wire.txt') },
      position: client.positionOf('copies/a-wire.txt', 'Cooperative Bank Manager', 0, 2),
    });
    assert.match(hover?.contents.value ?? '', /Also published by 1 site and in 1 more copy: \[lakesidenews\.example \(a\.txt\)\]\(/);

    // Opened, a copy carries the warnings, and the first copy no longer does.
    client.open('copies/a-wire.txt');
    await client.waitFor('the warnings on the open copy', () => client.conflicts('copies/a-wire.txt').length === warnings.length && client.conflicts('a.txt').length === 0);
  } finally {
    await client.stop();
  }
});

test('the analysis cache: outside the workspace, used after a restart (analyses and links), ignored when corrupt', async () => {
  const root = emptyWorkspace();
  cpSync(FIXTURE, root, { recursive: true });
  const before = files(root);
  const cacheDir = mkdtempSync(join(tmpdir(), 'crosscheck-storage-'));
  const start = () => TestClient.start(root, {}, undefined, { initializationOptions: { cacheDir } });
  const conflictsOf = (c: TestClient) => c.conflicts('a-lakeside-news.txt').map((d) => String(d.message));

  let client = await start();
  await client.idle(2);
  const expected = conflictsOf(client);
  assert.ok(expected.length > 0);
  assert.equal(await client.stop(), 0);
  const cached = files(cacheDir);
  const analyses = cached.filter((f) => !f.includes('/links/'));
  assert.equal(analyses.length, 2, cached.join());
  assert.match(analyses[0], /^analyser-[0-9a-f]+\/[0-9a-f]{2}\/[0-9a-f]{64}\.json$/);
  assert.equal(cached.filter((f) => /^analyser-[0-9a-f]+\/links\/[0-9a-f]{64}\.json$/.test(f)).length, 1, `the links of the full run are stored: ${cached.join()}`);
  assert.deepEqual(files(root), before, 'nothing is written into the workspace');

  client = await start();
  // A document opened at once is answered for, though its analysis (from the cache) came before
  // the settings did.
  client.open('a-lakeside-news.txt');
  await client.idle(2);
  assert.deepEqual(conflictsOf(client), expected);
  assert.ok(client.logs.some((l) => /links read from the analysis cache/.test(l)), 'the stored links are used');
  await client.settle();
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: client.uri('a-lakeside-news.txt') },
    position: client.positionOf('a-lakeside-news.txt', 'Lakeside Cooperative Bank', 0, 2),
  });
  assert.ok(hover, 'the open document is served after a warm start');
  await client.stop();

  for (const f of cached) writeFileSync(join(cacheDir, f), '{"torn": ');
  client = await start();
  await client.idle(2);
  assert.deepEqual(conflictsOf(client), expected, 'corrupt entries are analysed again');
  assert.ok(client.logs.some((l) => /ignored a corrupt analysis cache entry/.test(l)));
  assert.ok(client.logs.some((l) => /ignored a corrupt stored set of links/.test(l)));
  await client.stop();

  rmSync(cacheDir, { recursive: true, force: true });
  client = await start();
  await client.idle(2);
  assert.deepEqual(conflictsOf(client), expected, 'a deleted cache is made again');
  await client.stop();
});

test('a shutdown in the middle of indexing ends the process cleanly', async () => {
  const root = emptyWorkspace();
  const a = readFileSync(join(FIXTURE, 'a-lakeside-news.txt'), 'utf8');
  for (let i = 0; i < 200; i++) writeFileSync(join(root, `article-${i}.txt`), a.replace('48 million', `${48 + i} million`));
  // Shut down right after initialize: the server is listing, reading and analysing the folder.
  const client = await TestClient.start(root);
  assert.equal(await client.stop(), 0);
});
