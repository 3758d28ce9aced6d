// The extension starts by itself in a folder of articles and its language server comes up.
import * as assert from 'node:assert/strict';
import { realpathSync } from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, READY_TIMEOUT_MS, serverReady, waitFor } from './helpers';

suite('Activation', () => {
  test('activates by itself in a workspace of .txt articles', async function () {
    this.timeout(READY_TIMEOUT_MS + 5_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this window`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined), READY_TIMEOUT_MS);
  });

  test('is the installed package, not a development folder', function () {
    // The code-server runner installs the .vsix into a run-local extensions folder and names it
    // here; under @vscode/test-electron the development folder is loaded instead.
    const extensionsDir = process.env.CROSSCHECK_E2E_EXTENSIONS_DIR;
    if (!extensionsDir) this.skip();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const installedIn = realpathSync(extension.extensionUri.fsPath);
    assert.ok(
      installedIn.startsWith(realpathSync(extensionsDir)),
      `Crosscheck was loaded from ${installedIn}, not from the installed .vsix in ${extensionsDir}`,
    );
  });

  test('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['crosscheck.showAllConflicts', 'crosscheck.showReviewed', 'crosscheck.restartServer']) {
      assert.ok(commands.includes(id), `command ${id} is not registered`);
    }
  });

  test('its language server answers a hover on an actor name', async function () {
    this.timeout(2 * READY_TIMEOUT_MS + 5_000);
    await serverReady();
  });
});
