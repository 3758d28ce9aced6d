/**
 * Line splitting that keeps exact offsets into the original text for every line-ending style
 * (LF, CRLF, lone CR). Everything downstream works on these offsets, never on a normalised copy.
 */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
}

export function splitLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || ch === 13 /* \r */) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Offsets of the first character of each line, for offset -> line/column conversion. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (ch === 10 || ch === 13) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line and UTF-16 column of an offset, by binary search over line starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Trimmed sub-span of a line: leading and trailing whitespace removed. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
