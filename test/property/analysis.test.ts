/**
 * Properties of the analysis core under random edits of the seeds, fixtures and samples: it never
 * throws; every span lies inside the text, on UTF-16 boundaries (never between the halves of a
 * surrogate pair) and never between the \r and \n of a line break; every position the protocol
 * layer makes from a span is inside the document; the result survives the worker's structured
 * clone and JSON unchanged; and the same text always gives the same result (deterministic).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyseArticle } from '../../server/src/analysis/analyse';
import { lineStarts } from '../../server/src/analysis/lines';
import { toRange } from '../../server/src/lsp/convert';
import { rangeProblems } from '../support/ranges';
import { applyEdit, baseTexts, documentArb, documentText, editArb, params, runs } from './generators';

/** Every {start, end} object in a value, with where it was found. */
function spansIn(value: unknown, path = '', out: { path: string; start: number; end: number }[] = []) {
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ path, start: o.start, end: o.end });
  for (const [k, v] of Object.entries(o)) spansIn(v, `${path}.${k}`, out);
  return out;
}

/** Every number in a value, with where it was found. */
function numbersIn(value: unknown, path = '', out: { path: string; value: number }[] = []) {
  if (typeof value === 'number') out.push({ path, value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

function spanProblems(text: string, analysis: unknown): string[] {
  const problems: string[] = [];
  const starts = lineStarts(text);
  const surrogateSplit = (o: number) => o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o]);
  for (const s of spansIn(analysis)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > text.length) {
      problems.push(`${s.path}: [${s.start}, ${s.end}) is outside a text of ${text.length}`);
      continue;
    }
    for (const o of [s.start, s.end]) {
      if (surrogateSplit(o)) problems.push(`${s.path}: ${o} splits a surrogate pair`);
      if (o > 0 && text[o - 1] === '\r' && text[o] === '\n') problems.push(`${s.path}: ${o} is between \\r and \\n`);
    }
    problems.push(...rangeProblems(text, toRange(starts, s), s.path));
  }
  return problems;
}

const editedText = fc.tuple(documentArb, fc.array(editArb, { maxLength: 12 })).map(([doc, edits]) => edits.reduce(applyEdit, documentText(doc)));

test(`analysis of edited articles: no throw, spans inside and on boundaries, clone-safe, finite, deterministic (${runs(600)} cases)`, () => {
  assert.ok(baseTexts().length > 10);
  let articles = 0;
  fc.assert(
    fc.property(editedText, (text) => {
      const first = analyseArticle(text);
      if (first.structure.isArticle) articles++;
      const problems = spanProblems(text, first);
      if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      assert.deepEqual(structuredClone(first), first, 'the worker sends it by structured clone');
      const odd = numbersIn(first).filter((n) => !Number.isFinite(n.value));
      assert.deepEqual(odd, [], 'no NaN or Infinity, which JSON (the CLI report) would turn into null');
      assert.deepEqual(analyseArticle(text), first, 'the same text gives the same analysis');
    }),
    params(600),
  );
  assert.ok(articles > runs(600) / 3, `most edited texts are still articles (${articles})`);
});
