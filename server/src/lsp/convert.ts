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

export function toOffset(lineStarts: readonly number[], position: Position): number {
  const line = Math.max(0, Math.min(position.line, lineStarts.length - 1));
  return lineStarts[line] + Math.max(0, position.character);
}
