/**
 * Conflicts follow the workspace: an edit in an open editor, a file deleted, renamed or created on
 * disk. No stale warnings are left behind. Also: the plain-text hover for clients without Markdown,
 * and the `npx crosscheck-language-server --stdio` entry point.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, workspaceFrom } from '../support/lspClient';
import { seedPair, seedsDir, seedTestOptions } from '../support/seeds';

describe('conflicts follow edits, deletions, renames and creations', seedTestOptions(), () => {
  let client: TestClient;
  let root: string;
  let A: string;
  let B: string;

  before(async () => {
    root = workspaceFrom(seedsDir);
    [A, B] = seedPair();
    client = await TestClient.start(root);
    await client.idle(2);
  });

  after(async () => {
    await client?.stop();
  });

  const conflicts = (name: string): Diagnostic[] => client.conflicts(name);
  const watched = (uri: string, type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });

  test('editing the figure away in an open editor clears the conflict in both files; undoing brings it back', async () => {
    await client.waitFor('the seed conflict', () => conflicts(A).length === 1 && conflicts(B).length === 1);
    const original = client.text(A);
    client.open(A, original, 1);
    const uri = client.uri(A);
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: original.replace('more than $40 billion', 'up to $40 billion') }] });
    await client.waitFor('no conflict after the edit', () => conflicts(A).length === 0 && conflicts(B).length === 0);
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: original }] });
    await client.waitFor('the conflict back after undo', () => conflicts(A).length === 1 && conflicts(B).length === 1);
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('deleting the other article on disk removes the warning; restoring it brings it back', async () => {
    await client.waitFor('the seed conflict', () => conflicts(A).length === 1);
    const text = client.text(B);
    rmSync(join(root, B));
    watched(client.uri(B), 3);
    await client.waitFor('no conflict once 003 is gone', () => conflicts(A).length === 0 && (client.diagnostics.get(client.uri(B)) ?? []).length === 0);
    assert.equal((await client.idle(1)).articles, 1);
    writeFileSync(join(root, B), text);
    watched(client.uri(B), 1);
    await client.waitFor('the conflict back once 003 is restored', () => conflicts(A).length === 1 && conflicts(B).length === 1);
  });

  test('a rename moves the warning to the new name and leaves none on the old one', async () => {
    await client.waitFor('the seed conflict', () => conflicts(B).length === 1);
    const renamed = 'renamed-003.txt';
    renameSync(join(root, B), join(root, renamed));
    watched(client.uri(B), 3);
    watched(client.uri(renamed), 1);
    await client.waitFor('the warning under the new name', () => conflicts(renamed).length === 1 && conflicts(B).length === 0);
    assert.match(conflicts(A)[0].message as string, /^Conflicts with renamed-003\.txt: /);
  });

  test('a client without Markdown gets a plain-text hover', async () => {
    const plain = await TestClient.start(root, {}, ['plaintext']);
    try {
      await plain.idle(2);
      const hover = await plain.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
        textDocument: { uri: plain.uri(A) },
        position: plain.positionOf(A, 'Hun Manet', 0, 1),
      });
      assert.equal(hover.contents.kind, 'plaintext');
      assert.match(hover.contents.value, /^Hun Manet \(person\)\n/);
      assert.doesNotMatch(hover.contents.value, /\*\*|\]\(/);
    } finally {
      await plain.stop();
    }
  });
});

test('`npx crosscheck-language-server --stdio` answers initialize', async () => {
  const repo = resolve(__dirname, '..', '..');
  const child = spawn('npx', ['--no-install', 'crosscheck-language-server', '--stdio'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  let out = '';
  const answered = await new Promise<boolean>((r) => {
    const timer = setTimeout(() => r(false), 30_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('"serverInfo"')) {
        clearTimeout(timer);
        r(true);
      }
    });
  });
  child.kill();
  assert.ok(answered, `no initialize result; got: ${out.slice(0, 300)}`);
  assert.match(out, /"name":"crosscheck-language-server"/);
});
