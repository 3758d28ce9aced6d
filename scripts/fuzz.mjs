// `npm run fuzz`: the property tests of test/property/ in a long run. They are the same tests
// `npm test` runs, with every case count multiplied by CROSSCHECK_FUZZ_SCALE (default 25 here, 1
// in npm test): 15,000 analyses of edited articles, 50,000 edit sequences through the text sync,
// 25,000 texts through the offset conversion and 1,000 editing sessions through the real server
// (about half an hour on two cores). CROSSCHECK_FUZZ_SEED=<n> replays a run (a failure prints its
// seed and the path of the shrunk case). Extra arguments go to node --test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/property';
const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
const scale = process.env.CROSSCHECK_FUZZ_SCALE ?? '25';
console.log(`fuzz: ${files.join(', ')} at scale ${scale}${process.env.CROSSCHECK_FUZZ_SEED ? `, seed ${process.env.CROSSCHECK_FUZZ_SEED}` : ''}`);
const started = Date.now();
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=0', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
  env: { ...process.env, CROSSCHECK_FUZZ_SCALE: scale },
});
console.log(`fuzz: ${result.status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
