/**
 * The real server process over stdio: initialize, indexing of a folder that was never opened,
 * didOpen/didChange, diagnostics, hover, and a clean shutdown/exit.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { emptyWorkspace, TestClient } from '../support/lspClient';

const ARTICLE_A = `- Source: www.lakeshore-times.example
Flooding Forces Evacuations Along the Varno River

Rescue teams evacuated more than 1,200 residents from low-lying districts of Tamsin on Sunday, provincial governor Elena Marwick said, after the Varno River burst its banks following three days of rain. The regional water authority said the river rose faster than at any time since records began, and warned that further rain was expected on Tuesday.
`;

const ARTICLE_B = `- Source: www.valley-courier.example
Tamsin Floods: What We Know

About 1,200 people were moved to shelters in Tamsin after the Varno River overflowed, Governor Elena Marwick told reporters on Sunday. Volunteers from the Red Crescent handed out blankets and water in the town's schools, and officials said the damage would take weeks to assess once the water receded from the streets.
`;

describe('server lifecycle over stdio', () => {
  let client: TestClient;
  let root: string;

  before(async () => {
    root = emptyWorkspace();
    writeFileSync(join(root, 'a.txt'), ARTICLE_A);
    writeFileSync(join(root, 'b.txt'), ARTICLE_B);
    writeFileSync(join(root, 'LICENSE.txt'), 'MIT License. Permission is hereby granted, free of charge, to any person obtaining a copy of this software.');
    writeFileSync(join(root, 'note.txt'), 'Call Dana about the flood story tomorrow before ten.');
    client = await TestClient.start(root);
  });

  after(async () => {
    await client?.stop();
  });

  test('indexes the articles of the folder without any editor open, and only the articles', async () => {
    const status = await client.idle(2);
    assert.equal(status.articles, 2);
    assert.equal(client.diagnostics.get(client.uri('LICENSE.txt'))?.length ?? 0, 0);
    assert.equal(client.diagnostics.get(client.uri('note.txt'))?.length ?? 0, 0);
  });

  test('hover answers from the index with the actor card', async () => {
    await client.idle(2);
    const hover = await client.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
      textDocument: { uri: client.uri('a.txt') },
      position: client.positionOf('a.txt', 'Elena Marwick', 0, 3),
    });
    assert.ok(hover, 'a hover on "Elena Marwick"');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /\*\*Elena Marwick\*\* · person/);
    assert.match(hover.contents.value, /Mentioned in 2 of 2 articles/);
  });

  test('an edit in an open editor wins over the disk, and closing restores the disk', async () => {
    await client.idle(2);
    const uri = client.uri('b.txt');
    client.open('b.txt');
    const edited = ARTICLE_B.replace('Elena Marwick', 'Tomas Brandt');
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    const cardAfterEdit = async () => {
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: client.uri('a.txt') },
        position: client.positionOf('a.txt', 'Elena Marwick', 0, 3),
      });
      return hover?.contents.value ?? '';
    };
    // The edit is analysed after the debounce; poll the hover until it reflects it.
    await client.waitFor('the hover to count 1 article after the edit', () => true);
    let value = '';
    for (const started = Date.now(); Date.now() - started < 10_000; ) {
      value = await cardAfterEdit();
      if (/Mentioned in 1 of 2 articles/.test(value)) break;
      await new Promise((r) => setImmediate(r));
    }
    assert.match(value, /Mentioned in 1 of 2 articles/);
    client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    for (const started = Date.now(); Date.now() - started < 10_000; ) {
      value = await cardAfterEdit();
      if (/Mentioned in 2 of 2 articles/.test(value)) break;
      await new Promise((r) => setImmediate(r));
    }
    assert.match(value, /Mentioned in 2 of 2 articles/);
  });

  test('settings are pulled again on change: a lower size limit skips the articles, with a notice', async () => {
    await client.idle(2);
    client.settings = { maxFileSize: 200 };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const notice = await client.waitFor('a too-large notice on a.txt', () => client.diagnostics.get(client.uri('a.txt'))?.[0]);
    assert.equal(notice.code, 'article.too-large');
    assert.match(notice.message as string, /^Crosscheck skipped this file: it is \d+ characters, above the limit of 200 characters \(setting crosscheck\.maxFileSize\)\.$/);
    assert.equal((await client.idle(0)).articles, 0);
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.idle(2);
    await client.waitFor('the notice gone', () => (client.diagnostics.get(client.uri('a.txt')) ?? []).length === 0);
  });

  test('shutdown then exit ends the process with code 0', async () => {
    const code = await client.stop();
    assert.equal(code, 0);
  });
});
