/**
 * The one module that converts between the core's offsets and LSP positions. It uses the line
 * starts of the text the analysis was made from, so a request and its answer agree on positions.
 */
import { positionAt } from '../analysis/lines';
import type { Span } from '../analysis/types';
import type { Position, Range } from 'vscode-languageserver';

export function toPosition(lineStarts: readonly number[], offset: number): Position {
  return positionAt(lineStarts, offset);
}

export function toRange(lineStarts: readonly number[], span: Span): Range {
  return { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) };
}

/**
 * The offset of a position a client sent. A position past the end of its line (allowed by LSP:
 * it means the line's end) or past the last line is clamped, so it never lands on the next line.
 */
export function toOffset(lineStarts: readonly number[], position: Position, length = Infinity): number {
  const line = Math.max(0, Math.min(Number.isFinite(position.line) ? position.line : 0, lineStarts.length - 1));
  const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : length;
  const character = Number.isFinite(position.character) ? Math.max(0, position.character) : 0;
  return Math.min(lineStarts[line] + character, Math.max(lineStarts[line], lineEnd));
}
