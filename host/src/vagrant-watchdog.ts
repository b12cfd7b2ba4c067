// Lints Vagrantfiles on a worker thread under a time limit. prism (Ruby's parser, WASM) can loop forever
// on pathological input that slips past the engine's nesting pre-check; a request that runs past the limit
// has its thread terminated and gets one diagnostic instead of findings, and the next request starts a fresh
// worker. Requests run one at a time, in order. The worker is unref'd while idle so it never keeps a CLI
// process alive, and stopped once idle for IDLE_STOP_MS so a language server does not keep a second V8
// isolate (~40 MB) for a workspace whose Vagrantfiles were linted once; the next request starts a new one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { defaultConfig, effectiveSeverity, lint, type LintConfig, type LintResult } from '../../rules/src';
import noExcessiveNesting from '../../rules/src/rules/vagrantfile/no-excessive-nesting';

/**
 * Real Vagrantfiles parse and lint in milliseconds, a 1 MiB one in about a second; the margin is for
 * loaded CI machines. A fresh worker's first request gets COLD_FACTOR times longer (nothing is compiled yet).
 */
export const DEFAULT_TIMEOUT_MS = 5000;
export const COLD_FACTOR = 3;
/** Loading the WASM parsers (and, unbundled, compiling TypeScript) before the first request. */
const START_TIMEOUT_MS = 60_000;
/** An idle worker is stopped after this long: restarting costs ~100 ms, keeping it ~40 MB of RSS. */
export const IDLE_STOP_MS = 3000;
/**
 * The worker's young generation: Vagrantfiles are small and the worker is not on the typing path, so a
 * small one (V8's default is 3 x 16 MB semi-spaces) saves RSS at no cost the user sees.
 */
const WORKER_YOUNG_GENERATION_MB = 3;

interface Job { text: string; config: Partial<LintConfig>; resolve(r: LintResult): void }
type Reply = { type: 'ready' } | { type: 'result'; result: LintResult } | { type: 'crash'; message: string };

/** The single finding returned when the file could not be analysed. */
export function notAnalysed(config: Partial<LintConfig>, message: string): LintResult {
  const severity = effectiveSeverity(noExcessiveNesting, { ...defaultConfig(), ...config });
  const at = { line: 0, character: 0 };
  return {
    errors: [],
    findings: severity === 'off' ? [] : [{
      ruleId: noExcessiveNesting.id, ruleName: noExcessiveNesting.name, aliases: [], concern: noExcessiveNesting.concern,
      severity, message, range: { start: at, end: at }, fixes: [],
    }],
  };
}

/** The finding's message when the parser thread failed (`why`: crashed, stopped, did not start). */
export const failedMessage = (why: string) => `Not linted: ${why}.`;

/** The finding's message when a parse ran past `limitMs` and was stopped. */
export const timedOutMessage = (limitMs: number) =>
  `Not linted: parsing took longer than ${limitMs} ms and was stopped (Ruby's parser can hang on deeply nested input).`;

/**
 * What the worker answers for one Vagrantfile, computed in the calling thread: only for threads that are
 * themselves watched and stopped when stuck (the CLI's pool workers), as prism runs here unguarded.
 */
export function lintVagrantfileHere(text: string, config: Partial<LintConfig>): LintResult {
  try { return lint(text, 'vagrantfile', config); }
  catch (e) { return notAnalysed(config, `Not linted: ${(e as Error)?.message ?? String(e)}.`); }
}

export class VagrantWatchdog {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Requests the current worker has answered. */
  private served = 0;

  private idleTimer: NodeJS.Timeout | null = null;

  private readonly timeoutMs: number;
  private readonly idleStopMs: number;
  private readonly workerFile: string | undefined;

  /** `workerFile` replaces the bundled worker (tests: a worker that hangs on demand). */
  constructor(opts: { timeoutMs?: number; idleStopMs?: number; workerFile?: string } = {}) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.idleStopMs = opts.idleStopMs ?? IDLE_STOP_MS;
    this.workerFile = opts.workerFile;
  }

  /** Whether a worker thread is running (tests). */
  get running(): boolean { return this.worker !== null; }

  lint(text: string, config: Partial<LintConfig>): Promise<LintResult> {
    return new Promise(resolve => { this.queue.push({ text, config, resolve }); this.pump(); });
  }

  /** Stops the worker (tests, shutdown); later requests start a new one. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.clearTimer();
    this.clearIdleTimer();
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const bundled = this.workerFile ?? join(__dirname, 'vagrant-worker.js');
    // Unbundled (tests, tsx) the entry is TypeScript: load it through tsx's require hook.
    const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    const w = existsSync(bundled) ? new Worker(bundled, { resourceLimits })
      : new Worker(`require('tsx/cjs');\nrequire(${JSON.stringify(join(__dirname, 'vagrant-worker.ts'))});`, { eval: true, resourceLimits });
    w.on('message', (m: Reply) => this.onReply(w, m));
    w.on('error', e => this.onFailure(w, `the parser thread crashed (${e.message.split('\n')[0]})`));
    w.on('exit', code => this.onFailure(w, `the parser thread stopped (exit code ${code})`));
    this.ready = false;
    this.served = 0;
    this.timer = setTimeout(() => this.onFailure(w, 'the parser thread did not start'), START_TIMEOUT_MS);
    return w;
  }

  private pump(): void {
    if (this.current) return;
    this.clearIdleTimer();
    if (!this.queue.length) {
      if (!this.worker) return;
      this.worker.unref();
      this.idleTimer = setTimeout(() => { this.idleTimer = null; void this.close(); }, this.idleStopMs);
      this.idleTimer.unref();
      return;
    }
    this.worker ??= this.spawn();
    this.worker.ref();
    if (!this.ready) return;
    const job = this.current = this.queue.shift()!;
    this.worker.postMessage({ text: job.text, config: job.config });
    const limit = this.served === 0 ? this.timeoutMs * COLD_FACTOR : this.timeoutMs;
    this.timer = setTimeout(() => this.onTimeout(limit), limit);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private finish(result: LintResult): void {
    const job = this.current;
    this.current = null;
    this.clearTimer();
    job?.resolve(result);
    this.pump();
  }

  private onReply(w: Worker, m: Reply): void {
    if (w !== this.worker) return;
    if (m.type === 'ready') { this.ready = true; this.clearTimer(); this.pump(); return; }
    if (!this.current) return;
    this.served++;
    this.finish(m.type === 'result' ? m.result : notAnalysed(this.current.config, `Not linted: ${m.message}.`));
  }

  private onTimeout(limit: number): void {
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    this.finish(notAnalysed(this.current!.config, timedOutMessage(limit)));
  }

  private onFailure(w: Worker, why: string): void {
    if (w !== this.worker) return;
    this.worker = null;
    void w.terminate();
    if (this.current) { this.finish(notAnalysed(this.current.config, failedMessage(why))); return; }
    // It died before answering anything: fail what waits rather than restart forever.
    this.clearTimer();
    for (const job of this.queue.splice(0)) job.resolve(notAnalysed(job.config, failedMessage(why)));
  }
}
