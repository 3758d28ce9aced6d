/**
 * Review decisions through the real server: two windows (two servers) on one folder marking
 * different conflicts at the same moment both keep their decisions, and each sees the other's once
 * the file changes; a corrupt review file is shown to the user once, clearly, and left as it is;
 * an untrusted workspace is read-only until the user trusts it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { TestClient, workspaceFrom } from '../support/lspClient';

const samples = resolve(__dirname, '..', '..', 'samples');
const REVIEWED = join('.crosscheck', 'reviewed.json');

interface Conflict {
  a: { uri: string; index: number; text: string };
  b: { uri: string; index: number; text: string };
  reviewed: boolean;
}

const conflictsOf = (client: TestClient) => client.request<Conflict[]>('crosscheck/conflicts', {});
const mark = (client: TestClient, c: Conflict, command = 'crosscheck.markReviewed') => client.request<string>('workspace/executeCommand', { command, arguments: [{ a: c.a, b: c.b }] });

test('two windows on one folder marking different conflicts at the same moment both keep their decisions', async () => {
  const root = workspaceFrom(samples);
  const [one, two] = await Promise.all([TestClient.start(root), TestClient.start(root)]);
  try {
    await Promise.all([one.idle(6), two.idle(6)]);
    await Promise.all([one.settle(), two.settle()]);
    const [dam, hospital] = (await conflictsOf(one)).sort((x, y) => (x.a.uri < y.a.uri ? -1 : 1));
    assert.ok(dam && hospital, 'the two sample conflicts');
    // Many rounds: each window marks its conflict, un-marks it and marks it again, at the same time.
    for (let round = 0; round < 5; round++) {
      await Promise.all([mark(one, dam), mark(two, hospital)]);
      await Promise.all([mark(one, dam, 'crosscheck.unreview'), mark(two, hospital, 'crosscheck.unreview')]);
    }
    const answers = await Promise.all([mark(one, dam), mark(two, hospital)]);
    for (const a of answers) assert.match(a, /^Marked as reviewed: /);
    const file = JSON.parse(readFileSync(join(root, REVIEWED), 'utf8'));
    assert.deepEqual(file.reviewed.map((p: { a: { file: string } }) => p.a.file).sort(), ['dam-taldria-today.txt', 'hospital-health-it-daily.txt'].sort());
    // Each window learns the other's decision when the file changes (its watcher event).
    for (const client of [one, two]) client.watched({ uri: client.uri(REVIEWED), type: 2 });
    await Promise.all([one.settle(), two.settle()]);
    for (const client of [one, two]) {
      assert.deepEqual((await conflictsOf(client)).map((c) => c.reviewed), [true, true]);
      assert.equal(client.status?.conflicts, 0);
    }
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
});

test('a corrupt review file: one clear message, no conflict treated as reviewed, and the file is left as it is', async () => {
  const root = workspaceFrom(samples);
  mkdirSync(join(root, '.crosscheck'));
  const corrupt = '{ "version": 1, "reviewed": [ { "a": { "file": "dam-taldria-today.txt", ';
  writeFileSync(join(root, REVIEWED), corrupt);
  const client = await TestClient.start(root);
  try {
    await client.idle(6);
    await client.settle();
    const warnings = client.messages.filter((m) => m.type === 2);
    assert.equal(warnings.length, 1, JSON.stringify(client.messages));
    assert.match(warnings[0].message, /^Crosscheck: \.crosscheck\/reviewed\.json is not valid JSON \(.+\), so no conflict is treated as reviewed\. Crosscheck leaves the file as it is: fix it or remove it to record new decisions\.$/);
    const [conflict] = await conflictsOf(client);
    const answer = await mark(client, conflict);
    assert.match(answer, /^Nothing was recorded\. \.crosscheck\/reviewed\.json is not valid JSON/);
    assert.equal(readFileSync(join(root, REVIEWED), 'utf8'), corrupt);
    // Re-indexing reads it again, but the message is not repeated.
    await client.request('workspace/executeCommand', { command: 'crosscheck.reindex', arguments: [] });
    await client.settle();
    assert.equal(client.messages.filter((m) => m.type === 2 && m.message.startsWith('Crosscheck: ')).length, 1, 'the problem is not shown again');
    // Fixed by hand: decisions are recorded again.
    writeFileSync(join(root, REVIEWED), '{ "version": 1, "reviewed": [] }\n');
    client.watched({ uri: client.uri(REVIEWED), type: 2 });
    await client.settle();
    assert.match(await mark(client, conflict), /^Marked as reviewed: /);
  } finally {
    await client.stop();
  }
});

test('an untrusted workspace is analysed but nothing is written; once trusted, decisions are recorded', async () => {
  const root = workspaceFrom(samples);
  const client = await TestClient.start(root, {}, undefined, { initializationOptions: { workspaceTrusted: false } });
  try {
    await client.idle(6);
    await client.settle();
    assert.equal(client.status?.conflicts, 2, 'the analysis runs as usual');
    const uri = client.uri('dam-velmora-herald.txt');
    const [diagnostic] = client.conflicts('dam-velmora-herald.txt');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(actions.map((a) => a.title), ['Open the conflicting passage in dam-taldria-today.txt'], 'no "Mark as reviewed" in an untrusted workspace');
    const [conflict] = await conflictsOf(client);
    assert.match(await mark(client, conflict), /^Nothing was recorded\. This workspace is not trusted, so Crosscheck writes nothing to it/);
    assert.equal(existsSync(join(root, '.crosscheck')), false, 'not even the folder is created');
    client.connection.sendNotification('crosscheck/didGrantWorkspaceTrust');
    const trusted = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.equal(trusted.length, 2);
    assert.match(await mark(client, conflict), /^Marked as reviewed: /);
    assert.equal(existsSync(join(root, REVIEWED)), true);
  } finally {
    await client.stop();
  }
});
