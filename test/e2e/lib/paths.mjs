// Where the end-to-end run reads and writes. Everything the run creates lives under test-output/
// (git-ignored), so a run never touches the user's own VS Code, code-server or browser profiles.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const e2eDir = join(repoRoot, 'test', 'e2e');
export const outputDir = join(repoRoot, 'test-output', 'e2e');
export const screenshotsDir = join(outputDir, 'screenshots');
export const suitesBundle = join(repoRoot, 'out', 'e2e', 'suite', 'index.js');
export const harnessExtensionDir = join(e2eDir, 'harness-extension');
export const defaultVsix = join(repoRoot, 'crosscheck.vsix');

// The real articles sit next to the repository and are never copied into it.
export const seedsDir = resolve(repoRoot, '..', 'shared', 'seeds');

export const EXTENSION_ID = 'crosscheck.crosscheck';

/**
 * Returns the seed file names, or a reason to skip when they are missing. Under CI=true a missing
 * folder is an error, because a green CI run that silently tested nothing would be a lie.
 */
export function checkSeeds() {
  const names = existsSync(seedsDir) ? readdirSync(seedsDir).filter((n) => n.endsWith('.txt')) : [];
  if (names.length > 0) return { names: names.sort() };
  const reason = `the seed articles are missing (expected .txt files in ${seedsDir})`;
  if (process.env.CI === 'true') return { error: `CI=true and ${reason}` };
  return { skip: reason };
}

/**
 * Creates a fresh run folder. The previous run's folder is removed first so the disk does not fill
 * up with profiles; screenshots are also cleared so every picture belongs to this run.
 */
export function createRunFolder(name = 'run') {
  const root = join(outputDir, name);
  rmSync(root, { recursive: true, force: true });
  if (name === 'run') rmSync(screenshotsDir, { recursive: true, force: true });
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    xdgConfig: join(root, 'xdg-config'),
    xdgData: join(root, 'xdg-data'),
    xdgCache: join(root, 'xdg-cache'),
    xdgState: join(root, 'xdg-state'),
    xdgRuntime: join(root, 'xdg-runtime'),
    tmp: join(root, 'tmp'),
    home: join(root, 'home'),
    browserProfile: join(root, 'browser-profile'),
    suitesWorkspace: join(root, 'workspace-suites'),
    uiWorkspace: join(root, 'workspace-ui'),
    resultsFile: join(root, 'suite-results.json'),
    configFile: join(root, 'code-server.yaml'),
  };
  for (const [key, dir] of Object.entries(dirs)) {
    if (key !== 'resultsFile' && key !== 'configFile') mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  mkdirSync(screenshotsDir, { recursive: true });
  return dirs;
}

/** Copies the seeds into a workspace folder of the run, so tests may edit files freely. */
export function copySeedsInto(workspaceDir) {
  cpSync(seedsDir, workspaceDir, { recursive: true });
  return readdirSync(workspaceDir).filter((n) => n.endsWith('.txt')).sort();
}
