// A lint run: operands (or stdin) -> jobs with their configs -> results in discovery order, linted inline
// for small runs and on worker threads for large ones.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { detectKind } from '../../rules/src';
import { initEngine } from '../../host/src/wasm';
import { discover } from '../../host/src/discover';
import { mayHaveDockerignore } from '../../host/src/dockerignore';
import { CliConfig } from './config';
import { runJob } from './file-job';
import { runInWorkers, type JobLoss } from './pool';
import { COLD_FACTOR, DEFAULT_TIMEOUT_MS as VAGRANT_TIMEOUT_MS, notAnalysed, timedOutMessage, failedMessage } from '../../host/src/vagrant-watchdog';
import { Progress } from './progress';
import { resolvePins } from './fix/pin-digests';
import type { CliOptions } from './options';
import type { FileJob, FileResult, Threshold } from './types';

/** From this many files on, worker threads pay for their start-up (measured on 2 cores). */
export const PARALLEL_MIN_FILES = 100;
const WORKER_TIMEOUT_MS = 30_000;
export const STDIN_NAME = '<stdin>';

/** `errors`: what failed outside any one file (a digest --pin-digests could not get): the run exits 2. */
export interface RunOutcome { results: FileResult[]; thresholds: Threshold[]; errors: string[] }

function readStdin(): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', c => chunks.push(c as Buffer)).on('end', () => done(Buffer.concat(chunks).toString('utf8'))).on('error', fail);
  });
}

/** `onFound`: called with the number of files found so far (walks only). */
async function buildJobs(opts: CliOptions, cfg: CliConfig, onFound?: (count: number) => void): Promise<{ jobs: FileJob[]; thresholds: Threshold[] }> {
  const jobs: FileJob[] = [];
  const thresholds: Threshold[] = [];
  const add = (path: string, text?: string, configPath = path, folderNames?: ReadonlySet<string>) => {
    const { config, threshold } = cfg.for(configPath);
    const kind = detectKind(path) ?? 'dockerfile';
    const job: FileJob = { path, kind, config, fix: opts.fix, text };
    if (kind === 'dockerfile' && folderNames && !mayHaveDockerignore(path, folderNames)) job.noDockerignore = true;
    jobs.push(job);
    thresholds.push(threshold);
  };
  if (opts.stdin) {
    const name = opts.stdinFilename ?? STDIN_NAME;
    add(name, await readStdin(), resolve(opts.stdinFilename ?? 'Dockerfile'));
  } else {
    for (const f of discover(opts.operands, { isIgnored: cfg.isIgnored, onFolder: cfg.onFolder, onFound })) add(f.path, undefined, f.path, f.folderNames);
  }
  return { jobs, thresholds };
}

/** Pool workers parse Vagrantfiles themselves: the pool enforces the limits the Vagrantfile watchdog would. */
export const vagrantLimitMs = (job: FileJob, cold: boolean) => (job.kind === 'vagrantfile' ? VAGRANT_TIMEOUT_MS * (cold ? COLD_FACTOR : 1) : undefined);

/** A Vagrantfile whose parse hung or killed its worker gets the watchdog's finding, not a run error. */
export function lostVagrantfile(job: FileJob, loss: JobLoss): FileResult | undefined {
  if (job.kind !== 'vagrantfile') return undefined;
  let text = job.text ?? '';
  if (job.text === undefined) try { text = readFileSync(job.path, 'utf8'); } catch { /* reported without its text */ }
  const why = 'limitMs' in loss ? timedOutMessage(loss.limitMs) : failedMessage(`the parser thread crashed (${loss.crash})`);
  const result: FileResult = { path: job.path, kind: job.kind, text, findings: notAnalysed(job.config, why).findings, internalErrors: [] };
  if (job.fix !== 'off') result.fix = { fixed: [], written: false };
  return result;
}

/**
 * Every thread that lints optimises the engine with TurboFan again; on 10,000 files that compiling took ~40% of
 * the CPU (V8's background threads), mostly spent inlining into the rules' check functions. A smaller inlining
 * budget compiles faster for the same lint speed, and twice the default interrupt budget leaves functions that
 * run only a few times per file to the baseline tiers: measured on 10,000 files, 2 workers, each ~2-3 s less
 * CPU (of ~33). Process-wide, so set before any worker thread starts.
 */
const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=200 --interrupt-budget=135168';

/** `onResult`: each result in discovery order, as soon as it and all before it are in. */
export async function lintRun(opts: CliOptions, onResult?: (result: FileResult) => void): Promise<RunOutcome> {
  setFlagsFromString(V8_FLAGS);
  const cfg = new CliConfig(opts);
  const workerFile = join(__dirname, 'cli-worker.js');
  const canParallel = opts.jobs > 1 && existsSync(workerFile);
  // Worker threads take a few hundred ms to load the engine: once a walk has found enough files to use them,
  // they are started and load while the walk goes on (10,000 files: ~1 s of walking).
  const started: Worker[] = [];
  const startWorkers = (found: number) => {
    if (found === PARALLEL_MIN_FILES && canParallel) for (let i = 0; i < opts.jobs; i++) started.push(new Worker(workerFile));
  };
  let built;
  try { built = await buildJobs(opts, cfg, startWorkers); }
  catch (e) { for (const w of started) void w.terminate(); throw e; }
  const { jobs, thresholds } = built;
  const errors = opts.pinDigests ? await resolvePins(jobs) : [];
  const progress = Progress.for(process.stderr, jobs.length);
  const parallel = canParallel && jobs.length > 1 && (jobs.length >= PARALLEL_MIN_FILES || opts.jobsGiven);
  let results: FileResult[];
  try {
    if (parallel) {
      results = await runInWorkers(jobs, {
        workers: Math.min(opts.jobs, jobs.length), workerFile, started, timeoutMs: WORKER_TIMEOUT_MS,
        limitMs: vagrantLimitMs, lostResult: lostVagrantfile, onProgress: d => progress?.update(d), onResult,
      });
    } else {
      await initEngine();
      results = [];
      for (const job of jobs) {
        const result = await runJob(job);
        results.push(result);
        progress?.update(results.length);
        onResult?.(result);
      }
    }
  } finally {
    progress?.clear();
  }
  return { results, thresholds, errors };
}
