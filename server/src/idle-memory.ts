// Gives memory back once the server goes quiet. A burst of linting (a workspace opened, a stretch of typing)
// leaves garbage, sparse heap pages and a young generation grown to 2 x 16 MB behind, which V8 keeps resident:
// an idle server triggers no GC. Two steps, never while the user types:
// - after IDLE_GC_MS: two full GCs (a few tens of ms). The first frees the garbage; the second compacts the
//   pages the first left sparse (V8 picks pages to evacuate from the live bytes the previous GC counted).
// - after IDLE_SHRINK_MS more: one full GC. V8 shrinks the young generation only in a GC that sees a low
//   allocation rate over its last 5 s, i.e. 5 s after the GC that emptied it.
// After opening the 515-file corpus: 142 MB -> ~88 MB settled (bench/lsp.ts corpusMemory).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after the last diagnostics before the garbage is collected and the heap compacted. */
export const IDLE_GC_MS = 2000;
/** Further quiet time before the GC that gives the young generation back (more than V8's 5 s window). */
export const IDLE_SHRINK_MS = 5500;
/** Quiet time after which the server's memory has settled (bench). */
export const IDLE_SETTLED_MS = IDLE_GC_MS + IDLE_SHRINK_MS;

type Gc = () => void;

/**
 * V8's gc(), taken from a throwaway context: --expose-gc is on only while that context is created, so the
 * server's own globals (and the V8 code cache's flag check) never see it.
 */
function exposeGc(): Gc | null {
  const own = (globalThis as { gc?: Gc }).gc;
  if (typeof own === 'function') return own;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as Gc;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

export class IdleMemory {
  private timer: NodeJS.Timeout | null = null;
  /** The pending step is the young-generation shrink (else the collect-and-compact step). */
  private shrinkNext = false;
  private gc: Gc | null | undefined;

  /** Work happened (diagnostics were published): start over from the first step. */
  busy(): void {
    if (this.timer && !this.shrinkNext) { this.timer.refresh(); return; }
    if (this.timer) clearTimeout(this.timer);
    this.shrinkNext = false;
    this.schedule(IDLE_GC_MS);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => this.step(), ms);
    this.timer.unref();
  }

  private step(): void {
    this.timer = null;
    this.gc ??= exposeGc();
    if (!this.gc) return;
    this.gc();
    if (this.shrinkNext) return;
    this.gc();
    this.shrinkNext = true;
    this.schedule(IDLE_SHRINK_MS);
  }
}
