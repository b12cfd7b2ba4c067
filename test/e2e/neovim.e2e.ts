// Neovim (Debian's 0.7) as a second, independent LSP client: proves `boxlint-language-server --stdio` works
// outside VS Code. Headless nvim starts the server, opens a file, and reports what it received.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER, requireBuild } from '../process';
import { ARTIFACTS, LSP_SEVERITY, cliFindings, keyed, sandbox, type CliFinding, type Sandbox } from './env';

interface LspDiag { range: CliFinding['range']; code: string; severity: number; source: string; message: string }
interface NvimDiag { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; code: string; message: string }
interface NvimReport { received: boolean; elapsed_ms: number; lsp: LspDiag[]; diagnostics: NvimDiag[]; hover: string | null; actions: string[] }

const LUA = join(__dirname, 'nvim-lsp.lua');

/** Runs headless nvim on `file` and returns its report; nvim is stopped by its pid if it overstays. */
function nvimLsp(box: Sandbox, file: string, languageId: string): Promise<NvimReport> {
  const out = join(box.dir, `nvim-${languageId}.json`);
  const env = { ...box.env, LSP_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']), LSP_FILE: file, LSP_OUT: out, LSP_LANGUAGE_ID: languageId, LSP_TIMEOUT_MS: '20000' };
  return new Promise((resolve, reject) => {
    const nvim = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${LUA}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    nvim.stderr.on('data', d => { stderr += d; });
    const timer = setTimeout(() => { if (nvim.pid) process.kill(nvim.pid, 'SIGKILL'); }, 40000);
    nvim.on('error', reject);
    nvim.on('exit', code => {
      clearTimeout(timer);
      if (code !== 0) { reject(new Error(`nvim exited ${code}: ${stderr}`)); return; }
      copyFileSync(out, join(ARTIFACTS, `neovim-${languageId}.json`));
      resolve(JSON.parse(readFileSync(out, 'utf8')));
    });
  });
}

/** vim.diagnostic columns are bytes; the fixtures are ASCII, so they equal LSP's UTF-16 columns. */
function fromNvim(d: NvimDiag) {
  return { code: d.code, severity: d.severity, range: { start: { line: d.lnum, character: d.col }, end: { line: d.end_lnum, character: d.end_col } } };
}

describe('Neovim 0.7 as an LSP client of boxlint-language-server --stdio', function () {
  this.timeout(60000);
  let box: Sandbox;
  before(() => { requireBuild(); box = sandbox('nvim'); });
  after(() => box?.remove());

  const cases = [
    { file: 'Dockerfile', languageId: 'dockerfile', rule: /^BXD/ },
    { file: 'Vagrantfile', languageId: 'ruby', rule: /^BXV/ },
  ];
  for (const c of cases) {
    it(`receives the CLI's diagnostics for the sample ${c.file}, with hover and quick fixes`, async () => {
      const ws = box.workspace(`ws-${c.languageId}`);
      const file = join(ws, c.file);
      const expected = cliFindings(file, box.env);
      assert.ok(expected.some(f => c.rule.test(f.ruleId)), `the CLI finds a ${c.rule.source} rule in ${c.file} (it said ${JSON.stringify(expected.map(f => f.ruleId))})`);
      const report = await nvimLsp(box, file, c.languageId);
      assert.equal(report.received, true);
      const want = keyed(expected.map(f => ({ code: f.ruleId, severity: LSP_SEVERITY[f.severity], range: f.range })));
      assert.deepEqual(keyed(report.lsp), want, 'publishDiagnostics carries the CLI findings');
      assert.ok(report.lsp.every(d => d.source === 'boxlint'));
      assert.deepEqual(keyed(report.diagnostics.map(fromNvim)), want, 'vim.diagnostic (what a Neovim user sees) holds them too');
      const first = report.lsp[0];
      assert.match(report.hover ?? '', new RegExp(`\\*\\*${first.code} `), 'hover on the first diagnostic names its rule');
      assert.ok(report.actions.some(t => t.startsWith(`Disable ${first.code} `)), `quick fixes offered: ${JSON.stringify(report.actions)}`);
    });
  }
});
