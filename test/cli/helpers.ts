/**
 * Runs the command line as users do: a separate Node process on a bundle of `server/src/cli/main.ts`
 * with its analysis worker beside it (as in dist/). Each test process bundles once into its own
 * folder under out/, so tests never race with `npm run build` or with each other, and always run
 * the current sources. Also: schema validators, temporary folders, positions of text in a file.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as esbuild from 'esbuild';

export const repoRoot = resolve(__dirname, '..', '..');
export const samplesDir = join(repoRoot, 'samples');

let bundled: Promise<string> | undefined;

/** Bundles the CLI and the analysis worker once per test process; resolves to the CLI script. */
export function cliScript(): Promise<string> {
  bundled ??= (async () => {
    const outdir = join(repoRoot, 'out', 'test-cli', `${process.pid}`);
    mkdirSync(outdir, { recursive: true });
    process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
    await esbuild.build({
      entryPoints: { cli: join(repoRoot, 'server/src/cli/main.ts'), analysisWorker: join(repoRoot, 'server/src/runtime/analysisWorker.ts') },
      outdir,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      logLevel: 'error',
    });
    return join(outdir, 'cli.js');
  })();
  return bundled;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Node options before the script, e.g. `['--require', preload]`. */
  execArgv?: string[];
  env?: Record<string, string>;
  /** Run as this user and group (a root test process dropping its privileges). */
  uid?: number;
  gid?: number;
}

/** Runs `crosscheck …args` in `cwd` with pipes (so stderr is not a terminal). */
export async function crosscheck(args: readonly string[], cwd = repoRoot, options: RunOptions = {}): Promise<CliResult> {
  const script = await cliScript();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.execArgv ?? []), script, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: process.env.CI ?? '', ...options.env },
      uid: options.uid,
      gid: options.gid,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`crosscheck ${args.join(' ')} ran past 60 s\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolvePromise({ status, stdout, stderr });
    });
  });
}

/** Output of a run as a string tests can print when an assertion fails. */
export function show(r: CliResult): string {
  return `exit ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

export function tempDir(prefix = 'crosscheck-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function copyDir(source: string): string {
  const dir = tempDir();
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** 1-based `line:col` of the first occurrence of `needle` in a file (UTF-16 columns, any line ending). */
export function lineCol(file: string, needle: string): string {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found in ${file}`);
  const before = text.slice(0, at);
  const lines = before.split(/\r\n|\r|\n/);
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

function validator(schemaFile: string, strict: boolean) {
  // Strict mode catches mistakes in our own schema; the vendored SARIF schema is taken as it is.
  const ajv = new Ajv2020({ allErrors: true, strict, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  return (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
}

/** Validates a JSON report against schema/crosscheck-report.schema.json; returns error messages. */
export const validateReport = validator(join(repoRoot, 'schema', 'crosscheck-report.schema.json'), true);

/**
 * Validates a SARIF log against the SARIF 2.1.0 schema vendored in test/cli/sarif-schema-2.1.0.json.
 * Origin: the npm package @microsoft/sarif-multitool-linux@5.7.0 (microsoft/sarif-sdk, MIT), file
 * `sarif-2.1.0.json`, sha256 1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c,
 * unmodified. It is the OASIS SARIF 2.1.0 schema expressed in JSON Schema draft 2020-12.
 */
export const validateSarif = validator(join(__dirname, 'sarif-schema-2.1.0.json'), false);
