#!/usr/bin/env node
// Checks corpus/pages/ against corpus/manifest/: which pages are missing or differ from the text
// that was collected (SHA-256). The page text itself is never committed; see corpus/README.md.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', 'corpus');
let missing = 0;
let changed = 0;
let ok = 0;
for (const name of readdirSync(join(root, 'manifest')).filter((f) => f.endsWith('.json')).sort()) {
  const event = name.replace(/\.json$/, '');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest', name), 'utf8'));
  for (const page of manifest.pages ?? manifest) {
    const path = join(root, 'pages', event, page.file);
    if (!existsSync(path)) {
      missing++;
      console.log(`missing  ${event}/${page.file}  ${page.url}`);
      continue;
    }
    const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
    // `otherCopies`: other stored copies of the page the index has served (each checked: the
    // truth's quotes from the page are found in it); any of them counts as present.
    const known = [page.sha256, ...(page.otherCopies ?? []).map((c) => c.sha256)];
    if (page.sha256 && !known.includes(sha)) {
      changed++;
      console.log(`changed  ${event}/${page.file}`);
    } else ok++;
  }
}
console.log(`${ok} pages present, ${missing} missing, ${changed} changed`);
process.exitCode = missing + changed > 0 ? 1 : 0;
