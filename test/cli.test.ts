import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild, runCli } from './process';

function tmpTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('CLI (as a process)', () => {
  before(requireBuild);

  it('exits 0 on a clean file', () => {
    const dir = tmpTree({ Dockerfile: 'FROM debian:12.5@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8ed5e2a6a5bc7d8e4e\nUSER app\n' });
    const r = runCli([join(dir, 'Dockerfile')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /no problems/);
  });

  it('exits 1 with findings and prints them with a code frame', () => {
    const dir = tmpTree({ Dockerfile: 'FROM ubuntu:latest\n' });
    const r = runCli([join(dir, 'Dockerfile')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /1:13 +warning +Image `ubuntu:latest` uses `latest`/);
    assert.match(r.stdout, /\^\^\^\^\^\^/);
    assert.match(r.stdout, /problems? \(/);
  });

  it('prints the JSON schema of the foundation issue', () => {
    const dir = tmpTree({ Dockerfile: 'FROM ubuntu:latest\nUSER app\n' });
    const r = runCli(['--format', 'json', join(dir, 'Dockerfile')]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1);
    const file = out.files[0];
    assert.equal(file.kind, 'dockerfile');
    const latest = file.findings.find((f: { ruleId: string }) => f.ruleId === 'BXD402');
    assert.deepEqual(Object.keys(latest).sort(), ['aliases', 'concern', 'fixable', 'message', 'range', 'ruleId', 'ruleName', 'severity']);
    assert.deepEqual(latest.aliases, ['DL3007']);
    assert.equal(latest.concern, 'unpinned-image');
    assert.equal(latest.severity, 'warning');
    assert.deepEqual(latest.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 18 } });
    assert.equal(latest.fixable, true);
  });

  it('walks folders for every Dockerfile name and skips node_modules', () => {
    const bad = 'FROM ubuntu\n';
    const dir = tmpTree({ 'a/Dockerfile': bad, 'b/api.Dockerfile': bad, 'c/Dockerfile.prod': bad, 'd/Containerfile': bad, 'e/x.containerfile': bad, 'node_modules/m/Dockerfile': bad, 'f/README.md': bad });
    const out = JSON.parse(runCli(['--format', 'json', dir]).stdout);
    const names = out.files.map((f: { path: string }) => f.path.slice(dir.length + 1)).sort();
    assert.deepEqual(names, ['a/Dockerfile', 'b/api.Dockerfile', 'c/Dockerfile.prod', 'd/Containerfile', 'e/x.containerfile']);
  });

  it('reads .boxlint.yaml upward and lets --rule override it', () => {
    const dir = tmpTree({ '.boxlint.yaml': 'rules:\n  DL3007: off\n', 'sub/Dockerfile': 'FROM ubuntu:latest\nUSER app\n' });
    const ids = (args: string[]) => JSON.parse(runCli(['--format', 'json', ...args, join(dir, 'sub/Dockerfile')]).stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!ids([]).includes('BXD402'));
    assert.ok(ids(['--rule', 'no-latest-tag=error']).includes('BXD402'));
  });

  it('honours inline boxlint and hadolint ignore comments', () => {
    const dir = tmpTree({ Dockerfile: '# hadolint ignore=DL3007\nFROM ubuntu:latest\n# boxlint ignore=BXD601\nRUN apt-get install -y curl\nUSER app\n' });
    const out = JSON.parse(runCli(['--format', 'json', join(dir, 'Dockerfile')]).stdout);
    const ids = out.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!ids.includes('BXD402') && !ids.includes('BXD601'), ids.join());
  });

  it('exits 2 with a one-line message on a missing file, an unknown option and a bad config', () => {
    const missing = runCli(['/nonexistent/Dockerfile']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^boxlint: .*no such file/);
    const unknown = runCli(['--frobnicate', 'x']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /frobnicate/);
    const dir = tmpTree({ '.boxlint.yaml': 'rulez:\n  x: off\n', Dockerfile: 'FROM a:1\n' });
    const bad = runCli([join(dir, 'Dockerfile')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown key `rulez`/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  it('--failure-threshold error passes a file with only warnings', () => {
    const dir = tmpTree({ Dockerfile: 'FROM ubuntu:latest\nUSER app\n' });
    assert.equal(runCli(['--failure-threshold', 'error', join(dir, 'Dockerfile')]).code, 0);
    assert.equal(runCli(['--failure-threshold', 'info', join(dir, 'Dockerfile')]).code, 1);
  });

  it('does not crash on empty, binary, BOM, CRLF and oversized files', () => {
    const big = 'RUN echo x\n'.repeat(120000);
    const dir = tmpTree({
      'e/Dockerfile': '', 'b/Dockerfile': '\u0000\u0001\u00ff\ufffd garbage \u0000', 'bom/Dockerfile': '\ufeffFROM ubuntu:latest\r\nUSER app\r\n',
      'big/Dockerfile': big, 'inv/Dockerfile': 'FROM a:1\n',
    });
    writeFileSync(join(dir, 'inv/Dockerfile'), Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xc3, 0x28, 0xff, 0x0a]));
    const r = runCli(['--format', 'json', dir]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.files.length, 5);
    const byDir = (d: string) => out.files.find((f: { path: string }) => f.path.includes(`/${d}/`)).findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(byDir('bom').includes('BXD402'), 'a BOM must not hide the first instruction');
    assert.deepEqual(byDir('big'), ['BXG001']);
  });

  it('--list-rules lists every rule', () => {
    const r = runCli(['--list-rules']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /BXD402 +no-latest-tag/);
  });
});
