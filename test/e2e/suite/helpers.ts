// Shared helpers for the extension-host suites. They look at the editor only through the public
// VS Code API, the way another extension or a user's command would see Crosscheck.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'crosscheck.crosscheck';

// The server has proven it answers once serverReady() resolves; after that, analysing two small
// articles takes well under a second, so later waits can be short and failures come quickly.
export const READY_TIMEOUT_MS = 30_000;
export const DIAGNOSTICS_TIMEOUT_MS = 20_000;
export const SETTLE_TIMEOUT_MS = 8_000;

/** Polls probe until it returns a value other than undefined, or fails with what it last saw. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  describeLast: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    // Polling interval between checks of the condition; the loop ends as soon as it holds.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const last = describeLast();
  const error = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? `; last seen: ${last}` : ''}${error}`);
}

export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has no workspace folder; it should be a copy of the seed articles');
  return folder.uri;
}

/** The seed article whose file name starts with prefix, e.g. "000". */
export async function seedUri(prefix: string): Promise<vscode.Uri> {
  const root = workspaceFolder();
  const entries = await vscode.workspace.fs.readDirectory(root);
  const name = entries.map(([n]) => n).find((n) => n.startsWith(`${prefix}_`) && n.endsWith('.txt'));
  assert.ok(name, `no seed article starting with ${prefix}_ in ${root.fsPath}`);
  return vscode.Uri.joinPath(root, name);
}

export async function openSeed(prefix: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(await seedUri(prefix));
}

/** Reads a file without opening it, so diagnostics can be checked for articles nobody opened. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The text a range covers, computed the way VS Code splits lines (\r\n, \n or \r). */
export function textInRange(text: string, range: vscode.Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const offset = (p: vscode.Position) => (starts[p.line] ?? text.length) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

/** The range of the n-th occurrence (0-based) of needle in a document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = doc.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" occurs fewer than ${occurrence + 1} times in ${doc.uri.path}`);
  }
  return new vscode.Range(doc.positionAt(index), doc.positionAt(index + needle.length));
}

/** A position inside the word, as when the mouse rests on it or the cursor sits in it. */
export function insideOf(range: vscode.Range): vscode.Position {
  return range.start.translate(0, 1);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

export type AnyLocation = vscode.Location | vscode.LocationLink;

export function normalizeLocation(location: AnyLocation): vscode.Location {
  return 'targetUri' in location
    ? new vscode.Location(location.targetUri, location.targetSelectionRange ?? location.targetRange)
    : location;
}

export function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

export async function describeLocations(locations: readonly AnyLocation[]): Promise<string> {
  const parts: string[] = [];
  for (const location of locations.map(normalizeLocation)) {
    const text = textInRange(await readText(location.uri), location.range);
    parts.push(`${fileName(location.uri)}:${location.range.start.line + 1}:${location.range.start.character + 1} "${text}"`);
  }
  return parts.length ? parts.join(', ') : '(none)';
}

let readiness: Promise<void> | undefined;

/**
 * Resolves once the Crosscheck extension is active (by its own activation events; the suites never
 * call activate()) and its language server answers a hover on an actor name. Memoized, so when the
 * server never starts every later test fails at once with the same reason instead of waiting again.
 */
export function serverReady(): Promise<void> {
  readiness ??= (async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `the extension ${EXTENSION_ID} is not installed in this window`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined), READY_TIMEOUT_MS);
    // The client's API offers a promise for the server's answer to `initialize`; when it rejects,
    // the reason is known at once and there is no point in waiting for a hover.
    const ready = (extension.exports as { ready?: Promise<void> } | undefined)?.ready;
    if (ready && typeof ready.then === 'function') {
      await withTimeout(
        ready.catch((error: unknown) => {
          throw new Error(`the client reports: ${error instanceof Error ? error.message : String(error)}`);
        }),
        READY_TIMEOUT_MS,
        'the client to report the server ready',
      );
    }
    const doc = await openSeed('000');
    const position = insideOf(rangeOf(doc, 'Hun Manet'));
    let last: vscode.Hover[] = [];
    await waitFor(
      'the Crosscheck server to answer a hover on "Hun Manet"',
      async () => {
        last = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
        return last.length > 0 ? true : undefined;
      },
      READY_TIMEOUT_MS,
      () => `${last.length} hovers`,
    );
  })();
  return readiness;
}
