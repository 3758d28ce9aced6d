// What the Problems panel gets: the one real conflict between the seeds, and nothing else.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTICS_TIMEOUT_MS, fileName, readText, seedUri, serverReady, textInRange, waitFor } from './helpers';

const CODE = 'numeric-conflict';

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function crosscheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'crosscheck');
}

function describe(uri: vscode.Uri, text: string): string {
  const found = vscode.languages.getDiagnostics(uri);
  if (found.length === 0) return `${fileName(uri)}: no diagnostics`;
  return found
    .map((d) => `${fileName(uri)}:${d.range.start.line + 1} [${d.source}/${codeOf(d)}] "${textInRange(text, d.range)}": ${d.message}`)
    .join('\n');
}

suite('Diagnostics', () => {
  test('the $40 billion figures of 000 and 003 are a numeric conflict, each pointing at the other', async function () {
    this.timeout(DIAGNOSTICS_TIMEOUT_MS + 5_000);
    await serverReady();
    // 003 is never opened by the suites before this test (serverReady opens only 000):
    // diagnostics must cover the whole workspace, as the Problems panel shows them.
    const sides = [
      { uri: await seedUri('000'), figure: 'more than $40 billion' },
      { uri: await seedUri('003'), figure: 'up to $40 billion' },
    ];
    const texts = await Promise.all(sides.map((s) => readText(s.uri)));
    await waitFor(
      'numeric-conflict diagnostics on both seed articles',
      () => (sides.every((s) => crosscheckDiagnostics(s.uri).some((d) => codeOf(d) === CODE)) ? true : undefined),
      DIAGNOSTICS_TIMEOUT_MS,
      () => sides.map((s, i) => describe(s.uri, texts[i])).join('\n'),
    );
    for (const [i, side] of sides.entries()) {
      const other = sides[1 - i];
      const conflicts = crosscheckDiagnostics(side.uri).filter((d) => codeOf(d) === CODE);
      const context = describe(side.uri, texts[i]);
      assert.equal(conflicts.length, 1, `expected one numeric-conflict in ${fileName(side.uri)}:\n${context}`);
      const [conflict] = conflicts;
      assert.equal(conflict.severity, vscode.DiagnosticSeverity.Warning, 'a numeric conflict is a Warning');
      assert.equal(textInRange(texts[i], conflict.range), side.figure, `the squiggle in ${fileName(side.uri)}`);
      // The message is all a user sees in the Problems list, so it should name the other figure.
      assert.match(conflict.message, /40 billion/, `message: ${conflict.message}`);
      const related = conflict.relatedInformation ?? [];
      const otherText = texts[1 - i];
      const pointsAtOther = related.some(
        (r) => r.location.uri.toString() === other.uri.toString() && textInRange(otherText, r.location.range) === other.figure,
      );
      const relatedSeen = related.map((r) => `${fileName(r.location.uri)} "${textInRange(otherText, r.location.range)}"`);
      assert.ok(pointsAtOther, `relatedInformation should point at "${other.figure}" in ${fileName(other.uri)}; got: ${relatedSeen.join(', ') || '(none)'}`);
    }
  });

  test('no other warnings or errors on the seed articles', async () => {
    await serverReady();
    const all = vscode.languages.getDiagnostics().filter(([uri]) => uri.path.endsWith('.txt'));
    const serious: string[] = [];
    for (const [uri, diagnostics] of all) {
      const text = await readText(uri);
      for (const d of diagnostics) {
        if (d.source !== 'crosscheck' || d.severity > vscode.DiagnosticSeverity.Warning) continue;
        if (codeOf(d) === CODE) continue;
        serious.push(`${fileName(uri)}:${d.range.start.line + 1} [${codeOf(d)}] "${textInRange(text, d.range)}": ${d.message}`);
      }
    }
    assert.deepEqual(serious, [], 'unexpected warnings (false alarms are what users hate most)');
    const conflicts = all.flatMap(([, ds]) => ds.filter((d) => d.source === 'crosscheck' && codeOf(d) === CODE));
    assert.equal(conflicts.length, 2, 'exactly the two sides of the $40 billion conflict');
  });
});
