// Runs the built CLI as a process (what users and CI pipelines run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SERVER = join(ROOT, 'dist', 'server.js');

export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(SERVER)) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
}

export interface RunResult { code: number | null; stdout: string; stderr: string }

export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', timeout: 60000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** runCli without blocking this process: for tests whose servers (a test registry) must answer the CLI. */
export function runCliAsync(args: string[], opts: { cwd?: string } = {}): Promise<RunResult> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}
