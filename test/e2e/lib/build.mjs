// Builds what the end-to-end run needs: the .vsix users install, and the extension-host suites
// bundled into one CommonJS file that both code-server and @vscode/test-electron can load.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { defaultVsix, e2eDir, repoRoot, suitesBundle } from './paths.mjs';

export class StepError extends Error {
  constructor(message, details = '') {
    super(message);
    this.details = details;
  }
}

/** The end of a command's output, without npm's warnings about this machine's own npm config. */
function tail(text, lines = 40) {
  return text
    .split('\n')
    .filter((line) => !/^npm warn Unknown (user|env|cli) config/.test(line))
    .slice(-lines)
    .join('\n');
}

/**
 * Produces the .vsix under test. CROSSCHECK_E2E_VSIX points at a package built elsewhere (for
 * example a CI artifact), so the very file that will be published can be tested as it is.
 */
export function packageExtension() {
  const prebuilt = process.env.CROSSCHECK_E2E_VSIX;
  if (prebuilt) {
    const path = resolve(prebuilt);
    if (!existsSync(path)) throw new StepError(`CROSSCHECK_E2E_VSIX names a missing file: ${path}`);
    return { path, seconds: 0, prebuilt: true };
  }
  const started = Date.now();
  const before = existsSync(defaultVsix) ? statSync(defaultVsix).mtimeMs : 0;
  const result = spawnSync('npm', ['run', 'package'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}`;
    throw new StepError(`could not build the .vsix with \`npm run package\` (${why})`, tail(output));
  }
  if (!existsSync(defaultVsix) || statSync(defaultVsix).mtimeMs === before) {
    throw new StepError(`\`npm run package\` succeeded but did not write ${defaultVsix}`, tail(output));
  }
  return { path: defaultVsix, seconds: (Date.now() - started) / 1000, prebuilt: false };
}

/**
 * Bundles test/e2e/suite/index.ts and the suites it requires. `vscode` is provided by the
 * extension host, and Mocha stays external because it loads its reporters dynamically; it is
 * resolved from the repository's node_modules at run time.
 */
export async function bundleSuites() {
  const started = Date.now();
  try {
    await build({
      entryPoints: [join(e2eDir, 'suite', 'index.ts')],
      outfile: suitesBundle,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      external: ['vscode', 'mocha'],
      logLevel: 'silent',
    });
  } catch (error) {
    const messages = (error.errors ?? []).map((e) => `${e.location?.file}:${e.location?.line}: ${e.text}`);
    throw new StepError('could not bundle the extension-host suites', messages.join('\n') || String(error));
  }
  return { path: suitesBundle, seconds: (Date.now() - started) / 1000 };
}
