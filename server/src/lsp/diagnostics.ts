/**
 * Publishes diagnostics for every article in the workspace, opened or not (the Problems panel is
 * where reviewers work). Only documents whose diagnostics changed are sent, so the panel does not
 * churn while the user types.
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Severity } from '../analysis/types';
import { findingsFor } from '../corpus/findings';
import { location } from './locations';
import { toRange } from './convert';
import type { ArticleWorkspace } from './workspace';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class DiagnosticsPublisher {
  private readonly sent = new Map<string, string>();
  /** Articles skipped while their analysis was behind the editor: published at the next call. */
  private readonly deferred = new Set<string>();

  constructor(private readonly connection: Connection) {}

  diagnosticsFor(workspace: ArticleWorkspace, uri: string): Diagnostic[] {
    const corpus = workspace.corpus;
    const entry = corpus.get(uri);
    if (!entry) return [];
    return findingsFor(corpus, uri, workspace.settingsOf(uri), workspace.reviewsOf(uri)).map((f) => ({
      range: toRange(entry.lineStarts, f.span),
      severity: SEVERITY[f.severity],
      code: f.code,
      source: 'crosscheck',
      message: f.message,
      relatedInformation: f.related.flatMap((r) => {
        const loc = location(corpus, r.article, r.span);
        return loc ? [{ location: loc, message: r.message }] : [];
      }),
      data: f.claim
        ? {
            article: uri,
            index: f.claim.index,
            text: corpus.claim({ article: uri, index: f.claim.index })?.text,
            other: { ...f.claim.other, text: corpus.claim(f.claim.other)?.text },
          }
        : undefined,
    }));
  }

  /**
   * Sends the diagnostics of the indexed files whose findings may have changed since they were
   * last sent (the corpus says which: after an edit, the article and its partners), and clears them
   * for files no longer indexed. An open document whose analysis is behind its text keeps what it
   * was last sent (the editor moves those markers with the edits) until its new analysis is in:
   * diagnostics from an older text would land at the wrong offsets; it is published later. One
   * article whose findings cannot be computed is logged with its name and skipped; the others are
   * still published.
   */
  publishAll(workspace: ArticleWorkspace, log: (message: string) => void = () => {}): void {
    const corpus = workspace.corpus;
    const changed = corpus.takeChanged();
    const ids = changed === 'all' ? corpus.all().map((e) => e.id) : [...new Set([...changed, ...this.deferred])];
    this.deferred.clear();
    // The documents open in an editor first: the end of an index publishes the whole workspace.
    ids.sort((a, b) => Number(workspace.isOpen(b)) - Number(workspace.isOpen(a)));
    for (const id of ids) {
      const entry = corpus.get(id);
      if (!entry) continue;
      if (!workspace.isCurrent(id)) {
        this.deferred.add(id);
        continue;
      }
      let diagnostics: Diagnostic[];
      try {
        diagnostics = this.diagnosticsFor(workspace, id);
      } catch (e) {
        log(`the findings of ${entry.label} could not be computed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        continue;
      }
      this.publish(id, diagnostics);
    }
    for (const uri of [...this.sent.keys()]) if (!corpus.has(uri)) this.publish(uri, []);
  }

  private publish(uri: string, diagnostics: Diagnostic[]): void {
    // A digest, not the text: thousands of articles' messages would otherwise stay in memory.
    const fingerprint = diagnostics.length ? createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64') : '[]';
    if ((this.sent.get(uri) ?? '[]') === fingerprint) return;
    if (diagnostics.length) this.sent.set(uri, fingerprint);
    else this.sent.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
