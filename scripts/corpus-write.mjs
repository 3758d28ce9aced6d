#!/usr/bin/env node
// Rebuilds pages of corpus/pages/<event>/ from results of the stored-page index (see corpus/README.md).
// Usage: node scripts/corpus-write.mjs <event> <results.json>
// <results.json> holds an array of { "url": "…", "excerpt": "…" } copied from one search's results
// (JSON strings as the index returned them). Every manifest page of <event> whose url is among them
// is written in the page format and checked against its SHA-256; the rest are ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [event, resultsPath] = process.argv.slice(2);
if (!event || !resultsPath) {
  console.error('usage: node scripts/corpus-write.mjs <event> <results.json>');
  process.exit(2);
}
const root = join(import.meta.dirname, '..', 'corpus');
const manifest = JSON.parse(readFileSync(join(root, 'manifest', `${event}.json`), 'utf8'));
const pages = manifest.pages ?? manifest;
const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
// The index may return one address twice, with two stored copies of the page (the manifest's
// `rank` says which was taken): a page once written with its manifest's SHA-256 is never
// overwritten by the other copy.
const matched = new Set();
const differs = new Set();
for (const result of Array.isArray(results) ? results : [results]) {
  const matches = pages.filter((p) => p.url === result.url);
  if (matches.length === 0) {
    console.log(`not in manifest  ${result.url}`);
    continue;
  }
  for (const page of matches) {
    // Pages were stored with the excerpt as the index gave it, or with the newlines (some: all the
    // white space) at its two ends trimmed: the one whose SHA-256 is the manifest's is kept.
    const variants = [result.excerpt, result.excerpt.replace(/^\n+|\n+$/g, ''), result.excerpt.trim()].map((excerpt) => {
      const text = `- Source: ${new URL(page.url).host}\n${excerpt}\n\nSources:\n${page.url}\n`;
      return { text, sha: createHash('sha256').update(text).digest('hex') };
    });
    // The index may serve another stored copy of a page it once served (manifest `otherCopies`).
    const known = [page.sha256, ...(page.otherCopies ?? []).map((c) => c.sha256)];
    const { text, sha } = variants.find((v) => known.includes(v.sha)) ?? variants[0];
    const ok = !page.sha256 || known.includes(sha);
    if (!ok && matched.has(page.file)) {
      console.log(`skipped  ${event}/${page.file}  (another stored copy of the address, ${text.length} chars; the one that matches is kept)`);
      continue;
    }
    const dir = join(root, 'pages', event);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, page.file), text);
    if (ok) {
      matched.add(page.file);
      differs.delete(page.file);
    } else differs.add(page.file);
    console.log(`${ok ? 'ok     ' : 'DIFFERS'}  ${event}/${page.file}  (${text.length} chars, manifest ${page.chars})`);
  }
}
process.exitCode = differs.size ? 1 : 0;
