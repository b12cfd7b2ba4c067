// The JSON report on stdout is written file by file as results arrive: its bytes must stay those of the
// whole-document formatter (a public contract), also through a pipe that is read slowly.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, jsonWriter } from '../cli/src/formats/json';
import type { FileResult } from '../cli/src/types';
import { defaultConfig, lint } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { CLI, requireBuild, runCli } from './process';

const DOCKERFILES = [
  'FROM ubuntu:latest\nRUN apt-get install curl\n',
  'FROM alpine\nRUN apk add bash && curl -fsSL https://x.example/i.sh | sh\nEXPOSE 2375\n',
  'FROM scratch\nUSER 1000\n',
];

describe('streamed JSON report', function () {
  this.timeout(120_000);

  it('jsonWriter writes the bytes of the json formatter (none, one, many files; errors, fixes, diffs)', async () => {
    await initEngine();
    const results: FileResult[] = [];
    for (let i = 0; i < 400; i++) {
      const text = DOCKERFILES[i % DOCKERFILES.length];
      const findings = lint(text, 'dockerfile', defaultConfig()).findings;
      const r: FileResult = { path: `/t/p${i}/Dockerfile`, kind: 'dockerfile', text, findings, internalErrors: [] };
      if (i % 7 === 1) r.error = 'cannot read: EACCES "quoted"\tand tab';
      if (i % 5 === 2) r.fix = { fixed: findings.slice(0, 1), written: false, diff: '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n' };
      results.push(r);
    }
    for (const n of [0, 1, 2, results.length]) {
      const chunks: string[] = [];
      const w = jsonWriter(t => chunks.push(t));
      for (const r of results.slice(0, n)) w.add(r);
      w.end();
      assert.equal(chunks.join(''), json(results.slice(0, n), { color: false, cwd: '/', version: '0' }), `${n} files`);
      if (n === results.length) assert.ok(chunks.length > 2, 'a large report is written in several parts');
    }
  });

  describe('as a process', () => {
    before(requireBuild);
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'boxlint-stream-'));
      for (let i = 0; i < 300; i++) {
        const sub = join(dir, `s${i % 11}`, `p${i}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'Dockerfile'), DOCKERFILES[i % DOCKERFILES.length]);
      }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('stdout (streamed, worker threads) equals --output-file (whole document)', () => {
      const out = join(dir, 'report.json');
      const streamed = runCli(['--format', 'json', '-j', '2', '.'], { cwd: dir });
      const whole = runCli(['--format', 'json', '-j', '2', '--output-file', out, '.'], { cwd: dir });
      assert.equal(streamed.code, 1, streamed.stderr);
      assert.equal(whole.code, 1, whole.stderr);
      assert.equal(streamed.stderr, whole.stderr);
      assert.equal(streamed.stdout, readFileSync(out, 'utf8'));
      assert.equal(JSON.parse(streamed.stdout).files.length, 300);
    });

    it('a slow reader on the pipe still gets the whole report, then the exit code', async () => {
      const expected = runCli(['--format', 'json', '.'], { cwd: dir }).stdout;
      const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.pause();
      await new Promise(r => setTimeout(r, 1500));
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => { chunks.push(c); child.stdout.pause(); setTimeout(() => child.stdout.resume(), 5); });
      child.stdout.resume();
      const code = await new Promise(r => child.on('close', r));
      assert.equal(code, 1);
      assert.equal(Buffer.concat(chunks).toString('utf8'), expected);
    });
  });
});
