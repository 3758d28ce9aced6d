/**
 * What the client does when the language server process dies: restart it, a limited number of
 * times, and tell the user once. Pure (no editor API), so it is tested with a fake clock; the
 * extension turns its answers into vscode-languageclient's close actions and one notification.
 */

export interface CrashDecision {
  /** Start the server again. */
  restart: boolean;
  /** A message for the user, given at most once a session (with a button that opens the log). */
  tell?: string;
  /** For the log: what happened, every time. */
  log: string;
}

export class RestartPolicy {
  private crashes: number[] = [];
  private told = false;

  constructor(
    /** Restarts allowed within `windowMs`; one more crash in that window and the server stays stopped. */
    readonly maxRestarts = 3,
    readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The server process ended without being asked to. */
  crashed(): CrashDecision {
    const at = this.now();
    this.crashes = this.crashes.filter((t) => at - t < this.windowMs);
    this.crashes.push(at);
    const restart = this.crashes.length <= this.maxRestarts;
    const minutes = Math.round(this.windowMs / 60_000);
    const log = restart
      ? `The Crosscheck language server stopped unexpectedly; restarting it (${this.crashes.length} of at most ${this.maxRestarts} restarts in ${minutes} minutes).`
      : `The Crosscheck language server stopped unexpectedly ${this.crashes.length} times in ${minutes} minutes; it is not restarted again. Run "Crosscheck: Restart the language server" to start it.`;
    let tell: string | undefined;
    if (!this.told) {
      this.told = true;
      tell = restart
        ? 'The Crosscheck language server stopped unexpectedly and was restarted. If it happens again it is restarted quietly, a few times; the log says why it stopped.'
        : log;
    }
    return { restart, tell, log };
  }

  /** The user restarted the server by hand: the count starts again (the message is still not repeated). */
  reset(): void {
    this.crashes = [];
  }
}
