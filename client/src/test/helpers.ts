// What the extension-host suite needs around the `vscode` API: waiting for boxlint's diagnostics and asking
// the bundled CLI (same engine, separate process) what they should be.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'boxlint.boxlint';

export interface Expected {
  ruleId: string; ruleName: string; aliases: string[]; severity: 'error' | 'warning' | 'info' | 'hint'; message: string; fixable: boolean;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const SEVERITY: Record<Expected['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function boxlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'boxlint');
}

/** Resolves with boxlint's diagnostics for `uri` once `accept` holds; fails with what was last seen. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const d = boxlintDiagnostics(uri);
      if (!accept(d)) return false;
      clearTimeout(timer); sub.dispose(); resolve(d);
      return true;
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last diagnostics: ${JSON.stringify(summarize(boxlintDiagnostics(uri)))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics(e => { if (e.uris.some(u => u.toString() === uri.toString())) check(); });
    check();
  });
}

/** Diagnostics in the CLI's terms, sorted, for deepEqual against `expectedFor` (same key order, so JSON compares too). */
export function summarize(diags: readonly vscode.Diagnostic[]): { code: string; severity: vscode.DiagnosticSeverity; range: string; message: string }[] {
  return diags.map(d => ({ code: codeOf(d), severity: d.severity, range: fmt(d.range), message: d.message })).sort(byRangeThenCode);
}

/** The findings the bundled CLI reports for `file` with the same (default) configuration. */
export function cliFindings(file: string): Expected[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this extension host`);
  // Under @vscode/test-electron process.execPath is Electron, which runs as plain Node with this variable.
  const r = spawnSync(process.execPath, [join(ext.extensionPath, 'dist', 'cli.js'), '--format', 'json', file],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' }, timeout: 30000 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`boxlint CLI exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].findings;
}

export function expectedFor(findings: Expected[]): ReturnType<typeof summarize> {
  return findings.map(f => ({
    code: f.ruleId, severity: SEVERITY[f.severity],
    range: `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`, message: f.message,
  })).sort(byRangeThenCode);
}

function fmt(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function byRangeThenCode(a: { range: string; code: string }, b: { range: string; code: string }): number {
  const key = (x: { range: string; code: string }) => x.range.split(/[:-]/).map(n => n.padStart(6, '0')).join('') + x.code;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

export function toRange(r: Expected['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** Sets `boxlint.rules` in the user settings (undefined removes it). */
export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('boxlint').update('rules', rules, vscode.ConfigurationTarget.Global);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}
