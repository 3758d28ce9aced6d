// Workspace symbols: Ctrl+T finds the actors of every article, of each kind.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileName, readText, serverReady, textInRange } from './helpers';

async function findSymbol(name: string): Promise<{ symbol?: vscode.SymbolInformation; seen: string }> {
  const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', name);
  const seen = symbols.map((s) => `${s.name} (${vscode.SymbolKind[s.kind]}) in ${fileName(s.location.uri)}`).join(', ') || '(none)';
  return { symbol: symbols.find((s) => s.name === name), seen };
}

suite('Workspace symbols', () => {
  test('Kok An (person), Amnesty International (organisation) and Poipet (place) are found', async () => {
    await serverReady();
    const kinds = new Map<string, vscode.SymbolKind>();
    for (const name of ['Kok An', 'Amnesty International', 'Poipet']) {
      const { symbol, seen } = await findSymbol(name);
      assert.ok(symbol, `no workspace symbol "${name}"; found: ${seen}`);
      assert.ok(symbol.location.uri.path.endsWith('.txt'), `${name} points at ${symbol.location.uri}`);
      const text = textInRange(await readText(symbol.location.uri), symbol.location.range);
      assert.ok(text.startsWith(name), `${name} points at "${text}" in ${fileName(symbol.location.uri)}`);
      kinds.set(name, symbol.kind);
    }
    // A person, an organisation and a place must not look alike in the symbol list.
    const shown = [...kinds].map(([n, k]) => `${n}: ${vscode.SymbolKind[k]}`).join(', ');
    assert.equal(new Set(kinds.values()).size, 3, `each kind of actor should have its own symbol kind; got ${shown}`);
  });
});
