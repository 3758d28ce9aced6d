/**
 * Crosscheck's own messages beside standard LSP, shared by the server and the VS Code client.
 * Other editors can ignore them: everything a user needs also arrives as standard diagnostics,
 * hovers, links and commands.
 */
import type { Range } from 'vscode-languageserver';

/** Server → client notification after each change of the index. */
export const STATUS_NOTIFICATION = 'crosscheck/status';
export interface StatusParams {
  articles: number;
  conflicts: number;
  reviewed: number;
  /** True while the initial indexing or analyses are running. */
  busy: boolean;
  /** Open documents the server reads as articles (the client gives them the `article` language). */
  openArticles: string[];
}

export interface ConflictSide {
  uri: string;
  /** Index of the claim in its article's analysis. */
  index: number;
  label: string;
  range: Range;
  text: string;
  summary: string;
}

/** Client → server request: every conflict in the workspace. */
export const CONFLICTS_REQUEST = 'crosscheck/conflicts';
export interface ConflictItem {
  a: ConflictSide;
  b: ConflictSide;
  reasons: string[];
  confidence: number;
  reviewed: boolean;
}

/** Server-side commands (workspace/executeCommand). */
export const COMMANDS = {
  showLocation: 'crosscheck.showLocation',
  markReviewed: 'crosscheck.markReviewed',
  unreview: 'crosscheck.unreview',
  reindex: 'crosscheck.reindex',
} as const;

/** Arguments of `crosscheck.markReviewed` and `crosscheck.unreview`: the two claims. */
export interface ReviewArgs {
  a: { uri: string; index: number };
  b: { uri: string; index: number };
}
