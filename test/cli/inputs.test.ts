/**
 * Bad input never crashes the command line and never makes noise: files that are not articles
 * are listed with their reason, too-large and binary files get one information finding, paths that
 * do not exist are named on stderr (exit 2) while the rest is still analysed, and line endings,
 * byte-order marks and UTF-16 leave positions exact. Usage errors exit 2 with a clear message.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../server/src/cli/report';
import { cliScript, crosscheck, lineCol, repoRoot, samplesDir, show, tempDir, validateReport, write, type CliResult } from './helpers';

const SPANISH = `- Source: www.diariodelsur.example
Cierran el puerto de Vallenar por la huelga

Los estibadores del puerto de Vallenar dejaron de trabajar el lunes por la mañana y los barcos esperan en la bahía desde entonces. El sindicato pide un aumento de sueldo y más seguridad en los muelles, y la empresa dice que no puede pagar lo que piden. Los comerciantes de la ciudad temen que falten productos en las tiendas si la huelga dura más de una semana, y el alcalde pidió a las dos partes que vuelvan a negociar cuanto antes.
`;

function junkFolder(): string {
  const dir = tempDir();
  write(join(dir, 'LICENSE.txt'), 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n');
  write(join(dir, 'requirements.txt'), 'requests==2.31.0\nnumpy>=1.26\n');
  write(join(dir, 'figures.csv'), Array.from({ length: 50 }, (_, i) => `${i},Velmora,${i * 7},dead`).join('\n'));
  write(join(dir, 'note.txt'), 'Call the Velmora desk about the dam story before noon.\n');
  write(join(dir, 'binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10, 0x00, 0x41]));
  write(join(dir, 'empty.txt'), '');
  const paragraph = 'Rescue teams in the valley worked through the night while families waited for news at the school gates. ';
  write(join(dir, 'big.txt'), `- Source: www.example.org\nA Very Long File\n\n${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}\n`);
  write(join(dir, 'spanish.txt'), SPANISH);
  write(join(dir, 'node_modules', 'pkg', 'readme.txt'), 'never read');
  return dir;
}

test('a folder of odd files: no crash, no noise, each file listed with its reason', async () => {
  const dir = junkFolder();
  const r = await crosscheck(['check', '.'], dir);
  assert.equal(r.status, 0, show(r));
  assert.equal(r.stderr, '', show(r));
  const findings = r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.deepEqual(
    findings.map((l) => l.replace(/^(\S+): (\w+) ([\w.-]+): .*$/, '$1 $2 $3')),
    ['big.txt:1:1 information article.too-large', 'binary.txt:1:1 information article.binary', 'spanish.txt:1:1 information article.not-english'],
    show(r),
  );
  assert.match(findings[0], /it is 5\.0 MB, above the limit of 1\.0 MB \(setting crosscheck\.maxFileSize\)/);
  assert.match(r.stdout, /\n0 articles \(5 files read\), 0 actors, 0 claims: 3 information\n$/, show(r));

  const json = await crosscheck(['check', '--format', 'json', '.'], dir);
  const report = JSON.parse(json.stdout) as Report;
  assert.deepEqual(validateReport(report), []);
  assert.deepEqual(
    report.files.map((f) => [f.path, f.isArticle, f.reason?.replace(/\(.*$/, '').trim()]),
    [
      ['big.txt', false, 'Crosscheck skipped this file: it is 5.0 MB, above the limit of 1.0 MB'],
      ['binary.txt', false, 'This file holds binary data'],
      ['empty.txt', false, 'Too little prose to be an article'],
      ['note.txt', false, 'Too little prose to be an article'],
      ['spanish.txt', false, 'Crosscheck reads English articles; this one does not look English'],
    ],
  );
});

test('a missing path is named on stderr with exit 2, and the other paths are still analysed', async () => {
  const r = await crosscheck(['check', 'no/such/folder', 'samples/', 'missing.txt']);
  assert.equal(r.status, 2, show(r));
  assert.match(r.stderr, /^crosscheck: missing\.txt: no such file or folder$/m);
  assert.match(r.stderr, /^crosscheck: no\/such\/folder: no such file or folder$/m);
  assert.match(r.stdout, /6 articles, \d+ actors, \d+ claims: 4 warnings \(2 conflicts\); 2 input errors\n$/, show(r));
  const json = JSON.parse((await crosscheck(['check', '--format', 'json', 'missing.txt', 'samples/'])).stdout) as Report;
  assert.deepEqual(json.errors, [{ path: 'missing.txt', message: 'no such file or folder' }]);
  assert.deepEqual(validateReport(json), []);
});

/**
 * Root reads any file whatever its mode, and CI runs as root: there the command line runs as the
 * unprivileged user "nobody", for whom the mode is real. Where the system does not let a root
 * process switch users, the read fails through an injected fault instead (test/support/preload).
 * Either way the test runs; it never skips.
 */
test('an unreadable file is named on stderr with exit 2', async (t) => {
  const dir = tempDir();
  write(join(dir, 'locked.txt'), readFileSync(join(samplesDir, 'dam-velmora-herald.txt')));
  write(join(dir, 'open.txt'), readFileSync(join(samplesDir, 'dam-taldria-today.txt')));
  chmodSync(join(dir, 'locked.txt'), 0o000);
  let r: CliResult;
  if (process.getuid?.() !== 0) {
    r = await crosscheck(['check', '.'], dir);
  } else {
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'open.txt'), 0o644);
    await cliScript();
    const asNobody = await crosscheck(['check', '.'], dir, { uid: 65534, gid: 65534 }).catch((e: NodeJS.ErrnoException) => e);
    // A checkout in a folder only root may enter (mktemp -d makes one) keeps nobody from loading
    // the command line at all: then the read fault is injected, as when switching users fails.
    const unreachable = !(asNobody instanceof Error) && asNobody.status !== 2 && /Cannot find module/.test(asNobody.stderr);
    if (!(asNobody instanceof Error) && !unreachable) {
      t.diagnostic('run as root: the command line ran as the user nobody (uid 65534)');
      r = asNobody;
    } else {
      t.diagnostic(`run as root, and the user nobody could not run the command line (${asNobody instanceof Error ? asNobody.code : 'its build is out of reach'}): the read fault is injected`);
      const faults = join(tempDir(), 'faults.json');
      writeFileSync(faults, JSON.stringify({ unreadable: [join(dir, 'locked.txt')] }));
      r = await crosscheck(['check', '.'], dir, { execArgv: ['--require', join(repoRoot, 'test/support/preload/faults.cjs')], env: { CROSSCHECK_TEST_FAULTS: faults } });
    }
  }
  assert.equal(r.status, 2, show(r));
  assert.match(r.stderr, /^crosscheck: locked\.txt: cannot read: permission denied$/m);
  assert.match(r.stdout, /^1 article, /m);
});

test('files named explicitly are read even when the include globs would not match them', async () => {
  const dir = tempDir();
  write(join(dir, 'herald.md'), readFileSync(join(samplesDir, 'dam-velmora-herald.txt')));
  write(join(dir, 'today.text'), readFileSync(join(samplesDir, 'dam-taldria-today.txt')));
  const walked = await crosscheck(['check', '.'], dir);
  assert.match(walked.stdout, /^0 articles, /m, 'a folder walk uses the include globs');
  const named = await crosscheck(['check', 'herald.md', 'today.text'], dir);
  assert.match(named.stdout, /^2 articles, .*: 2 warnings \(1 conflict\)$/m, show(named));
});

test('CRLF with a BOM and UTF-16 files: findings at the exact line and column', async () => {
  const dir = tempDir();
  const herald = readFileSync(join(samplesDir, 'dam-velmora-herald.txt'), 'utf8');
  write(join(dir, 'herald-crlf.txt'), '\uFEFF' + herald.replace(/\n/g, '\r\n'));
  write(join(dir, 'today.txt'), readFileSync(join(samplesDir, 'dam-taldria-today.txt')));
  const chronicle = readFileSync(join(samplesDir, 'hospital-marrowgate-chronicle.txt'), 'utf8');
  write(join(dir, 'chronicle-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chronicle, 'utf16le')]));
  write(join(dir, 'healthit.txt'), readFileSync(join(samplesDir, 'hospital-health-it-daily.txt')));
  const r = await crosscheck(['check', '.'], dir);
  const findings = r.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.replace(/^(\S+:\d+:\d+): .*$/, '$1'));
  assert.deepEqual(
    findings,
    [
      `chronicle-utf16.txt:${lineCol(join(samplesDir, 'hospital-marrowgate-chronicle.txt'), 'more than 200,000')}`,
      `healthit.txt:${lineCol(join(samplesDir, 'hospital-health-it-daily.txt'), 'about 180,000')}`,
      `herald-crlf.txt:${lineCol(join(samplesDir, 'dam-velmora-herald.txt'), 'More than 40')}`,
      `today.txt:${lineCol(join(samplesDir, 'dam-taldria-today.txt'), 'Up to 35')}`,
    ],
    show(r),
  );
  assert.equal(r.status, 1, show(r));
});

test('usage errors exit 2 with a clear message; --help and --version exit 0', async () => {
  const cases: [string[], RegExp][] = [
    [['check', '--colour'], /unknown option --colour/],
    [['chekc', 'samples/'], /unknown command "chekc" \(expected check, actors, claims\)/],
    [['check', '--format', 'xml'], /--format must be one of text, json, sarif \(got "xml"\)/],
    [['check', '--fail-on', 'severe'], /--fail-on must be one of error, warning, information, hint, none/],
    [['check', '--output'], /--output needs a value/],
    [['actors', '--format', 'sarif'], /--format sarif is for "crosscheck check"/],
  ];
  for (const [args, message] of cases) {
    const r = await crosscheck(args);
    assert.equal(r.status, 2, `${args.join(' ')}\n${show(r)}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '');
  }
  const help = await crosscheck(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: crosscheck <command> \[options\] \[paths\.\.\.\]/);
  for (const word of ['check', 'actors', 'claims', '--format', '--output', '--config', '--fail-on', '--quiet', '--version', 'Exit codes']) assert.ok(help.stdout.includes(word), word);
  const commandHelp = await crosscheck(['help', 'actors']);
  assert.match(commandHelp.stdout, /^Usage: crosscheck actors/);
  const version = await crosscheck(['--version']);
  assert.equal(version.status, 0);
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout, `crosscheck ${pkg.version}\n`);
});

test('an invalid crosscheck.json is reported, and the run goes on with the defaults', async () => {
  const dir = tempDir();
  write(join(dir, 'today.txt'), readFileSync(join(samplesDir, 'dam-taldria-today.txt')));
  write(join(dir, 'crosscheck.json'), '{ "conflicts": { "severity": "error", }');
  const r = await crosscheck(['check', dir]);
  assert.equal(r.status, 2, show(r));
  assert.match(r.stderr, /settings file .*crosscheck\.json is not valid JSON/);
  assert.match(r.stdout, /^1 article, /m);
});

test('no progress line when stderr is not a terminal', async () => {
  const r = await crosscheck(['check', 'samples/']);
  assert.doesNotMatch(r.stderr, /\r/);
});

test('a reader that closes the pipe early (`| head -c 10`) ends the run quietly', async () => {
  const script = await cliScript();
  const r = await new Promise<{ status: number | null; stderr: string }>((resolvePromise, reject) => {
    // A real pipeline, as a user types it; the exit code is the command line's, not head's.
    const line = `"${process.execPath}" "${script}" actors samples/ --format json | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`;
    const child = spawn('bash', ['-c', line], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stderr }));
  });
  assert.doesNotMatch(r.stderr, /EPIPE|Error/, r.stderr);
  assert.equal(r.status, 0, r.stderr);
});
