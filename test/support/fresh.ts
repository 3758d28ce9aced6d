/**
 * "A fresh analysis": the diagnostics a server that had never seen any edit would publish for a
 * set of texts, computed in this process with the server's own modules (the analysis, the corpus,
 * the workspace and the diagnostics publisher), for comparison with what the real server process
 * published after a session of edits.
 */
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnostics';
import { ArticleWorkspace } from '../../server/src/lsp/workspace';
import { AnalysisPool } from '../../server/src/runtime/analysisPool';
import { defaultSettings, type CrosscheckSettings } from '../../server/src/settings';

export async function freshDiagnostics(root: string, texts: ReadonlyMap<string, string>, settings: CrosscheckSettings = defaultSettings): Promise<Map<string, Diagnostic[]>> {
  // The in-process pool: no worker script is found beside these sources.
  const pool = new AnalysisPool(undefined);
  const workspace = new ArticleWorkspace(pool, { log: () => {}, changed: () => {}, settingsFor: async () => settings }, async () => {
    throw new Error('a fresh analysis reads no file');
  });
  workspace.setFolders([{ uri: URI.file(root).toString(), path: root, name: 'articles' }]);
  await workspace.loadSettings();
  for (const [uri, text] of texts) workspace.openOrChange(uri, 1, text, true);
  while (!workspace.idle()) await new Promise((r) => setTimeout(r, 5));
  const publisher = new DiagnosticsPublisher({} as Connection);
  const out = new Map<string, Diagnostic[]>();
  // As they travel over JSON-RPC: a field whose value is undefined is not sent.
  for (const uri of texts.keys()) out.set(uri, JSON.parse(JSON.stringify(publisher.diagnosticsFor(workspace, uri))));
  workspace.dispose();
  await pool.dispose();
  return out;
}
