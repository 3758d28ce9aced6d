/**
 * Links that open the local copy of a cited source, the outline, and document highlights, on
 * articles written for this test.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentHighlight, DocumentLink, DocumentSymbol } from 'vscode-languageserver-protocol';
import { emptyWorkspace, TestClient } from '../support/lspClient';

const CITING = `- Source: www.continental-wire.example
Dam Collapse in Velmora: Death Toll Disputed

Published:

More than 40 people were killed when the Orsk Dam gave way in Velmora Province on Tuesday, provincial governor Marisol Teveri said. The dam’s operator, Northgate Hydro, declined to comment on the figure.

Rescue Efforts

Teveri said rescue teams from the Red Crescent had reached every village by Wednesday, and that Northgate Hydro would pay for temporary housing for the displaced families.

Sources:
https://www.velmora-herald.example/news/orsk-dam-collapse
https://www.elsewhere.example/report
`;

const CITED = `- Source: www.velmora-herald.example
Orsk Dam Gives Way Overnight

Up to 35 people died when the Orsk Dam failed in Velmora Province on Tuesday, according to the regional emergency service. Governor Marisol Teveri visited the shelters on Wednesday and promised an inquiry into the failure of the dam and its operator.
`;

describe('navigation on fixture articles', () => {
  let client: TestClient;

  before(async () => {
    const root = emptyWorkspace();
    writeFileSync(join(root, 'wire.txt'), CITING);
    writeFileSync(join(root, 'herald.txt'), CITED);
    client = await TestClient.start(root);
    await client.idle(2);
  });

  after(async () => {
    await client?.stop();
  });

  test('a cited URL whose outlet is in the workspace opens the local copy, and says so', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: client.uri('wire.txt') } });
    assert.deepEqual(
      links.map((l) => [l.target, l.tooltip]),
      [
        ['https://www.continental-wire.example/', 'Open the source continental-wire.example in the browser (no local copy in the workspace)'],
        [client.uri('herald.txt'), 'Open the local copy of the cited source velmora-herald.example: herald.txt'],
        ['https://www.elsewhere.example/report', 'Open the cited source elsewhere.example in the browser (no local copy in the workspace)'],
      ],
    );
  });

  test('the outline holds the title and headings, with the actors and figures under each', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('wire.txt') } });
    const outline = symbols.map((s) => [s.name, s.detail, (s.children ?? []).map((c) => `${c.name} (${c.detail})`)]);
    assert.deepEqual(outline[0][0], 'Dam Collapse in Velmora: Death Toll Disputed');
    // The title names the story the article belongs to (corpus/stories.ts).
    assert.match(outline[0][1] as string, /^title · story: .*Velmora|^title · story: .*Teveri/);
    assert.ok((outline[0][2] as string[]).includes('More than 40 (people killed: > 40 people)'), JSON.stringify(outline[0][2]));
    assert.ok((outline[0][2] as string[]).includes('Marisol Teveri (person)'), JSON.stringify(outline[0][2]));
    assert.equal(outline[1][0], 'Rescue Efforts');
    assert.ok((outline[1][2] as string[]).includes('Red Crescent (organisation)'), JSON.stringify(outline[1][2]));
  });

  test('document highlights mark every mention of the actor in this article, the introducing one as the definition', async () => {
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', {
      textDocument: { uri: client.uri('wire.txt') },
      position: client.positionOf('wire.txt', 'Teveri said rescue', 0, 1),
    });
    const text = client.text('wire.txt');
    const lines = text.split('\n');
    assert.deepEqual(
      highlights.map((h) => [lines[h.range.start.line].slice(h.range.start.character, h.range.end.character), h.kind]),
      [
        ['Marisol Teveri', 3],
        ['Teveri', 2],
      ],
    );
  });
});
