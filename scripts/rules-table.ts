/**
 * Rewrites the table of matching rules in README.md from the rules themselves
 * (server/src/analysis/matching/rules.ts), so the two never disagree:
 * `node --import tsx scripts/rules-table.ts` (or `--check` to fail when the README is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../server/src/analysis/matching/rules';

const readme = readFileSync('README.md', 'utf8');
const header = '| rule | verdict | what it checks |\n| --- | --- | --- |\n';
const start = readme.indexOf(header);
if (start < 0) throw new Error('README.md has no rules table');
let end = start + header.length;
while (readme.startsWith('| `', end)) end = readme.indexOf('\n', end) + 1;
const rows = RULES.map((r) => `| \`${r.id}\` | ${r.verdict}${r.direction ? ` (${r.direction})` : ''} | ${r.description.replace(/\|/g, '\\|')} |\n`).join('');
const next = readme.slice(0, start) + header + rows + readme.slice(end);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the rules table is stale; run node --import tsx scripts/rules-table.ts');
    process.exit(1);
  }
} else if (next !== readme) writeFileSync('README.md', next);
