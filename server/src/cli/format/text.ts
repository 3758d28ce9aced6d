/**
 * `crosscheck check` as text: one finding per line in the `file:line:col: severity code: message`
 * shape that terminals, VS Code and CI logs turn into links, the related figure indented on the
 * next line, and a summary. Pure: a report in, a string out.
 */
import type { Severity } from '../../analysis/types';
import { SEVERITY_ORDER, type Range, type Report } from '../report';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `file:line:col` with 1-based line and column. */
export function where(file: string, range: Range): string {
  return `${file}:${range.start.line + 1}:${range.start.character + 1}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function formatFindings(report: Report): string {
  const out: string[] = [];
  for (const d of report.diagnostics) {
    out.push(`${where(d.file, d.range)}: ${d.severity} ${d.code}: ${oneLine(d.message)}`);
    for (const r of d.related) {
      // The related message starts with the file name; the location already says it.
      const message = r.message.startsWith(`${r.file}: `) ? r.message.slice(r.file.length + 2) : r.message;
      out.push(`  ${where(r.file, r.range)}: related: ${oneLine(message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

const SEVERITY_WORD: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['information', 'information'],
  hint: ['hint', 'hints'],
};

/** `2 articles, 14 actors, 23 claims: 2 warnings (1 conflict)`, plus what was left out. */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const files = s.files === s.articles ? '' : ` (${plural(s.files, 'file')} read)`;
  const head = `${plural(s.articles, 'article')}${files}, ${plural(s.actors, 'actor')}, ${plural(s.claims, 'claim')}`;
  const conflictSeverity = report.diagnostics.find((d) => d.code === 'numeric-conflict')?.severity;
  const parts = SEVERITY_ORDER.filter((sev) => s.diagnostics[sev] > 0).map((sev) => {
    const [one, many] = SEVERITY_WORD[sev];
    const conflicts = sev === conflictSeverity ? ` (${plural(s.conflicts, 'conflict')})` : '';
    return `${plural(s.diagnostics[sev], one, many)}${conflicts}`;
  });
  let line = `${head}: ${parts.length ? parts.join(', ') : 'no findings'}`;
  if (s.reviewed) line += `; ${plural(s.reviewed, 'conflict')} left out as reviewed`;
  if (s.errors) line += `; ${plural(s.errors, 'input error')}`;
  return line;
}
