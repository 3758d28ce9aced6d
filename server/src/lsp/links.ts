/**
 * Document links: the `- Source: domain` header, every URL under `Sources:` and bare URLs in the
 * text. When an article in the workspace is the one cited (its own source header or a URL it
 * states as its own matches), the link opens that local copy instead, and its tooltip says so.
 */
import { URI } from 'vscode-uri';
import type { DocumentLink } from 'vscode-languageserver';
import type { ArticleEntry, Corpus } from '../corpus/corpus';
import { toRange } from './convert';

function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[/#?]+$/, '')
    .toLowerCase();
}

function webTarget(value: string): string | undefined {
  const url = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    return URI.parse(url, true).toString(true);
  } catch {
    return undefined;
  }
}

/** The workspace article that is the cited page or outlet, if any (never the citing article). */
export function localCopy(corpus: Corpus, citing: string, url: string, domain: string): ArticleEntry | undefined {
  const wanted = normaliseUrl(url);
  let byDomain: ArticleEntry | undefined;
  for (const entry of corpus.articles()) {
    if (entry.id === citing) continue;
    const header = entry.analysis.structure.sourceHeader;
    if (!header) continue;
    if (normaliseUrl(header.value) === wanted) return entry;
    if (!byDomain && domain && header.domain === domain && !/\//.test(header.value.replace(/^https?:\/\//, ''))) byDomain = entry;
  }
  return byDomain;
}

export function documentLinks(corpus: Corpus, uri: string): DocumentLink[] {
  const entry = corpus.get(uri);
  if (!entry) return [];
  const { structure } = entry.analysis;
  const links: DocumentLink[] = [];
  const add = (span: { start: number; end: number }, value: string, domain: string, what: string) => {
    const local = localCopy(corpus, uri, value, domain);
    if (local) {
      links.push({ range: toRange(entry.lineStarts, span), target: local.id, tooltip: `Open the local copy of ${what}: ${local.label}` });
      return;
    }
    const target = webTarget(value);
    if (target) links.push({ range: toRange(entry.lineStarts, span), target, tooltip: `Open ${what} in the browser (no local copy in the workspace)` });
  };
  const header = structure.sourceHeader;
  if (header) add(header.valueSpan, header.value, header.domain, `the source ${header.domain}`);
  for (const u of structure.urls) add(u.span, u.url, u.domain, u.inSourcesList ? `the cited source ${u.domain}` : `the page on ${u.domain}`);
  return links;
}
