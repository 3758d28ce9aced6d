/**
 * Review actions on a conflict: quick fixes to open the other passage and to mark the pair as
 * reviewed, the commands behind them, and the list of all conflicts. Articles are never edited: a
 * decision goes to `.crosscheck/reviewed.json` in the workspace folder.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection } from 'vscode-languageserver';
import { allConflicts, quoteClaim } from '../corpus/findings';
import { REVIEW_FILE } from '../corpus/reviews';
import { toRange } from './convert';
import { COMMANDS, type ConflictItem, type ReviewArgs } from './protocol';
import type { ArticleWorkspace } from './workspace';

interface DiagnosticData {
  article: string;
  index: number;
  /** The figure's text when the diagnostic was made: an action on a diagnostic older than the index is not offered. */
  text?: string;
  other: { article: string; index: number; text?: string };
}

export function codeActions(workspace: ArticleWorkspace, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'crosscheck' || diagnostic.code !== 'numeric-conflict') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (!data?.other) continue;
    const other = workspace.corpus.claim(data.other);
    const here = workspace.corpus.claim({ article: data.article, index: data.index });
    const otherEntry = workspace.corpus.get(data.other.article);
    if (!other || !here || !otherEntry) continue;
    // The diagnostic was made from an older analysis: its claim indexes may now name other figures.
    if ((data.text !== undefined && data.text !== here.text) || (data.other.text !== undefined && data.other.text !== other.text)) continue;
    actions.push({
      title: `Open the conflicting passage in ${otherEntry.label}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      command: { title: 'Open', command: COMMANDS.showLocation, arguments: [data.other.article, toRange(otherEntry.lineStarts, other.span)] },
    });
    // In an untrusted workspace nothing is written, so the action that would write is not offered.
    if (!workspace.isTrusted) continue;
    const args: ReviewArgs = { a: { uri: data.article, index: data.index, text: here.text }, b: { uri: data.other.article, index: data.other.index, text: other.text } };
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
  const a = corpus.claim({ article: args?.a?.uri, index: args?.a?.index });
  const b = corpus.claim({ article: args?.b?.uri, index: args?.b?.index });
  if (!a || !b) return undefined;
  if ((args.a.text !== undefined && args.a.text !== a.text) || (args.b.text !== undefined && args.b.text !== b.text)) return undefined;
  return { a: { file: workspace.labelOf(args.a.uri), text: a.text }, b: { file: workspace.labelOf(args.b.uri), text: b.text } };
}

/** Records or removes a review decision; returns a message for the user and whether it was done. */
export async function setReviewed(workspace: ArticleWorkspace, args: ReviewArgs, reviewed: boolean, now: string): Promise<{ message: string; done: boolean }> {
  const pair = sides(workspace, args);
  if (!pair) return { done: false, message: 'That conflict is no longer in the index (an article changed); nothing was recorded.' };
  let result;
  try {
    result = await workspace.recordReview(args.a.uri, reviewed ? { add: { ...pair, reviewedAt: now } } : { remove: pair });
  } catch (e) {
    return { done: false, message: `Nothing was recorded: ${REVIEW_FILE} could not be written (${(e as Error).message}).` };
  }
  if (!result) return { done: false, message: 'The article is not in a workspace folder, so the decision cannot be recorded.' };
  if (result.outcome === 'refused') return { done: false, message: `Nothing was recorded. ${result.problem ?? ''}`.trim() };
  if (result.outcome === 'unchanged') return { done: true, message: reviewed ? 'That conflict was already marked as reviewed.' : 'That conflict was not marked as reviewed.' };
  return {
    done: true,
    message: reviewed
      ? `Marked as reviewed: "${pair.a.text}" (${pair.a.file}) vs "${pair.b.text}" (${pair.b.file}), recorded in ${REVIEW_FILE}.`
      : `The conflict "${pair.a.text}" vs "${pair.b.text}" is shown again.`,
  };
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
