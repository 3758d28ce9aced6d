/**
 * Workspace content is data, never code, and nothing leaves the machine: the lint rules that keep
 * eval, new Function, computed require/import, vm and network modules out of the server and the
 * client really fire (ESLint run on examples as if they were product files); package.json declares
 * how Crosscheck behaves in an untrusted workspace.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const repo = resolve(__dirname, '..', '..');

const UNSAFE = `
import * as net from 'node:net';
import { request } from 'https';
import vm from 'node:vm';
export function unsafe(path: string, code: string) {
  eval(code);
  new Function(code);
  setTimeout('run(' + path + ')', 10);
  require(path);
  import(path);
  module.require(path);
  void fetch('https://example.com');
  return [net, request, vm];
}
`;

const SAFE = `
import { join } from 'node:path';
export const a = join('a', 'b');
export async function safe() {
  return import('node:os');
}
`;

for (const file of ['server/src/lsp/example.ts', 'server/src/analysis/example.ts', 'client/src/example.ts']) {
  test(`lint refuses eval, computed require/import, vm and the network in ${file}`, async () => {
    const eslint = new ESLint({ cwd: repo });
    const [result] = await eslint.lintText(UNSAFE, { filePath: join(repo, file) });
    const rules = result.messages.map((m) => m.ruleId);
    const count = (rule: string) => rules.filter((r) => r === rule).length;
    assert.equal(count('no-eval'), 1, JSON.stringify(result.messages, null, 1));
    assert.equal(count('no-new-func'), 1);
    assert.equal(count('no-implied-eval'), 1);
    assert.equal(count('no-restricted-syntax'), 3, 'require(path), import(path), module.require(path)');
    assert.equal(count('no-restricted-imports'), 3, 'node:net, https, node:vm');
    assert.equal(count('no-restricted-globals') >= 1, true, 'fetch');
    const [clean] = await eslint.lintText(SAFE, { filePath: join(repo, file) });
    assert.deepEqual(clean.messages.map((m) => m.ruleId), []);
  });
}

test('package.json declares limited support for untrusted workspaces, and the settings it restricts exist', () => {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const untrusted = manifest.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, 'limited');
  assert.match(untrusted.description, /writes nothing/);
  const declared = Object.keys(manifest.contributes.configuration.properties);
  assert.deepEqual(untrusted.restrictedConfigurations, ['crosscheck.include', 'crosscheck.exclude', 'crosscheck.maxFileSize']);
  for (const key of untrusted.restrictedConfigurations) assert.ok(declared.includes(key), key);
});
