// --fix and --fix-dry-run: only safe fixes, reported; never losing data (temp file + rename, untouched
// when the result would not parse or lint crashes, idempotent), checked over the whole corpus.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { defaultConfig, fixAll } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { safeFix, syntaxProblems } from '../cli/src/fix/safe-fix';
import { unifiedDiff } from '../cli/src/fix/diff';
import { CLI, requireBuild, runCli } from './process';

/** Temp folders made by this file's tests, removed at the end. */
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function tmpTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-fix-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** All files under dir (relative path -> bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else if (e.isFile()) out.set(rel + e.name, readFileSync(join(d, e.name)));
    }
  };
  walk(dir, '');
  return out;
}

// Safe fixes: `-y` for apt-get (BXD050) and `AS` casing (BXD036). Unsafe/snippet ones (tag, USER) stay.
const FIXABLE = 'FROM ubuntu:22.04 as base\nRUN apt-get update && apt-get install curl=7.81.0-1\nUSER app\n';
const FIXED = 'FROM ubuntu:22.04 AS base\nRUN apt-get update && apt-get install -y curl=7.81.0-1\nUSER app\n';

/** runCli with a longer limit: the corpus run lints ~500 files twice over. */
function runLong(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 540_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI --fix and --fix-dry-run (as a process)', function () {
  this.timeout(120_000);
  before(requireBuild);
  before(initEngine);

  it('--fix applies the safe fixes in place, reports them, and a second run changes nothing', () => {
    const dir = tmpTree({ Dockerfile: FIXABLE });
    const r = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), FIXED);
    assert.match(r.stdout, /^ {2}fixed {2}`apt-get install` without `-y`.*BXD050 require-apt-get-yes$/m);
    assert.match(r.stdout, /✔ fixed 2 problems in 1 file/);
    assert.doesNotMatch(r.stdout, /BXD050 require-apt-get-yes\n {4}\d/, 'a fixed finding is not reported as remaining');
    const again = runCli(['--fix', '--format', 'json', 'Dockerfile'], { cwd: dir });
    assert.deepEqual(JSON.parse(again.stdout).files[0].fixed, []);
    assert.equal(readFileSync(join(dir, 'Dockerfile'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(dir), ['Dockerfile'], 'no temp file left behind');
  });

  it('--fix exit code and JSON reflect what remains after fixing', () => {
    const dir = tmpTree({ Dockerfile: 'FROM debian:12.5@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8ed5e2a6a5bc7d8e4e as b\nUSER app\n' });
    const before = runCli(['--format', 'json', 'Dockerfile'], { cwd: dir });
    assert.equal(before.code, 1);
    const r = runCli(['--fix', '--format', 'json', 'Dockerfile'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    const file = JSON.parse(r.stdout).files[0];
    assert.deepEqual(file.fixed.map((f: { ruleId: string }) => f.ruleId), ['BXD036']);
    assert.deepEqual(file.findings, []);
    assert.match(r.stderr, /^boxlint: fixed 1 problem in 1 file$/m);
  });

  it('--fix-dry-run prints a unified diff that git applies, and changes nothing', () => {
    const dir = tmpTree({ 'svc/Dockerfile': FIXABLE, 'clean/Dockerfile': 'FROM scratch\nUSER 1\n' });
    const r = runCli(['--fix-dry-run', '.'], { cwd: dir });
    assert.equal(r.code, 1, 'findings remain in the unchanged file');
    assert.equal(r.stdout, [
      '--- a/svc/Dockerfile', '+++ b/svc/Dockerfile', '@@ -1,3 +1,3 @@',
      '-FROM ubuntu:22.04 as base', '-RUN apt-get update && apt-get install curl=7.81.0-1',
      '+FROM ubuntu:22.04 AS base', '+RUN apt-get update && apt-get install -y curl=7.81.0-1', ' USER app', '',
    ].join('\n'));
    assert.match(r.stderr, /would fix 2 problems in 1 file/);
    assert.equal(readFileSync(join(dir, 'svc/Dockerfile'), 'utf8'), FIXABLE);
    const git = spawnSync('git', ['apply', '-v', '-'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    assert.equal(git.status, 0, git.stderr);
    assert.equal(readFileSync(join(dir, 'svc/Dockerfile'), 'utf8'), FIXED);
    const json = JSON.parse(runCli(['--fix-dry-run', '--format', 'json', '.'], { cwd: tmpTree({ Dockerfile: FIXABLE }) }).stdout);
    assert.match(json.files[0].diff, /^--- a\/Dockerfile\n/);
    assert.equal(json.files[0].fixed.length, 2);
  });

  it('--stdin --fix prints the fixed text on stdout and the report on stderr', () => {
    const r = runCli(['--stdin', '--fix'], { input: FIXABLE });
    assert.equal(r.stdout, FIXED);
    assert.match(r.stderr, /fixed 2 problems/);
    const dry = runCli(['--stdin', '--stdin-filename', 'api.Dockerfile', '--fix-dry-run'], { input: FIXABLE });
    assert.match(dry.stdout, /^--- a\/api\.Dockerfile\n\+\+\+ b\/api\.Dockerfile\n/);
  });

  it('keeps CRLF line endings, a BOM, the file mode and symlinks', () => {
    const crlf = `\ufeff${FIXABLE.replace(/\n/g, '\r\n')}`;
    const dir = tmpTree({ 'real/Dockerfile': crlf });
    chmodSync(join(dir, 'real/Dockerfile'), 0o640);
    symlinkSync(join(dir, 'real/Dockerfile'), join(dir, 'Containerfile'));
    runCli(['--fix', 'Containerfile'], { cwd: dir });
    assert.ok(lstatSync(join(dir, 'Containerfile')).isSymbolicLink(), 'the link stays a link');
    assert.equal(readlinkSync(join(dir, 'Containerfile')), join(dir, 'real/Dockerfile'));
    assert.equal(readFileSync(join(dir, 'real/Dockerfile'), 'utf8'), `\ufeff${FIXED.replace(/\n/g, '\r\n')}`);
    assert.equal(statSync(join(dir, 'real/Dockerfile')).mode & 0o777, 0o640);
  });

  it('leaves a file that is not valid UTF-8 untouched', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a])]);
    const dir = tmpTree({ Dockerfile: bytes });
    const r = runCli(['--fix', 'Dockerfile'], { cwd: dir });
    assert.match(r.stderr, /Dockerfile: not fixed: the file is not valid UTF-8/);
    assert.ok(readFileSync(join(dir, 'Dockerfile')).equals(bytes));
  });

  it('leaves a file it may not write untouched (and no temp file), exits 2', function () {
    // root writes through file modes: make it immutable instead (chattr), or skip where that is unsupported.
    const lock = (p: string) => (process.getuid?.() === 0 ? spawnSync('chattr', ['+i', p]).status === 0 : (chmodSync(p, 0o555), true));
    const unlock = (p: string) => (process.getuid?.() === 0 ? spawnSync('chattr', ['-i', p]) : chmodSync(p, 0o755));
    const file = tmpTree({ Dockerfile: FIXABLE });
    const folder = tmpTree({ 'svc/Dockerfile': FIXABLE });
    if (!lock(join(file, 'Dockerfile'))) this.skip();
    lock(join(folder, 'svc'));
    try {
      for (const [cwd, path] of [[file, 'Dockerfile'], [folder, 'svc/Dockerfile']]) {
        const r = runCli(['--fix', path], { cwd });
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, new RegExp(`^boxlint: ${path}: fixes not written: .+$`, 'm'));
        assert.equal(readFileSync(join(cwd, path), 'utf8'), FIXABLE);
        assert.deepEqual(readdirSync(join(cwd, path, '..')), ['Dockerfile']);
      }
    } finally {
      unlock(join(file, 'Dockerfile'));
      unlock(join(folder, 'svc'));
    }
  });

  describe('safeFix refuses results it cannot vouch for', () => {
    const config = defaultConfig();
    const fake = (result: (text: string) => string): typeof fixAll => (text, kind, cfg) => {
      const real = fixAll(text, kind, cfg);
      return { ...real, text: result(text), fixed: real.fixed.length ? real.fixed : [{ ruleId: 'BXD050' } as never] };
    };

    it('applies real fixes', () => {
      assert.equal(safeFix(FIXABLE, 'dockerfile', config).text, FIXED);
    });
    it('when the fixed text would not parse', () => {
      const broken = safeFix(FIXABLE, 'dockerfile', config, fake(t => t.replace('RUN apt-get update &&', 'RUN apt-get update && (')));
      assert.match(broken.refused!, /would not parse/);
      assert.equal(broken.text, FIXABLE);
      assert.match(safeFix(FIXABLE, 'dockerfile', config, fake(t => `${t}FORM x\n`)).refused!, /would not parse/);
    });
    it('when linting crashes', () => {
      const crash: typeof fixAll = () => { throw new Error('boom'); };
      assert.match(safeFix(FIXABLE, 'dockerfile', config, crash).refused!, /lint crashed while fixing: boom/);
    });
    it('when a second run would change the file again', () => {
      let n = 0;
      const drifting = fake(t => `${t}# pass ${n++}\n`);
      assert.match(safeFix(FIXABLE, 'dockerfile', config, drifting).refused!, /do not settle/);
    });
    it('counts syntax problems: unknown instructions, shell and Ruby that do not parse', () => {
      assert.equal(syntaxProblems('FROM a\nRUN echo hi\n', 'dockerfile'), 0);
      assert.equal(syntaxProblems('FROM a\nFORM b\nRUN echo (\n', 'dockerfile'), 2);
      const vagrant = 'Vagrant.configure("2") do |config|\n  config.vm.box = "debian/bookworm64"\nend\n';
      assert.equal(syntaxProblems(vagrant, 'vagrantfile'), 0);
      assert.ok(syntaxProblems(vagrant.replace(/end\n$/, ''), 'vagrantfile') > 0, 'an unclosed block');
      const broken = safeFix(vagrant, 'vagrantfile', config, (text, kind, cfg) => ({ ...fixAll(text, kind, cfg), text: text.replace('do |config|', 'do |config'), fixed: [{ ruleId: 'BXV000' } as never] }));
      assert.match(broken.refused!, /would not parse/);
    });
  });

  describe('unified diff', () => {
    const apply = (before: string, after: string) => {
      const dir = tmpTree({ f: before });
      const patch = unifiedDiff('f', before, after);
      const git = spawnSync('git', ['apply', '-'], { cwd: dir, input: patch, encoding: 'utf8' });
      assert.equal(git.status, 0, `${git.stderr}\n${patch}`);
      return readFileSync(join(dir, 'f'), 'utf8');
    };

    it('is empty for equal texts', () => assert.equal(unifiedDiff('f', 'a\n', 'a\n'), ''));

    it('round-trips through git apply: separate hunks, edges, missing final newline, CRLF', () => {
      const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
      const text = lines.join('\n') + '\n';
      const cases: [string, string][] = [
        [text, text.replace('line 1\n', 'line 1 changed\n').replace('line 30\n', 'line 30\nadded\n')],
        [text, `first\n${text}`],
        [text, text.replace('line 39\n', '')],
        ['a\nb', 'a\nb\n'],
        ['a\nb\n', 'a\nB'],
        ['x\r\ny\r\n', 'x\r\nz\r\ny\r\n'],
        ['', 'new\n'],
      ];
      for (const [a, b] of cases) assert.equal(apply(a, b), b);
      const twoHunks = unifiedDiff('f', cases[0][0], cases[0][1]);
      assert.equal(twoHunks.match(/^@@ /gm)!.length, 2);
      assert.match(unifiedDiff('f', 'a\nb', 'a\nc'), /-b\n\\ No newline at end of file\n\+c\n\\ No newline at end of file\n$/);
    });

    it('round-trips random edits', () => {
      let seed = 7;
      const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
      for (let i = 0; i < 40; i++) {
        const a = Array.from({ length: 1 + rand(30) }, () => `l${rand(6)}`);
        const b = [...a];
        for (let k = rand(5); k >= 0; k--) {
          const at = rand(b.length + 1);
          if (rand(2)) b.splice(at, 1); else b.splice(at, 0, `n${rand(4)}`);
        }
        const before = a.join('\n') + '\n', after = b.length ? b.join('\n') + '\n' : '';
        assert.equal(apply(before, after), after);
      }
    });
  });

  describe('over the whole corpus (copied to a temp folder)', function () {
    this.timeout(600_000);
    const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
    let dir: string;
    let original: Map<string, Buffer>;
    let first: { files: { path: string; kind: 'dockerfile' | 'vagrantfile'; fixed: unknown[]; error?: string }[] };

    before(function () {
      if (!existsSync(CORPUS)) this.skip();
      dir = mkdtempSync(join(tmpdir(), 'boxlint-corpus-fix-'));
      made.push(dir);
      for (const [sub, name] of [['dockerfiles', 'Dockerfile'], ['vagrantfiles', 'Vagrantfile']]) {
        for (const f of readdirSync(join(CORPUS, sub))) {
          mkdirSync(join(dir, sub, f), { recursive: true });
          copyFileSync(join(CORPUS, sub, f), join(dir, sub, f, name));
        }
      }
      original = snapshot(dir);
      const r = runLong(['--fix', '--format', 'json', '.'], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      first = JSON.parse(r.stdout);
    });

    it('fixes files, changes only files it reports, and leaves no temp file', () => {
      assert.equal(first.files.length, original.size);
      const after = snapshot(dir);
      assert.deepEqual([...after.keys()].sort(), [...original.keys()].sort());
      const reported = new Set(first.files.filter(f => f.fixed.length).map(f => f.path));
      assert.ok(reported.size > 10, `only ${reported.size} files fixed`);
      for (const [path, bytes] of after) assert.equal(!bytes.equals(original.get(path)!), reported.has(path), path);
      for (const f of first.files) assert.equal(f.error, undefined, `${f.path}: ${f.error}`);
    });

    it('every fixed file still parses at least as well as before', () => {
      for (const f of first.files.filter(x => x.fixed.length)) {
        const before = original.get(f.path)!.toString('utf8');
        const now = readFileSync(join(dir, f.path), 'utf8');
        assert.ok(syntaxProblems(now, f.kind) <= syntaxProblems(before, f.kind), basename(join(f.path, '..')));
      }
    });

    it('is idempotent: a second --fix changes nothing and a dry run shows no diff', () => {
      const fixedOnce = snapshot(dir);
      const again = JSON.parse(runLong(['--fix', '--format', 'json', '.'], dir).stdout);
      assert.deepEqual(again.files.filter((f: { fixed: unknown[] }) => f.fixed.length).map((f: { path: string }) => f.path), []);
      const now = snapshot(dir);
      for (const [path, bytes] of fixedOnce) assert.ok(bytes.equals(now.get(path)!), path);
      assert.equal(runLong(['--fix-dry-run', '.'], dir).stdout, '');
    });
  });
});
