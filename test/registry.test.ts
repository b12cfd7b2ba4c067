import { strict as assert } from 'node:assert';
import { manifestLocation, parseBearerChallenge, resolveDigest } from '../host/src/registry';
import { MANIFEST_DIGEST, startRegistry, type TestRegistry } from './registry-server';

describe('registry: reference normalisation (no network)', () => {
  it('maps Docker Hub names to registry-1.docker.io and library/ for official images', () => {
    assert.deepEqual(manifestLocation('ubuntu'), { host: 'registry-1.docker.io', repository: 'library/ubuntu', reference: 'latest', secure: true });
    assert.deepEqual(manifestLocation('docker.io/library/ubuntu:24.04'), { host: 'registry-1.docker.io', repository: 'library/ubuntu', reference: '24.04', secure: true });
    assert.deepEqual(manifestLocation('index.docker.io/nginx:1.27'), { host: 'registry-1.docker.io', repository: 'library/nginx', reference: '1.27', secure: true });
    assert.deepEqual(manifestLocation('bitnami/redis:7.4'), { host: 'registry-1.docker.io', repository: 'bitnami/redis', reference: '7.4', secure: true });
    assert.deepEqual(manifestLocation('ghcr.io/owner/tool:v1'), { host: 'ghcr.io', repository: 'owner/tool', reference: 'v1', secure: true });
    assert.deepEqual(manifestLocation('localhost:5000/app:dev'), { host: 'localhost:5000', repository: 'app', reference: 'dev', secure: false });
  });

  it('refuses references it cannot look up, with the reason', () => {
    assert.match(manifestLocation('$BASE:1') as string, /variable/);
    assert.match(manifestLocation(`ubuntu@sha256:${'a'.repeat(64)}`) as string, /already pinned/);
    assert.match(manifestLocation('Ubuntu:1') as string, /not a valid repository/);
  });

  it('parses Bearer challenges, quoted or not', () => {
    assert.deepEqual(parseBearerChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"'),
      { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/ubuntu:pull' });
    assert.deepEqual(parseBearerChallenge('bearer realm=https://r/t, service=s'), { realm: 'https://r/t', service: 's' });
    assert.equal(parseBearerChallenge('Basic realm="x"'), null);
  });
});

describe('registry: resolving digests against an OCI server on 127.0.0.1', () => {
  let reg: TestRegistry;
  before(async () => { reg = await startRegistry(); });
  after(() => reg.close());
  beforeEach(() => { reg.log.length = 0; });

  const fast = { timeoutMs: 2000 };

  it('reads Docker-Content-Digest from a HEAD with OCI index, manifest list and manifest v2 accepted', async () => {
    const r = await resolveDigest(`${reg.host}/open/app:1.0`, fast);
    assert.deepEqual(r, { ok: true, digest: MANIFEST_DIGEST, resolved: `${reg.host}/open/app:1.0` });
    assert.equal(reg.log.length, 1);
    assert.equal(reg.log[0].method, 'HEAD');
    for (const type of ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.docker.distribution.manifest.v2+json']) {
      assert.ok(reg.log[0].accept?.includes(type), `Accept lacks ${type}: ${reg.log[0].accept}`);
    }
  });

  it('follows the anonymous token flow on 401 and retries with the Bearer token', async () => {
    const r = await resolveDigest(`${reg.host}/auth/app:2`, fast);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.digest, MANIFEST_DIGEST);
    const tokenCall = reg.log.find(l => l.url.startsWith('/token'))!;
    const q = new URL(tokenCall.url, 'http://x').searchParams;
    assert.equal(q.get('service'), 'test-registry');
    assert.equal(q.get('scope'), 'repository:auth/app:pull');
    assert.equal(reg.log[reg.log.length - 1].authorization, 'Bearer tok-repository:auth/app:pull');
  });

  it('hashes the manifest itself when HEAD is not allowed and no digest header comes back', async () => {
    const r = await resolveDigest(`${reg.host}/nohead/app:3`, fast);
    assert.deepEqual(r, { ok: true, digest: MANIFEST_DIGEST, resolved: `${reg.host}/nohead/app:3` });
    assert.deepEqual(reg.log.map(l => l.method), ['HEAD', 'GET']);
  });

  const bad: [string, RegExp, object?][] = [
    ['private/app:1', /refused anonymous access .*401/],
    ['basic/app:1', /asks for credentials .*anonymous/],
    ['badtoken/app:1', /token service .* not JSON/],
    ['missing/app:1', /`missing\/app:1` was not found .*404/],
    ['ratelimit/app:1', /rate-limiting .*429/],
    ['slow/app:1', /no answer from .* within 300 ms/, { timeoutMs: 300 }],
    ['garbageheader/app:1', /malformed Docker-Content-Digest/],
    ['garbagebody/app:1', /not a manifest \(not JSON\)/],
    ['notmanifest/app:1', /JSON that is not an image manifest/],
    ['mismatch/app:1', /hashes to sha256:/],
    ['huge/app:1', /over the 1024-byte limit/, { maxManifestBytes: 1024 }],
  ];
  for (const [name, message, opts] of bad) {
    it(`${name.split('/')[0]}: a clear message, no digest`, async () => {
      const started = Date.now();
      const r = await resolveDigest(`${reg.host}/${name}`, { ...fast, ...opts });
      assert.equal(r.ok, false, JSON.stringify(r));
      assert.match((r as { message: string }).message, message);
      assert.ok((r as { message: string }).message.includes(reg.host), 'the message names the registry');
      assert.ok(Date.now() - started < 1900, 'gave up in time');
    });
  }

  it('reports a closed port as unreachable', async () => {
    const closed = await startRegistry();
    const host = closed.host;
    await closed.close();
    const r = await resolveDigest(`${host}/open/app:1`, fast);
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /could not reach 127\.0\.0\.1:\d+ over HTTP \(ECONNREFUSED\)/);
  });
});
