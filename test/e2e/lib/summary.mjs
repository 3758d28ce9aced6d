// Reading and printing the extension-host suites' results, shared by both runners.
import { existsSync, readFileSync } from 'node:fs';

/** The results the suites wrote (see suite/index.ts), or undefined when they never finished. */
export function readResults(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function printSuiteResults(results, outcomeNote) {
  const count = (state) => (results ?? []).filter((r) => r.state === state).length;
  console.log(
    `extension-host suites: ${count('passed')} passed, ${count('failed')} failed, ${count('pending')} skipped (${outcomeNote})`,
  );
  for (const r of results ?? []) {
    const mark = { passed: '✓', failed: '✗', pending: '-' }[r.state];
    console.log(`  ${mark} ${r.title}${r.error ? `\n      ${r.error.trim().replace(/\n/g, '\n      ')}` : ''}`);
  }
  return { failed: count('failed'), passed: count('passed') };
}
