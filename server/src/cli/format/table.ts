/**
 * Aligned text columns whose cells may span several lines (one role or one file per line), so a
 * long list stays readable in a terminal without wrapping into the next column. Pure.
 */

export type Cell = string | string[];

export interface Column {
  title: string;
  /** Longest line shown; longer lines are cut with an ellipsis. */
  max?: number;
  align?: 'left' | 'right';
}

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? text.slice(0, Math.max(1, max - 1)) + '…' : text;
}

export function renderTable(columns: readonly Column[], rows: readonly Cell[][]): string {
  const cells = rows.map((row) => columns.map((c, i) => (Array.isArray(row[i]) ? (row[i] as string[]) : [row[i] as string]).map((t) => cut(t ?? '', c.max))));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => Math.max(0, ...row[i].map((l) => l.length)))));
  const pad = (text: string, i: number) => (columns[i].align === 'right' ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (parts: string[]) => parts.map((p, i) => (i === parts.length - 1 && columns[i].align !== 'right' ? p : pad(p, i))).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.title))];
  for (const row of cells) {
    const height = Math.max(1, ...row.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(row.map((c) => c[k] ?? '')));
  }
  return out.join('\n') + '\n';
}
