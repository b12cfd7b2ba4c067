// A small OCI distribution server on 127.0.0.1 for digest-pinning tests: the manifest endpoint, the
// anonymous Bearer token flow, and repositories that misbehave on purpose (named after what they do).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 500, platform: { architecture: 'amd64', os: 'linux' } }],
});
export const MANIFEST_DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;

export interface Logged { method: string; url: string; accept?: string; authorization?: string }

export interface TestRegistry {
  /** `127.0.0.1:<port>`, the registry part of image references. */
  host: string;
  log: Logged[];
  close(): Promise<void>;
}

export async function startRegistry(): Promise<TestRegistry> {
  const log: Logged[] = [];
  let host = '';
  const challenge = (repo: string) => `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${repo}:pull"`;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    log.push({ method: req.method!, url: req.url!, accept: req.headers.accept, authorization: req.headers.authorization });
    const url = new URL(req.url!, `http://${host}`);
    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      if (scope.includes('badtoken/')) { res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>not a token</html>'); return; }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token: `tok-${scope}` }));
      return;
    }
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (!m) { res.writeHead(404).end(); return; }
    const [, repo] = m;
    const group = repo.split('/')[0];
    const authorized = req.headers.authorization === `Bearer tok-repository:${repo}:pull`;
    const head = req.method === 'HEAD';
    const manifest = (headers: Record<string, string | number>, body = MANIFEST) =>
      res.writeHead(200, { 'Content-Type': 'application/vnd.oci.image.index.v1+json', 'Content-Length': Buffer.byteLength(body), ...headers }).end(head ? undefined : body);

    switch (group) {
      case 'auth': case 'private': case 'badtoken':
        if (!authorized || group === 'private') { res.writeHead(401, { 'WWW-Authenticate': challenge(repo) }).end(); return; }
        manifest({ 'Docker-Content-Digest': MANIFEST_DIGEST });
        return;
      case 'basic': res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="registry"' }).end(); return;
      case 'open': manifest({ 'Docker-Content-Digest': MANIFEST_DIGEST }); return;
      case 'nohead':
        if (head) { res.writeHead(405).end(); return; }
        manifest({});
        return;
      case 'missing':
        res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }));
        return;
      case 'ratelimit': res.writeHead(429).end(); return;
      case 'slow': return; // never answers
      case 'garbageheader': manifest({ 'Docker-Content-Digest': 'sha256:zzzz not a digest' }); return;
      case 'garbagebody': manifest({}, 'this is not a manifest \u0000\u0001'); return;
      case 'notmanifest': manifest({}, JSON.stringify({ hello: 'world' })); return;
      case 'mismatch': if (head) { manifest({}); return; } manifest({ 'Docker-Content-Digest': `sha256:${'b'.repeat(64)}` }); return;
      case 'huge': if (head) { manifest({}); return; } manifest({}, JSON.stringify({ schemaVersion: 2, pad: 'x'.repeat(64 * 1024) })); return;
      default: res.writeHead(404).end();
    }
  };

  const server: Server = createServer(handle);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host, log,
    close: () => new Promise<void>(resolve => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
