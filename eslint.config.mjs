// Lint rules. The one that matters most: the analysis core stays pure — no editor, no protocol,
// no file system, no timers — so it can run in a worker, in the CLI and in tests unchanged.
import tseslint from 'typescript-eslint';

// Crosscheck never touches the network and never runs workspace content as code (issue 12). These
// apply to everything that ships (server, client); test/core/safety.test.ts proves they fire.
const NETWORK_MODULES = ['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'undici', 'ws'].flatMap((m) => [m, `node:${m}`, `${m}/promises`, `node:${m}/promises`]);
const networkImports = NETWORK_MODULES.map((name) => ({ name, message: 'Crosscheck never touches the network.' }));
const codeImports = ['vm', 'node:vm', 'module', 'node:module'].map((name) => ({ name, message: 'Workspace content is data, never code: no vm, no createRequire.' }));
const networkGlobals = ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource'].map((name) => ({ name, message: 'Crosscheck never touches the network.' }));
const NO_DYNAMIC_CODE = [
  { selector: "CallExpression[callee.name='require'][arguments.0.type!='Literal']", message: 'No dynamic require: workspace content is data, never code.' },
  { selector: "CallExpression[callee.property.name='require'][arguments.0.type!='Literal']", message: 'No dynamic require: workspace content is data, never code.' },
  { selector: "ImportExpression[source.type!='Literal']", message: 'No dynamic import(): workspace content is data, never code.' },
];
const SAFETY_RULES = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-syntax': ['error', ...NO_DYNAMIC_CODE],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'test-output/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    // Declared so that no-implied-eval sees setTimeout('code') and friends (TypeScript files get no globals).
    languageOptions: { globals: { setTimeout: 'readonly', setInterval: 'readonly', setImmediate: 'readonly' } },
    rules: {
      ...SAFETY_RULES,
      'no-restricted-imports': ['error', { paths: [...networkImports, ...codeImports] }],
      'no-restricted-globals': ['error', ...networkGlobals],
    },
  },
  {
    // Mocha suites in the extension host load their test files with require().
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The eval scorer is pure like the core it scores: eval/main.ts reads the files.
    files: ['eval/score.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'].map((name) => ({ name, message: 'eval/score.ts is pure: eval/main.ts reads the files.' })),
          patterns: [{ group: ['**/lsp/*', '**/runtime/*', '**/cli/*'], message: 'The scorer uses the public analysis and corpus API only.' }],
        },
      ],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts', 'server/src/corpus/**/*.ts', 'server/src/settings.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'The analysis core and corpus are pure: no editor API.' },
            { name: 'fs', message: 'The analysis core and corpus are pure: no file system.' },
            { name: 'node:fs', message: 'The analysis core and corpus are pure: no file system.' },
            { name: 'fs/promises', message: 'The analysis core and corpus are pure: no file system.' },
            { name: 'node:fs/promises', message: 'The analysis core and corpus are pure: no file system.' },
            { name: 'child_process', message: 'The analysis core and corpus are pure.' },
            { name: 'node:child_process', message: 'The analysis core and corpus are pure.' },
            { name: 'worker_threads', message: 'Workers belong to server/src/runtime.' },
            { name: 'node:worker_threads', message: 'Workers belong to server/src/runtime.' },
            ...networkImports,
            ...codeImports,
          ],
          patterns: [
            { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-protocol*', 'vscode-languageclient*'], message: 'Only server/src/lsp knows LSP.' },
            { group: ['**/lsp/*', '**/runtime/*', '**/cli/*'], message: 'The core must not depend on the layers above it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'The analysis core is deterministic: no timers.' },
        { name: 'setInterval', message: 'The analysis core is deterministic: no timers.' },
        { name: 'setImmediate', message: 'The analysis core is deterministic: no timers.' },
        ...networkGlobals,
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The analysis core is deterministic: no clock.' }, { object: 'Math', property: 'random', message: 'The analysis core is deterministic.' }],
    },
  },
);
