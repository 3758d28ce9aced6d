/**
 * Readable snapshots: plain text files next to the test under `__snapshots__/`. A missing
 * snapshot is written and the test passes with a note; `UPDATE_SNAPSHOTS=1` rewrites changed ones.
 * Under CI=true a missing snapshot fails, so CI never passes by writing what it just produced.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function expectSnapshot(testFile: string, name: string, actual: string): void {
  const file = join(dirname(testFile), '__snapshots__', `${name}.snap`);
  const normalised = actual.endsWith('\n') ? actual : actual + '\n';
  if (process.env.UPDATE_SNAPSHOTS === '1' || (!existsSync(file) && process.env.CI !== 'true')) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, normalised);
    return;
  }
  if (!existsSync(file)) assert.fail(`snapshot ${file} is missing (run with UPDATE_SNAPSHOTS=1 locally and commit it)`);
  assert.equal(normalised, readFileSync(file, 'utf8'), `snapshot ${name} differs; rerun with UPDATE_SNAPSHOTS=1 if the change is intended`);
}
