/**
 * Bad inputs never crash or hang the server, and one bad file never stops the rest: empty, binary,
 * huge (5 MB+), CRLF, BOM and non-English files beside a good article.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { emptyWorkspace, TestClient } from '../support/lspClient';

const PARAGRAPH =
  'The harbour authority of Port Ellery said on Friday that more than 300 containers were stuck at the quay after a crane failure, and its director, Hana Okafor, promised that repairs would be finished within a week. Shipping agents said the delay was costing importers heavily.';

describe('bad inputs', () => {
  let client: TestClient;
  let root: string;

  before(async () => {
    root = emptyWorkspace();
    writeFileSync(join(root, 'good.txt'), `- Source: www.ellery-post.example\nCrane Failure Stalls Port Ellery\n\n${PARAGRAPH}\n`);
    writeFileSync(join(root, 'crlf-bom.txt'), '\uFEFF' + `- Source: www.harbour-news.example\r\nPort Ellery Delays Continue\r\n\r\n${PARAGRAPH.replace('Hana Okafor', 'Hana Okafor’s deputy')}\r\n`);
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe]));
    writeFileSync(join(root, 'huge.txt'), (PARAGRAPH + '\n').repeat(Math.ceil((5.2 * 1024 * 1024) / (PARAGRAPH.length + 1))));
    writeFileSync(
      join(root, 'french.txt'),
      "- Source: www.exemple.fr\nLe port d'Ellery paralysé\n\nLes autorités portuaires de Port Ellery ont déclaré vendredi que plus de 300 conteneurs étaient bloqués sur le quai après une panne de grue, et sa directrice a promis que les réparations seraient terminées dans la semaine. Les agents maritimes ont dit que le retard coûtait cher aux importateurs de la région.\n",
    );
    client = await TestClient.start(root);
  });

  after(async () => {
    await client?.stop();
  });

  test('the good articles are indexed and answered despite the bad files', async () => {
    const status = await client.idle(2);
    assert.equal(status.articles, 2);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: client.uri('crlf-bom.txt') },
      position: client.positionOf('crlf-bom.txt', 'Hana Okafor', 0, 2),
    });
    assert.ok(hover);
    assert.match(hover.contents.value, /Hana Okafor/);
  });

  test('each skipped file says why, visibly', async () => {
    await client.idle(2);
    const huge = await client.waitFor('a notice on huge.txt', () => client.diagnostics.get(client.uri('huge.txt')));
    assert.equal(huge.length, 1);
    assert.equal(huge[0].code, 'article.too-large');
    assert.match(huge[0].message as string, /^Crosscheck skipped this file: it is 5\.\d MB, above the limit of 1\.0 MB \(setting crosscheck\.maxFileSize\)\.$/);
    const binary = client.diagnostics.get(client.uri('binary.txt')) ?? [];
    assert.equal(binary.length, 1);
    assert.equal(binary[0].code, 'article.binary');
    const french = client.diagnostics.get(client.uri('french.txt')) ?? [];
    assert.equal(french.length, 1);
    assert.equal(french[0].code, 'article.not-english');
    assert.equal(client.diagnostics.get(client.uri('empty.txt'))?.length ?? 0, 0);
  });

  test('opening the huge file in an editor does not block other requests', async () => {
    await client.idle(2);
    client.open('huge.txt');
    const started = Date.now();
    const symbols = await client.request<unknown[]>('workspace/symbol', { query: 'Okafor' });
    assert.ok(Date.now() - started < 5000, 'workspace symbols answered while the huge file is open');
    assert.ok(symbols.length >= 1);
  });
});
