// Per-run sandbox for the editor e2e suites: XDG dirs and profiles in a temp dir (nothing lands in $HOME),
// workspaces copied from test-fixtures/sample (editors may edit them), artifacts kept in .e2e/artifacts/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../process';

export const ARTIFACTS = join(ROOT, '.e2e', 'artifacts');
export const SAMPLE = join(ROOT, 'test-fixtures', 'sample');

export interface Sandbox { dir: string; env: NodeJS.ProcessEnv; workspace(name: string): string; remove(): void }

export function sandbox(label: string): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), `boxlint-e2e-${label}-`));
  const xdg = { XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_STATE_HOME: 'state', XDG_RUNTIME_DIR: 'runtime' };
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(xdg)) { env[k] = join(dir, v); mkdirSync(env[k]!, { recursive: true, mode: 0o700 }); }
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    dir, env,
    workspace(name) { const ws = join(dir, name); cpSync(SAMPLE, ws, { recursive: true }); return ws; },
    remove() { rmSync(dir, { recursive: true, force: true }); },
  };
}

export interface CliFinding {
  ruleId: string; ruleName: string; severity: 'error' | 'warning' | 'info' | 'hint'; message: string; aliases: string[];
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What the bundled CLI finds in `file`: the oracle every editor must agree with. */
export function cliFindings(file: string, env: NodeJS.ProcessEnv = process.env): CliFinding[] {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8', env, timeout: 30000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`boxlint CLI exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].findings;
}

export const LSP_SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** Findings as comparable strings: `line:col-line:col CODE severity`, sorted. */
export function keyed(items: { code: string; severity: number; range: CliFinding['range'] }[]): string[] {
  return items.map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.severity}`).sort();
}
