/**
 * The product on the real articles, through the real server: conflicts linked both ways, hover
 * cards, definitions, references, document links, symbols, and review decisions that silence
 * exactly one pair and survive a restart.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, DocumentLink, Location, LocationLink, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient, workspaceFrom } from '../support/lspClient';
import { seedPair, seedsDir, seedTestOptions } from '../support/seeds';

const options = seedTestOptions();

describe('the seeds through the language server', options, () => {
  let client: TestClient;
  let root: string;
  let A: string; // 000_…
  let B: string; // 003_…

  before(async () => {
    root = workspaceFrom(seedsDir);
    [A, B] = seedPair();
    client = await TestClient.start(root);
    await client.idle(2);
  });

  after(async () => {
    await client?.stop();
  });

  const conflicts = (name: string): Diagnostic[] => client.conflicts(name);

  test('exactly one conflict per seed, on the $40 billion figures, linked both ways', async () => {
    await client.waitFor('conflicts in both seeds', () => conflicts(A).length > 0 && conflicts(B).length > 0);
    const all = [...(client.diagnostics.get(client.uri(A)) ?? []), ...(client.diagnostics.get(client.uri(B)) ?? [])];
    assert.equal(all.length, 2, `no other diagnostics on the seeds: ${all.map((d) => d.message).join(' | ')}`);
    const [a] = conflicts(A);
    const [b] = conflicts(B);
    assert.equal(client.text(A).slice(...offsets(client.text(A), a.range)), 'more than $40 billion');
    assert.equal(client.text(B).slice(...offsets(client.text(B), b.range)), 'up to $40 billion');
    assert.equal(a.severity, 2);
    assert.equal(a.source, 'crosscheck');
    assert.match(a.message as string, new RegExp(`^Conflicts with ${B}: "up to \\$40 billion" .* vs here "more than \\$40 billion"`));
    assert.match(b.message as string, new RegExp(`^Conflicts with ${A}: "more than \\$40 billion" .* vs here "up to \\$40 billion"`));
    assert.deepEqual(a.relatedInformation?.map((r) => [r.location.uri, r.location.range]), [[client.uri(B), b.range]]);
    assert.deepEqual(b.relatedInformation?.map((r) => [r.location.uri, r.location.range]), [[client.uri(A), a.range]]);
  });

  test('hover on Hun Manet: kind, role with its source, 2 of 2 articles with links', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: client.uri(A) },
      position: client.positionOf(A, 'Hun Manet', 0, 4),
    });
    const v = hover.contents.value;
    assert.match(v, /^\*\*Hun Manet\*\* · person/);
    assert.match(v, /\*Prime Minister\*/);
    assert.match(v, /Mentioned in 2 of 2 articles: \[000\\_b2534e4be3701541\.txt:3\]\(file:\/\/.*\/000_b2534e4be3701541\.txt#L3,\d+\) · \[003\\_ca3b7f983b883f22\.txt:19\]\(file:\/\/.*\/003_ca3b7f983b883f22\.txt#L19,16\)/);
  });

  test('hover on a figure tells how it was read and how the other article reports it', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: client.uri(A) },
      position: client.positionOf(A, '$40 billion', 0, 2),
    });
    assert.match(hover.contents.value, /^\*\*more than \$40 billion\*\* · /);
    assert.match(hover.contents.value, /\n- read as: \\> 40 billion USD a year \(more than\)\n/);
    assert.match(hover.contents.value, /\n- \*\*conflicts\*\*: "up to \$40 billion" \(.+\) — \[003\\_ca3b7f983b883f22\.txt:25\]/);
  });

  test('definition from Hun Manet in 000 lands on his mention in 003', async () => {
    const defs = await client.request<LocationLink[]>('textDocument/definition', {
      textDocument: { uri: client.uri(A) },
      position: client.positionOf(A, 'Hun Manet', 0, 1),
    });
    const inB = defs.filter((d) => d.targetUri === client.uri(B));
    assert.equal(inB.length, 1);
    assert.equal(client.text(B).slice(...offsets(client.text(B), inB[0].targetSelectionRange)), 'Hun Manet');
  });

  test('definition from "more than $40 billion" in 000 lands on "up to $40 billion" in 003', async () => {
    const defs = await client.request<LocationLink[]>('textDocument/definition', {
      textDocument: { uri: client.uri(A) },
      position: client.positionOf(A, 'more than $40 billion', 0, 12),
    });
    assert.equal(defs[0].targetUri, client.uri(B));
    assert.equal(client.text(B).slice(...offsets(client.text(B), defs[0].targetSelectionRange)), 'up to $40 billion');
  });

  test('references of Kok An include every mention, possessives included, and nothing else', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: client.uri(A) },
      position: client.positionOf(A, 'Kok An', 0, 1),
      context: { includeDeclaration: true },
    });
    const texts = refs.map((r) => client.text(A).slice(...offsets(client.text(A), r.range)));
    assert.deepEqual(texts, ['Kok An', 'Kok An', 'Kok An', 'Kok An']);
  });

  test('document links: the Source header and both URLs of the Sources list', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: client.uri(A) } });
    const text = client.text(A);
    assert.deepEqual(
      links.map((l) => [text.slice(...offsets(text, l.range)), l.target]),
      [
        ['www.securityweek.com', 'https://www.securityweek.com/'],
        ['https://www.aljazeera.com/news/2025/7/16/more-than-1000-arrested-in-cambodian-cyber-scam-raids', 'https://www.aljazeera.com/news/2025/7/16/more-than-1000-arrested-in-cambodian-cyber-scam-raids'],
        ['https://therecord.media/thailand-goes-after-cambodian-tycoon-cyber-scams', 'https://therecord.media/thailand-goes-after-cambodian-tycoon-cyber-scams'],
      ],
    );
  });

  test('workspace symbols: actors with their kinds', async () => {
    const symbols = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: '' });
    const kindOf = (name: string) => symbols.find((s) => s.name === name)?.containerName?.split(' · ')[0];
    assert.equal(kindOf('Kok An'), 'person');
    assert.equal(kindOf('Amnesty International'), 'organisation');
    assert.equal(kindOf('Poipet'), 'place');
  });

  test('"Mark as reviewed" silences exactly that pair, writes a readable file, and survives a restart', async () => {
    const [a] = await client.waitFor('a conflict in 000', () => (conflicts(A).length ? conflicts(A) : undefined));
    const actions = await client.request<{ title: string; command: { command: string; arguments: unknown[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri(A) },
      range: a.range,
      context: { diagnostics: [a] },
    });
    assert.deepEqual(actions.map((x) => x.title), [`Open the conflicting passage in ${B}`, 'Mark as reviewed (recorded in .crosscheck/reviewed.json; the article is not changed)']);
    const before = readFileSync(join(root, A), 'utf8');
    await client.request('workspace/executeCommand', { command: actions[1].command.command, arguments: actions[1].command.arguments });
    await client.waitFor('the conflict to disappear from both files', () => conflicts(A).length === 0 && conflicts(B).length === 0);
    assert.equal(readFileSync(join(root, A), 'utf8'), before, 'the article is untouched');
    const file = JSON.parse(readFileSync(join(root, '.crosscheck', 'reviewed.json'), 'utf8'));
    assert.equal(file.reviewed.length, 1);
    assert.deepEqual([file.reviewed[0].a.text, file.reviewed[0].b.text].sort(), ['more than $40 billion', 'up to $40 billion']);

    await client.stop();
    client = await TestClient.start(root);
    const status = await client.idle(2);
    assert.equal(status.conflicts, 0);
    assert.equal(status.reviewed, 1);
    assert.equal(conflicts(A).length + conflicts(B).length, 0);
  });
});

function offsets(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): [number, number] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return [starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character];
}

