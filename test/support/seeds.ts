/**
 * Access to the real articles in ../shared/seeds. They are never copied into the project. When the
 * folder is missing, tests skip with a message; under CI=true a missing folder fails the run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const seedsDir = resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

export function seedsAvailable(): boolean {
  if (existsSync(seedsDir)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but the seed articles are missing: ${seedsDir}`);
  return false;
}

/** Options for node:test's `test()` that skip the test when the seeds are absent (locally only). */
export function seedTestOptions(): { skip: string | false } {
  return { skip: seedsAvailable() ? false : `seed articles not found at ${seedsDir}` };
}

export function seedNames(): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): string {
  return readFileSync(join(seedsDir, name), 'utf8');
}

/** The seed whose file name starts with the given prefix, e.g. "000". */
export function seed(prefix: string): { name: string; text: string } {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed starting with ${prefix} in ${seedsDir}`);
  return { name, text: readSeed(name) };
}

/** File names of the two seeds the product issues speak of: 000_… and 003_…. */
export function seedPair(): [string, string] {
  return [seed('000').name, seed('003').name];
}
