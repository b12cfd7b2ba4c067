// A repository is untrusted input. These tests run the built CLI and language server on hostile files under a
// guard (test/security-guard.cjs) that refuses and logs any process start or network connection, with string
// code generation (eval, new Function) disabled in V8, and check that nothing in the workspace ran.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, parseBoxlintConfig, parseHadolintConfig } from '../rules/src';
import { LspClient } from './lsp-client';
import { CLI, requireBuild } from './process';

const GUARD = join(__dirname, 'security-guard.cjs');
const NODE_OPTIONS = `--require ${GUARD} --disallow-code-generation-from-strings`;

/** A folder holding a Vagrantfile, a Dockerfile and configs whose every line would leave a marker if it ran. */
function hostileRepo(): { dir: string; markers: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-hostile-'));
  const m = (n: number) => join(dir, `PWNED-${n}`);
  writeFileSync(join(dir, 'Vagrantfile'), [
    `system("touch ${m(1)}")`, `\`touch ${m(2)}\``, `%x(touch ${m(3)})`, `File.write("${m(4)}", "x")`,
    `eval("File.write('${m(5)}', 'x')")`, `require "${join(dir, 'evil.rb')}"`, `load "${join(dir, 'evil.rb')}"`,
    `BEGIN { File.write("${m(6)}", "x") }`, `at_exit { File.write("${m(7)}", "x") }`,
    'Vagrant.configure("2") do |config|', '  config.vm.box = "ubuntu/jammy64"',
    `  config.vm.provision "shell", inline: "touch ${m(8)}"`,
    `  config.trigger.before :up do |t| t.run = { inline: "touch ${m(9)}" } end`, 'end', '',
  ].join('\n'));
  writeFileSync(join(dir, 'evil.rb'), `File.write("${m(10)}", "x")\n`);
  writeFileSync(join(dir, 'Dockerfile'), `# syntax=${dir}/frontend\nFROM alpine:3.19\nRUN touch ${m(11)}\nRUN <<EOF\ntouch ${m(12)}\nEOF\nHEALTHCHECK CMD touch ${m(13)}\n`);
  writeFileSync(join(dir, '.boxlint.yaml'), [
    `rules: !!js/function "function () { require('fs').writeFileSync('${m(14)}', 'x') }"`,
    `settings: { a: !!python/object/apply:os.system ["touch ${m(15)}"], b: !ruby/object:Gem::Installer { i: x } }`, '',
  ].join('\n'));
  writeFileSync(join(dir, '.hadolint.yaml'), `ignored: !<tag:yaml.org,2002:js/undefined> ""\n`);
  return { dir, markers: () => readdirSync(dir).filter(f => f.startsWith('PWNED')) };
}

function runGuardedCli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('security: nothing from the workspace runs, no process, no network', function () {
  this.timeout(60000);
  before(requireBuild);

  it('YAML configs reject code tags (js/function, python, ruby objects) with a config error', () => {
    const tagged = ['rules: !!js/function "function(){}"', 'settings: !!python/object/apply:os.system ["id"]', 'settings: { a: !ruby/object:Gem::Installer { i: x } }',
      'rules: !<tag:yaml.org,2002:js/regexp> /a/'];
    for (const text of tagged) assert.throws(() => parseBoxlintConfig('.boxlint.yaml', text), ConfigError, text);
    assert.throws(() => parseHadolintConfig('.hadolint.yaml', 'ignored: !!js/undefined ""'), ConfigError);
  });

  it('a YAML alias bomb is refused at once', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'settings: { x: *j }'].join('\n');
    const t = performance.now();
    assert.throws(() => parseBoxlintConfig('.boxlint.yaml', bomb), ConfigError);
    assert.ok(performance.now() - t < 1000);
  });

  it('the CLI lints a hostile repository under the guard: exit 1 or 2, nothing ran, nothing blocked', () => {
    const repo = hostileRepo();
    const r = runGuardedCli(['--format', 'json', '.'], repo.dir);
    assert.ok(r.code === 1 || r.code === 2, `exit ${r.code}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /BOXLINT-GUARD/);
    assert.deepEqual(repo.markers(), []);
    // With the code-tagged config refused, an explicit clean config still lints both files.
    writeFileSync(join(repo.dir, 'clean.yaml'), 'rules: {}\n');
    const ok = runGuardedCli(['--format', 'json', '--config', 'clean.yaml', '.'], repo.dir);
    assert.equal(ok.code, 1, ok.stderr);
    const files = (JSON.parse(ok.stdout) as { files?: { path: string }[] } | { path: string }[]);
    assert.match(JSON.stringify(files), /Vagrantfile/);
    assert.match(JSON.stringify(files), /Dockerfile/);
    assert.doesNotMatch(ok.stderr, /BOXLINT-GUARD/);
    assert.deepEqual(repo.markers(), []);
  });

  describe('the language server under the guard', () => {
    let client: LspClient;
    let saved: string | undefined;
    const repo = hostileRepo();
    const uri = (f: string) => pathToFileURL(join(repo.dir, f)).href;

    before(async () => {
      saved = process.env.NODE_OPTIONS;
      process.env.NODE_OPTIONS = NODE_OPTIONS; // inherited by the server process only
      try { client = new LspClient(); } finally { if (saved === undefined) delete process.env.NODE_OPTIONS; else process.env.NODE_OPTIONS = saved; }
      await client.initialize();
    });
    after(() => client.stop());

    it('lints the hostile Vagrantfile and Dockerfile; nothing ran, nothing blocked', async () => {
      client.open(uri('Vagrantfile'), readFile(join(repo.dir, 'Vagrantfile')), 'ruby');
      client.open(uri('Dockerfile'), readFile(join(repo.dir, 'Dockerfile')));
      const v = await client.diagnosticsFor(uri('Vagrantfile'));
      const d = await client.diagnosticsFor(uri('Dockerfile'));
      assert.ok(v.length > 0 && d.length > 0, JSON.stringify({ v, d }));
      // Hover and code actions too: they must not reach the network unless digest pinning is switched on.
      const first = d[0];
      await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: uri('Dockerfile') }, position: first.range.start });
      await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('Dockerfile') }, range: first.range, context: { diagnostics: d } });
      assert.doesNotMatch(client.stderr, /BOXLINT-GUARD/);
      assert.deepEqual(repo.markers(), []);
    });

    it('the code-tagged config is refused: a diagnostic on the config file and at line 0 of the document, linting goes on', async () => {
      const d = await client.diagnosticsFor(uri('Dockerfile'));
      const config = d.find(x => x.code === 'config');
      assert.ok(config, JSON.stringify(d));
      assert.deepEqual(config.range.start, { line: 0, character: 0 });
      assert.match(config.message, /\.boxlint\.yaml could not be read .*tag.*default settings/);
      assert.ok(d.some(x => x.code !== 'config'), 'linting went on with defaults');
      const onFile = await client.diagnosticsFor(uri('.boxlint.yaml'));
      assert.equal(onFile.length, 1);
      assert.equal(onFile[0].severity, 1);
      assert.match(onFile[0].message, /Unresolved tag/);
    });

    it('malformed requests get an error or null, and the server keeps serving', async () => {
      const u = uri('Dockerfile');
      const attempts: [string, unknown][] = [
        ['textDocument/hover', {}],
        ['textDocument/hover', { textDocument: { uri: u }, position: { line: 1e9, character: -5 } }],
        ['textDocument/hover', { textDocument: { uri: u }, position: { line: 'x', character: null } }],
        ['textDocument/hover', { textDocument: { uri: 'file:///nowhere/Dockerfile' }, position: { line: 0, character: 0 } }],
        ['textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 5e8, character: 0 }, end: { line: -1, character: 2 ** 40 } } }],
        ['textDocument/codeAction', { textDocument: { uri: u }, range: null, context: { diagnostics: [{ source: 'boxlint', code: 'BXD402', range: null }] } }],
        ['textDocument/codeAction', null],
        ['boxlint/noSuchMethod', { a: 1 }],
        ['workspace/executeCommand', { command: 'boxlint.nope', arguments: [null, 1e9] }],
      ];
      for (const [method, params] of attempts) {
        try { await client.conn.sendRequest(method, params); } catch { /* an error response is fine */ }
      }
      // Notifications with nonsense: changes to an unopened document, an open with a huge version.
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope/Dockerfile', version: 3 }, contentChanges: [{ text: 'x' }] });
      void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/x/Dockerfile', languageId: 'dockerfile', version: 2 ** 53, text: '\0'.repeat(1000) } });
      assert.equal(client.proc.exitCode, null, client.stderr.slice(-1000));
      const fresh = uri('after/Dockerfile');
      client.open(fresh, 'FROM ubuntu:latest\n');
      const diags = await client.diagnosticsFor(fresh);
      assert.ok(diags.some(x => x.code === 'BXD402'), JSON.stringify(diags));
      assert.doesNotMatch(client.stderr, /BOXLINT-GUARD|uncaught/);
    });
  });

  it('the VS Code client restarts a crashed server (vscode-languageclient default error handler)', () => {
    // The client relies on the default: restart after a crash, up to 4 times in 3 minutes. Check it is not replaced.
    const src = readFile(join(__dirname, '..', 'client', 'src', 'extension.ts'));
    assert.doesNotMatch(src, /errorHandler|initializationFailedHandler|closed\s*\(/, 'a custom error handler would replace the restart policy: document it in SECURITY.md');
    const lib = readFile(require.resolve('vscode-languageclient/lib/common/client.js'));
    assert.match(lib, /restarts\.length\s*<=\s*\w+|this\.restarts\.length/, 'vscode-languageclient no longer counts restarts: re-check the crash policy');
    assert.ok(existsSync(CLI));
  });
});

function readFile(p: string): string {
  return require('node:fs').readFileSync(p, 'utf8') as string;
}
