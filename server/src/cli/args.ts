/**
 * Command-line arguments in, a typed request out. Pure: no process, no file system. A mistake
 * yields a message for stderr (exit code 2), never a throw.
 */
import type { Severity } from '../analysis/types';

export type Command = 'check' | 'actors' | 'claims';
export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'none';

export interface CliOptions {
  command: Command;
  /** Files and folders to analyse, as given (default `.`). */
  paths: string[];
  format: OutputFormat;
  /** Write the report here instead of stdout. */
  output?: string;
  /** Settings file to read instead of `crosscheck.json` in the folder given or the working directory. */
  config?: string;
  failOn: FailOn;
  quiet: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

export const COMMANDS: readonly Command[] = ['check', 'actors', 'claims'];
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

/** Options that take a value, by every spelling, with the field they set. */
const VALUE_OPTIONS: Record<string, 'format' | 'output' | 'config' | 'failOn'> = {
  '--format': 'format',
  '-f': 'format',
  '--output': 'output',
  '-o': 'output',
  '--config': 'config',
  '-c': 'config',
  '--fail-on': 'failOn',
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args = [...argv];
  let command: Command | undefined;
  const paths: string[] = [];
  const values: Partial<Record<'format' | 'output' | 'config' | 'failOn', string>> = {};
  let quiet = false;
  let help = false;
  let version = false;
  let onlyPaths = false;

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && paths.length === 0 && !onlyPaths) {
        if (arg === 'help') {
          help = true;
          continue;
        }
        if ((COMMANDS as readonly string[]).includes(arg)) {
          command = arg as Command;
          continue;
        }
        return { kind: 'error', message: `unknown command "${arg}" (expected ${COMMANDS.join(', ')}); see crosscheck --help` };
      }
      if (help && command === undefined && (COMMANDS as readonly string[]).includes(arg)) {
        command = arg as Command;
        continue;
      }
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      if (command === undefined) command = 'check';
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--version' || arg === '-V' || arg === '-v') {
      version = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      quiet = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const field = VALUE_OPTIONS[name];
    if (!field) return { kind: 'error', message: `unknown option ${name}; see crosscheck --help` };
    let value: string | undefined;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) return { kind: 'error', message: `${name} needs a value` };
      i++;
    }
    if (value === '') return { kind: 'error', message: `${name} needs a value` };
    values[field] = value;
  }

  if (help) return { kind: 'help', command };
  if (version) return { kind: 'version' };

  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) return { kind: 'error', message: `--format must be one of ${FORMATS.join(', ')} (got "${values.format}")` };
  const failOn = (values.failOn ?? 'warning') as FailOn;
  if (!FAIL_ON.includes(failOn)) return { kind: 'error', message: `--fail-on must be one of ${FAIL_ON.join(', ')} (got "${values.failOn}")` };
  const cmd = command ?? 'check';
  if (format === 'sarif' && cmd !== 'check') return { kind: 'error', message: `--format sarif is for "crosscheck check"; "crosscheck ${cmd}" writes text or json` };
  if (values.failOn !== undefined && cmd !== 'check') return { kind: 'error', message: `--fail-on is for "crosscheck check"; "crosscheck ${cmd}" only lists` };

  return {
    kind: 'run',
    options: {
      command: cmd,
      paths: paths.length ? paths : ['.'],
      format,
      output: values.output,
      config: values.config,
      failOn,
      quiet,
    },
  };
}
