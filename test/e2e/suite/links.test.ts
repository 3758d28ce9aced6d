// Go-to-source links: the source header and the cited URLs become clickable.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSeed, serverReady } from './helpers';

function describeLinks(doc: vscode.TextDocument, links: vscode.DocumentLink[]): string {
  return links.map((l) => `"${doc.getText(l.range)}" -> ${l.target?.toString() ?? '(unresolved)'}`).join(', ') || '(none)';
}

suite('Document links', () => {
  test('000 links its "- Source:" header and both URLs under "Sources:"', async () => {
    await serverReady();
    const doc = await openSeed('000');
    // The second argument asks VS Code to resolve up to that many links, so lazily resolved
    // targets are filled in as they would be before a click.
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri, 50);
    const seen = describeLinks(doc, links);

    const header = links.find((l) => doc.getText(l.range) === 'www.securityweek.com');
    assert.ok(header, `no link on the source header; links: ${seen}`);
    assert.equal(doc.lineAt(header.range.start.line).text.trim(), '- Source: www.securityweek.com');
    assert.ok(header.target, `the source header link has no target; links: ${seen}`);
    assert.match(header.target.scheme, /^https?$/);
    assert.equal(header.target.authority, 'www.securityweek.com');

    const sourcesLine = doc.getText().split(/\r?\n/).findIndex((line) => line.trim() === 'Sources:');
    assert.ok(sourcesLine >= 0, 'the seed has a "Sources:" list');
    const cited = [];
    for (let line = sourcesLine + 1; line < doc.lineCount && /^https?:\/\//.test(doc.lineAt(line).text.trim()); line++) {
      cited.push(doc.lineAt(line).text.trim());
    }
    assert.equal(cited.length, 2, 'the seed cites two URLs');
    for (const url of cited) {
      const link = links.find((l) => doc.getText(l.range) === url);
      assert.ok(link, `no link on ${url}; links: ${seen}`);
      assert.equal(link.target?.toString(), vscode.Uri.parse(url).toString(), `target of ${url}`);
    }
  });
});
