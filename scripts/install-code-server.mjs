#!/usr/bin/env node
// Installs the pinned code-server the end-to-end tests drive, into the git-ignored folder
// .tools/code-server. It is not a devDependency because its postinstall compiles native modules
// and downloads ripgrep, which would slow down and break every `npm install` on machines without
// GitHub access. Running it again is cheap: it skips every step whose result is already present.
//
// Usage: node scripts/install-code-server.mjs        (prints the path of the code-server binary)
//        import { ensureCodeServer } from './scripts/install-code-server.mjs'
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// 4.100.3 (VS Code 1.100.3) is the newest release whose install accepts Node 20; later releases
// want Node 22 or 24. The ripgrep versions below belong to this release: when upgrading, read them
// from lib/vscode/npm-shrinkwrap.json and @vscode/ripgrep/lib/postinstall.js.
export const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_RIPGREP_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const toolDir = join(repoRoot, '.tools', 'code-server');
export const codeServerBin = join(toolDir, 'node_modules', '.bin', 'code-server');
const versionStamp = join(toolDir, `.installed-${CODE_SERVER_VERSION}`);

const log = (message) => console.log(`[install-code-server] ${message}`);

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

// The tests need Debian's Chromium (playwright-core downloads no browser) and ripgrep (to satisfy
// @vscode/ripgrep offline); the native modules need a compiler, Python and the Kerberos headers.
// Packages are only installed when something is missing and we are root, so a developer machine is
// never changed behind the developer's back.
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!commandExists('rg')) missing.push('ripgrep');
  if (!commandExists('make') || !commandExists('g++')) missing.push('build-essential');
  if (!commandExists('python3')) missing.push('python3');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) {
    missing.push('libkrb5-dev');
  }
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `missing system packages: ${missing.join(' ')}. Install them (Debian: ` +
        `apt-get install -y ${missing.join(' ')}) and run again.`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')} (apt-get update, then apt-get install)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

// @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds this archive in
// $TMPDIR first. A gzipped tar holding Debian's rg under the expected name satisfies it.
function prepareRipgrepCache(tmp) {
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${VSCODE_RIPGREP_VERSION}`);
  const archive = join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-x86_64-unknown-linux-musl.tar.gz`);
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(tmp, 'rg-staging-'));
  const rgPath = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  copyFileSync(rgPath, join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  log(`prepared the offline ripgrep archive ${archive} from ${rgPath}`);
}

export function ensureCodeServer() {
  if (existsSync(versionStamp) && existsSync(codeServerBin)) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${toolDir}; skipping`);
    return codeServerBin;
  }
  if (process.arch !== 'x64') {
    // The ripgrep trick names an x86_64 archive; other architectures need a different name.
    throw new Error(`this installer only knows the offline ripgrep archive for x64, not ${process.arch}`);
  }
  ensureSystemPackages();
  const started = Date.now();
  mkdirSync(toolDir, { recursive: true });
  // A package.json of its own stops npm from walking up and installing into the project. Newer
  // npm releases gate dependency install scripts behind its allowScripts field: code-server's
  // postinstall (which installs VS Code's own modules) and argon2's native build must run.
  const manifest = { name: 'crosscheck-e2e-tools', private: true, allowScripts: { 'code-server': true, argon2: true } };
  writeFileSync(join(toolDir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-code-server-'));
  prepareRipgrepCache(tmp);
  log(`npm install code-server@${CODE_SERVER_VERSION} into ${toolDir} (about a minute, 300 MB)`);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // node-gyp should build against the local Node headers instead of downloading them.
    npm_config_nodedir: '/usr',
    // node-pty's postinstall runs `npx node-gyp`, which would otherwise wait for a "yes".
    npm_config_yes: 'true',
  };
  const result = spawnSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      // As root, code-server's postinstall refuses to run without --unsafe-perm.
      '--unsafe-perm=true',
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    { cwd: toolDir, env, stdio: 'inherit' },
  );
  rmSync(tmp, { recursive: true, force: true });
  if (result.status !== 0 || !existsSync(codeServerBin)) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status})`);
  }
  // The postinstall links node_modules.asar and builds node-pty; without them code-server starts
  // but its extension host fails later with a confusing error, so check for them here.
  const vscodeDir = join(toolDir, 'node_modules', 'code-server', 'lib', 'vscode');
  for (const product of ['node_modules.asar', 'node_modules/node-pty/build/Release/pty.node']) {
    if (!existsSync(join(vscodeDir, product))) {
      throw new Error(`code-server's postinstall did not produce ${product}; were install scripts blocked?`);
    }
  }
  writeFileSync(versionStamp, `${new Date().toISOString()}\n`);
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s: ${codeServerBin}`);
  return codeServerBin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(ensureCodeServer());
  } catch (error) {
    console.error(`[install-code-server] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
