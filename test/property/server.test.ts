/**
 * The whole server under random editing sessions, through its real incremental sync over stdio
 * (dist/server.js with its analysis worker). A session opens one to three documents (windows of
 * the seeds, fixtures and samples), sends random edits to them in random order, sometimes pausing
 * long enough for an analysis to start mid-session, sometimes asking for hovers, definitions and
 * references while edits are in flight; then it waits until the server has settled. Invariants:
 *
 * - no request ever fails, during the edits or after;
 * - after the edits, the diagnostics of every document equal those of a fresh analysis of the final
 *   texts (no stale, missing or duplicated warning), and every range they hold — their own and
 *   their related locations in other documents — lies inside its document on UTF-16 boundaries;
 * - hover, definition, references and highlights at random positions answer with ranges inside
 *   the documents they name;
 * - closing the documents (files that were never on disk) clears their diagnostics.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { freshDiagnostics } from '../support/fresh';
import { emptyWorkspace, TestClient } from '../support/lspClient';
import { answerProblems, rangeProblems } from '../support/ranges';
import { asChange, documentArb, documentText, editArb, params, positionOf, runs } from './generators';

let client: TestClient;
let root: string;
let session = 0;

before(async () => {
  root = emptyWorkspace();
  client = await TestClient.start(root);
  await client.idle(0);
});

after(async () => {
  await client?.stop();
});

const step = fc.record({
  doc: fc.nat(2),
  edit: editArb,
  // Mostly back to back, as typing; sometimes a pause past the edit debounce, so an analysis of an
  // intermediate text runs while later edits arrive; sometimes a request in the middle.
  then: fc.oneof({ weight: 8, arbitrary: fc.constant('nothing' as const) }, { weight: 1, arbitrary: fc.constant('pause' as const) }, { weight: 2, arbitrary: fc.constant('request' as const) }),
  where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
});

const sessionArb = fc.record({
  docs: fc.array(documentArb, { minLength: 1, maxLength: 3 }),
  steps: fc.array(step, { maxLength: 20 }),
  probes: fc.array(fc.tuple(fc.nat(2), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })), { minLength: 3, maxLength: 8 }),
});

const requestsAt = (uri: string, position: { line: number; character: number }) => [
  client.request('textDocument/hover', { textDocument: { uri }, position }),
  client.request('textDocument/definition', { textDocument: { uri }, position }),
  client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
  client.request('textDocument/documentHighlight', { textDocument: { uri }, position }),
];

test(`random editing sessions: diagnostics equal a fresh analysis, ranges inside documents, no request fails (${runs(40)} sessions)`, async (t) => {
  let documents = 0;
  let edits = 0;
  await fc.assert(
    fc.asyncProperty(sessionArb, async ({ docs, steps, probes }) => {
      session++;
      const uris = docs.map((_, i) => client.uri(`session-${session}/doc-${i}.txt`));
      const texts = docs.map(documentText);
      const versions = docs.map(() => 1);
      const inFlight: Promise<unknown>[] = [];
      documents += docs.length;
      try {
        uris.forEach((uri, i) => client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: texts[i] } }));
        for (const s of steps) {
          const i = s.doc % docs.length;
          const { change, after } = asChange(texts[i], s.edit);
          texts[i] = after;
          client.change(uris[i], ++versions[i], [change]);
          edits++;
          if (s.then === 'pause') await new Promise((r) => setTimeout(r, 350));
          if (s.then === 'request') inFlight.push(...requestsAt(uris[i], positionOf(texts[i], Math.floor(s.where * texts[i].length))));
        }
        // Requests made during the edits may answer from an older analysis or not at all, but never fail.
        await Promise.all(inFlight);
        await client.settle();

        const byUri = new Map(uris.map((u, i) => [u, texts[i]]));
        const textOf = (uri: string) => byUri.get(uri);
        const fresh = await freshDiagnostics(root, byUri);
        for (const [i, uri] of uris.entries()) {
          const published: Diagnostic[] = client.diagnostics.get(uri) ?? [];
          assert.deepEqual(published, fresh.get(uri), `diagnostics of document ${i} after the edits`);
          for (const d of published) {
            const problems = [...rangeProblems(texts[i], d.range, 'diagnostic'), ...answerProblems(d.relatedInformation ?? [], uri, textOf)];
            assert.deepEqual(problems, [], String(d.message));
          }
        }
        for (const [doc, where] of probes) {
          const i = doc % docs.length;
          const answers = await Promise.all(requestsAt(uris[i], positionOf(texts[i], Math.floor(where * texts[i].length))));
          assert.deepEqual(answerProblems(answers, uris[i], textOf), []);
        }
      } finally {
        for (const uri of uris) client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await client.settle();
      }
      // Never on disk: closed, they leave the index and their diagnostics are cleared.
      for (const uri of uris) assert.deepEqual(client.diagnostics.get(uri) ?? [], [], 'cleared after close');
      assert.equal(client.status?.articles, 0);
    }),
    params(40),
  );
  t.diagnostic(`${runs(40)} sessions, ${documents} documents, ${edits} edits`);
  assert.equal(client.process.exitCode, null, 'the server is still running');
});
