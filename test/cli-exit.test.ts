// Exit codes as CI pipelines see them: 0 clean, 1 findings at/above the threshold, 2 usage/config/I/O error
// with one line on stderr.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild, runCli, type RunResult } from './process';

/** Temp folders made by this file's tests, removed at the end. */
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function tmpTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-exit-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CLEAN = 'FROM scratch\nUSER 1000\n';
/** Two warnings (latest tag, no USER) and nothing at error level. */
const WARNINGS = 'FROM ubuntu:latest\n';
const ERROR = 'FROM debian:12.5@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8ed5e2a6a5bc7d8e4e\nEXPOSE 2375\nUSER app\n';

function oneLineError(r: RunResult, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit ${r.code}: ${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^boxlint: /);
  assert.match(r.stderr, pattern);
}

describe('CLI exit codes (as a process)', function () {
  this.timeout(120_000);
  before(requireBuild);

  it('0 when clean, 1 with warnings, 1 with errors', () => {
    const dir = tmpTree({ 'c/Dockerfile': CLEAN, 'w/Dockerfile': WARNINGS, 'e/Dockerfile': ERROR });
    assert.equal(runCli(['c'], { cwd: dir }).code, 0);
    assert.equal(runCli(['w'], { cwd: dir }).code, 1);
    assert.equal(runCli(['e'], { cwd: dir }).code, 1);
  });

  it('--failure-threshold (and -t) moves the bar; none never fails', () => {
    const dir = tmpTree({ 'w/Dockerfile': WARNINGS, 'e/Dockerfile': ERROR });
    assert.equal(runCli(['--failure-threshold', 'error', 'w'], { cwd: dir }).code, 0);
    assert.equal(runCli(['-t', 'error', 'e'], { cwd: dir }).code, 1);
    assert.equal(runCli(['-t', 'none', 'e'], { cwd: dir }).code, 0);
    assert.equal(runCli(['-t', 'style', 'w'], { cwd: dir }).code, 1, "hadolint's `style` is accepted");
  });

  it("a config's failureThreshold applies to its files; the flag overrides it", () => {
    const dir = tmpTree({ 'relaxed/.boxlint.yaml': 'failureThreshold: error\n', 'relaxed/Dockerfile': WARNINGS, 'strict/Dockerfile': WARNINGS });
    assert.equal(runCli(['relaxed'], { cwd: dir }).code, 0);
    assert.equal(runCli(['relaxed', 'strict'], { cwd: dir }).code, 1);
    assert.equal(runCli(['-t', 'warning', 'relaxed'], { cwd: dir }).code, 1);
  });

  it('--max-warnings N fails past N warnings even under a higher threshold', () => {
    const dir = tmpTree({ Dockerfile: WARNINGS });
    assert.equal(runCli(['-t', 'error', '--max-warnings', '2', 'Dockerfile'], { cwd: dir }).code, 0);
    const over = runCli(['-t', 'error', '--max-warnings', '1', 'Dockerfile'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
    oneLineError(runCli(['--max-warnings', 'lots', 'Dockerfile'], { cwd: dir }), /--max-warnings lots: expected a whole number/);
  });

  it('--no-fail exits 0 with findings but still 2 on errors', () => {
    const dir = tmpTree({ Dockerfile: ERROR });
    const r = runCli(['--no-fail', 'Dockerfile'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /BXD201/);
    assert.equal(runCli(['--no-fail', 'missing/Dockerfile'], { cwd: dir }).code, 2);
  });

  it('2 for usage errors, one line each', () => {
    const dir = tmpTree({ Dockerfile: CLEAN });
    oneLineError(runCli(['--format', 'xml', 'Dockerfile'], { cwd: dir }), /unknown format `xml` \(use stylish, json, sarif, checkstyle, gitlab, github\)/);
    oneLineError(runCli(['--fix', '--fix-dry-run', 'Dockerfile'], { cwd: dir }), /either --fix or --fix-dry-run/);
    oneLineError(runCli(['--rule', 'no-such-rule=off', 'Dockerfile'], { cwd: dir }), /unknown rule `no-such-rule`/);
    oneLineError(runCli(['--rule', 'BXD402', 'Dockerfile'], { cwd: dir }), /expected <id>=off\|hint\|info\|warning\|error/);
    oneLineError(runCli(['-t', 'severe', 'Dockerfile'], { cwd: dir }), /--failure-threshold severe/);
    oneLineError(runCli([], { cwd: dir }), /no files given/);
    oneLineError(runCli(['--stdin', 'Dockerfile'], { cwd: dir }), /give no files with it/);
    oneLineError(runCli(['--stdin-filename', 'Dockerfile', 'Dockerfile'], { cwd: dir }), /needs --stdin/);
    oneLineError(runCli(['--explain', 'BXD999']), /unknown rule/);
    oneLineError(runCli(['--jobs', '0', 'Dockerfile'], { cwd: dir }), /--jobs 0/);
  });

  it('2 for config errors, naming the file and the key', () => {
    const typo = tmpTree({ '.boxlint.yaml': 'rules:\n  DL3007: off\nignorPaths: [vendor/]\n', Dockerfile: CLEAN });
    oneLineError(runCli(['Dockerfile'], { cwd: typo }), /\.boxlint\.yaml: unknown key `ignorPaths`/);
    const rule = tmpTree({ '.boxlint.yaml': 'rules:\n  no-latset-tag: off\n', Dockerfile: CLEAN });
    oneLineError(runCli(['Dockerfile'], { cwd: rule }), /\.boxlint\.yaml: rules\.no-latset-tag: unknown rule/);
    const yaml = tmpTree({ '.boxlint.yaml': 'rules: [\n', Dockerfile: CLEAN });
    oneLineError(runCli(['Dockerfile'], { cwd: yaml }), /\.boxlint\.yaml: invalid YAML/);
    oneLineError(runCli(['--config', 'nope.yaml', 'Dockerfile'], { cwd: yaml }), /nope\.yaml: cannot read: ENOENT/);
    // hadolint configs keep working with codes boxlint has no rule for.
    const hado = tmpTree({ '.hadolint.yaml': 'ignored: [DL3007, DL9999]\n', Dockerfile: 'FROM ubuntu:latest\nUSER app\n' });
    assert.equal(runCli(['Dockerfile'], { cwd: hado }).code, 0);
  });

  it('2 for I/O errors; the other files are still reported', async () => {
    // A socket named like a Dockerfile cannot be read (ENXIO), even by root.
    const dir = tmpTree({ 'ok/Dockerfile': WARNINGS });
    const server = createServer();
    await new Promise<void>(done => server.listen(join(dir, 'Containerfile'), done));
    try {
      const r = runCli(['--format', 'json', 'ok/Dockerfile', 'Containerfile'], { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^boxlint: Containerfile: cannot read: E[A-Z]+$/m);
      const files = JSON.parse(r.stdout).files;
      assert.ok(files[0].findings.length > 0, 'the readable file is still reported');
      assert.match(files[1].error, /cannot read/);
      const annotations = runCli(['--format', 'github', 'Containerfile'], { cwd: dir });
      assert.match(annotations.stdout, /^::error file=Containerfile,title=boxlint::cannot read: E[A-Z]+$/m);
    } finally { server.close(); }
  });

  it('2 for a missing operand, one line', () => {
    oneLineError(runCli(['/nonexistent/Dockerfile']), /\/nonexistent\/Dockerfile: no such file or directory/);
  });
});
