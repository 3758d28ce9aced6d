#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suites as `npm run test:e2e`, run in a desktop
// VS Code that @vscode/test-electron downloads. Like the code-server runner, it installs the
// packaged .vsix into a run-local extensions folder and loads the suites through an empty harness
// extension, so the installed package is what gets tested.
//
// Where VS Code cannot be downloaded (this project's CI machines reach only the npm registry and
// Debian packages) and no copy is cached in .tools/vscode-test, the run prints why and exits 0 as
// "skipped": `npm run test:e2e` covers the same suites there through code-server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { bundleSuites, packageExtension, StepError } from './lib/build.mjs';
import { hermeticEnv } from './lib/codeServer.mjs';
import { tailOf } from './lib/logs.mjs';
import { checkSeeds, copySeedsInto, createRunFolder, harnessExtensionDir, repoRoot, suitesBundle } from './lib/paths.mjs';
import { printSuiteResults, readResults } from './lib/summary.mjs';

const started = Date.now();
const cachePath = join(repoRoot, '.tools', 'vscode-test');
// Downloading VS Code can take minutes on a slow line; the suites themselves take under two.
const BUDGET_MS = 10 * 60_000;
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function finish(code, message) {
  if (message) (code === 0 ? console.log : console.error)(message);
  console.log(`Total wall time: ${seconds()}`);
  process.exit(code);
}

setTimeout(() => finish(1, `✗ test:electron exceeded its ${BUDGET_MS / 60_000} min budget`), BUDGET_MS).unref();

async function canReachVSCodeUpdates() {
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', {
      signal: AbortSignal.timeout(5000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function obtainVSCode() {
  try {
    // test-electron falls back to a cached copy when it cannot list versions.
    return { path: await downloadAndUnzipVSCode({ cachePath, timeout: 15_000 }) };
  } catch (error) {
    // Only a machine that cannot reach the update service skips; a failing download on a machine
    // that can reach it is a real failure.
    if (!(await canReachVSCodeUpdates())) return { skip: error instanceof Error ? error.message : String(error) };
    throw new StepError(`downloading VS Code failed: ${error instanceof Error ? error.message : error}`);
  }
}

/** Electron needs a display; on a headless Linux machine run again under xvfb-run when present. */
function ensureDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.CROSSCHECK_E2E_UNDER_XVFB) return;
  if (spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status !== 0) {
    finish(1, '✗ test:electron needs a display: set DISPLAY or install xvfb (apt-get install -y xvfb)');
  }
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, CROSSCHECK_E2E_UNDER_XVFB: '1' },
  });
  process.exit(result.status ?? 1);
}

async function main() {
  const seeds = checkSeeds();
  if (seeds.error) return finish(1, `✗ ${seeds.error}`);
  if (seeds.skip) return finish(0, `test:electron skipped: ${seeds.skip}. Set CI=true to make this an error.`);

  const vscode = await obtainVSCode();
  if (vscode.skip) {
    const cached = existsSync(cachePath) ? readdirSync(cachePath).join(', ') || 'none' : 'none';
    return finish(
      0,
      `test:electron skipped: VS Code cannot be downloaded here (${vscode.skip.split('\n')[0]}; cached copies: ${cached}).\n` +
        'The same suites run in code-server with `npm run test:e2e`.',
    );
  }
  ensureDisplay();
  console.log(`[electron] VS Code at ${vscode.path}`);

  const vsix = packageExtension();
  await bundleSuites();
  const dirs = createRunFolder('electron-run');
  copySeedsInto(dirs.suitesWorkspace);

  // Install the package with the downloaded VS Code's own CLI into the run's folders.
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscode.path);
  const profile = [`--extensions-dir=${dirs.extensions}`, `--user-data-dir=${dirs.userData}`];
  const ownArgs = cliArgs.filter((a) => !/^--(extensions-dir|user-data-dir)/.test(a));
  const install = spawnSync(cli, [...ownArgs, ...profile, '--install-extension', vsix.path, '--force'], {
    encoding: 'utf8',
    env: hermeticEnv(dirs),
  });
  if (install.status !== 0) throw new StepError('installing the .vsix failed', `${install.stdout}${install.stderr}`);

  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: vscode.path,
      extensionDevelopmentPath: harnessExtensionDir,
      extensionTestsPath: suitesBundle,
      extensionTestsEnv: { CROSSCHECK_E2E_RESULTS: dirs.resultsFile, CROSSCHECK_E2E_EXTENSIONS_DIR: dirs.extensions },
      launchArgs: [dirs.suitesWorkspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    code = 1;
    console.error(`[electron] ${error instanceof Error ? error.message : error}`);
  }
  const results = readResults(dirs.resultsFile);
  const { failed } = printSuiteResults(results, code === 0 ? 'VS Code exited 0' : 'VS Code exited non-zero');
  if (!results) return finish(1, '✗ the suites wrote no results; see the VS Code output above');
  return finish(code !== 0 || failed > 0 ? 1 : 0);
}

main().catch((error) => {
  const details = error instanceof StepError && error.details ? `\n${tailOf(error.details, 40)}` : '';
  finish(1, `✗ ${error.message}${details}`);
});
