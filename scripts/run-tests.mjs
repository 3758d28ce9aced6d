// Runs the unit and protocol tests with Node's own test runner, TypeScript loaded through tsx.
// Node 20's runner does not expand globs, so the files are listed here. Extra arguments are passed
// on (e.g. `npm run test:unit -- --test-name-pattern=hover`); UPDATE_SNAPSHOTS=1 rewrites snapshots.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['test/core', 'test/server', 'test/client', 'test/protocol', 'test/cli', 'test/property'];
const files = [];
function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(path);
  }
}
roots.forEach(walk);
const args = ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...files];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
