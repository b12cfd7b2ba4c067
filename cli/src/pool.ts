// Lints many files on worker threads. Results land at their job's index, so the output order is the
// discovery order whatever the timing. A worker that crashes or stays on one file past its time limit is
// replaced; only the file that caused it is reported as failed, the others are linted again.
// Each file kind runs its own parser and rules, which every worker thread compiles and optimises again
// (seconds of CPU per kind and thread): a worker keeps to the kinds it has started on and takes a kind no
// worker has yet before another worker's, so on a mixed tree one worker does all the Vagrantfiles.
import { Worker } from 'node:worker_threads';
import type { FileKind } from '../../rules/src';
import type { FileJob, FileResult } from './types';

/** Why a worker was stopped on a job: it ran past `limitMs`, or the worker died (`crash`: one line). */
export type JobLoss = { limitMs: number } | { crash: string };

export interface PoolOptions {
  workers: number;
  workerFile: string;
  /** Workers of `workerFile` started earlier (they load while the files are being found): used first. */
  started?: Worker[];
  /** A worker that returns nothing for this long is stopped; its current file is reported as failed. */
  timeoutMs: number;
  /** A job's own limit instead (`cold`: its worker has not finished a job of that kind yet). */
  limitMs?(job: FileJob, cold: boolean): number | undefined;
  /** What to report for a job its worker was stopped or died on; by default an error result (exit 2). */
  lostResult?(job: FileJob, loss: JobLoss): FileResult | undefined;
  onProgress?: (done: number) => void;
  /** Each result in discovery order, as soon as it and all before it are in. */
  onResult?: (result: FileResult) => void;
}

/** Jobs sent ahead to each worker so it never waits for the main thread. */
const DEPTH = 4;
/** Workers that die before ever answering: the worker itself is broken, not a file. */
const MAX_SILENT_DEATHS = 3;

/**
 * `headSince`: when the worker started on its oldest unanswered job (it works through them in order).
 * `warm`: kinds it has finished a job of; `kinds`: kinds it has been given.
 */
interface Slot { worker: Worker; inflight: number[]; headSince: number; warm: Set<FileKind>; kinds: Set<FileKind>; retired: boolean }

export function runInWorkers(jobs: FileJob[], opts: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(jobs.length);
  // Jobs not sent yet, per kind, each in discovery order.
  const queues = new Map<FileKind, number[]>();
  jobs.forEach((job, i) => { const q = queues.get(job.kind); if (q) q.push(i); else queues.set(job.kind, [i]); });
  // Jobs that were in flight when a worker crashed: each is retried alone, so a crash names its file.
  const suspects: number[] = [];
  const isSuspect = new Set<number>();
  const live = new Set<Slot>();
  let done = 0, answered = false, silentDeaths = 0, inOrder = 0;

  return new Promise((resolve, reject) => {
    const finish = (err?: Error) => {
      clearInterval(timer);
      for (const s of live) { s.retired = true; void s.worker.terminate(); }
      live.clear();
      if (err) reject(err); else resolve(results);
    };
    const complete = (index: number, result: FileResult) => {
      if (results[index]) return;
      results[index] = result;
      done++;
      opts.onProgress?.(done);
      if (opts.onResult) while (results[inOrder]) opts.onResult(results[inOrder++]);
    };
    const fail = (index: number, why: string, loss: JobLoss) => complete(index, opts.lostResult?.(jobs[index], loss)
      ?? { path: jobs[index].path, kind: jobs[index].kind, text: '', findings: [], internalErrors: [], error: why });
    const retire = (slot: Slot, handle: (inflight: number[]) => void, crash: boolean) => {
      if (slot.retired) return;
      slot.retired = true;
      live.delete(slot);
      void slot.worker.terminate();
      handle(slot.inflight.filter(i => !results[i]));
      if (done === jobs.length) return finish();
      if (crash && !answered && ++silentDeaths >= MAX_SILENT_DEATHS) return finish(new Error('worker threads do not start'));
      spawn();
    };
    const crashed = (slot: Slot, why: string, crash: string) => retire(slot, inflight => {
      if (inflight.length === 1 && isSuspect.has(inflight[0])) { fail(inflight[0], why, { crash }); return; }
      for (const i of inflight) if (!isSuspect.has(i)) { isSuspect.add(i); suspects.push(i); }
    }, true);
    // A stuck worker is on the oldest job it has not answered (it works through them in order).
    const stuck = (slot: Slot, limitMs: number) => retire(slot, ([head, ...rest]) => {
      if (head !== undefined) fail(head, `timed out after ${Math.round(limitMs / 1000)} s: not linted`, { limitMs });
      for (const i of rest.reverse()) queues.get(jobs[i].kind)!.unshift(i);
    }, false);
    const send = (slot: Slot, index: number) => {
      if (!slot.inflight.length) slot.headSince = Date.now();
      slot.inflight.push(index);
      slot.kinds.add(jobs[index].kind);
      slot.worker.postMessage({ index, job: jobs[index] });
    };
    // The kind a worker takes next: one it has started on, else one no live worker has, else any left.
    const pending = (k: FileKind) => queues.get(k)!.length > 0;
    const nextKind = (slot: Slot): FileKind | undefined => {
      for (const k of slot.kinds) if (pending(k)) return k;
      const unclaimed = [...queues.keys()].find(k => pending(k) && ![...live].some(s => s.kinds.has(k)));
      return unclaimed ?? [...queues.keys()].find(pending);
    };
    const feed = (slot: Slot) => {
      if (slot.retired || slot.inflight.some(i => isSuspect.has(i))) return;
      if (!slot.inflight.length && suspects.length) { send(slot, suspects.shift()!); return; }
      for (let k = nextKind(slot); slot.inflight.length < DEPTH && k; k = nextKind(slot)) send(slot, queues.get(k)!.shift()!);
    };
    const spawn = () => {
      const slot: Slot = { worker: opts.started?.shift() ?? new Worker(opts.workerFile), inflight: [], headSince: Date.now(), warm: new Set(), kinds: new Set(), retired: false };
      live.add(slot);
      slot.worker.on('message', (m: { index: number; result: FileResult }) => {
        answered = true;
        slot.inflight = slot.inflight.filter(i => i !== m.index);
        slot.headSince = Date.now();
        slot.warm.add(jobs[m.index].kind);
        complete(m.index, m.result);
        if (done === jobs.length) finish(); else feed(slot);
      });
      slot.worker.on('error', e => {
        const crash = e.message.split('\n')[0];
        crashed(slot, `worker crashed on this file: ${crash}`, crash);
      });
      slot.worker.on('exit', code => crashed(slot, `worker exited (code ${code}) on this file`, `exit code ${code}`));
      feed(slot);
    };
    const limitOf = (s: Slot) => {
      const job = jobs[s.inflight[0]];
      return opts.limitMs?.(job, !s.warm.has(job.kind)) ?? opts.timeoutMs;
    };
    const timer = setInterval(() => {
      const now = Date.now();
      for (const s of [...live]) {
        if (!s.inflight.length) continue;
        const limit = limitOf(s);
        if (now - s.headSince > limit) stuck(s, limit);
      }
    }, Math.min(250, opts.timeoutMs));
    timer.unref();
    if (!jobs.length) return finish();
    for (let i = 0; i < Math.min(opts.workers, jobs.length); i++) spawn();
  });
}
