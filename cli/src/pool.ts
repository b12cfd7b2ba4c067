// Lints many files on worker threads. Results land at their job's index, so the output order is the
// discovery order whatever the timing. A worker that crashes or stays on one file past the timeout is
// replaced; that file gets an internal error and the others go on.
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult } from './types';

export interface PoolOptions {
  workers: number;
  workerFile: string;
  /** A worker that returns nothing for this long is stopped; its current file is reported as failed. */
  timeoutMs: number;
  onProgress?: (done: number) => void;
}

/** Jobs sent ahead to each worker so it never waits for the main thread. */
const DEPTH = 4;
const MAX_RESTARTS = 8;

export function runInWorkers(jobs: FileJob[], opts: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  const queue = jobs.map((_, i) => i);
  let done = 0, restarts = 0;
  const live = new Set<Slot>();
  interface Slot { worker: Worker; inflight: number[]; lastProgress: number; retired: boolean }

  return new Promise((resolve, reject) => {
    const finish = (err?: Error) => {
      clearInterval(timer);
      for (const s of live) { s.retired = true; void s.worker.terminate(); }
      live.clear();
      if (err) reject(err); else resolve(results);
    };
    const failHead = (slot: Slot, why: string) => {
      const head = slot.inflight.shift();
      if (head !== undefined) complete(head, { path: jobs[head].path, kind: jobs[head].kind, text: '', findings: [], internalErrors: [], error: why });
      queue.unshift(...slot.inflight);
      slot.inflight = [];
    };
    const replace = (slot: Slot, why: string) => {
      if (slot.retired) return;
      slot.retired = true;
      live.delete(slot);
      void slot.worker.terminate();
      failHead(slot, why);
      if (done === jobs.length) return finish();
      if (++restarts > MAX_RESTARTS) return finish(new Error(`worker threads keep failing (${why})`));
      spawn();
    };
    const complete = (index: number, result: FileResult) => {
      if (results[index]) return;
      results[index] = result;
      done++;
      opts.onProgress?.(done);
    };
    const feed = (slot: Slot) => {
      while (slot.inflight.length < DEPTH && queue.length) {
        const index = queue.shift()!;
        slot.inflight.push(index);
        slot.worker.postMessage({ index, job: jobs[index] });
      }
    };
    const spawn = () => {
      const slot: Slot = { worker: new Worker(opts.workerFile), inflight: [], lastProgress: Date.now(), retired: false };
      live.add(slot);
      slot.worker.on('message', (m: { index: number; result: FileResult }) => {
        slot.inflight = slot.inflight.filter(i => i !== m.index);
        slot.lastProgress = Date.now();
        complete(m.index, m.result);
        if (done === jobs.length) finish(); else feed(slot);
      });
      slot.worker.on('error', e => replace(slot, `worker crashed on this file: ${e.message.split('\n')[0]}`));
      slot.worker.on('exit', code => replace(slot, `worker exited (code ${code}) on this file`));
      feed(slot);
    };
    const timer = setInterval(() => {
      const now = Date.now();
      for (const s of [...live]) {
        if (s.inflight.length && now - s.lastProgress > opts.timeoutMs) replace(s, `timed out after ${Math.round(opts.timeoutMs / 1000)} s: not linted`);
      }
    }, Math.min(1000, opts.timeoutMs));
    timer.unref();
    if (!jobs.length) return finish();
    for (let i = 0; i < Math.min(opts.workers, jobs.length); i++) spawn();
  });
}
