// The actor card a user reads when the mouse rests on a name.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SETTLE_TIMEOUT_MS, hoverText, insideOf, openSeed, rangeOf, serverReady, waitFor } from './helpers';

async function hoversAt(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
}

/** Waits until the card counts both articles, since the other article may still be indexing. */
async function actorCard(prefix: string, name: string): Promise<{ hovers: vscode.Hover[]; name: vscode.Range }> {
  await serverReady();
  const doc = await openSeed(prefix);
  const range = rangeOf(doc, name);
  let hovers: vscode.Hover[] = [];
  await waitFor(
    `the hover on "${name}" in ${prefix} to count both articles`,
    async () => ((hovers = await hoversAt(doc, insideOf(range))), /2 of 2 articles/.test(hoverText(hovers)) ? true : undefined),
    SETTLE_TIMEOUT_MS,
    () => JSON.stringify(hoverText(hovers)),
  );
  return { hovers, name: range };
}

suite('Hover', () => {
  test('"Hun Manet" in 000 shows his card: name, person, Prime Minister, mentioned in 2 of 2 articles', async () => {
    const { hovers, name } = await actorCard('000', 'Hun Manet');
    const text = hoverText(hovers);
    assert.ok(
      hovers.some((h) => h.contents.some((c) => c instanceof vscode.MarkdownString)),
      'the card should be Markdown',
    );
    // "Mentioned" may start a sentence of the card, so the count is matched without case.
    for (const expected of [/Hun Manet/, /\bperson\b/i, /Prime Minister/, /mentioned in 2 of 2 articles/i]) {
      assert.match(text, expected, `the card lacks ${expected}; card:\n${text}`);
    }
    const card = hovers.find((h) => /Hun Manet/.test(hoverText([h])));
    if (card?.range) {
      assert.ok(card.range.contains(name), `the hover range ${JSON.stringify(card.range)} should cover the whole name`);
    }
  });

  test('"Hun Manet" in 003 shows the same actor', async () => {
    const { hovers } = await actorCard('003', 'Hun Manet');
    const text = hoverText(hovers);
    for (const expected of [/Hun Manet/, /Prime Minister/, /mentioned in 2 of 2 articles/i]) {
      assert.match(text, expected, `the card lacks ${expected}; card:\n${text}`);
    }
  });

  test('a plain word gets no actor card', async () => {
    await serverReady();
    const doc = await openSeed('000');
    const text = hoverText(await hoversAt(doc, insideOf(rangeOf(doc, 'crackdown'))));
    assert.doesNotMatch(text, /mentioned in/i, `a card on "crackdown": ${text}`);
  });
});
