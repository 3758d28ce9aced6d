/**
 * Review actions on a conflict: quick fixes to open the other passage and to mark the pair as
 * reviewed, the commands behind them, and the list of all conflicts. Articles are never edited: a
 * decision goes to `.crosscheck/reviewed.json` in the workspace folder.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection } from 'vscode-languageserver';
import { allConflicts, quoteClaim } from '../corpus/findings';
import { REVIEW_FILE, ReviewSet } from '../corpus/reviews';
import { toRange } from './convert';
import { COMMANDS, type ConflictItem, type ReviewArgs } from './protocol';
import type { ArticleWorkspace } from './workspace';

interface DiagnosticData {
  article: string;
  index: number;
  other: { article: string; index: number };
}

export function codeActions(workspace: ArticleWorkspace, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'crosscheck' || diagnostic.code !== 'numeric-conflict') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (!data?.other) continue;
    const other = workspace.corpus.claim(data.other);
    const otherEntry = workspace.corpus.get(data.other.article);
    if (!other || !otherEntry) continue;
    actions.push({
      title: `Open the conflicting passage in ${otherEntry.label}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: 'Open', command: COMMANDS.showLocation, arguments: [data.other.article, toRange(otherEntry.lineStarts, other.span)] },
    });
    const args: ReviewArgs = { a: { uri: data.article, index: data.index }, b: { uri: data.other.article, index: data.other.index } };
    actions.push({
      title: `Mark as reviewed (recorded in ${REVIEW_FILE}; the article is not changed)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Mark as reviewed', command: COMMANDS.markReviewed, arguments: [args] },
    });
  }
  return actions;
}

function sides(workspace: ArticleWorkspace, args: ReviewArgs) {
  const corpus = workspace.corpus;
  const a = corpus.claim({ article: args.a.uri, index: args.a.index });
  const b = corpus.claim({ article: args.b.uri, index: args.b.index });
  if (!a || !b) return undefined;
  return { a: { file: workspace.labelOf(args.a.uri), text: a.text }, b: { file: workspace.labelOf(args.b.uri), text: b.text } };
}

/** Records or removes a review decision; returns a message for the user. */
export async function setReviewed(workspace: ArticleWorkspace, args: ReviewArgs, reviewed: boolean, now: string): Promise<string> {
  const pair = sides(workspace, args);
  if (!pair) return 'That conflict is no longer in the index (an article changed); nothing was recorded.';
  const set = new ReviewSet(workspace.reviewsOf(args.a.uri).list());
  const changed = reviewed ? set.add({ ...pair, reviewedAt: now }) : set.remove(pair.a, pair.b);
  if (!changed) return reviewed ? 'That conflict was already marked as reviewed.' : 'That conflict was not marked as reviewed.';
  const file = await workspace.saveReviews(args.a.uri, set);
  if (!file) return 'The article is not in a workspace folder, so the decision cannot be recorded.';
  return reviewed
    ? `Marked as reviewed: "${pair.a.text}" (${pair.a.file}) vs "${pair.b.text}" (${pair.b.file}), recorded in ${REVIEW_FILE}.`
    : `The conflict "${pair.a.text}" vs "${pair.b.text}" is shown again.`;
}

export function conflictList(workspace: ArticleWorkspace): ConflictItem[] {
  const corpus = workspace.corpus;
  const items: ConflictItem[] = [];
  const settings = workspace.settingsOf(workspace.getFolders()[0]?.uri ?? '');
  for (const { link, reviewed } of allConflicts(corpus, settings, (article) => workspace.reviewsOf(article))) {
    const a = corpus.claim(link.a)!;
    const b = corpus.claim(link.b)!;
    const ea = corpus.get(link.a.article)!;
    const eb = corpus.get(link.b.article)!;
    items.push({
      a: { uri: ea.id, index: link.a.index, label: ea.label, range: toRange(ea.lineStarts, a.span), text: a.text, summary: quoteClaim(a) },
      b: { uri: eb.id, index: link.b.index, label: eb.label, range: toRange(eb.lineStarts, b.span), text: b.text, summary: quoteClaim(b) },
      reasons: link.reasons,
      confidence: link.confidence,
      reviewed,
    });
  }
  return items;
}

export async function showLocation(connection: Connection, uri: string, range: import('vscode-languageserver').Range): Promise<void> {
  await connection.window.showDocument({ uri, selection: range, takeFocus: true });
}
