// Starts and stops a hermetic code-server: its own profile, extensions, config, XDG folders and
// temporary folder inside the run folder, bound to a free port on 127.0.0.1, in its own process
// group so that stopping it also stops its file watcher and extension hosts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { StepError } from './build.mjs';
import { EXTENSION_ID } from './paths.mjs';

export function hermeticEnv(dirs, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    XDG_RUNTIME_DIR: dirs.xdgRuntime,
    TMPDIR: dirs.tmp,
    ...extra,
  };
}

function profileArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.configFile];
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * User settings for a quiet workbench: no welcome tab, no trust prompt, no update, gallery or git
 * chatter, and word wrap so whole sentences of an article are on screen for the UI scenarios.
 * Nothing here changes what Crosscheck itself shows.
 */
export function writeUserSettings(dirs) {
  const userDir = join(dirs.userData, 'User');
  mkdirSync(userDir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    // The run folders sit inside the project's git checkout; without this the git extension
    // offers to open that repository in a toast that covers the Problems panel.
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
  };
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

/**
 * Installs the packaged extension the way a user would, then checks that the installed folder
 * holds the bundles the package is supposed to ship.
 */
export function installExtension(codeServerBin, dirs, vsixPath) {
  writeFileSync(dirs.configFile, 'auth: none\ncert: false\n');
  const started = Date.now();
  const result = spawnSync(
    codeServerBin,
    [...profileArgs(dirs), '--install-extension', vsixPath, '--force'],
    { encoding: 'utf8', env: hermeticEnv(dirs), timeout: 60_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error || result.status !== 0) {
    throw new StepError(`code-server --install-extension ${vsixPath} failed`, output);
  }
  const folder = readdirSync(dirs.extensions).find((n) => n.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  if (!folder) throw new StepError(`installing the .vsix produced no ${EXTENSION_ID} folder`, output);
  const installed = join(dirs.extensions, folder);
  const missing = ['dist/client.js', 'dist/server.js', 'dist/analysisWorker.js'].filter(
    (f) => !existsSync(join(installed, f)),
  );
  if (missing.length > 0) {
    throw new StepError(`the installed package lacks ${missing.join(', ')}`, `installed at ${installed}`);
  }
  return { installed, seconds: (Date.now() - started) / 1000 };
}

async function waitForHealthz(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StepError(`code-server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.cause?.code ?? error.message;
    }
    // Polling interval, not a fixed wait: the loop ends as soon as the server answers.
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new StepError(`code-server did not answer ${url} within ${timeoutMs / 1000} s (${lastError})`);
}

/**
 * Starts code-server under setsid and resolves once /healthz answers. The returned object's
 * stop() kills the whole process group and waits for the leader to exit.
 */
export async function startCodeServer(codeServerBin, dirs, env = {}) {
  const port = await freePort();
  writeFileSync(dirs.configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    codeServerBin,
    ...profileArgs(dirs),
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn('setsid', args, {
    env: hermeticEnv(dirs, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  try {
    await waitForHealthz(`${base}/healthz`, child, 20_000);
  } catch (error) {
    await stopGroup(child);
    error.details = output;
    throw error;
  }
  return {
    port,
    base,
    seconds: (Date.now() - started) / 1000,
    output: () => output,
    stop: () => stopGroup(child),
  };
}

/** Sends SIGTERM to the process group, then SIGKILL if it has not exited within five seconds. */
export async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  // Children that ignored SIGTERM (the file watcher, extension hosts) may outlive the leader.
  signalGroup('SIGKILL');
}
