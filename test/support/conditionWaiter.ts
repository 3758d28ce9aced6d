/**
 * Waits for a condition over a stream of events (the language server's messages): the test client
 * and the benchmark's server session both check their conditions again after each message.
 */
export class ConditionWaiter {
  private readonly listeners = new Set<() => void>();

  /** Re-checks every waiting condition (call after each message). */
  notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the condition's value once it holds; rejects after `timeoutMs` with `what` and `detail()`. */
  waitFor<T>(what: string, condition: () => T | undefined | false, timeoutMs: number, detail: () => string): Promise<T> {
    const now = condition();
    if (now) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${detail()}`));
      }, timeoutMs);
      const check = () => {
        const value = condition();
        if (value) {
          clearTimeout(timer);
          this.listeners.delete(check);
          resolve(value);
        }
      };
      this.listeners.add(check);
    });
  }
}
