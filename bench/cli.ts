// The CLI on a tree of 10,000 files: hard links (no copies) to the corpus files in a temporary folder,
// `node dist/cli.js --format json <tree>` timed end to end (process start, discovery, lint, output), wall
// and CPU time: on a shared machine the CPU time is the steadier number.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS } from './inputs';
import { summarize, type Summary } from './stats';

/** `BENCH_CLI` points at another build (A/B runs). */
const CLI = process.env.BENCH_CLI ?? join(__dirname, '..', 'dist', 'cli.js');

export interface CliResult { files: number; wall: Summary; perFileMs: number; cpu?: Summary; exitCode: number | null; stderrLines: number }

/** User + system CPU time of the children this process has waited for (all their threads), in ms; Linux only. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

function makeTree(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'boxlint-bench-'));
  const sources = [
    ...readdirSync(join(CORPUS, 'dockerfiles')).map(n => ({ path: join(CORPUS, 'dockerfiles', n), as: 'Dockerfile' })),
    ...readdirSync(join(CORPUS, 'vagrantfiles')).map(n => ({ path: join(CORPUS, 'vagrantfiles', n), as: 'Vagrantfile' })),
  ];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const dir = join(root, `p${Math.floor(i / 100)}`, `f${i}`);
    mkdirSync(dir, { recursive: true });
    linkSync(src.path, join(dir, src.as));
  }
  return root;
}

export function cliBench(count: number, runs: number): CliResult {
  const root = makeTree(count);
  try {
    const wall: number[] = [], cpu: number[] = [];
    let exitCode: number | null = null, stderrLines = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now(), cpu0 = childrenCpuMs();
      const r = spawnSync(process.execPath, [CLI, '--format', 'json', root], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
      wall.push(performance.now() - t0);
      const cpu1 = childrenCpuMs();
      if (cpu0 !== undefined && cpu1 !== undefined) cpu.push(cpu1 - cpu0);
      exitCode = r.status;
      stderrLines = r.stderr.split('\n').filter(Boolean).length;
      if (r.status === 2 && !r.stdout) throw new Error(`CLI failed: ${r.stderr.slice(0, 500)}`);
    }
    const s = summarize(wall);
    return { files: count, wall: s, perFileMs: s.p50 / count, ...(cpu.length ? { cpu: summarize(cpu) } : {}), exitCode, stderrLines };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) console.log(JSON.stringify(cliBench(Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 3)), null, 1));
