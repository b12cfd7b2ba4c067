// `--pin-digests` against the loopback OCI registry of test/registry-server.ts: each reference asked once,
// pinned where it is spelled (the FROM word or its ARG default), failures named and exiting 2, and no request
// at all without the flag.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBuild, runCliAsync } from './process';
import { MANIFEST_DIGEST, startRegistry, type TestRegistry } from './registry-server';

describe('CLI --pin-digests', () => {
  let reg: TestRegistry;
  before(requireBuild);
  before(async () => { reg = await startRegistry(); });
  after(() => reg.close());
  beforeEach(() => { reg.log.length = 0; });

  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'boxlint-pin-')), 'Dockerfile');
    writeFileSync(path, text);
    return path;
  };
  const manifestRequests = (repo: string) => reg.log.filter(l => l.url.startsWith(`/v2/${repo}/manifests/`)).length;

  it('pins every FROM of a reference, asking the registry once for it', async () => {
    const path = file(`FROM ${reg.host}/open/app:1.0 AS build\nRUN make\nFROM ${reg.host}/open/app:1.0\nCOPY --from=build /out /out\n`);
    const r = await runCliAsync(['--fix', '--pin-digests', path]);
    assert.equal(r.code, 1, r.stderr); // the file still has findings (no USER)
    assert.equal(readFileSync(path, 'utf8'), `FROM ${reg.host}/open/app:1.0@${MANIFEST_DIGEST} AS build\nRUN make\nFROM ${reg.host}/open/app:1.0@${MANIFEST_DIGEST}\nCOPY --from=build /out /out\n`);
    assert.equal(manifestRequests('open/app'), 1);
    assert.match(r.stdout, new RegExp(`pinned  \`${reg.host}/open/app:1\\.0\` to ${MANIFEST_DIGEST}`));
    assert.match(r.stdout, /✔ pinned 2 images in 1 file/);
  });

  it('pins an ARG default once, however many stages use it', async () => {
    const path = file(`ARG BASE=${reg.host}/open/base:2.0\nFROM $BASE AS one\nFROM \${BASE}\n`);
    const r = await runCliAsync(['--fix', '--pin-digests', path]);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(readFileSync(path, 'utf8'), `ARG BASE=${reg.host}/open/base:2.0@${MANIFEST_DIGEST}\nFROM $BASE AS one\nFROM \${BASE}\n`);
  });

  it('pins in worker threads too (-j 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boxlint-pin-'));
    for (const name of ['a.Dockerfile', 'b.Dockerfile']) writeFileSync(join(dir, name), `FROM ${reg.host}/open/${name[0]}:1\n`);
    const r = await runCliAsync(['--fix', '--pin-digests', '-j', '2', dir]);
    assert.notEqual(r.code, 2, r.stderr);
    for (const name of ['a.Dockerfile', 'b.Dockerfile']) assert.equal(readFileSync(join(dir, name), 'utf8'), `FROM ${reg.host}/open/${name[0]}:1@${MANIFEST_DIGEST}\n`);
  });

  it('shows the pins in the dry run diff and the JSON report, and changes nothing', async () => {
    const text = `FROM ${reg.host}/open/app:3\nUSER app\n`;
    const path = file(text);
    const diff = await runCliAsync(['--fix-dry-run', '--pin-digests', path]);
    assert.match(diff.stdout, new RegExp(`^\\+FROM ${reg.host}/open/app:3@${MANIFEST_DIGEST}$`, 'm'));
    assert.match(diff.stderr, /would pin 1 image in 1 file/);
    const json = JSON.parse((await runCliAsync(['--fix-dry-run', '--pin-digests', '--format', 'json', path])).stdout);
    assert.deepEqual(json.files[0].pinned, [{ image: `${reg.host}/open/app:3`, digest: MANIFEST_DIGEST }]);
    assert.equal(readFileSync(path, 'utf8'), text);
  });

  it('names a reference its registry cannot resolve, exits 2 and still pins the others', async () => {
    const path = file(`FROM ${reg.host}/missing/app:1.0 AS a\nFROM ${reg.host}/open/app:4\n`);
    const r = await runCliAsync(['--fix', '--pin-digests', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`could not pin \`${reg.host}/missing/app:1\\.0\` to a digest: `));
    assert.equal(readFileSync(path, 'utf8'), `FROM ${reg.host}/missing/app:1.0 AS a\nFROM ${reg.host}/open/app:4@${MANIFEST_DIGEST}\n`);
  });

  it('leaves stages, scratch, variables without a default and pinned images alone', async () => {
    const text = `FROM ${reg.host}/open/app:5@${MANIFEST_DIGEST} AS a\nFROM a\nFROM scratch\nARG TAG\nFROM ${reg.host}/open/app:$TAG\n`;
    const path = file(text);
    const r = await runCliAsync(['--fix', '--pin-digests', path]);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(readFileSync(path, 'utf8'), text);
    assert.equal(reg.log.length, 0);
  });

  it('asks no registry without the flag, and refuses the flag without --fix', async () => {
    const path = file(`FROM ${reg.host}/open/app:6\n`);
    await runCliAsync(['--fix', path]);
    assert.equal(reg.log.length, 0);
    const r = await runCliAsync(['--pin-digests', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--pin-digests changes files: use it with --fix or --fix-dry-run/);
  });
});
