/**
 * Progress on stderr for long runs: a single `\r`-updated line, shown only when stderr is a
 * terminal and the run has lasted more than a second, and erased when the run ends. Quiet runs,
 * pipes and CI logs never see it.
 */

export interface ProgressSink {
  isTTY: boolean;
  write(text: string): void;
}

export class Progress {
  private readonly startedAt: number;
  private shown = false;
  private lastWrite = 0;
  private state = { done: 0, total: 0 };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sink: ProgressSink,
    private readonly enabled: boolean,
    private readonly delayMs = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
    // The first line appears after the delay even when no file finishes meanwhile (one slow file).
    if (this.active) this.timer = setTimeout(() => this.render(), delayMs).unref();
  }

  private get active(): boolean {
    return this.enabled && this.sink.isTTY;
  }

  update(done: number, total: number): void {
    this.state = { done, total };
    if (!this.active || this.now() - this.startedAt < this.delayMs) return;
    // Redraw at most ten times a second: a terminal write per file would slow a large run.
    if (this.shown && this.now() - this.lastWrite < 100 && done < total) return;
    this.render();
  }

  private render(): void {
    if (!this.active) return;
    const { done, total } = this.state;
    const line = total ? `crosscheck: analysing ${done}/${total} files (${Math.floor((100 * done) / total)}%)` : 'crosscheck: listing files…';
    this.sink.write(`\r${line}\x1b[K`);
    this.shown = true;
    this.lastWrite = this.now();
  }

  /** Erases the progress line, so the report starts on a clean line. */
  end(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.shown) this.sink.write('\r\x1b[K');
    this.shown = false;
  }
}
