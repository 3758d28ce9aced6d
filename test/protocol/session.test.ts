/**
 * Safety over a whole session, through the real server process: analysing the seeds (and the
 * samples) and answering every kind of request and action opens no socket and looks up no name —
 * a preload (test/support/preload/no-network.cjs) makes every such call throw and records it, in
 * the server and in its analysis worker; the article files are byte-identical afterwards (same
 * bytes, same modification time), the only file written is `.crosscheck/reviewed.json`, and no
 * temporary file is left anywhere. Shutdown is clean: exit code 0, and a server whose client
 * vanished (stdin closed, or the client process gone) exits by itself.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { emptyWorkspace, serverScript, TestClient } from '../support/lspClient';
import { probeDocument } from '../support/probe';
import { seedsDir, seedTestOptions } from '../support/seeds';

const samples = resolve(__dirname, '..', '..', 'samples');
const guard = resolve(__dirname, '..', 'support', 'preload', 'no-network.cjs');

/** Every file under a folder with its hash, size and modification time. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        out.set(relative(root, path), `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(root);
  return out;
}

test('a full session on the seeds and samples: no socket, articles byte-identical, only the review file written, clean exit', seedTestOptions(), async (t) => {
  const root = emptyWorkspace();
  cpSync(seedsDir, join(root, 'seeds'), { recursive: true });
  cpSync(samples, join(root, 'samples'), { recursive: true });
  // Line endings and byte-order marks that a write would be likely to change.
  const herald = readFileSync(join(samples, 'dam-velmora-herald.txt'), 'utf8');
  writeFileSync(join(root, 'crlf-bom.txt'), '\ufeff' + herald.replace(/\n/g, '\r\n').replace('Velmora Herald', 'Velmora Herald (CRLF copy)'));
  writeFileSync(join(root, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(samples, 'hospital-northern-bulletin.txt'), 'utf8'), 'utf16le')]));
  const before = snapshot(root);
  const netlog = join(mkdtempSync(join(tmpdir(), 'crosscheck-netlog-')), 'net.log');
  const serverTmp = mkdtempSync(join(tmpdir(), 'crosscheck-server-tmp-'));

  const client = await TestClient.start(root, {}, undefined, {
    execArgv: ['--require', guard],
    env: { CROSSCHECK_TEST_NETLOG: netlog, TMPDIR: serverTmp, TMP: serverTmp, TEMP: serverTmp },
  });
  await client.idle();
  await client.settle();
  const articles = client.status!.articles;
  assert.ok(articles >= 8, `the seeds and samples are indexed (${articles})`);

  // Every request on every file, opened in an editor, edited and edited back, as a reviewer would.
  const files = [...before.keys()].filter((f) => f.endsWith('.txt'));
  const texts = new Map<string, string>();
  for (const f of files) texts.set(client.uri(f), f === 'utf16.txt' ? readFileSync(join(root, f)).subarray(2).toString('utf16le') : readFileSync(join(root, f), 'utf8').replace(/^\ufeff/, ''));
  const textOf = (uri: string) => texts.get(uri);
  for (const f of files) {
    const uri = client.uri(f);
    const text = texts.get(uri)!;
    client.open(f, text, 1);
    client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Edited, never saved. ' }]);
    client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 'Edited, never saved. '.length } }, text: '' }]);
    await client.settle();
    assert.deepEqual(await probeDocument(client, uri, text, textOf), [], f);
  }
  await client.request('workspace/symbol', { query: '' });
  await client.request('workspace/symbol', { query: 'Hun Manet' });
  const conflicts = await client.request<{ a: { uri: string; index: number; text: string }; b: { uri: string; index: number; text: string } }[]>('crosscheck/conflicts', {});
  assert.ok(conflicts.length >= 2, 'conflicts to act on');
  // Every quick fix on every conflict: open the other passage, mark as reviewed; then un-review one.
  for (const f of files) {
    const uri = client.uri(f);
    const diagnostics = (client.diagnostics.get(uri) ?? []).filter((d: Diagnostic) => d.code === 'numeric-conflict');
    for (const d of diagnostics) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      for (const action of actions) await client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
    }
  }
  await client.request('workspace/executeCommand', { command: 'crosscheck.unreview', arguments: [{ a: conflicts[0].a, b: conflicts[0].b }] });
  await client.request('workspace/executeCommand', { command: 'crosscheck.reindex', arguments: [] });
  client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  for (const f of files) client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(f) } });
  await client.settle();
  assert.ok(client.shown.length > 0, 'showLocation asked the client to show the other passage');

  const code = await client.stop();
  assert.equal(code, 0, 'shutdown then exit ends the server with code 0');

  // No socket, no name lookup: the guard was loaded in both threads and recorded nothing else.
  const log = readFileSync(netlog, 'utf8').trim().split('\n');
  assert.deepEqual(log.filter((l) => !/^guard loaded in (main|worker) thread$/.test(l)), [], 'network calls');
  assert.ok(log.includes('guard loaded in main thread') && log.includes('guard loaded in worker thread'), log.join('\n'));

  // The articles are byte-identical and untouched; the review file is the only new file.
  const after = snapshot(root);
  for (const [file, fingerprint] of before) assert.equal(after.get(file), fingerprint, `${file} is unchanged (bytes, size and modification time)`);
  assert.deepEqual([...after.keys()].filter((f) => !before.has(f)), ['.crosscheck/reviewed.json'], 'no other file, no temporary or lock file');
  const reviewed = JSON.parse(readFileSync(join(root, '.crosscheck', 'reviewed.json'), 'utf8'));
  assert.equal(reviewed.version, 1);
  assert.equal(reviewed.reviewed.length, conflicts.length - 1, 'every conflict marked, one un-reviewed again');
  assert.deepEqual(readdirSync(serverTmp), [], 'nothing left in the server process temporary folder');
  t.diagnostic(`${files.length} files, ${articles} articles, ${conflicts.length} conflicts marked; ${log.length} guard lines, no network call`);
});

test('a server whose client vanished exits by itself: stdin closed, or the client process gone', async () => {
  const root = emptyWorkspace();
  writeFileSync(join(root, 'a.txt'), readFileSync(join(samples, 'dam-velmora-herald.txt')));

  // 1. The client closes the pipe without shutdown/exit.
  const closed = await TestClient.start(root);
  await closed.idle(1);
  closed.process.stdin!.end();
  const code1 = await Promise.race([closed.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 20_000))]);
  assert.notEqual(code1, 'hung', 'the server exits when its input closes');

  // 2. The client process (named in initialize) dies while the pipes stay open.
  const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const orphaned = await TestClient.start(root, {}, undefined, { processId: parent.pid! });
  await orphaned.idle(1);
  parent.kill('SIGKILL');
  const code2 = await Promise.race([orphaned.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 30_000))]);
  if (code2 === 'hung') orphaned.process.kill('SIGKILL');
  assert.notEqual(code2, 'hung', 'the server exits when the client process is gone (checked every few seconds)');
  assert.ok(serverScript);
});

test('the network guard itself refuses and records every kind of call it stands for', async () => {
  const netlog = join(mkdtempSync(join(tmpdir(), 'crosscheck-netlog-')), 'net.log');
  const probe = `
    const tries = {
      socket: () => new (require('node:net').Socket)().connect(80, '127.0.0.1'),
      tls: () => require('node:tls').connect(443, 'example.com'),
      http: () => require('node:http').request('http://example.com'),
      https: () => require('node:https').get('https://example.com'),
      dns: () => require('node:dns').lookup('example.com', () => {}),
      dnsPromises: () => require('node:dns').promises.resolve('example.com'),
      udp: () => require('node:dgram').createSocket('udp4'),
      fetch: () => fetch('https://example.com'),
    };
    let refused = 0;
    for (const [name, attempt] of Object.entries(tries)) {
      try { attempt(); console.log(name + ' went through'); } catch { refused++; }
    }
    console.log('refused ' + refused + ' of ' + Object.keys(tries).length);
  `;
  const child = spawn(process.execPath, ['--require', guard, '-e', probe], { env: { ...process.env, CROSSCHECK_TEST_NETLOG: netlog } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await new Promise((r) => child.on('close', r));
  assert.equal(out.trim(), 'refused 8 of 8');
  assert.equal(readFileSync(netlog, 'utf8').split('\n').filter((l) => l.startsWith('NETWORK ')).length, 8);
});
