// Language-server timings through a real LSP connection: `node dist/server.js --stdio`, driven over
// vscode-jsonrpc like an editor. Debounce is 0 (the `boxlint.debounce` setting), so the times are the
// server's own: receive the change, re-lint, publish.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { dockerfiles, vagrantfiles, generatedDockerfile } from './inputs';
import { summarize, type Summary } from './stats';
import { IDLE_SETTLED_MS } from '../server/src/idle-memory';
import { IDLE_STOP_MS } from '../host/src/vagrant-watchdog';

/** `BENCH_SERVER` points at another build (A/B runs). */
const SERVER = process.env.BENCH_SERVER ?? join(__dirname, '..', 'dist', 'server.js');
/** Extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=prof` to profile it. */
const NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

interface Publish { uri: string; version?: number; diagnostics: unknown[] }

export class Session {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  private waiters: ((p: Publish) => void)[] = [];
  readonly published = new Map<string, Publish>();

  constructor() {
    this.proc = spawn(process.execPath, [...NODE_ARGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Publish) => {
      this.published.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w(p);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounce: 0 })));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  async initialize(): Promise<void> {
    await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await this.conn.sendNotification('initialized', {});
  }

  /** Resolves when `uri` has been published at `version` (any version when undefined). */
  waitFor(uri: string, version?: number): Promise<Publish> {
    const ok = (p?: Publish) => p && p.uri === uri && (version === undefined || p.version === version);
    const have = this.published.get(uri);
    if (ok(have)) return Promise.resolve(have!);
    return new Promise(resolve => {
      const w = (p: Publish) => { if (ok(p)) resolve(p); else this.waiters.push(w); };
      this.waiters.push(w);
    });
  }

  open(uri: string, text: string, languageId = 'dockerfile'): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** CPU time the server process (every thread) has used so far, in ms (Linux /proc): load-independent. */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
  }

  /** Resident set size of the server process in MB (Linux /proc). */
  rssMb(): { rss: number; peak: number } {
    const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  async stop(): Promise<void> {
    await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]).catch(() => undefined);
    void this.conn.sendNotification('exit');
    this.conn.dispose();
    await new Promise(r => setTimeout(r, 100));
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/** Process spawn → initialize → didOpen of a typical Dockerfile → its first diagnostics (and the server CPU used by then). */
export async function startup(runs: number): Promise<{ firstDiagnostics: Summary; initialized: Summary; serverCpu: Summary }> {
  const text = dockerfiles().find(f => f.lines >= 60 && f.lines <= 120)!.text;
  const first: number[] = [], init: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const s = new Session();
    await s.initialize();
    init.push(performance.now() - t0);
    s.open('file:///bench/startup/Dockerfile', text);
    await s.waitFor('file:///bench/startup/Dockerfile');
    first.push(performance.now() - t0);
    cpu.push(s.cpuMs());
    await s.stop();
  }
  return { firstDiagnostics: summarize(first), initialized: summarize(init), serverCpu: summarize(cpu) };
}

/**
 * Typing in a 2,000-line Dockerfile: insert then delete one character in RUN lines spread over the file (plus
 * server CPU per edit). The first 10 edits are left out; the rest include the JIT still compiling the incremental
 * paths (about the first hundred edits). `warm`: as many edits again, once that is done (reported beside).
 */
export async function editLatency(lines: number, edits: number, warmEdits = 0): Promise<Summary & { serverCpuPerEdit: number; warm?: Summary }> {
  const text = generatedDockerfile(lines);
  const runLines = text.split('\n').map((l, i) => (/^\s+libpkg/.test(l) ? i : -1)).filter(i => i >= 0);
  const s = new Session();
  await s.initialize();
  const uri = `file:///bench/edit/${lines}.Dockerfile`;
  s.open(uri, text);
  await s.waitFor(uri, 1);
  const samples: number[] = [];
  let cpu0 = 0, cpu1 = 0;
  for (let k = 0; k < edits + warmEdits; k++) {
    if (k === 10) cpu0 = s.cpuMs();
    if (k === edits) cpu1 = s.cpuMs();
    const line = runLines[Math.floor(k / 2) * 37 % runLines.length];
    const at = { line, character: 7 };
    const version = k + 2;
    const t0 = performance.now();
    if (k % 2 === 0) s.change(uri, version, { start: at, end: at }, 'x');
    else s.change(uri, version, { start: at, end: { line, character: 8 } }, '');
    await s.waitFor(uri, version);
    samples.push(performance.now() - t0);
  }
  const serverCpuPerEdit = ((warmEdits ? cpu1 : s.cpuMs()) - cpu0) / (edits - 10);
  await s.stop();
  return { ...summarize(samples.slice(10, edits)), serverCpuPerEdit, ...(warmEdits ? { warm: summarize(samples.slice(edits)) } : {}) };
}

/** Opens every corpus file in one server, waits for all diagnostics, then reads the server's RSS. */
/** RSS right after the corpus (0.5 s) and settled: once the idle GCs and the idle stop of the Vagrant worker ran. */
export async function corpusMemory(): Promise<{ files: number; ms: number; rss: number; peak: number; settledRss: number }> {
  const s = new Session();
  await s.initialize();
  const files = [
    ...dockerfiles().map(f => ({ uri: `file:///bench/corpus/${f.name}`, text: f.text, lang: 'dockerfile' })),
    ...vagrantfiles().map(f => ({ uri: `file:///bench/corpus/${f.name}/Vagrantfile`, text: f.text, lang: 'ruby' })),
  ];
  const t0 = performance.now();
  for (const f of files) s.open(f.uri, f.text, f.lang);
  for (const f of files) await s.waitFor(f.uri);
  const ms = performance.now() - t0;
  await new Promise(r => setTimeout(r, 500));
  const mem = s.rssMb();
  await new Promise(r => setTimeout(r, Math.max(IDLE_SETTLED_MS, IDLE_STOP_MS) + 1000));
  const settledRss = s.rssMb().rss;
  await s.stop();
  return { files: files.length, ms, ...mem, settledRss };
}

export interface LspResult {
  startup: { firstDiagnostics: Summary; initialized: Summary; serverCpu: Summary };
  edit2000: Summary & { serverCpuPerEdit: number; warm?: Summary };
  edit10000: Summary & { serverCpuPerEdit: number };
  memory: { files: number; ms: number; rss: number; peak: number; settledRss: number };
}

export async function lspBench(quick: boolean): Promise<LspResult> {
  return {
    startup: await startup(quick ? 2 : 7),
    edit2000: await editLatency(2000, quick ? 30 : 210, quick ? 0 : 200),
    edit10000: await editLatency(10000, quick ? 20 : 60),
    memory: await corpusMemory(),
  };
}

if (require.main === module) lspBench(process.env.BENCH_QUICK === '1').then(r => console.log(JSON.stringify(r, null, 1)));
