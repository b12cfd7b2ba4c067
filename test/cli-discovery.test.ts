// What the CLI lints: folder walks, ignorePaths relative to the config that declares them, stdin, and the
// information commands (--list-rules, --explain, --print-config).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { detectKind } from '../rules/src';
import { ignoreMatcher } from '../host/src/ignore';
import { discover } from '../host/src/discover';
import { requireBuild, runCli } from './process';

/** Temp folders made by this file's tests, removed at the end. */
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function tmpTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-disc-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const BAD = 'FROM ubuntu\n';
const paths = (stdout: string): string[] => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

describe('CLI discovery and input (as a process)', function () {
  this.timeout(120_000);
  before(requireBuild);

  it('discover() lists the files with or without an onFound callback, which counts them as they are found', () => {
    const dir = tmpTree({ 'a/Dockerfile': BAD, 'b/Dockerfile': BAD, 'b/Vagrantfile': 'Vagrant.configure("2") do |c|\nend\n' });
    const counts: number[] = [];
    const withCallback = discover([dir], { isIgnored: () => false, onFound: n => counts.push(n) }).map(f => f.path);
    assert.deepEqual(discover([dir], { isIgnored: () => false }).map(f => f.path), withCallback);
    assert.deepEqual(withCallback, ['a/Dockerfile', 'b/Dockerfile', 'b/Vagrantfile'].map(n => join(dir, n)));
    assert.deepEqual(counts, [1, 2, 3]);
  });

  it('walks every file kind in a stable order, skipping node_modules, .git and other names', () => {
    const dir = tmpTree({
      'b/Dockerfile': BAD, 'a/api.Dockerfile': BAD, 'a/Dockerfile.prod': BAD, 'c/Containerfile': BAD, 'c/x.containerfile': BAD,
      'v/Vagrantfile': 'Vagrant.configure("2") do |config|\nend\n', 'node_modules/m/Dockerfile': BAD, '.git/Dockerfile': BAD,
      'docs/Dockerfile.md.txt': BAD, 'docs/README.md': BAD,
    });
    const r = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.deepEqual(paths(r.stdout), ['a/Dockerfile.prod', 'a/api.Dockerfile', 'b/Dockerfile', 'c/Containerfile', 'c/x.containerfile', 'docs/Dockerfile.md.txt', 'v/Vagrantfile']);
    assert.equal(JSON.parse(r.stdout).files.at(-1).kind, 'vagrantfile');
  });

  it('honours ignorePaths relative to the folder of the config that declares them', () => {
    const dir = tmpTree({
      '.boxlint.yaml': 'ignorePaths:\n  - vendor/\n  - "**/testdata/**"\n  - /Dockerfile.skip\n  - "*.tmp.Dockerfile"\n  - "!keep.tmp.Dockerfile"\n',
      'Dockerfile.skip': BAD, 'sub/Dockerfile.skip': BAD, 'vendor/Dockerfile': BAD, 'deep/vendor/Dockerfile': BAD,
      'x/testdata/y/Dockerfile': BAD, 'mytestdata/Dockerfile': BAD, 'a.tmp.Dockerfile': BAD, 'keep.tmp.Dockerfile': BAD,
      // A nested config governs its own folder: its patterns are relative to it, the parent's no longer apply.
      'nested/.boxlint.yaml': 'ignorePaths: [gen/]\n', 'nested/gen/Dockerfile': BAD, 'nested/vendor/Dockerfile': BAD,
    });
    const r = runCli(['--format', 'json', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(paths(r.stdout), ['keep.tmp.Dockerfile', 'mytestdata/Dockerfile', 'nested/vendor/Dockerfile', 'sub/Dockerfile.skip']);
    // Files named on the command line (pre-commit passes them one by one) are ignored the same way.
    const named = runCli(['--format', 'json', 'vendor/Dockerfile', 'sub/Dockerfile.skip'], { cwd: dir });
    assert.deepEqual(paths(named.stdout), ['sub/Dockerfile.skip']);
    // From another working folder the patterns still read from the config's folder.
    assert.deepEqual(paths(runCli(['--format', 'json', join(dir, 'deep')]).stdout), []);
  });

  it(".pre-commit-hooks.yaml runs the boxlint bin on exactly the file names boxlint discovers", () => {
    const hooks = parseYaml(readFileSync(join(__dirname, '..', '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    assert.deepEqual(hooks.map(h => [h.id, h.entry, h.language]), [['boxlint', 'boxlint', 'node'], ['boxlint-fix', 'boxlint --fix', 'node']]);
    for (const h of hooks) {
      // pre-commit uses Python's re.search; `(?i)` is its inline case-insensitive flag.
      assert.ok(h.files.startsWith('(?i)'));
      const re = new RegExp(h.files.slice(4), 'i');
      const names = ['Dockerfile', 'a/Dockerfile', 'b/api.Dockerfile', 'Dockerfile.prod', 'c/Containerfile', 'x.containerfile', 'Containerfile.dev',
        'Vagrantfile', 'v/dev.vagrantfile', 'dockerfile', 'README.md', 'notDockerfile', 'docker-compose.yml', 'Dockerfile/x', 'Dockerfiles/y'];
      for (const n of names) assert.equal(re.test(n), detectKind(n) !== null, n);
    }
  });

  it('gitignore-style matching', () => {
    const m = ignoreMatcher(['**/build/', 'docs/*.Dockerfile', '/root.Dockerfile', '# comment', '']);
    assert.ok(m('build/') && m('a/b/build/') && !m('build'), 'trailing slash: folders only');
    assert.ok(m('docs/a.Dockerfile') && !m('docs/x/a.Dockerfile'), 'a slash anchors, * stays in one segment');
    assert.ok(m('root.Dockerfile') && !m('sub/root.Dockerfile'));
    assert.ok(!ignoreMatcher([])('anything'));
  });

  it('does not follow symlinked folders and lists a file reached twice once', () => {
    const dir = tmpTree({ 'real/Dockerfile': BAD });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    symlinkSync(join(dir, 'real', 'Dockerfile'), join(dir, 'Containerfile'));
    const r = runCli(['--format', 'json', '.', 'real/Dockerfile', 'real', 'Containerfile'], { cwd: dir });
    assert.deepEqual(paths(r.stdout), ['Containerfile'], 'one file, listed once under the first name met');
  });

  it('--stdin with --stdin-filename: the name picks the kind and the config', () => {
    const dir = tmpTree({ 'svc/.boxlint.yaml': 'rules:\n  no-latest-tag: off\n' });
    const df = runCli(['--format', 'json', '--stdin', '--stdin-filename', 'svc/Dockerfile'], { cwd: dir, input: 'FROM ubuntu:latest\nUSER app\n' });
    const out = JSON.parse(df.stdout);
    assert.equal(out.files[0].path, 'svc/Dockerfile');
    assert.equal(out.files[0].kind, 'dockerfile');
    assert.ok(!out.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'BXD402'), 'svc/.boxlint.yaml applied');
    const plain = JSON.parse(runCli(['--format', 'json', '--stdin'], { cwd: dir, input: 'FROM ubuntu:latest\nUSER app\n' }).stdout);
    assert.equal(plain.files[0].path, '<stdin>');
    assert.ok(plain.files[0].findings.some((f: { ruleId: string }) => f.ruleId === 'BXD402'));
    const vf = JSON.parse(runCli(['--format', 'json', '--stdin', '--stdin-filename', 'Vagrantfile'], { cwd: dir, input: 'Vagrant.configure("2") do |c|\nend\n' }).stdout);
    assert.equal(vf.files[0].kind, 'vagrantfile');
  });

  it('hadolint-style --ignore and --trusted-registry', () => {
    const dir = tmpTree({ Dockerfile: 'FROM ubuntu:latest\nUSER app\n' });
    const ids = (args: string[]) => JSON.parse(runCli(['--format', 'json', ...args, 'Dockerfile'], { cwd: dir }).stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids([]).includes('BXD402'));
    assert.ok(!ids(['--ignore', 'DL3007']).includes('BXD402'));
    assert.ok(!ids(['--trusted-registry', 'docker.io']).includes('BXD404'));
    assert.ok(ids(['--trusted-registry', 'ghcr.io', '--trusted-registry', 'quay.io']).includes('BXD404'));
    // A hadolint code boxlint has no rule for is accepted (shared CI scripts keep working); a typo is not.
    assert.equal(runCli(['--ignore', 'DL9999', 'Dockerfile'], { cwd: dir }).code, 1);
    const typo = runCli(['--ignore', 'no-lastest-tag', 'Dockerfile'], { cwd: dir });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /--ignore no-lastest-tag: unknown rule/);
  });

  it('--list-rules prints a table, or JSON with --format json', () => {
    const table = runCli(['--list-rules']);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /^ID +NAME +FILE +CONCERN +DEFAULT +FIX +ALIASES$/m);
    const rules = JSON.parse(runCli(['--list-rules', '--format', 'json']).stdout);
    assert.equal(table.stdout.trimEnd().split('\n').length, rules.length + 1);
    const latest = rules.find((r: { id: string }) => r.id === 'BXD402');
    assert.deepEqual([latest.name, latest.concern, latest.severity, latest.aliases[0].id], ['no-latest-tag', 'unpinned-image', 'warning', 'DL3007']);
    assert.match(latest.docs, /#bxd402-no-latest-tag$/);
  });

  it('--explain prints a rule by id, name or alias', () => {
    for (const id of ['BXD402', 'no-latest-tag', 'DL3007']) {
      const r = runCli(['--explain', id]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^BXD402 no-latest-tag\n/);
      assert.match(r.stdout, /Why it matters: /);
      assert.match(r.stdout, /Bad:\n\n {4}FROM /);
      assert.match(r.stdout, /Docs: https:\/\/\S+#bxd402-no-latest-tag/);
    }
  });

  it('--print-config shows the config file, merged settings and each rule\'s severity for a file', () => {
    const dir = tmpTree({ '.boxlint.yaml': 'rules:\n  DL3007: error\nignorePaths: [gen/]\ntrustedRegistries: [ghcr.io]\n' });
    const r = runCli(['--print-config', 'gen/Dockerfile', '--rule', 'require-image-digest=off'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.configFile, join(dir, '.boxlint.yaml'));
    assert.equal(out.kind, 'dockerfile');
    assert.equal(out.ignored, true);
    assert.deepEqual(out.config.trustedRegistries, ['ghcr.io']);
    assert.equal(out.rules.BXD402, 'error');
    assert.equal(out.rules.BXD403, 'off');
    assert.equal(out.failureThreshold, 'warning');
    assert.ok(!('BXV001' in out.rules), 'only rules for the file kind');
  });
});
