/**
 * Settings are data, validated with clear errors: through the real server, each invalid value or
 * unknown key is shown to the user once (a warning naming the setting, the value and what is
 * expected), the analysis goes on with the default for it, and a re-read does not repeat it.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { TestClient, workspaceFrom } from '../support/lspClient';

const samples = resolve(__dirname, '..', '..', 'samples');

test('invalid settings: one clear warning each, once, and the defaults in their place', async () => {
  const root = workspaceFrom(samples);
  const client = await TestClient.start(root, {
    maxFileSize: 'big',
    include: ['/etc/**', '**/*.txt'],
    maxFilesize: 10,
    conflicts: { severity: 'loud', showAgreements: 'sometimes' },
  });
  try {
    await client.idle(6);
    await client.settle();
    const warnings = client.messages.filter((m) => m.type === 2).map((m) => m.message);
    assert.deepEqual(warnings.sort(), [
      'Crosscheck: crosscheck.conflicts.severity: invalid value "loud"; using "warning" (expected one of "error", "warning", "information", "hint").',
      'Crosscheck: crosscheck.conflicts.showAgreements: invalid value "sometimes"; using false (expected true or false).',
      'Crosscheck: crosscheck.include: the pattern "/etc/**" is ignored: an absolute path; patterns are relative to the workspace folder.',
      'Crosscheck: crosscheck.maxFileSize: invalid value "big"; using 1000000 (expected a whole number of characters from 1 to 1000000000).',
      'Crosscheck: crosscheck.maxFilesize is not a Crosscheck setting and is ignored.',
    ]);
    assert.equal(client.conflicts('dam-velmora-herald.txt')[0]?.severity, 2, 'the default severity');
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.settle();
    assert.equal(client.messages.filter((m) => m.type === 2).length, 5, 'not shown again');
  } finally {
    await client.stop();
  }
});
