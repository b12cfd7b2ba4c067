// Child process: times one tool (argv[2]) on every input class in-process with tinybench and prints JSON.
// Each class is timed twice: wall clock, and CPU time of this process (tinybench's `now` reading
// process.cpuUsage), the steadier figure on a shared machine where wall time includes waiting for a core.
// Run by bench/main.ts (bundled); by hand: `npx tsx bench/in-process.ts boxlint`.
import { Bench } from 'tinybench';
import { TOOLS } from './tools';
import { dockerfiles, vagrantfiles, generatedDockerfile, generatedVagrantfile, type Input } from './inputs';
import { summarize, type Summary } from './stats';
import type { FileKind } from '../rules/src/types';

export interface ClassResult { wall: Summary; cpu: Summary; findings: number; crashed: number; unit: string }
export interface ToolResult { tool: string; classes: Record<string, ClassResult> }

const QUICK = process.env.BENCH_QUICK === '1';
export const TYPICAL_MAX_LINES = 200;

const CLOCKS = {
  wall: () => performance.now(),
  cpu: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; },
};

function input(name: string, text: string): Input {
  return { name, text, lines: text.split('\n').length };
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const tool = TOOLS[name];
  if (!tool) throw new Error(`unknown tool ${name}`);
  const lint = await tool.load();
  const docker = dockerfiles();
  const vagrant = vagrantfiles();
  const classes: { id: string; kind: FileKind; files: Input[]; mode: 'pass' | 'each' }[] = [
    { id: 'dockerfile-corpus', kind: 'dockerfile', files: docker, mode: 'pass' },
    { id: 'dockerfile-typical', kind: 'dockerfile', files: docker.filter(f => f.lines <= TYPICAL_MAX_LINES), mode: 'each' },
    { id: 'dockerfile-2000', kind: 'dockerfile', files: [input('generated-2000', generatedDockerfile(2000))], mode: 'each' },
    { id: 'dockerfile-10000', kind: 'dockerfile', files: [input('generated-10000', generatedDockerfile(10000))], mode: 'each' },
    { id: 'vagrantfile-corpus', kind: 'vagrantfile', files: vagrant, mode: 'pass' },
    { id: 'vagrantfile-each', kind: 'vagrantfile', files: vagrant, mode: 'each' },
    { id: 'vagrantfile-300', kind: 'vagrantfile', files: [input('generated-300', generatedVagrantfile(300))], mode: 'each' },
  ];
  const out: ToolResult = { tool: name, classes: {} };
  for (const c of classes) {
    if (!tool.kinds.includes(c.kind)) continue;
    // Count findings once and warm the JIT on every file before timing.
    let findings = 0, crashed = 0;
    try { for (const f of c.files) { const n = lint(f.text, c.kind); if (n < 0) crashed++; else findings += n; } }
    catch (e) { process.stderr.write(`${name} ${c.id}: ${(e as Error).message}\n`); continue; }
    const pass = c.mode === 'pass' || c.files.length === 1;
    const timed = {} as Record<keyof typeof CLOCKS, Summary>;
    for (const clock of Object.keys(CLOCKS) as (keyof typeof CLOCKS)[]) {
      let i = 0;
      const task = c.mode === 'pass'
        ? () => { for (const f of c.files) lint(f.text, c.kind); }
        : () => { lint(c.files[i++ % c.files.length].text, c.kind); };
      const bench = new Bench({
        now: CLOCKS[clock], retainSamples: true, warmupIterations: pass ? 2 : c.files.length,
        iterations: QUICK ? 5 : pass ? 12 : c.files.length * 4, time: QUICK ? 200 : pass ? 2500 : 1500,
      });
      bench.add(c.id, task);
      bench.runSync();
      const r = bench.tasks[0].result;
      if (r.state !== 'completed') throw new Error(`${name} ${c.id}: ${r.state}`);
      timed[clock] = summarize([...(r.latency.samples ?? [])]);
    }
    out.classes[c.id] = { ...timed, findings, crashed, unit: c.mode === 'pass' ? `${c.files.length} files` : 'file' };
  }
  process.stdout.write(JSON.stringify(out));
}

if (require.main === module) main().catch(e => { process.stderr.write(`${(e as Error).stack}\n`); process.exit(1); });
