import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits } from '../rules/src';
import { LspClient } from './lsp-client';
import { requireBuild } from './process';

const URI = 'file:///tmp/boxlint-test/Dockerfile';
const TEXT = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install -y curl\nEXPOSE 2375\nUSER app\n';

describe('language server (stdio, as a process)', () => {
  let client: LspClient;
  before(async () => {
    requireBuild();
    client = new LspClient();
    const init = await client.initialize() as { capabilities: { hoverProvider: boolean; codeActionProvider: { codeActionKinds: string[] } } };
    assert.equal(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.boxlint'));
  });
  after(() => client.stop());

  it('publishes diagnostics on open with code, source, severity and doc link', async () => {
    client.open(URI, TEXT);
    const diags = await client.diagnosticsFor(URI);
    const latest = diags.find(d => d.code === 'BXD402');
    assert.ok(latest, JSON.stringify(diags));
    assert.equal(latest.source, 'boxlint');
    assert.equal(latest.severity, 2);
    assert.deepEqual(latest.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 18 } });
    assert.match(latest.codeDescription!.href, /docs\/rules\.md#bxd402-no-latest-tag$/);
    const daemon = diags.find(d => d.code === 'BXD201');
    assert.equal(daemon?.severity, 1);
  });

  it('hover on a flagged range explains the risk in Markdown', async () => {
    const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 14 } }) as { contents: { kind: string; value: string } };
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /BXD402 no-latest-tag/);
    assert.match(hover.contents.value, /Why it matters/);
    assert.match(hover.contents.value, /```dockerfile/);
    const none = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 3, character: 1 } });
    assert.equal(none, null);
  });

  it('code action applies a quick fix and the diagnostic goes away', async () => {
    const diags = await client.diagnosticsFor(URI);
    const expose = diags.find(d => d.code === 'BXD201' && d.range.start.line === 2)!;
    const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: expose.range, context: { diagnostics: [expose] } }) as { title: string; kind: string; edit: { changes: Record<string, { range: never; newText: string }[]> } }[];
    const titles = actions.map(a => a.title);
    assert.ok(titles.some(t => /Disable BXD201 .* for this line/.test(t)), titles.join('; '));
    assert.ok(titles.some(t => /for this file/.test(t)));
    const fix = actions.find(a => /2376/.test(a.title))!;
    assert.ok(fix, titles.join('; '));
    const fixed = applyEdits(TEXT, fix.edit.changes[URI]);
    assert.match(fixed, /EXPOSE 2376/);
    client.change(URI, 2, fixed);
    const after = await client.diagnosticsFor(URI, p => p.version === 2);
    assert.ok(!after.some(d => d.code === 'BXD201'), JSON.stringify(after));
  });

  it('"disable for this line" inserts a comment that silences the finding', async () => {
    const text = 'FROM ubuntu:latest\nUSER app\n';
    const uri = 'file:///tmp/boxlint-test/suppress/Dockerfile';
    client.open(uri, text);
    const d = (await client.diagnosticsFor(uri)).find(x => x.code === 'BXD402')!;
    const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as { title: string; edit: { changes: Record<string, never[]> } }[];
    const disable = actions.find(a => /for this line/.test(a.title))!;
    const fixed = applyEdits(text, disable.edit.changes[uri]);
    assert.equal(fixed, '# boxlint ignore=BXD402\nFROM ubuntu:latest\nUSER app\n');
    client.change(uri, 2, fixed);
    const after = await client.diagnosticsFor(uri, p => p.version === 2);
    assert.ok(!after.some(x => x.code === 'BXD402'));
  });

  it('follows boxlint.rules settings from the client', async () => {
    client.settings = { rules: { DL3007: 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { boxlint: client.settings } });
    const uri = 'file:///tmp/boxlint-test/settings/Dockerfile';
    client.open(uri, 'FROM ubuntu:latest\nUSER app\n');
    const diags = await client.diagnosticsFor(uri);
    assert.ok(!diags.some(d => d.code === 'BXD402'), JSON.stringify(diags));
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { boxlint: {} } });
  });

  it('lints Ruby documents only when they are Vagrantfiles', async () => {
    const text = 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  config.vm.network "public_network"\nend\n';
    const vagrantfile = 'file:///tmp/boxlint-test/ruby/Vagrantfile';
    const other = 'file:///tmp/boxlint-test/ruby/lib/machines.rb';
    client.open(vagrantfile, text, 'ruby');
    client.open(other, text, 'ruby');
    assert.ok((await client.diagnosticsFor(vagrantfile)).some(d => String(d.code).startsWith('BXV')));
    assert.deepEqual(await client.diagnosticsFor(other), []);
    const actions = await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: other }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
  });

  it('survives garbage input and keeps answering', async () => {
    const uri = 'file:///tmp/boxlint-test/garbage/Dockerfile';
    client.open(uri, '\u0000\uffff\ud800 RUN <<EOF\n'.repeat(200));
    await client.diagnosticsFor(uri);
    const hover = await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
    assert.ok(hover === null || typeof hover === 'object');
    assert.equal(client.proc.exitCode, null);
  });
});

describe('language server code cache', () => {
  before(requireBuild);

  it('writes its V8 code cache to BOXLINT_CACHE_DIR and removes the caches of earlier builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boxlint-cache-'));
    try {
      writeFileSync(join(dir, 'server-0.0-1.v8cache'), 'an earlier build');
      writeFileSync(join(dir, 'keep.txt'), 'not ours');
      const client = new LspClient(['--stdio'], { ...process.env, BOXLINT_CACHE_DIR: dir, BOXLINT_NO_CODE_CACHE: '' });
      client.settings = { debounce: 0 };
      await client.initialize();
      client.open('file:///tmp/boxlint-cache/Dockerfile', 'FROM debian:12.5\nUSER app\n');
      await client.diagnosticsFor('file:///tmp/boxlint-cache/Dockerfile');
      // An editor's shutdown: the server writes its cache as it exits.
      const exited = new Promise(r => client.proc.once('exit', r));
      await client.conn.sendRequest('shutdown');
      void client.conn.sendNotification('exit');
      await exited;
      client.conn.dispose();
      const names = readdirSync(dir).sort();
      assert.equal(names.length, 2, names.join(', '));
      assert.ok(names.includes('keep.txt'));
      // Named by the bundle's content hash: V8 itself would accept a cache of any bundle of the same length.
      assert.match(names.find(n => n !== 'keep.txt')!, /^server-.+-[0-9a-f]{16}\.v8cache$/);
      assert.ok(!names.includes('server-0.0-1.v8cache'));
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('language server over --stdio', () => {
  before(requireBuild);

  const exitOf = (client: LspClient) => new Promise<number | null>(r => client.proc.once('exit', code => r(code)));

  it('ends when the editor closes its stdin: exit code 1 without a shutdown request, 0 after one', async () => {
    for (const shutdownFirst of [false, true]) {
      const client = new LspClient();
      await client.initialize();
      const exited = exitOf(client);
      if (shutdownFirst) await client.conn.sendRequest('shutdown');
      client.conn.dispose();
      client.proc.stdin!.end();
      assert.equal(await exited, shutdownFirst ? 0 : 1);
    }
  });

  it('sends a long file\'s diagnostics as one message the client reads whole (its length counted in bytes)', async () => {
    const client = new LspClient();
    client.settings = { debounce: 0 };
    await client.initialize();
    const uri = 'file:///tmp/boxlint-test/stdio/Dockerfile';
    client.open(uri, Array.from({ length: 400 }, (_, i) => `FROM dé-bian AS s${i}\nRUN apt-get install -y curl`).join('\n'));
    const diags = await client.diagnosticsFor(uri);
    assert.ok(diags.length > 800, `${diags.length} diagnostics`);
    assert.ok(diags.some(d => d.message.includes('dé-bian')), 'a message with a non-ASCII character');
    assert.equal(client.stderr, '');
    await client.stop();
  });
});
