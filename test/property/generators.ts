/**
 * What the property tests are made of: the base texts (the seeds in ../shared/seeds, read at test
 * time and never copied, the test fixtures and the samples), random edits of them as a user or a
 * paste would make them — insertions, deletions, replacements, Unicode (emoji, combining marks,
 * lone surrogates, BOM, NUL, other scripts), odd figures, pieces of other articles, line-ending
 * changes — and their conversion to LSP incremental changes.
 *
 * How many cases run: `CROSSCHECK_FUZZ_SCALE` multiplies every count (1 in `npm test`; `npm run
 * fuzz` sets more). `CROSSCHECK_FUZZ_SEED` replays a run; a failure prints its seed and path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { seedNames, seedsAvailable, seedsDir } from '../support/seeds';

const repo = resolve(__dirname, '..', '..');

export const SCALE = Math.max(0.01, Number(process.env.CROSSCHECK_FUZZ_SCALE ?? 1));
export const SEED = process.env.CROSSCHECK_FUZZ_SEED ? Number(process.env.CROSSCHECK_FUZZ_SEED) : undefined;

/** The number of runs for a property: `base` times the scale, at least 1. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** fast-check parameters for a property: its runs, the replay seed if given, no time limit. */
export function params(base: number): fc.Parameters<unknown> {
  return { numRuns: runs(base), ...(SEED !== undefined ? { seed: SEED } : {}), includeErrorInReport: true };
}

function textsUnder(dir: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.txt')) out.push({ name: path.slice(repo.length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

let cached: { name: string; text: string }[] | undefined;

/** The seeds (when present), every fixture article and the samples, in a fixed order. */
export function baseTexts(): { name: string; text: string }[] {
  if (cached) return cached;
  const seeds = seedsAvailable() ? seedNames().map((n) => ({ name: `seeds/${n}`, text: readFileSync(join(seedsDir, n), 'utf8') })) : [];
  cached = [...seeds, ...textsUnder(join(repo, 'test', 'fixtures')), ...textsUnder(join(repo, 'samples'))];
  return cached;
}

/** Text that edits insert: what breaks parsers, what breaks offsets, and what makes figures. */
const NASTY = [
  '\r\n', '\r', '\n', '\n\n', '\r\r\n', ' ', '\t', '\u00a0', '\u200b', '\ufeff', '\u0000', '\u2028', '\u2029',
  '😀', '👩‍👩‍👧‍👦', '🇰🇭', '👍🏽', 'é', 'e\u0301', '\u0301', 'n\u0303\u0323', 'Zoë', 'Ångström',
  '\ud800', '\udc00', '\udbff', 'ក្រសួង', 'กรุงเทพ', '中国政府', 'وزارة', 'Ελλάδα', 'Москва',
  ' 1,000,000,000,000,000,000,000 ', ' $ ', ' 1.2.3 ', ' –5% ', ' -5% ', ' 1e309 ', ' $.5 ', ' 12,34,5 ', ' NaN ', ' Infinity ',
  ' more than $40 billion ', ' up to ', ' about 1,200 ', ' at least 300 people ', ' 85 Cambodians ', ' 2024 ', ' 3 million ',
  ' said ', ' Mr ', ' Dr. ', ' the ', '’s', '"', '“', '”', '(', ')', '.', ',', ';', ':', '-', '–', '—', '…',
  '- Source: www.example.com\n', 'Sources:\n', 'https://www.example.com/story?id=1\n', 'Related articles\n', 'spot_img\n', 'Published:\n',
];

export type Edit =
  | { kind: 'splice'; at: number; remove: number; insert: string }
  | { kind: 'paste'; at: number; remove: number; from: number; fromAt: number; length: number }
  | { kind: 'eol'; to: '\n' | '\r\n' | '\r' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** One random edit; positions are fractions of the current text, so any edit fits any text. */
export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('splice' as const), at: fraction, remove: fc.nat(30), insert: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constant('')) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('splice' as const), at: fraction, remove: fc.nat(400), insert: fc.constant('') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fraction, remove: fc.nat(20), from: fc.nat(), fromAt: fraction, length: fc.integer({ min: 1, max: 300 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), to: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const) }) },
);

/** An offset moved off the middle of a CRLF (no editor position stands there). */
export function editorOffset(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

/**
 * An edit as a replacement of [start, end) by `insert` in `text`, its ends on places an editor can
 * address. A line-ending change becomes a replacement of the whole text, as an editor sends it.
 */
export function asReplacement(text: string, edit: Edit): { start: number; end: number; insert: string } {
  if (edit.kind === 'eol') return { start: 0, end: text.length, insert: text.replace(/\r\n|\r|\n/g, edit.to) };
  const start = editorOffset(text, Math.floor(edit.at * (text.length + 1)));
  const end = editorOffset(text, Math.min(text.length, start + edit.remove));
  let insert: string;
  if (edit.kind === 'splice') insert = edit.insert;
  else {
    const bases = baseTexts();
    const source = bases[edit.from % bases.length].text;
    const at = Math.floor(edit.fromAt * source.length);
    insert = source.slice(at, at + edit.length);
  }
  return { start, end: Math.max(start, end), insert };
}

export function applyEdit(text: string, edit: Edit): string {
  const r = asReplacement(text, edit);
  return text.slice(0, r.start) + r.insert + text.slice(r.end);
}

/** An editor's position of an offset: lines split at \r\n, \r and \n; UTF-16 columns. */
export function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 >= offset) break;
      i++;
    }
    if (c === 13 || c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The LSP incremental change for an edit of `text`, and the text after it. */
export function asChange(text: string, edit: Edit): { change: { range: Range; text: string }; after: string } {
  const r = asReplacement(text, edit);
  return {
    change: { range: { start: positionOf(text, r.start), end: positionOf(text, r.end) }, text: r.insert },
    after: text.slice(0, r.start) + r.insert + text.slice(r.end),
  };
}

/** A document to edit: a window of one base text (whole when `length` is large), so cases stay fast. */
export const documentArb = fc.record({
  base: fc.nat(),
  from: fraction,
  length: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 200, max: 1800 }) }, { weight: 1, arbitrary: fc.constant(1_000_000) }),
});

export function documentText(doc: { base: number; from: number; length: number }): string {
  const bases = baseTexts();
  const text = bases[doc.base % bases.length].text;
  if (doc.length >= text.length) return text;
  // A window that starts at a line, so the excerpt keeps the shape of an article.
  const at = Math.floor(doc.from * (text.length - doc.length));
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return text.slice(lineStart, lineStart + doc.length);
}
