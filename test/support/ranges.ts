/**
 * What "a range inside its document" means, checked the way an editor splits lines (\r\n, \r or
 * \n): the line exists, the character is within the line's text (not past it, not between \r and
 * \n) and never between the two halves of a surrogate pair, and the start is not after the end.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';

export function lineTexts(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function positionProblem(lines: readonly string[], p: Position, what: string): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what} ${JSON.stringify(p)} is not a position`;
  if (p.line >= lines.length) return `${what} line ${p.line} is past the last line (${lines.length - 1})`;
  const line = lines[p.line];
  if (p.character > line.length) return `${what} ${p.line}:${p.character} is past the end of its line (${line.length} characters)`;
  const before = line.charCodeAt(p.character - 1);
  const at = line.charCodeAt(p.character);
  if (p.character > 0 && before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff) return `${what} ${p.line}:${p.character} splits a surrogate pair`;
  return undefined;
}

/** Problems with a range in a text (empty when it is a good range). */
export function rangeProblems(text: string, range: Range, what = 'range'): string[] {
  const lines = lineTexts(text);
  const out = [positionProblem(lines, range.start, `${what} start`), positionProblem(lines, range.end, `${what} end`)].filter((x): x is string => !!x);
  if (out.length === 0 && (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character))) {
    out.push(`${what} starts after it ends: ${JSON.stringify(range)}`);
  }
  return out;
}

/** Every `range`, `targetRange`, `targetSelectionRange` and `originSelectionRange` in a value, with the URI it belongs to. */
export function rangesIn(value: unknown, uri: string): { uri: string; range: Range; path: string }[] {
  const out: { uri: string; range: Range; path: string }[] = [];
  const isRange = (r: unknown): r is Range => !!r && typeof r === 'object' && 'start' in r && 'end' in r;
  const walk = (v: unknown, currentUri: string, path: string) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, currentUri, `${path}[${i}]`));
    const o = v as Record<string, unknown>;
    const here = typeof o.uri === 'string' ? o.uri : typeof o.targetUri === 'string' ? o.targetUri : currentUri;
    for (const [k, x] of Object.entries(o)) {
      if (isRange(x) && (k === 'range' || k === 'targetRange' || k === 'targetSelectionRange' || k === 'selectionRange')) out.push({ uri: here, range: x, path: `${path}.${k}` });
      else if (isRange(x) && k === 'originSelectionRange') out.push({ uri: currentUri, range: x, path: `${path}.${k}` });
      else walk(x, here, `${path}.${k}`);
    }
  };
  walk(value, uri, '');
  return out;
}

/** Problems with every range in an answer, each checked against the text of the document it names. */
export function answerProblems(answer: unknown, uri: string, textOf: (uri: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const { uri: u, range, path } of rangesIn(answer, uri)) {
    const text = textOf(u);
    if (text === undefined) {
      problems.push(`${path} points into ${u}, which the test does not know`);
      continue;
    }
    problems.push(...rangeProblems(text, range, `${path} (${u.split('/').pop()})`));
  }
  return problems;
}
