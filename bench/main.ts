// `npm run bench`: every measurement of issue 8 in one run, printed as Markdown (the README table).
// Options: --quick (few samples, for trying the harness), --only in-process|lsp|cli|vsix, --json <file>.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { TOOLS } from './tools';
import { CORPUS } from './inputs';
import type { ToolResult, ClassResult } from './in-process';
import { lspBench, type LspResult } from './lsp';
import { cliBench, type CliResult } from './cli';
import { ms, spread } from './stats';

const ROOT = join(__dirname, '..');
const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true }, json: { type: 'string' } } });
const quick = values.quick!;
const wants = (part: string) => !values.only?.length || values.only.includes(part);

// The in-process runner is bundled like dist/ (scripts/build.mjs options): what users run, without tsx's
// per-closure `__name` wrappers, which cost boxlint ~15% under tsx. Peers stay external (loaded from node_modules).
const OUT = join(ROOT, 'node_modules', '.cache', 'boxlint-bench');
async function bundleRunner(): Promise<string> {
  await build({
    entryPoints: { 'in-process': join(__dirname, 'in-process.ts') }, outdir: OUT, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    logLevel: 'error', external: ['dockerfile-utils', 'dockerfilelint', 'tinybench'],
    banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" }, define: { 'import.meta.url': '__importMetaUrl' },
  });
  return join(OUT, 'in-process.js');
}

function inProcess(runner: string, tool: string): ToolResult {
  const r = spawnSync(process.execPath, [runner, tool], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, BENCH_QUICK: quick ? '1' : '0', BOXLINT_CORPUS: CORPUS }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`${tool}: ${r.stderr}`);
  if (r.stderr.trim()) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout) as ToolResult;
}

function vsixSize(): { bytes: number; date: string } | null {
  const file = join(ROOT, 'boxlint.vsix');
  return existsSync(file) ? { bytes: statSync(file).size, date: statSync(file).mtime.toISOString().slice(0, 10) } : null;
}

function ruleCount(): number {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--list-rules'], { encoding: 'utf8' });
  return out.trim().split('\n').length;
}

const CLASS_LABEL: Record<string, string> = {
  'dockerfile-corpus': 'Dockerfile corpus, whole pass',
  'dockerfile-typical': 'typical Dockerfile (≤200 lines), per file',
  'dockerfile-2000': 'generated 2,000-line Dockerfile',
  'dockerfile-10000': 'generated 10,000-line Dockerfile',
  'vagrantfile-corpus': 'Vagrantfile corpus, whole pass',
  'vagrantfile-each': 'Vagrantfile, per file',
  'vagrantfile-300': 'generated 300-line Vagrantfile',
};

function inProcessTable(results: ToolResult[], clock: 'cpu' | 'wall'): string {
  const [box, ...peers] = results;
  const head = ['input', ...results.map(r => `${r.tool} ms`), ...peers.map(p => `${p.tool} / boxlint`)];
  const rows = Object.keys(CLASS_LABEL).filter(c => results.some(r => r.classes[c])).map(c => {
    const cell = (r: ToolResult) => { const x = r.classes[c]; return x ? `${spread(x[clock])}${x.crashed ? ` ⚠ threw on ${x.crashed}` : ''}` : '—'; };
    const unit = results.find(r => r.classes[c])!.classes[c].unit;
    const ratio = (p: ToolResult) => (p.classes[c] && box.classes[c] ? `${(p.classes[c][clock].p50 / box.classes[c][clock].p50).toFixed(2)}x` : '—');
    return [`${CLASS_LABEL[c]} (${unit})`, ...results.map(cell), ...peers.map(ratio)];
  });
  const findings = ['findings on the corpus', ...results.map(r => String(r.classes['dockerfile-corpus']?.findings ?? '—')), ...peers.map(() => '')];
  return [head, head.map(() => '---'), ...rows, findings].map(r => `| ${r.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const started = new Date();
  const load = loadavg().map(x => x.toFixed(1)).join(', ');
  const lines: string[] = [];
  const json: Record<string, unknown> = {};
  lines.push(`Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; `
    + `${started.toISOString().slice(0, 10)}; load average at start ${load}; ${ruleCount()} rules${quick ? '; QUICK RUN (few samples)' : ''}.`, '');

  let box: ToolResult | undefined;
  if (wants('in-process')) {
    const runner = await bundleRunner();
    const results = Object.keys(TOOLS).map(t => { process.stderr.write(`in-process: ${t}…\n`); return inProcess(runner, t); });
    json.inProcess = results;
    box = results[0];
    lines.push('In-process, warm, CPU time of the linting process in ms: median (p25–p75). Ratios are peer median / boxlint median (above 1: boxlint is faster).', '',
      inProcessTable(results, 'cpu'), '', 'The same runs, wall-clock ms:', '', inProcessTable(results, 'wall'), '');
  }
  let lsp: LspResult | undefined;
  if (wants('lsp')) { process.stderr.write('lsp…\n'); lsp = await lspBench(quick); json.lsp = lsp; }
  let cli: CliResult | undefined;
  if (wants('cli')) { process.stderr.write('cli…\n'); cli = cliBench(quick ? 1000 : 10000, quick ? 1 : 3); json.cli = cli; }
  const vsix = wants('vsix') ? vsixSize() : null;
  json.vsix = vsix;

  const goal = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✅' : '❌');
  const corpus = box?.classes['dockerfile-corpus'];
  const dfu = (json.inProcess as ToolResult[] | undefined)?.find(r => r.tool === 'dockerfile-utils')?.classes['dockerfile-corpus'];
  const typical: ClassResult | undefined = box?.classes['dockerfile-typical'];
  const rows: string[][] = [];
  if (corpus && dfu) {
    const x = (k: 'cpu' | 'wall') => dfu[k].p50 / corpus[k].p50;
    rows.push(['1. corpus in-process vs dockerfile-utils', '≥ 2x faster', `${x('cpu').toFixed(2)}x CPU (${ms(corpus.cpu.p50)} vs ${ms(dfu.cpu.p50)} ms), ${x('wall').toFixed(2)}x wall`, goal(x('cpu') >= 2)]);
  }
  if (typical) rows.push(['2. typical Dockerfile, warm, median', '< 1 ms', `${ms(typical.cpu.p50)} ms CPU, ${ms(typical.wall.p50)} ms wall (p95 ${ms(typical.wall.p95)})`, goal(typical.cpu.p50 < 1)]);
  if (lsp) {
    rows.push(['3. edit in a 2,000-line Dockerfile → diagnostics, p95 (edits 10–210)', '< 15 ms', `${ms(lsp.edit2000.p95)} ms (median ${ms(lsp.edit2000.p50)}; server CPU ${ms(lsp.edit2000.serverCpuPerEdit)} ms an edit)`, goal(lsp.edit2000.p95 < 15)]);
    const warm = lsp.edit2000.warm;
    if (warm) rows.push(['   same, the next 200 edits (JIT done)', '—', `${ms(warm.p95)} ms (median ${ms(warm.p50)})`, '']);
    rows.push(['   same, 10,000 lines', '—', `${ms(lsp.edit10000.p95)} ms (median ${ms(lsp.edit10000.p50)})`, '']);
    rows.push(['4. server start → first diagnostics, median', '< 300 ms', `${ms(lsp.startup.firstDiagnostics.p50)} ms (initialize ${ms(lsp.startup.initialized.p50)})`, goal(lsp.startup.firstDiagnostics.p50 < 300)]);
  }
  if (cli) rows.push([`5. CLI on ${cli.files.toLocaleString('en')} files, wall`, '< 15 s', `${(cli.wall.p50 / 1000).toFixed(1)} s (${ms(cli.perFileMs)} ms/file${cli.cpu ? `, ${(cli.cpu.p50 / 1000).toFixed(1)} s CPU` : ''}, exit ${cli.exitCode})`, goal(cli.files === 10000 ? cli.wall.p50 < 15000 : undefined)]);
  if (wants('vsix')) rows.push(['6a. .vsix size', '< 2 MB', vsix ? `${(vsix.bytes / 2 ** 20).toFixed(2)} MB (built ${vsix.date})` : 'not built (`npm run package`)', goal(vsix ? vsix.bytes < 2 * 2 ** 20 : undefined)]);
  if (lsp) rows.push(['6b. server RSS after linting the corpus', '< 80 MB', `${lsp.memory.settledRss.toFixed(0)} MB settled, ${lsp.memory.rss.toFixed(0)} MB 0.5 s after the last diagnostics (peak ${lsp.memory.peak.toFixed(0)}; ${lsp.memory.files} files in ${(lsp.memory.ms / 1000).toFixed(1)} s)`, goal(lsp.memory.settledRss < 80)]);
  if (rows.length) lines.push([['goal', 'target', 'measured', ''], ['---', '---', '---', '---'], ...rows].map(r => `| ${r.join(' | ')} |`).join('\n'), '');

  process.stdout.write(lines.join('\n'));
  if (values.json) writeFileSync(values.json, JSON.stringify({ date: started.toISOString(), load, ...json }, null, 1));
}

main().catch(e => { process.stderr.write(`${(e as Error).stack}\n`); process.exit(1); });
