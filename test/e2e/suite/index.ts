// The tests module VS Code loads into the extension host (`extensionTestsPath`): it exports run(),
// which resolves when every test passed and rejects otherwise, as @vscode/test-electron expects.
// The same bundle runs in code-server (test/e2e/run.mjs) and in a downloaded VS Code
// (test/e2e/run-electron.mjs).
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30_000 });
  // The suites are bundled into this file, so Mocha cannot load them itself: define its globals
  // (suite, test, ...) first, then evaluate the suites in the order they should run.
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  require('./activation.test');
  require('./diagnostics.test');
  require('./language.test');
  require('./hover.test');
  require('./navigation.test');
  require('./links.test');
  require('./symbols.test');
  require('./recovery.test');

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The runner reads this file for a summary that does not depend on parsing console output.
      const resultsFile = process.env.CROSSCHECK_E2E_RESULTS;
      if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.length} extension-host tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, error: Error) =>
      results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: error.message }),
    );
  });
}
