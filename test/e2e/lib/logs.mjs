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

export function formatLogs(userDataDir, root, lines = 40) {
  const parts = [];
  for (const file of interestingLogs(userDataDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.trim()) continue;
    parts.push(`--- ${relative(root, file)} (last ${lines} lines) ---\n${tailOf(text, lines)}`);
  }
  return parts.join('\n') || `(no extension host or Crosscheck logs under ${join(userDataDir, 'logs')})`;
}
