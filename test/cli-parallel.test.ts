// Large trees: worker threads give the same output, in the same order, as a single thread; a crashing or
// stuck worker costs one file, not the run; progress shows only on a terminal.
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Progress, PROGRESS_MIN_FILES } from '../cli/src/progress';
import { runInWorkers } from '../cli/src/pool';
import { lostVagrantfile, vagrantLimitMs } from '../cli/src/lint-run';
import { COLD_FACTOR, DEFAULT_TIMEOUT_MS } from '../host/src/vagrant-watchdog';
import type { FileJob } from '../cli/src/types';
import { defaultConfig } from '../rules/src';
import { requireBuild, runCli } from './process';

const VARIANTS = [
  'FROM ubuntu:latest\nRUN apt-get install curl\n',
  'FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1\nUSER app\n',
  'FROM alpine\nRUN apk add bash && curl -fsSL https://x.example/i.sh | sh\nEXPOSE 2375\n',
  'FROM scratch\nUSER 1000\n',
];

describe('CLI on large trees (as a process)', function () {
  this.timeout(240_000);
  before(requireBuild);
  let dir: string;
  after(() => rmSync(dir, { recursive: true, force: true }));
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'boxlint-par-'));
    // 150 files: above the size where worker threads are used by default.
    for (let i = 0; i < 150; i++) {
      const sub = join(dir, `svc${String(i % 13).padStart(2, '0')}`, `part${i}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, i % 2 ? 'Dockerfile' : `x${i}.Dockerfile`), VARIANTS[i % VARIANTS.length]);
    }
  });

  it('worker threads and a single thread give byte-identical reports in discovery order', () => {
    const single = runCli(['--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    const parallel = runCli(['--format', 'json', '--jobs', '2', '.'], { cwd: dir });
    assert.equal(single.code, 1, single.stderr);
    assert.equal(parallel.code, 1, parallel.stderr);
    assert.equal(parallel.stdout, single.stdout);
    const paths = JSON.parse(parallel.stdout).files.map((f: { path: string }) => f.path);
    assert.equal(paths.length, 150);
    const walkOrder = [...paths].sort((a: string, b: string) => {
      const [da, fa] = [a.slice(0, a.lastIndexOf('/')), a.slice(a.lastIndexOf('/') + 1)];
      const [db, fb] = [b.slice(0, b.lastIndexOf('/')), b.slice(b.lastIndexOf('/') + 1)];
      return da < db ? -1 : da > db ? 1 : fa < fb ? -1 : 1;
    });
    assert.deepEqual(paths, walkOrder);
    // Over 1 MiB of SARIF: read whole (a truncated pipe read once made this flaky), and a complete document.
    const sarif = runCli(['--format', 'sarif', '-j', '2', '.'], { cwd: dir }).stdout;
    assert.equal(sarif, runCli(['--format', 'sarif', '-j', '1', '.'], { cwd: dir }).stdout);
    assert.equal(JSON.parse(sarif).runs[0].results.length, JSON.parse(parallel.stdout).files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0));
  });

  it('--jobs forces worker threads for small runs too (same findings)', () => {
    const small = join(dir, 'svc00');
    const a = runCli(['--format', 'json', '-j', '2', small]);
    const b = runCli(['--format', 'json', '-j', '1', small]);
    assert.equal(a.stdout, b.stdout);
  });

  it('a bad operand after a large walk (workers already loading) still exits 2 at once', () => {
    const r = runCli(['--format', 'json', '.', 'missing-operand'], { cwd: dir });
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stderr, 'boxlint: missing-operand: no such file or directory\n');
  });

  it('prints no progress when stderr is not a terminal', () => {
    const r = runCli(['--jobs', '2', '.'], { cwd: dir });
    assert.doesNotMatch(r.stderr, /linting/);
  });

  it('progress: shown on a TTY past the threshold, throttled, erased at the end', () => {
    const writes: string[] = [];
    const tty = { isTTY: true, write: (s: string) => writes.push(s) };
    assert.equal(Progress.for(tty, PROGRESS_MIN_FILES), null);
    assert.equal(Progress.for({ isTTY: false, write: () => true }, 10_000), null);
    const p = Progress.for(tty, 1000)!;
    for (let i = 1; i <= 1000; i++) p.update(i);
    p.clear();
    assert.ok(writes.length >= 2 && writes.length < 50, `${writes.length} writes`);
    assert.match(writes.at(-2)!, /linting 1000\/1000 files \(100%\)/);
    assert.equal(writes.at(-1), '\r\u001b[K');
  });

  it('a worker that crashes or hangs costs only its file', async () => {
    // A stand-in worker: answers at once, except on files named to crash or to hang forever.
    const workerFile = join(dir, 'fake-worker.js');
    writeFileSync(workerFile, `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ index, job }) => {
        if (job.path.includes('crash')) throw new Error('simulated crash');
        if (job.path.includes('hang')) for (;;) {}
        parentPort.postMessage({ index, result: { path: job.path, kind: job.kind, text: '', findings: [], internalErrors: [] } });
      });`);
    const names = ['a', 'b', 'crash', 'c', 'd', 'hang', 'e', 'f', 'g', 'h'];
    const jobs: FileJob[] = names.map(n => ({ path: n, kind: 'dockerfile', config: defaultConfig(), fix: 'off' }));
    let progress = 0;
    const results = await runInWorkers(jobs, { workers: 2, workerFile, timeoutMs: 5000, onProgress: d => { progress = d; } });
    assert.deepEqual(results.map(r => r.path), names, 'results keep the job order');
    assert.match(results[2].error!, /worker crashed on this file: simulated crash/);
    assert.match(results[5].error!, /timed out after \d+ s/);
    assert.deepEqual(results.filter(r => r.error).map(r => r.path), ['crash', 'hang']);
    assert.equal(progress, names.length);
  });

  it('one worker takes all the Vagrantfiles of a mixed tree (each kind compiled by fewer threads)', async () => {
    // A stand-in worker that answers with its thread id. Four Vagrantfiles (the jobs a worker is sent ahead)
    // all go to the second worker when it starts, whatever the timing; the first one started on Dockerfiles.
    const workerFile = join(dir, 'thread-id-worker.js');
    writeFileSync(workerFile, `
      const { parentPort, threadId } = require('node:worker_threads');
      parentPort.on('message', ({ index, job }) => {
        parentPort.postMessage({ index, result: { path: job.path, kind: job.kind, text: String(threadId), findings: [], internalErrors: [] } });
      });`);
    const jobs: FileJob[] = Array.from({ length: 16 }, (_, i) => ({
      path: `f${i}`, kind: i % 4 === 3 ? 'vagrantfile' : 'dockerfile', config: defaultConfig(), fix: 'off',
    }));
    const results = await runInWorkers(jobs, { workers: 2, workerFile, timeoutMs: 5000 });
    assert.deepEqual(results.map(r => r.path), jobs.map(j => j.path), 'results keep the job order');
    const vagrantThreads = new Set(results.filter(r => r.kind === 'vagrantfile').map(r => r.text));
    assert.equal(vagrantThreads.size, 1, 'a single thread linted the Vagrantfiles');
    assert.notEqual(results[0].text, [...vagrantThreads][0], 'the other thread started on the Dockerfiles');
  });

  it('Vagrantfiles (parsed in the pool workers) keep the watchdog limits and its finding', async () => {
    const vagrant: FileJob = { path: join(dir, 'Vagrantfile'), kind: 'vagrantfile', config: defaultConfig(), fix: 'off' };
    assert.equal(vagrantLimitMs(vagrant, true), DEFAULT_TIMEOUT_MS * COLD_FACTOR);
    assert.equal(vagrantLimitMs(vagrant, false), DEFAULT_TIMEOUT_MS);
    assert.equal(vagrantLimitMs({ ...vagrant, kind: 'dockerfile' }, false), undefined, 'other kinds keep the pool timeout');
    // A stand-in worker that hangs on one Vagrantfile: the pool stops it at that kind's limit (cold on a fresh
    // worker) and reports the file with the watchdog's finding; the other files are linted.
    const workerFile = join(dir, 'fake-vagrant-worker.js');
    writeFileSync(workerFile, `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ index, job }) => {
        if (job.path.includes('hang')) for (;;) {}
        parentPort.postMessage({ index, result: { path: job.path, kind: job.kind, text: '', findings: [], internalErrors: [] } });
      });`);
    writeFileSync(join(dir, 'hang.Vagrantfile'), 'Vagrant.configure("2") do |c|\nend\n');
    const jobs: FileJob[] = ['a.Vagrantfile', 'hang.Vagrantfile', 'b.Vagrantfile', 'c.Dockerfile']
      .map(n => ({ ...vagrant, path: join(dir, n), kind: n.endsWith('Dockerfile') ? 'dockerfile' : 'vagrantfile', fix: 'dry-run' }));
    const started = Date.now();
    const results = await runInWorkers(jobs, {
      workers: 1, workerFile, timeoutMs: 60_000, onProgress: () => undefined,
      limitMs: (job, cold) => (job.kind === 'vagrantfile' ? (cold ? 900 : 300) : undefined), lostResult: lostVagrantfile,
    });
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    assert.deepEqual(results.map(r => r.error), [undefined, undefined, undefined, undefined]);
    const stuck = results[1];
    assert.deepEqual(stuck.findings.map(f => f.ruleName), ['no-excessive-nesting']);
    assert.match(stuck.findings[0].message, /longer than 300 ms and was stopped/, 'the worker had already served a Vagrantfile');
    assert.match(stuck.text, /Vagrant\.configure/, 'the report gets the file text');
    assert.deepEqual(stuck.fix, { fixed: [], written: false });
    assert.equal(lostVagrantfile({ ...vagrant, path: join(dir, 'gone') }, { crash: 'boom' })!.findings[0].message, 'Not linted: the parser thread crashed (boom).');
    assert.equal(lostVagrantfile({ ...vagrant, kind: 'dockerfile' }, { limitMs: 1 }), undefined, 'other kinds: an error result');
  });
});
