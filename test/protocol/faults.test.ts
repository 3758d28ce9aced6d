/**
 * Faults, through the real server process with test-only fault injection
 * (test/support/preload/faults.cjs, loaded with `node --require`; nothing in the product reads it):
 * an exception inside one article's analysis, an analysis worker that dies, files changed on disk
 * while open, deleted, renamed, made unreadable (an injected EACCES, so the test runs as root too;
 * a folder and a FIFO where the file was), a file deleted or renamed while it is being analysed, and
 * a document changed faster than it is analysed. The index follows; diagnostics of a file that left
 * are cleared and its partners' conflicts withdrawn; a repeated failure does not loop.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshDiagnostics } from '../support/fresh';
import { TestClient, workspaceFrom } from '../support/lspClient';

const samples = resolve(__dirname, '..', '..', 'samples');
const preload = resolve(__dirname, '..', 'support', 'preload', 'faults.cjs');

const HERALD = 'dam-velmora-herald.txt';
const TODAY = 'dam-taldria-today.txt';
const CHRONICLE = 'hospital-marrowgate-chronicle.txt';
const HEALTH_IT = 'hospital-health-it-daily.txt';

interface Faults {
  unreadable?: string[];
  throwOn?: string;
  exitOn?: string;
  holdOn?: string;
}

class FaultControl {
  readonly dir = mkdtempSync(join(tmpdir(), 'crosscheck-faults-'));
  readonly file = join(this.dir, 'faults.json');
  constructor(faults: Faults = {}) {
    this.set(faults);
  }
  set(faults: Faults): void {
    writeFileSync(this.file, JSON.stringify({ ...faults, dir: this.dir }));
  }
  /** What the worker saw: one line per marked text ('throw', 'exit', 'hold'). */
  seen(): string[] {
    const log = join(this.dir, 'seen.log');
    return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
  }
  start(root: string, settings: Record<string, unknown> = {}): Promise<TestClient> {
    return TestClient.start(root, settings, undefined, { execArgv: ['--require', preload], env: { CROSSCHECK_TEST_FAULTS: this.file } });
  }
  async waitForHeld(): Promise<void> {
    for (const started = Date.now(); !existsSync(join(this.dir, 'held')); ) {
      if (Date.now() - started > 60_000) throw new Error('the worker never started the held analysis');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  release(): void {
    writeFileSync(join(this.dir, 'release'), '');
  }
}

/** A sample article with one more sentence that carries a marker the fault injection looks for. */
function marked(marker: string, base = 'hospital-northern-bulletin.txt'): string {
  return readFileSync(join(samples, base), 'utf8').replace(/\n*$/, `\n\nA spokesperson for the Ardent Valley trust, reference ${marker}, declined to comment further on the matter when asked.\n`);
}

const noticeCodes = (client: TestClient, name: string) => (client.diagnostics.get(client.uri(name)) ?? []).map((d) => d.code);

describe('an exception in one article, a dying worker', () => {
  let client: TestClient;
  let root: string;
  const faults = new FaultControl({ throwOn: 'MARKER-THROW-7f3a', exitOn: 'MARKER-EXIT-91c2' });

  before(async () => {
    root = workspaceFrom(samples);
    writeFileSync(join(root, 'faulty.txt'), marked('MARKER-THROW-7f3a'));
    writeFileSync(join(root, 'crashing.txt'), marked('MARKER-EXIT-91c2', 'dam-continental-wire.txt'));
    client = await faults.start(root);
    await client.idle();
    await client.settle();
  });

  after(async () => {
    await client?.stop();
  });

  test('the exception is caught, the file gets a notice, the log names it, and the other articles are served', async () => {
    const [notice] = client.diagnostics.get(client.uri('faulty.txt')) ?? [];
    assert.equal(notice?.code, 'article.analysis-failed');
    assert.match(String(notice.message), /^Crosscheck could not analyse this file \(.+\); the other articles are still served\. Details are in the Crosscheck output\.$/);
    assert.match(client.logs.join('\n'), /analysis of faulty\.txt failed: Cannot read properties of null \(reading 'minArticleWords'\)\nTypeError/);
    assert.equal(client.status?.articles, 6, 'the six samples are served');
    assert.equal(client.conflicts(HERALD).length, 1);
    assert.equal(client.conflicts(CHRONICLE).length, 1);
  });

  test('a worker that dies on one file: that file gets a notice, a new worker serves the rest', async () => {
    const [notice] = client.diagnostics.get(client.uri('crashing.txt')) ?? [];
    assert.equal(notice?.code, 'article.analysis-failed');
    assert.match(String(notice.message), /the analysis worker stopped \(exit code 7\)/);
    assert.match(client.logs.join('\n'), /analysis of crashing\.txt failed: the analysis worker stopped \(exit code 7\)/);
    // A new file after the crash is analysed by a new worker.
    writeFileSync(join(root, 'later.txt'), readFileSync(join(samples, 'hospital-northern-bulletin.txt')));
    client.watched({ uri: client.uri('later.txt'), type: 1 });
    await client.settle();
    assert.deepEqual(noticeCodes(client, 'later.txt'), []);
    assert.equal(client.status?.articles, 7);
  });

  test('a repeated failure does not loop: re-indexing and other changes do not analyse the failed texts again', async () => {
    assert.deepEqual(faults.seen().sort(), ['exit', 'throw']);
    await client.request('workspace/executeCommand', { command: 'crosscheck.reindex', arguments: [] });
    writeFileSync(join(root, TODAY), readFileSync(join(samples, TODAY), 'utf8') + '\nUpdated on Wednesday.\n');
    client.watched({ uri: client.uri(TODAY), type: 2 });
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.settle();
    assert.deepEqual(faults.seen().sort(), ['exit', 'throw'], 'each failing text was analysed once');
    assert.equal(client.process.exitCode, null, 'the server is up');
  });

  test('once the text changes it is analysed again, and then it is fine', async () => {
    client.open('faulty.txt', readFileSync(join(root, 'faulty.txt'), 'utf8'), 1);
    client.change(client.uri('faulty.txt'), 2, [{ text: readFileSync(join(samples, 'hospital-northern-bulletin.txt'), 'utf8') }]);
    await client.settle();
    assert.deepEqual(noticeCodes(client, 'faulty.txt'), []);
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri('faulty.txt') } });
    await client.settle();
  });
});

describe('files changed on disk while open, deleted, renamed, made unreadable', () => {
  let client: TestClient;
  let root: string;
  const faults = new FaultControl();

  before(async () => {
    root = workspaceFrom(samples);
    client = await faults.start(root);
    await client.idle(6);
    await client.settle();
    assert.equal(client.conflicts(HERALD).length, 1);
  });

  after(async () => {
    await client?.stop();
  });

  test('changed on disk while open: the editor wins; on close the disk is read again', async () => {
    const text = readFileSync(join(root, TODAY), 'utf8');
    client.open(TODAY, text);
    await client.settle();
    writeFileSync(join(root, TODAY), text.replace('Up to 35', 'At least 41'));
    client.watched({ uri: client.uri(TODAY), type: 2 });
    await client.settle();
    assert.equal(client.conflicts(TODAY).length, 1, 'the open editor still says "Up to 35"');
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(TODAY) } });
    await client.settle();
    assert.equal(client.conflicts(TODAY).length, 0, 'the disk says "At least 41" now');
    assert.equal(client.conflicts(HERALD).length, 0, 'and the partner is no longer in conflict');
    writeFileSync(join(root, TODAY), text);
    client.watched({ uri: client.uri(TODAY), type: 2 });
    await client.settle();
    assert.equal(client.conflicts(HERALD).length, 1);
  });

  test('deleted while open: the editor keeps it; on close it leaves the index and its partner is cleared', async () => {
    const text = readFileSync(join(root, TODAY), 'utf8');
    client.open(TODAY, text);
    await client.settle();
    rmSync(join(root, TODAY));
    client.watched({ uri: client.uri(TODAY), type: 3 });
    await client.settle();
    assert.equal(client.conflicts(TODAY).length, 1, 'still open in the editor');
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: client.uri(TODAY) } });
    await client.settle();
    assert.equal((client.diagnostics.get(client.uri(TODAY)) ?? []).length, 0, 'its diagnostics are cleared');
    assert.equal(client.conflicts(HERALD).length, 0, "its partner's conflict is withdrawn");
    assert.equal(client.status?.articles, 5);
    writeFileSync(join(root, TODAY), text);
    client.watched({ uri: client.uri(TODAY), type: 1 });
    await client.settle();
    assert.equal(client.conflicts(HERALD).length, 1);
  });

  test('renamed: the warning moves with the file', async () => {
    renameSync(join(root, TODAY), join(root, 'renamed.txt'));
    client.watched({ uri: client.uri(TODAY), type: 3 }, { uri: client.uri('renamed.txt'), type: 1 });
    await client.settle();
    assert.equal((client.diagnostics.get(client.uri(TODAY)) ?? []).length, 0);
    assert.equal(client.conflicts('renamed.txt').length, 1);
    assert.match(String(client.conflicts(HERALD)[0]?.message), /^Conflicts with renamed\.txt: /);
    renameSync(join(root, 'renamed.txt'), join(root, TODAY));
    client.watched({ uri: client.uri('renamed.txt'), type: 3 }, { uri: client.uri(TODAY), type: 1 });
    await client.settle();
    assert.equal(client.conflicts(TODAY).length, 1);
  });

  test('made unreadable (an injected EACCES): it leaves the index with a logged reason, its partner is cleared; readable again, it is back', async () => {
    faults.set({ unreadable: [join(root, TODAY)] });
    client.watched({ uri: client.uri(TODAY), type: 2 });
    await client.settle();
    assert.equal((client.diagnostics.get(client.uri(TODAY)) ?? []).length, 0);
    assert.equal(client.conflicts(HERALD).length, 0);
    assert.match(client.logs.join('\n'), new RegExp(`cannot read ${TODAY.replace(/\./g, '\\.')}: permission denied; it is left out of the index`));
    faults.set({});
    client.watched({ uri: client.uri(TODAY), type: 2 });
    await client.settle();
    assert.equal(client.conflicts(HERALD).length, 1);
  });

  test('a folder, then a FIFO, where the article was: left out with a logged reason, and nothing hangs', async () => {
    const text = readFileSync(join(root, HEALTH_IT), 'utf8');
    rmSync(join(root, HEALTH_IT));
    mkdirSync(join(root, HEALTH_IT));
    client.watched({ uri: client.uri(HEALTH_IT), type: 2 });
    await client.settle();
    assert.equal(client.conflicts(CHRONICLE).length, 0);
    assert.match(client.logs.join('\n'), new RegExp(`cannot read ${HEALTH_IT.replace(/\./g, '\\.')}: not a regular file \\(a folder\\)`));
    rmSync(join(root, HEALTH_IT), { recursive: true });
    execFileSync('mkfifo', [join(root, HEALTH_IT)]);
    client.watched({ uri: client.uri(HEALTH_IT), type: 1 });
    // Opening a FIFO for reading would wait for a writer forever: settle answers, so nothing waits.
    await client.settle();
    assert.match(client.logs.join('\n'), /not a regular file \(a named pipe\)/);
    // A re-index walks past it too (a FIFO is not a file).
    await client.request('workspace/executeCommand', { command: 'crosscheck.reindex', arguments: [] });
    await client.settle();
    rmSync(join(root, HEALTH_IT));
    writeFileSync(join(root, HEALTH_IT), text);
    client.watched({ uri: client.uri(HEALTH_IT), type: 1 });
    await client.settle();
    assert.equal(client.conflicts(CHRONICLE).length, 1);
  });
});

describe('a file deleted, renamed or edited while it is being analysed', () => {
  let client: TestClient;
  let root: string;
  const MARK = 'MARKER-HOLD-5be0';
  let faults: FaultControl;

  before(async () => {
    root = workspaceFrom(samples);
    faults = new FaultControl({ holdOn: MARK });
    client = await faults.start(root);
    await client.idle(6);
    await client.settle();
  });

  after(async () => {
    faults.release();
    await client?.stop();
  });

  const hold = () => {
    rmSync(join(faults.dir, 'held'), { force: true });
    rmSync(join(faults.dir, 'release'), { force: true });
  };

  test('deleted while being analysed: the finished analysis does not bring it back', async () => {
    hold();
    writeFileSync(join(root, 'held.txt'), marked(MARK, TODAY));
    client.watched({ uri: client.uri('held.txt'), type: 1 });
    await faults.waitForHeld();
    rmSync(join(root, 'held.txt'));
    client.watched({ uri: client.uri('held.txt'), type: 3 });
    faults.release();
    await client.settle();
    assert.equal(client.diagnostics.get(client.uri('held.txt'))?.length ?? 0, 0);
    assert.equal(client.status?.articles, 6);
    assert.equal(client.conflicts(HERALD).length, 1, 'only the one conflict with the real dam-taldria-today.txt');
  });

  test('renamed while being analysed: it is indexed under the new name only', async () => {
    hold();
    // A text of its own: one analysed before (by the previous test) is not analysed again.
    writeFileSync(join(root, 'before.txt'), marked(`${MARK} renamed`, TODAY));
    client.watched({ uri: client.uri('before.txt'), type: 1 });
    await faults.waitForHeld();
    renameSync(join(root, 'before.txt'), join(root, 'after.txt'));
    client.watched({ uri: client.uri('before.txt'), type: 3 }, { uri: client.uri('after.txt'), type: 1 });
    faults.release();
    await client.settle();
    assert.equal(client.diagnostics.get(client.uri('before.txt'))?.length ?? 0, 0);
    assert.equal(client.conflicts('after.txt').length, 1);
    assert.equal(client.status?.articles, 7);
    rmSync(join(root, 'after.txt'));
    client.watched({ uri: client.uri('after.txt'), type: 3 });
    await client.settle();
  });

  test('a document changed faster than it is analysed: one analysis for the burst, and the result is that of the final text', async () => {
    hold();
    const before = faults.seen().length;
    const uri = client.uri('typing.txt');
    let text = marked(MARK, CHRONICLE);
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await faults.waitForHeld();
    // 40 edits arrive while the first version is held in the worker: each inserts a word at the end
    // of the first line and deletes it again every other time, then the figure is changed.
    for (let version = 2; version <= 41; version++) {
      const firstLineEnd = text.indexOf('\n');
      if (version % 2 === 0) {
        client.change(uri, version, [{ range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }, text: ' x' }]);
        text = text.slice(0, firstLineEnd) + ' x' + text.slice(firstLineEnd);
      } else {
        client.change(uri, version, [{ range: { start: { line: 0, character: firstLineEnd - 2 }, end: { line: 0, character: firstLineEnd } }, text: '' }]);
        text = text.slice(0, firstLineEnd - 2) + text.slice(firstLineEnd);
      }
    }
    const at = text.indexOf('more than 200,000');
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at - 1) + 1);
    client.change(uri, 42, [{ range: { start: { line, character }, end: { line, character: character + 'more than 200,000'.length } }, text: 'fewer than 100,000' }]);
    text = text.slice(0, at) + 'fewer than 100,000' + text.slice(at + 'more than 200,000'.length);
    faults.release();
    await client.settle();
    const analyses = faults.seen().length - before;
    assert.ok(analyses <= 2, `the held first version and at most one more were analysed, not 42 (${analyses})`);
    const texts = new Map<string, string>([[uri, text]]);
    for (const name of [HERALD, TODAY, CHRONICLE, HEALTH_IT, 'dam-continental-wire.txt', 'hospital-northern-bulletin.txt']) texts.set(client.uri(name), readFileSync(join(root, name), 'utf8'));
    const fresh = await freshDiagnostics(root, texts);
    for (const [u, expected] of fresh) assert.deepEqual(client.diagnostics.get(u) ?? [], expected, `diagnostics of ${u.split('/').pop()}`);
    assert.ok((fresh.get(uri) ?? []).length > 0, 'the copy of an article in conflict has warnings');
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.settle();
  });
});
