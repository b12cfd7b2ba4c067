// Every quick fix the language server offers on every invalid fixture, applied as an editor would
// (snippets resolved to their defaults): the diagnostic it targets must go and the file must still parse.
// The engine harness (rules.test.ts) checks rule fixes on the engine; this checks what editors receive,
// suppression actions included.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { CATALOG, applyEdits, findRule } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { fixtureDirs, fixtureFiles, kindOf, lintFixture } from './fixtures';
import { LspClient, type Diag } from './lsp-client';
import { requireBuild } from './process';
import { parseProblems } from './parse-problems';

/** The fixture's sidecar config with every rule on (what `enableAll` does for the engine harness). */
function projectConfig(fixture: string): string {
  const sidecar = fixture.replace(/\.(Dockerfile|Vagrantfile)$/, '.boxlint.yaml');
  let cfg: Record<string, unknown> = {};
  try { cfg = parseYaml(readFileSync(sidecar, 'utf8')) ?? {}; } catch { /* no sidecar */ }
  const all = Object.fromEntries(CATALOG.map(r => [r.id, r.severity]));
  return stringify({ ...cfg, rules: { ...all, ...(cfg.rules as object ?? {}) } });
}

interface Action { title: string; edit?: { changes?: Record<string, { range: Diag['range']; newText: string }[]> } }

describe('language server: every offered fix on every invalid fixture', function () {
  let client: LspClient;
  let root: string;
  let applied = 0;
  before(async () => {
    requireBuild();
    await initEngine();
    root = mkdtempSync(join(tmpdir(), 'boxlint-fixes-'));
    client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize();
  });
  after(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
    assert.ok(applied > 0, 'no fix was applied at all');
  });

  let n = 0;
  for (const dir of fixtureDirs()) {
    for (const file of fixtureFiles(dir).filter(f => basename(f).startsWith('invalid'))) {
      it(`${dir}/${basename(file)}`, async () => {
        const rule = findRule(dir);
        assert.ok(rule, `no rule named ${dir}`);
        const kind = kindOf(file);
        const folder = join(root, `${n++}`);
        mkdirSync(folder);
        writeFileSync(join(folder, '.boxlint.yaml'), projectConfig(file));
        if (existsSync(`${file}.dockerignore`)) copyFileSync(`${file}.dockerignore`, join(folder, '.dockerignore'));
        const uri = pathToFileURL(join(folder, kind === 'vagrantfile' ? 'Vagrantfile' : 'Dockerfile')).href;
        const text = readFileSync(file, 'utf8');
        const problemsBefore = parseProblems(text, kind).length;
        client.open(uri, text, kind === 'vagrantfile' ? 'ruby' : 'dockerfile');
        const diags = (await client.diagnosticsFor(uri)).filter(d => d.code === rule.id);
        const engine = lintFixture(file).findings.filter(f => f.ruleId === rule.id);
        assert.equal(diags.length, engine.length, 'the server and the engine disagree on this fixture');

        const tried: { diag: Diag; action: Action }[] = [];
        for (const diag of diags) {
          const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } }) as Action[];
          assert.ok(actions.some(a => /for this line/.test(a.title)) && actions.some(a => /for this file/.test(a.title)), `no disable actions for ${diag.message}`);
          for (const action of actions) tried.push({ diag, action });
        }
        // Each fixed text is opened as its own document (same folder, same config) so the server lints them back to back.
        await Promise.all(tried.map(async ({ diag, action }, k) => {
          const edits = action.edit?.changes?.[uri];
          assert.ok(edits?.length, `"${action.title}" carries no edit for this document`);
          const fixed = applyEdits(text, edits);
          assert.notEqual(fixed, text, `"${action.title}" changes nothing`);
          const fixedUri = pathToFileURL(join(folder, `fix-${k}.${kind}`)).href;
          client.open(fixedUri, fixed, kind === 'vagrantfile' ? 'ruby' : 'dockerfile');
          const after = await client.diagnosticsFor(fixedUri);
          void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fixedUri } });
          const same = (list: Diag[]) => list.filter(d => d.code === diag.code && d.message === diag.message).length;
          assert.ok(same(after) < same(diags), `"${action.title}" left "${diag.message}" in place:\n${fixed}`);
          assert.ok(parseProblems(fixed, kind).length <= problemsBefore, `"${action.title}" broke the file: ${parseProblems(fixed, kind).join('; ')}\n${fixed}`);
          applied++;
        }));
        void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      });
    }
  }
});
