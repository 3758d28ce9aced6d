// Go to definition and find references across articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  AnyLocation, SETTLE_TIMEOUT_MS, describeLocations, fileName, insideOf, normalizeLocation, openSeed, rangeOf,
  readText, seedUri, serverReady, textInRange, waitFor,
} from './helpers';

async function locationsWithText(locations: readonly AnyLocation[]) {
  const result = [];
  for (const location of locations.map(normalizeLocation)) {
    result.push({ location, text: textInRange(await readText(location.uri), location.range) });
  }
  return result;
}

suite('Navigation', () => {
  test('definition from "Hun Manet" in 000 lands on his mention in 003', async () => {
    await serverReady();
    const doc = await openSeed('000');
    const other = await seedUri('003');
    const position = insideOf(rangeOf(doc, 'Hun Manet'));
    let found: AnyLocation[] = [];
    await waitFor(
      'a definition in 003',
      async () => {
        found = await vscode.commands.executeCommand<AnyLocation[]>('vscode.executeDefinitionProvider', doc.uri, position);
        return found.some((l) => normalizeLocation(l).uri.toString() === other.toString()) ? true : undefined;
      },
      SETTLE_TIMEOUT_MS,
      () => `${found.length} locations`,
    );
    const seen = await describeLocations(found);
    const inOther = (await locationsWithText(found)).filter((l) => l.location.uri.toString() === other.toString());
    assert.ok(inOther.some((l) => l.text === 'Hun Manet'), `definitions: ${seen}`);
  });

  test('references to "Hun Manet" include his mentions in both articles', async () => {
    await serverReady();
    const doc = await openSeed('000');
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', doc.uri, insideOf(rangeOf(doc, 'Hun Manet')),
    );
    const located = await locationsWithText(found);
    const seen = await describeLocations(found);
    for (const prefix of ['000', '003']) {
      assert.ok(
        located.some((l) => fileName(l.location.uri).startsWith(`${prefix}_`) && l.text === 'Hun Manet'),
        `no reference in ${prefix}; references: ${seen}`,
      );
    }
  });

  test('references to "Kok An" include every mention, possessives too', async () => {
    await serverReady();
    const doc = await openSeed('000');
    const found = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', doc.uri, insideOf(rangeOf(doc, 'Kok An')),
    );
    const located = await locationsWithText(found);
    const seen = await describeLocations(found);
    // Every "Kok An" in the article, including "Kok An’s family", is a mention of the same person.
    const mentions = [...doc.getText().matchAll(/Kok An/g)].map((m) => m.index!);
    for (const offset of mentions) {
      assert.ok(
        located.some((l) => l.location.uri.toString() === doc.uri.toString() && doc.offsetAt(l.location.range.start) === offset),
        `no reference at line ${doc.positionAt(offset).line + 1}, column ${doc.positionAt(offset).character + 1} of 000; references: ${seen}`,
      );
    }
    assert.ok(located.every((l) => l.text.startsWith('Kok An')), `references: ${seen}`);
  });
});
