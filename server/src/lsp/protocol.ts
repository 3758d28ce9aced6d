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
  /** Candidate files (include/exclude) found at the last index. */
  files?: number;
  /** Of those, files whose first kilobytes show no prose: never read whole or parsed. */
  turnedAway?: number;
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

/**
 * Client → server request, optional: resolves once every edit, file change and analysis the
 * server has received is done and the diagnostics for that state are published (they arrive
 * before the answer). Scripts and tests use it instead of waiting for a guessed time.
 */
export const SETTLE_REQUEST = 'crosscheck/settle';

/**
 * `initializationOptions` the VS Code client sends. `workspaceTrusted: false` (an untrusted
 * workspace) makes the server read-only: it analyses and answers as usual, but never writes the
 * review file. Clients that send nothing are trusted (other editors have no workspace trust).
 */
export interface InitializationOptions {
  workspaceTrusted?: boolean;
  /** A folder of the client's own (never the workspace) where analyses are kept between sessions. */
  cacheDir?: string;
}

/** Client → server notification: the user granted workspace trust; review decisions may be recorded. */
export const TRUST_NOTIFICATION = 'crosscheck/didGrantWorkspaceTrust';

/** Server-side commands (workspace/executeCommand). */
export const COMMANDS = {
  showLocation: 'crosscheck.showLocation',
  markReviewed: 'crosscheck.markReviewed',
  unreview: 'crosscheck.unreview',
  reindex: 'crosscheck.reindex',
} as const;

/** Arguments of `crosscheck.markReviewed` and `crosscheck.unreview`: the two claims. */
export interface ReviewArgs {
  /** `text`, when given, is the figure as the caller saw it: a claim whose text changed since is not recorded. */
  a: { uri: string; index: number; text?: string };
  b: { uri: string; index: number; text?: string };
}
