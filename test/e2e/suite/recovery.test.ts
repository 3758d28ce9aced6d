// The language server dies (killed, as an out-of-memory kill or a crash would end it): the client
// restarts it, the user is told once with a button that opens the log, and a second death is
// restarted quietly. Runs last: the server it leaves behind is a restarted one.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, READY_TIMEOUT_MS, hoverText, insideOf, openSeed, rangeOf, serverReady, waitFor } from './helpers';

/** Process ids of Crosscheck language servers started by this extension host (Linux /proc). */
function serverProcesses(): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && /crosscheck[^\0]*[/\\]dist[/\\]server\.js/.test(cmdline)) out.push(Number(entry));
    } catch {
      // The process ended while it was being read.
    }
  }
  return out;
}

async function hoverWorks(): Promise<void> {
  const doc = await openSeed('000');
  const position = insideOf(rangeOf(doc, 'Hun Manet'));
  await waitFor(
    'a hover on "Hun Manet" from the restarted server',
    async () => (/Hun Manet/.test(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position))) ? true : undefined),
    READY_TIMEOUT_MS,
  );
}

suite('Recovery', () => {
  test('a killed server is restarted, and the user is told once', async function () {
    if (process.platform !== 'linux') this.skip();
    this.timeout(3 * READY_TIMEOUT_MS);
    await serverReady();
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { notices(): readonly string[] };
    const before = api.notices().length;
    for (let death = 1; death <= 2; death++) {
      const [pid] = serverProcesses();
      assert.ok(pid, 'the language server process of this window');
      process.kill(pid, 'SIGKILL');
      await waitFor('a new language server process', () => (serverProcesses().some((p) => p !== pid) ? true : undefined), READY_TIMEOUT_MS, () => `${serverProcesses()}`);
      await hoverWorks();
    }
    const told = api.notices().slice(before);
    assert.equal(told.length, 1, `one notice for two deaths: ${JSON.stringify(told)}`);
    assert.match(told[0], /^The Crosscheck language server stopped unexpectedly and was restarted\./);
  });
});
