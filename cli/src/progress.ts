// "linting 1234/10000 files" on stderr for large runs in a terminal; erased when done, never in pipes.

/** Below this many files a run is quick enough to need no progress line. */
export const PROGRESS_MIN_FILES = 200;

export interface ProgressStream { isTTY?: boolean; write(s: string): unknown }

export class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly stream: ProgressStream, private readonly total: number, private readonly intervalMs = 100) {}

  static for(stream: ProgressStream, total: number): Progress | null {
    return stream.isTTY && total > PROGRESS_MIN_FILES ? new Progress(stream, total) : null;
  }

  update(done: number): void {
    const now = Date.now();
    if (done < this.total && now - this.last < this.intervalMs) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\u001b[Kboxlint: linting ${done}/${this.total} files (${Math.floor((done * 100) / this.total)}%)`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
