// Finds the logs a failing run should show: the extension host's log (where an extension that
// fails to activate or a server that crashes leaves its trace) and the "Crosscheck" output channel.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir, found = []) {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, found);
    else if (name.endsWith('.log')) found.push(path);
  }
  return found;
}

export function tailOf(text, lines) {
  const all = text.trimEnd().split('\n');
  return (all.length > lines ? [`… (${all.length - lines} earlier lines in the file)`] : []).concat(all.slice(-lines)).join('\n');
}

/** The extension host and Crosscheck logs under a code-server user-data folder, newest last. */
export function interestingLogs(userDataDir) {
  const files = walk(join(userDataDir, 'logs')).sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  return files.filter((f) => /exthost\.log$|remoteexthost\.log$|crosscheck/i.test(f));
}

/** Keeps the first frames of each stack trace, so the messages around them stay in the tail. */
function collapseStacks(lines, keep = 2) {
  const out = [];
  let frames = 0;
  for (const line of lines) {
    frames = /^\s+at /.test(line) ? frames + 1 : 0;
    if (frames <= keep) out.push(line);
    else if (frames === keep + 1) out.push('\t… more frames');
  }
  return out;
}

/** The last error the Crosscheck output channel logged, for the headline of a failed run. */
export function lastCrosscheckError(userDataDir) {
  let last;
  for (const file of interestingLogs(userDataDir).filter((f) => /crosscheck/i.test(f))) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/\[error\]/.test(line)) last = line.replace(/^.*?\[error\]\s*/, '');
    }
  }
  return last;
}

export function formatLogs(userDataDir, root, lines = 40) {
  const parts = [];
  for (const file of interestingLogs(userDataDir)) {
    // VS Code lists every extension path when the tests module requires 'vscode' from outside an
    // extension folder; that harmless warning would push the useful lines out of the tail.
    const text = collapseStacks(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\tfile:\/\/\S+ -> \S+$/.test(line)),
    ).join('\n');
    if (!text.trim()) continue;
    parts.push(`--- ${relative(root, file)} (last ${lines} lines) ---\n${tailOf(text, lines)}`);
  }
  return parts.join('\n') || `(no extension host or Crosscheck logs under ${join(userDataDir, 'logs')})`;
}
