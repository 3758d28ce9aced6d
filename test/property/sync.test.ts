/**
 * Properties of the incremental text sync and of the offset ↔ position conversion the server
 * uses, without the NLP: random edit sequences on the seeds, fixtures and samples, sent as LSP
 * incremental changes, rebuild exactly the text the editor holds (the document model the server's
 * TextDocuments keeps, with mixed line endings, CRLF split and joined by edits, surrogate pairs);
 * and the server's one conversion module maps every offset to a position inside the document and
 * back to the same offset.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../../server/src/analysis/lines';
import { toOffset, toPosition } from '../../server/src/lsp/convert';
import { rangeProblems } from '../support/ranges';
import { asChange, documentArb, documentText, editArb, editorOffset, params, positionOf, runs } from './generators';

test(`incremental changes rebuild the editor's text exactly (${runs(2000)} edit sequences)`, () => {
  fc.assert(
    fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.boolean(), (doc, edits, batched) => {
      let text = documentText(doc);
      let server = TextDocument.create('file:///fuzz.txt', 'plaintext', 1, text);
      const batch: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
      let version = 1;
      for (const edit of edits) {
        const { change, after } = asChange(text, edit);
        text = after;
        // One change per message, or several in one message (each against the text before it).
        if (batched) batch.push(change);
        else server = TextDocument.update(server, [change], ++version);
      }
      if (batched) server = TextDocument.update(server, batch, ++version);
      assert.equal(server.getText(), text);
      // Positions the server's document computes agree with the editor's.
      for (const at of [0, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length]) {
        const offset = editorOffset(text, at);
        assert.deepEqual(server.positionAt(offset), positionOf(text, offset), `position of ${offset}`);
        assert.equal(server.offsetAt(positionOf(text, offset)), offset);
      }
    }),
    params(2000),
  );
});

test(`every offset converts to a position inside the document and back (${runs(1000)} texts)`, () => {
  fc.assert(
    fc.property(documentArb, fc.array(editArb, { maxLength: 8 }), (doc, edits) => {
      let text = documentText(doc);
      for (const edit of edits) text = asChange(text, edit).after;
      const starts = lineStarts(text);
      for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 200))) {
        // Offsets as spans have them: never inside a CRLF or a surrogate pair (the analysis property checks that).
        let at = editorOffset(text, offset);
        if (at > 0 && /[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at] ?? '')) at--;
        const position = toPosition(starts, at);
        assert.deepEqual(position, positionOf(text, at), `offset ${at}`);
        assert.deepEqual(rangeProblems(text, { start: position, end: position }), []);
        assert.equal(toOffset(starts, position, text.length), at);
      }
      // Positions a client may send past a line's end or past the last line stay on that line.
      const last = starts.length - 1;
      assert.equal(toOffset(starts, { line: last + 5, character: 3 }, text.length), Math.min(starts[last] + 3, text.length));
      if (starts.length > 1) assert.ok(toOffset(starts, { line: 0, character: 1e9 }, text.length) < starts[1]);
    }),
    params(1000),
  );
});
