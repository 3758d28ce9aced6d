/**
 * Inline fixtures in the style of rust-analyzer's tests, adapted to plain text (which has no
 * comments, so marker lines are stripped before analysis):
 *
 *   //- /a.txt            starts a file named a.txt (optional when there is one file)
 *   Hun Manet spoke.$0    `$0` marks the cursor; it is removed from the text
 *   ^^^^^^^^^ person      a line of carets marks the span of the line above it, with a label
 *
 * A caret line refers to the nearest content line above it, so several caret lines may follow one
 * content line. Offsets in the result index the text after markers are removed.
 */
export interface Marker {
  file: string;
  start: number;
  end: number;
  label: string;
}

export interface FixtureFile {
  name: string;
  text: string;
}

export interface Fixture {
  files: FixtureFile[];
  markers: Marker[];
  cursor?: { file: string; offset: number };
}

const FILE_HEADER = /^\/\/- \/?(\S+)\s*$/;
const CARET_LINE = /^(\s*)(\^+)\s*(.*)$/;

/** Parses a fixture; `eol` sets the line ending of the produced texts (default LF). */
export function parseFixture(source: string, eol: '\n' | '\r\n' = '\n'): Fixture {
  const lines = dedent(source).split('\n');
  const files: FixtureFile[] = [];
  const markers: Marker[] = [];
  let cursor: Fixture['cursor'];
  let name = 'article.txt';
  let out: string[] = [];
  let offset = 0;
  let lastLineStart = -1;

  const flush = () => {
    if (out.length || files.length === 0) files.push({ name, text: out.join(eol) });
    out = [];
    offset = 0;
    lastLineStart = -1;
  };

  for (const raw of lines) {
    const header = FILE_HEADER.exec(raw);
    if (header) {
      if (out.length) flush();
      name = header[1];
      continue;
    }
    const caret = CARET_LINE.exec(raw);
    if (caret && lastLineStart >= 0) {
      const start = lastLineStart + caret[1].length;
      markers.push({ file: name, start, end: start + caret[2].length, label: caret[3].trim() });
      continue;
    }
    let line = raw;
    const c = line.indexOf('$0');
    if (c >= 0) {
      cursor = { file: name, offset: offset + c };
      line = line.slice(0, c) + line.slice(c + 2);
    }
    if (out.length) offset += eol.length;
    lastLineStart = offset;
    out.push(line);
    offset += line.length;
  }
  flush();
  return { files: files.filter((f, i) => f.text.length > 0 || i === 0), markers, cursor };
}

/** Removes the common indentation of a template literal and its first and last blank lines. */
export function dedent(source: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** Renders spans of a text back as caret lines under their lines: readable in snapshots. */
export function renderSpans(text: string, spans: readonly { start: number; end: number; label: string }[]): string {
  const out: string[] = [];
  let lineStart = 0;
  const lines = text.split(/\r?\n/);
  const eolLength = text.includes('\r\n') ? 2 : 1;
  for (const line of lines) {
    out.push(line);
    const lineEnd = lineStart + line.length;
    for (const s of spans) {
      if (s.start >= lineStart && s.start <= lineEnd && (s.start < lineEnd || s.end === s.start)) {
        const end = Math.min(s.end, lineEnd);
        out.push(' '.repeat(s.start - lineStart) + '^'.repeat(Math.max(1, end - s.start)) + (s.label ? ' ' + s.label : ''));
      }
    }
    lineStart = lineEnd + eolLength;
  }
  return out.join('\n');
}
