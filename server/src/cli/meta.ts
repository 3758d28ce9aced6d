/**
 * The tool's name, version and home, read from the package.json next to the bundle (dist/cli.js)
 * or above the sources (when run through tsx), so `--version` and reports never drift from it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ToolMeta {
  version: string;
  /** The project's home page, for SARIF's `informationUri`. */
  homepage: string;
  /** Where the command line and its rules are documented, for SARIF's `helpUri`. */
  docs: string;
}

/** Used when package.json names no homepage or repository. */
const FALLBACK_HOMEPAGE = 'https://github.com/crosscheck/crosscheck';

function readPackage(): Record<string, any> | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'crosscheck') return pkg;
    } catch {
      // Not here; look one folder up.
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function toolMeta(): ToolMeta {
  const pkg = readPackage();
  const repo = typeof pkg?.repository === 'string' ? pkg.repository : pkg?.repository?.url;
  const home = (typeof pkg?.homepage === 'string' && pkg.homepage) || (typeof repo === 'string' && repo.replace(/^git\+/, '').replace(/\.git$/, '')) || FALLBACK_HOMEPAGE;
  const base = home.replace(/#.*$/, '').replace(/\/$/, '');
  return {
    version: typeof pkg?.version === 'string' ? pkg.version : '0.0.0',
    homepage: base,
    docs: /github\.com/.test(base) ? `${base}/blob/main/docs/cli.md` : base,
  };
}
