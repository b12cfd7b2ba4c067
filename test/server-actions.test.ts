// Code actions over LSP beyond single quick fixes: fix-all, snippet edits, and opt-in digest pinning
// against a loopback OCI registry.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../rules/src';
import { LspClient, type Diag } from './lsp-client';
import { requireBuild } from './process';
import { MANIFEST_DIGEST, startRegistry, type TestRegistry } from './registry-server';

type Range = Diag['range'];
interface Edit { range: Range; newText?: string; snippet?: { kind: string; value: string } }
interface WorkspaceEdit { changes?: Record<string, Edit[]>; documentChanges?: { textDocument: { uri: string; version: number }; edits: Edit[] }[] }
interface Action { title: string; kind: string; isPreferred?: boolean; diagnostics?: Diag[]; edit?: WorkspaceEdit; command?: { command: string; arguments: unknown[] }; data?: unknown }

const whole: Range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

async function start(settings: Record<string, unknown>, workspace: Record<string, unknown> = {}, textDocument: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient();
  client.settings = { debounce: 0, ...settings };
  await client.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, ...workspace }, textDocument } });
  await client.conn.sendNotification('initialized', {});
  return client;
}

function actions(client: LspClient, uri: string, range: Range, diagnostics: Diag[], only?: string[]): Promise<Action[]> {
  return client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<Action[]>;
}

describe('language server: fix-all and snippet edits', () => {
  let plain: LspClient;
  let snippets: LspClient;
  before(async () => {
    requireBuild();
    plain = await start({});
    snippets = await start({}, { workspaceEdit: { documentChanges: true, snippetEditSupport: true } });
  });
  after(async () => { await plain.stop(); await snippets.stop(); });

  it('source.fixAll applies every safe fix in one edit and leaves unsafe ones alone', async () => {
    const uri = 'file:///tmp/boxlint-actions/fixall/Dockerfile';
    const text = 'FROM ubuntu:latest\nEXPOSE 2375 8080\nEXPOSE 2375/tcp\nUSER app\n';
    plain.open(uri, text);
    const diags = await plain.diagnosticsFor(uri);
    assert.equal(diags.filter(d => d.code === 'BXD201').length, 2, JSON.stringify(diags));
    const list = await actions(plain, uri, whole, [], ['source.fixAll']);
    assert.deepEqual(list.map(a => a.kind), ['source.fixAll.boxlint']);
    const fixed = applyEdits(text, list[0].edit!.changes![uri] as { range: Range; newText: string }[]);
    assert.equal(fixed, 'FROM ubuntu:latest\nEXPOSE 2376 8080\nEXPOSE 2376/tcp\nUSER app\n', 'the snippet fix for `latest` is not fix-all material');
    plain.change(uri, 2, fixed);
    const after = await plain.diagnosticsFor(uri, p => p.version === 2);
    assert.ok(!after.some(d => d.code === 'BXD201'), JSON.stringify(after));
    assert.ok(after.some(d => d.code === 'BXD402'));
    assert.deepEqual(await actions(plain, uri, whole, [], ['source.fixAll']), [], 'nothing left to fix');
  });

  it('a client that resolves code actions gets fix-all without its edit on automatic requests, and the edit on resolve', async () => {
    const resolving = await start({}, {}, { codeAction: { resolveSupport: { properties: ['edit'] } } });
    try {
      const uri = 'file:///tmp/boxlint-actions/resolve/Dockerfile';
      const text = 'FROM debian:12.5\nEXPOSE 2375\nUSER app\n';
      resolving.open(uri, text);
      await resolving.diagnosticsFor(uri);
      const lazy = (await actions(resolving, uri, whole, [])).find(a => a.kind === 'source.fixAll.boxlint');
      assert.ok(lazy && !lazy.edit && lazy.data, JSON.stringify(lazy));
      const resolved = await resolving.conn.sendRequest('codeAction/resolve', lazy) as Action;
      const eager = (await actions(resolving, uri, whole, [], ['source.fixAll']))[0];
      assert.ok(eager.edit, 'asked for by kind (on save), fix-all comes with its edit');
      assert.deepEqual(resolved.edit, eager.edit);
      assert.equal(applyEdits(text, resolved.edit!.changes![uri] as { range: Range; newText: string }[]), 'FROM debian:12.5\nEXPOSE 2376\nUSER app\n');
      resolving.change(uri, 2, 'FROM debian:12.5\nEXPOSE 2375 2375\nUSER app\n');
      await resolving.diagnosticsFor(uri, p => p.version === 2);
      assert.equal(((await resolving.conn.sendRequest('codeAction/resolve', lazy)) as Action).edit, undefined, 'an action of an older version is not resolved');
    } finally { await resolving.stop(); }
  });

  it('fix-all is offered for `source` and the exact kind, not for quickfix', async () => {
    const uri = 'file:///tmp/boxlint-actions/kinds/Dockerfile';
    plain.open(uri, 'FROM debian:12.5\nEXPOSE 2375\nUSER app\n');
    await plain.diagnosticsFor(uri);
    for (const only of [['source'], ['source.fixAll.boxlint'], undefined]) {
      assert.ok((await actions(plain, uri, whole, [], only)).some(a => a.kind === 'source.fixAll.boxlint'), `only=${only}`);
    }
    assert.deepEqual(await actions(plain, uri, whole, [], ['quickfix']), []);
  });

  it('sends snippet fixes as SnippetTextEdit to clients with snippetEditSupport, resolved text to the rest', async () => {
    const uri = 'file:///tmp/boxlint-actions/snippet/Dockerfile';
    const text = 'FROM debian:12.5\nRUN apt-get install -y curl\nUSER app\n';
    const quickFix = async (client: LspClient) => {
      client.open(uri, text);
      const diag = (await client.diagnosticsFor(uri)).find(d => d.code === 'BXD601')!;
      assert.ok(diag);
      return (await actions(client, uri, diag.range, [diag], ['quickfix'])).find(a => /Pin `curl`/.test(a.title))!;
    };
    const withSnippets = await quickFix(snippets);
    const change = withSnippets.edit!.documentChanges![0];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.deepEqual(change.edits[0].snippet, { kind: 'snippet', value: '=${1:version}' });
    assert.deepEqual(change.edits[0].range, { start: { line: 1, character: 27 }, end: { line: 1, character: 27 } });

    const without = await quickFix(plain);
    assert.equal(without.edit!.documentChanges, undefined);
    assert.deepEqual(without.edit!.changes![uri].map(e => e.newText), ['=version']);
  });

  it('does not mark snippet or unsafe fixes as preferred, and marks safe ones', async () => {
    const uri = 'file:///tmp/boxlint-actions/preferred/Dockerfile';
    plain.open(uri, 'FROM debian:12.5\nEXPOSE 2375\nRUN apt-get install -y curl\nUSER app\n');
    const diags = await plain.diagnosticsFor(uri);
    for (const d of diags) {
      for (const a of await actions(plain, uri, d.range, [d], ['quickfix'])) {
        if (/2376/.test(a.title)) assert.equal(a.isPreferred, true);
        else assert.ok(!a.isPreferred, a.title);
      }
    }
  });
});

describe('language server: Pin to digest (opt-in, loopback registry)', () => {
  let reg: TestRegistry;
  let on: LspClient;
  let off: LspClient;
  const applied: { label?: string; edit: WorkspaceEdit }[] = [];
  const shown: { type: number; message: string }[] = [];

  before(async () => {
    requireBuild();
    reg = await startRegistry();
    on = await start({ pinDigests: true });
    off = await start({});
    on.conn.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => { applied.push(p); return { applied: true }; });
    on.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => { shown.push(p); });
    off.conn.onNotification('window/showMessage', () => undefined);
  });
  after(async () => { await on.stop(); await off.stop(); await reg.close(); });
  beforeEach(() => { applied.length = 0; shown.length = 0; reg.log.length = 0; });

  const pinAction = async (client: LspClient, uri: string, text: string, line: number) => {
    client.open(uri, text);
    const diags = await client.diagnosticsFor(uri);
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const onLine = diags.filter(d => d.range.start.line === line);
    return (await actions(client, uri, range, onLine)).find(a => /^Pin /.test(a.title));
  };
  const run = (client: LspClient, action: Action) => client.conn.sendRequest('workspace/executeCommand', action.command) as Promise<{ applied: boolean; message: string }>;

  it('is not offered, and does no network request, when boxlint.pinDigests is off', async () => {
    const uri = 'file:///tmp/boxlint-actions/pin-off/Dockerfile';
    const action = await pinAction(off, uri, `FROM ${reg.host}/open/app:1.0\nUSER app\n`, 0);
    assert.equal(action, undefined);
    const result = await off.conn.sendRequest('workspace/executeCommand', { command: 'boxlint.pinDigest', arguments: [{ uri, version: 1, stage: 0 }] }) as { applied: boolean; message: string };
    assert.equal(result.applied, false);
    assert.match(result.message, /boxlint\.pinDigests/);
    assert.equal(reg.log.length, 0, 'no request may reach the registry');
  });

  it('pins a tag to the digest the registry serves, as a quick fix for the digest finding', async () => {
    const uri = 'file:///tmp/boxlint-actions/pin-on/Dockerfile';
    const text = `FROM ${reg.host}/open/app:1.0\nUSER app\n`;
    const action = (await pinAction(on, uri, text, 0))!;
    assert.ok(action, 'no Pin action');
    assert.equal(action.kind, 'quickfix');
    assert.ok(action.diagnostics?.some(d => d.code === 'BXD403'));
    assert.equal(reg.log.length, 0, 'offering the action must not touch the network');
    const result = await run(on, action);
    assert.equal(result.applied, true, result.message);
    assert.equal(applied.length, 1);
    const change = applied[0].edit.documentChanges![0];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = applyEdits(text, change.edits as { range: Range; newText: string }[]);
    assert.equal(fixed, `FROM ${reg.host}/open/app:1.0@${MANIFEST_DIGEST}\nUSER app\n`);
    on.change(uri, 2, fixed);
    assert.ok(!(await on.diagnosticsFor(uri, p => p.version === 2)).some(d => d.code === 'BXD403'));
  });

  it('pins an ARG default through the token flow', async () => {
    const uri = 'file:///tmp/boxlint-actions/pin-arg/Dockerfile';
    const text = `ARG BASE=${reg.host}/auth/app:2\nFROM $BASE\nUSER app\n`;
    const action = (await pinAction(on, uri, text, 1))!;
    assert.ok(action, 'no Pin action');
    const result = await run(on, action);
    assert.equal(result.applied, true, result.message);
    const fixed = applyEdits(text, applied[0].edit.documentChanges![0].edits as { range: Range; newText: string }[]);
    assert.equal(fixed, `ARG BASE=${reg.host}/auth/app:2@${MANIFEST_DIGEST}\nFROM $BASE\nUSER app\n`);
    assert.ok(reg.log.some(l => l.url.startsWith('/token')));
  });

  for (const [repo, message] of [['missing/app:1', /not found .*404/], ['private/app:1', /refused anonymous access/], ['garbageheader/app:1', /malformed Docker-Content-Digest/]] as const) {
    it(`${repo.split('/')[0]}: shows a clear error and applies no edit`, async () => {
      const uri = `file:///tmp/boxlint-actions/pin-${repo.split('/')[0]}/Dockerfile`;
      const action = (await pinAction(on, uri, `FROM ${reg.host}/${repo}\nUSER app\n`, 0))!;
      const result = await run(on, action);
      assert.equal(result.applied, false);
      assert.match(result.message, message);
      assert.equal(applied.length, 0);
      for (let i = 0; i < 50 && !shown.length; i++) await new Promise(r => setTimeout(r, 20));
      assert.equal(shown[0]?.type, 1, 'an error message is shown');
      assert.match(shown[0].message, new RegExp(`^boxlint: could not pin \`${reg.host}/${repo.split(':')[0]}`));
    });
  }

  it('offers nothing for references already pinned, stages, scratch or composed of several ARGs', async () => {
    const uri = 'file:///tmp/boxlint-actions/pin-none/Dockerfile';
    const text = [`FROM ${reg.host}/open/app:1@${MANIFEST_DIGEST} AS build`, 'FROM build', 'FROM scratch', 'ARG A=x', `FROM ${reg.host}/$A:1`, 'USER app', ''].join('\n');
    on.open(uri, text);
    await on.diagnosticsFor(uri);
    const list = await actions(on, uri, whole, []);
    assert.deepEqual(list.filter(a => /^Pin /.test(a.title)).map(a => a.title), []);
  });
});
