/**
 * Real pages replicated into mirrors, as wire copy republished by many sites sits in a reviewer's
 * folder: each page of the development half of the real corpus (corpus/split.json) is present 17
 * times. Eight copies are the same file in other folders; eight are the same text as another site
 * publishes it (its own source header, an empty `Published:` line and `spot_img`, its own Sources
 * URL, sometimes a block of teasers). The page text belongs to its publishers: it is read from
 * `corpus/pages/` (git-ignored) when present and never written anywhere but the bench's temporary
 * folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './corpusGenerator';

export const COPIES = 17;

export interface MirrorFile {
  path: string;
  text: string;
  /** Index of the page this is a copy of. */
  page: number;
}

/**
 * The development half's pages, or the reason they are missing (corpus/pages is absent), with the
 * pairs the manifests mark as one outlet's copy of another's page ("aggregator-copy").
 */
export function realPages(root: string): { pages: { path: string; text: string }[]; declaredCopies: [string, string][] } | { missing: string } {
  const pagesDir = join(root, 'corpus', 'pages');
  const split = join(root, 'corpus', 'split.json');
  if (!existsSync(pagesDir)) return { missing: `${pagesDir} is absent (real article text is git-ignored; see corpus/README.md to rebuild it)` };
  const events = (JSON.parse(readFileSync(split, 'utf8')) as { development: string[] }).development;
  const pages: { path: string; text: string }[] = [];
  const declaredCopies: [string, string][] = [];
  for (const event of events) {
    const dir = join(pagesDir, event);
    if (!existsSync(dir)) continue;
    const manifest = join(root, 'corpus', 'manifest', `${event}.json`);
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { file: string; copyOf?: string | null }[] | { pages?: { file: string; copyOf?: string | null }[] };
      for (const entry of Array.isArray(data) ? data : (data.pages ?? [])) if (entry.copyOf) declaredCopies.push([`${event}/${entry.file}`, `${event}/${entry.copyOf}`]);
    }
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) pages.push({ path: `${event}/${file}`, text: readFileSync(join(dir, file), 'utf8') });
  }
  return pages.length ? { pages, declaredCopies } : { missing: `no pages of the development events under ${pagesDir}` };
}

/** Another site's copy of a page: its header, furniture, Sources URL and teasers, the same body. */
function republish(text: string, site: string, r: () => number): string {
  const lines = text.split('\n');
  const header = /^\s*-\s*Source:/i.test(lines[0]) ? 1 : 0;
  const body = lines.slice(header).join('\n').replace(/\nSources:\n[\s\S]*$/, '\n');
  const out = [`- Source: www.${site}`, body.trimEnd(), '', 'Published:', '', 'spot_img', '', 'Sources:', `https://www.${site}/world/${Math.floor(r() * 1e6)}`, ''];
  if (r() < 0.5) out.push('Related articles', '', 'Markets Close Higher on Friday', 'Teaser text of another story on the same site...', '');
  return out.join('\n');
}

export function replicate(pages: readonly { path: string; text: string }[], seed = 17): MirrorFile[] {
  const r = prng(seed);
  const files: MirrorFile[] = [];
  pages.forEach((page, i) => {
    files.push({ path: `originals/${page.path}`, text: page.text, page: i });
    for (let k = 1; k < COPIES; k++) {
      if (k <= 8) files.push({ path: `copies-${k}/${page.path}`, text: page.text, page: i });
      else files.push({ path: `site-${k}/${page.path}`, text: republish(page.text, `mirror${k}.example`, r), page: i });
    }
  });
  return files;
}
