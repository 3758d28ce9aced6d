/**
 * One command-line run, from arguments to exit code: parse, read settings and reviews, collect and
 * analyse the articles, build the report, render it, write it. Everything the process touches
 * comes through `CliHost`, so tests can run it in-process as well as through `node dist/cli.js`.
 */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type CliOptions } from './args';
import { collect } from './collect';
import { loadReviews, loadSettings } from './config';
import { formatActors } from './format/actors';
import { formatClaims } from './format/claims';
import { formatSarif } from './format/sarif';
import { formatFindings, summaryLine } from './format/text';
import { usage } from './help';
import { toolMeta } from './meta';
import { Progress } from './progress';
import { buildReport, failsAt, type Report } from './report';

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliHost {
  cwd: string;
  stdout: Stream;
  stderr: Stream;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_INPUT = 2;

export async function runCli(argv: readonly string[], host: CliHost): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      host.stdout.write(usage(parsed.command));
      return EXIT_OK;
    case 'version':
      host.stdout.write(`crosscheck ${toolMeta().version}\n`);
      return EXIT_OK;
    case 'error':
      host.stderr.write(`crosscheck: ${parsed.message}\n`);
      return EXIT_USAGE_OR_INPUT;
    case 'run':
      return run(parsed.options, host);
  }
}

/** The folder whose crosscheck.json and .crosscheck/reviewed.json apply: the one folder given, else the working directory. */
async function rootOf(options: CliOptions, cwd: string): Promise<string> {
  if (options.paths.length !== 1) return cwd;
  const abs = resolve(cwd, options.paths[0]);
  try {
    return (await fs.stat(abs)).isDirectory() ? abs : cwd;
  } catch {
    return cwd;
  }
}

function render(report: Report, options: CliOptions, cwd: string, conflictSeverity: import('../analysis/types').Severity): string {
  if (options.format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (options.format === 'sarif') {
    const meta = toolMeta();
    return JSON.stringify(formatSarif(report, { cwd, conflictSeverity, informationUri: meta.homepage, helpUri: meta.docs }), null, 2) + '\n';
  }
  if (options.command === 'actors') return formatActors(report);
  if (options.command === 'claims') return formatClaims(report);
  const findings = formatFindings(report);
  if (options.quiet) return findings;
  return `${findings}${findings ? '\n' : ''}${summaryLine(report)}\n`;
}

async function run(options: CliOptions, host: CliHost): Promise<number> {
  const { cwd } = host;
  const err = (message: string) => host.stderr.write(`crosscheck: ${message}\n`);
  let inputError = false;

  const root = await rootOf(options, cwd);
  const loaded = await loadSettings(root, cwd, options.config);
  for (const e of loaded.errors) err(e);
  for (const w of loaded.warnings) err(w);
  if (loaded.errors.length) inputError = true;
  const { reviews, warnings } = await loadReviews(root, cwd);
  for (const w of warnings) err(w);

  const progress = new Progress({ isTTY: !!host.stderr.isTTY, write: (t) => host.stderr.write(t) }, !options.quiet);
  let collected;
  try {
    collected = await collect({ paths: options.paths, cwd, settings: loaded.settings, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.end();
  }
  for (const e of collected.errors) err(`${e.path}: ${e.message}`);
  if (collected.errors.length) inputError = true;
  if (!options.quiet) for (const n of collected.notes) err(n);

  const report = buildReport({ ...collected, reviews }, options.command, toolMeta().version);
  const text = render(report, options, cwd, loaded.settings.conflicts.severity);

  if (options.output && options.output !== '-') {
    try {
      await fs.writeFile(resolve(cwd, options.output), text, 'utf8');
    } catch (e) {
      err(`cannot write ${options.output}: ${(e as Error).message}`);
      return EXIT_USAGE_OR_INPUT;
    }
  } else {
    host.stdout.write(text);
  }
  // When stdout does not carry the text summary (JSON, SARIF, a file), a CI log still gets it.
  const summaryElsewhere = options.command === 'check' && (options.format !== 'text' || (options.output && options.output !== '-'));
  if (summaryElsewhere && !options.quiet) err(summaryLine(report));

  if (inputError) return EXIT_USAGE_OR_INPUT;
  if (options.command === 'check' && failsAt(report, options.failOn)) return EXIT_FINDINGS;
  return EXIT_OK;
}
