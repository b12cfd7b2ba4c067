// Every output format, produced by the CLI as a process and checked against what its consumer accepts.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { CATALOG, ruleDocUrl } from '../rules/src';
import { requireBuild, runCli } from './process';

/** Temp folders made by this file's tests, removed at the end. */
const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

function tmpTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'boxlint-fmt-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// BXD101 (no USER), BXD402 (latest), BXD601 (unpinned apt package) and a safe fix (apt-get -y, BXD050).
const BAD = 'FROM ubuntu:latest\nRUN apt-get update && apt-get install curl\n';
const TREE = { 'app/Dockerfile': BAD, 'odd name/x.Dockerfile': 'FROM debian:12.5\nEXPOSE 2375\nUSER app\n', 'clean/Dockerfile': 'FROM scratch\nUSER 1000\n' };

describe('CLI output formats (as a process)', function () {
  this.timeout(120_000);
  before(requireBuild);
  let dir: string;
  before(() => { dir = tmpTree(TREE); });
  const run = (format: string, extra: string[] = []) => runCli(['--format', format, ...extra, '.'], { cwd: dir });

  describe('sarif', () => {
    let log: any;
    before(() => {
      const r = run('sarif');
      assert.equal(r.code, 1, r.stderr);
      log = JSON.parse(r.stdout);
    });

    it('validates against the official SARIF 2.1.0 JSON schema', () => {
      // The schema Microsoft's SARIF SDK publishes for 2.1.0 (JSON Schema draft-04). Its `language` pattern is
      // not a valid Unicode regex, hence unicodeRegExp: false; uri formats are checked as GitHub does.
      const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      const valid: boolean = validate(log);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      assert.equal(log.version, '2.1.0');
    });

    it('describes every rule with docs, help, link, default level and tags', () => {
      const rules = log.runs[0].tool.driver.rules;
      // Compared with the catalog of the same build (the source may be ahead of dist/ while rules are added).
      const listed = JSON.parse(runCli(['--list-rules', '--format', 'json']).stdout).map((r: { id: string }) => r.id);
      assert.deepEqual(rules.map((r: { id: string }) => r.id), listed);
      for (const r of rules) {
        const meta = CATALOG.find(m => m.id === r.id);
        if (!meta) continue;
        assert.equal(r.name, meta.name);
        assert.equal(r.shortDescription.text, meta.docs.summary);
        assert.ok(r.fullDescription.text.includes(meta.docs.why));
        assert.ok(r.help.text.includes(meta.docs.fix) && r.help.markdown.includes(meta.docs.fix), meta.id);
        assert.equal(r.helpUri, ruleDocUrl(meta));
        assert.equal(r.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[meta.severity]);
        assert.ok(r.properties.tags.includes(meta.concern));
      }
      const root = rules.find((r: any) => r.id === 'BXD101');
      assert.ok(root.properties.tags.includes('security'), 'root is a security concern');
      assert.match(root.properties['security-severity'], /^\d+\.\d$/);
    });

    it('reports results with rule index, level, 1-based regions, repo-relative URIs, fingerprints and fixes', () => {
      const run0 = log.runs[0];
      const results = run0.results;
      const latest = results.find((r: any) => r.ruleId === 'BXD402');
      assert.equal(run0.tool.driver.rules[latest.ruleIndex].id, 'BXD402');
      assert.equal(latest.level, 'warning');
      const loc = latest.locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'app/Dockerfile', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(loc.region, { startLine: 1, startColumn: 13, endLine: 1, endColumn: 19 });
      assert.match(run0.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
      assert.equal(run0.columnKind, 'utf16CodeUnits');
      const spaced = results.find((r: any) => r.ruleId === 'BXD201' || r.locations[0].physicalLocation.artifactLocation.uri.startsWith('odd'));
      assert.equal(spaced.locations[0].physicalLocation.artifactLocation.uri, 'odd%20name/x.Dockerfile');
      const yes = results.find((r: any) => r.ruleId === 'BXD050');
      const change = yes.fixes[0].artifactChanges[0];
      assert.equal(change.artifactLocation.uri, 'app/Dockerfile');
      assert.deepEqual(change.replacements[0].insertedContent, { text: ' -y' });
      assert.equal(change.replacements[0].deletedRegion.startLine, 2);
      for (const r of results) assert.match(r.partialFingerprints['boxlint/v1'], /^[0-9a-f]{32}$/);
      assert.equal(run0.invocations[0].executionSuccessful, true);
    });
  });

  it('json keeps the foundation schema and adds nothing to findings', () => {
    const out = JSON.parse(run('json').stdout);
    assert.equal(out.version, 1);
    assert.deepEqual(out.files.map((f: any) => f.path), ['app/Dockerfile', 'clean/Dockerfile', 'odd name/x.Dockerfile']);
    for (const f of out.files) {
      assert.deepEqual(Object.keys(f), ['path', 'kind', 'findings']);
      for (const x of f.findings) assert.deepEqual(Object.keys(x), ['ruleId', 'ruleName', 'aliases', 'concern', 'severity', 'message', 'range', 'fixable']);
    }
  });

  it('checkstyle is escaped XML with one <file> per file', () => {
    const d = tmpTree({ 'Dockerfile': 'FROM ubuntu:latest\nEXPOSE 2375\n' });
    const r = runCli(['--format', 'checkstyle', '--rule', 'BXD101=off', '.'], { cwd: d });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<\?xml version="1.0" encoding="utf-8"\?>\n<checkstyle version="4.3">\n {2}<file name="Dockerfile">\n/);
    assert.match(r.stdout, /<error line="1" column="13" severity="warning" message="Image `ubuntu:latest` uses `latest`: pin a release tag\." source="boxlint\.BXD402\.no-latest-tag"\/>/);
    // Messages with < > & " are escaped: nothing but markup may contain a raw < or &.
    const attrs = [...r.stdout.matchAll(/message="([^"]*)"/g)].map(m => m[1]);
    assert.ok(attrs.length >= 2);
    for (const a of attrs) assert.doesNotMatch(a, /[<>]|&(?!(amp|lt|gt|quot|apos|#\d+);)/);
    assert.match(r.stdout, /<\/file>\n<\/checkstyle>\n$/);
  });

  it('checkstyle escapes markup, quotes and control characters', async () => {
    const { xmlEscape } = await import('../cli/src/formats/checkstyle');
    assert.equal(xmlEscape(`a<b>&"c'\n\u0001\ud800`), 'a&lt;b&gt;&amp;&quot;c&apos;&#10;\ufffd\ufffd');
    assert.equal(xmlEscape('\ud83d\ude00'), '\ud83d\ude00', 'a surrogate pair is kept');
  });

  it('gitlab Code Quality: required keys, severity mapping, fingerprints unique and stable across runs and line moves', () => {
    const a = JSON.parse(run('gitlab').stdout);
    const b = JSON.parse(run('gitlab').stdout);
    assert.ok(a.length >= 4);
    for (const issue of a) {
      assert.equal(typeof issue.description, 'string');
      assert.match(issue.check_name, /^BX[DVG]\d{3} [a-z-]+$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
      assert.equal(typeof issue.location.path, 'string');
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
    }
    assert.deepEqual(a.map((i: any) => i.fingerprint), b.map((i: any) => i.fingerprint));
    assert.equal(new Set(a.map((i: any) => i.fingerprint)).size, a.length);
    const latest = a.find((i: any) => i.check_name.startsWith('BXD402'));
    assert.equal(latest.severity, 'major');
    assert.deepEqual(latest.location, { path: 'app/Dockerfile', lines: { begin: 1, end: 1 } });
    // An unrelated line added above keeps the fingerprint (line numbers are not part of it).
    const moved = tmpTree({ 'app/Dockerfile': `# syntax comment\n\n${BAD}` });
    const c = JSON.parse(runCli(['--format', 'gitlab', '.'], { cwd: moved }).stdout);
    assert.equal(c.find((i: any) => i.check_name.startsWith('BXD402')).fingerprint, latest.fingerprint);
  });

  it('github workflow commands with positions, titles and escaping', () => {
    const r = run('github');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::warning file=app\/Dockerfile,line=1,col=13,endLine=1,endColumn=18,title=BXD402 no-latest-tag::Image `ubuntu:latest` uses `latest`: pin a release tag\.$/m);
    for (const line of r.stdout.trimEnd().split('\n')) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::\S/);
  });

  it('github escaping of data and properties', async () => {
    const { escapeData, escapeProperty } = await import('../cli/src/formats/github');
    assert.equal(escapeData('50% done\r\nnext: a,b'), '50%25 done%0D%0Anext: a,b');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('stylish groups by file with code frames and a summary', () => {
    const r = run('stylish');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^app\/Dockerfile\n {2}1:6 +warning/m);
    assert.match(r.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?(, \d+ info)?\) in 3 files/);
    assert.match(r.stdout, /fixable with `boxlint --fix`/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when not a TTY');
  });

  it('--output-file writes the report to a file and nothing to stdout', () => {
    const out = join(dir, 'reports', 'boxlint.sarif');
    const r = runCli(['--format', 'sarif', '--output-file', out, 'app'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
  });
});
