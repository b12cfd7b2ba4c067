// Resolves an image tag to the digest its registry serves now, through the OCI distribution API:
// HEAD (then GET) /v2/<name>/manifests/<tag>, reading Docker-Content-Digest, with the anonymous
// Bearer token flow Docker Hub uses. Only called when the user opted in (boxlint.pinDigests, CLI flag):
// nothing here runs otherwise. Every failure is a message for the user, never an exception.
import { createHash } from 'node:crypto';
import { parseImageRef } from '../../rules/src/dockerfile/image-ref';
import { isDockerHub, registryLocation } from '../../rules/src/dockerfile/image-info';

export type DigestResult =
  | { ok: true; digest: string; /** What was asked, e.g. `registry-1.docker.io/library/ubuntu:24.04`. */ resolved: string }
  /** `message` says why, naming the registry; callers put the image reference in front. */
  | { ok: false; message: string };

export interface RegistryOptions {
  /** Whole resolution (token included), default 10 s. */
  timeoutMs?: number;
  /** Largest manifest read, default 4 MiB (the OCI spec's recommended limit). */
  maxManifestBytes?: number;
  fetch?: typeof fetch;
}

export interface ManifestLocation { host: string; repository: string; reference: string; secure: boolean }

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const MAX_TOKEN_BYTES = 64 * 1024;
const DIGEST = /^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$/;
// From the OCI distribution spec.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/** Loopback registries speak plain HTTP, as Docker allows by default; every other registry needs HTTPS. */
function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * Where a reference's manifest lives: `ubuntu` -> registry-1.docker.io, `library/ubuntu`, `latest`.
 * A string is a message saying why the reference cannot be looked up.
 */
export function manifestLocation(reference: string): ManifestLocation | string {
  if (reference.includes('$')) return `\`${reference}\` still contains a variable: give the ARG a default first`;
  const ref = parseImageRef(reference);
  if (ref.digest) return `\`${reference}\` is already pinned by digest`;
  const loc = registryLocation(ref);
  if (!REPOSITORY.test(loc.repository)) return `\`${loc.repository}\` is not a valid repository name`;
  const tag = ref.tag ?? 'latest';
  if (!TAG.test(tag)) return `\`${tag}\` is not a valid tag`;
  const host = isDockerHub(ref.registry) ? 'registry-1.docker.io' : loc.registry;
  return { host, repository: loc.repository, reference: tag, secure: !isLoopback(host) };
}

class RegistryError extends Error {}

/** Reads at most `limit` bytes of a body; more is an error (a registry must not make us buffer gigabytes). */
async function readLimited(res: Response, limit: number, what: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) { await res.body?.cancel(); throw new RegistryError(`${what} is ${declared} bytes, over the ${limit}-byte limit`); }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) { await reader.cancel(); throw new RegistryError(`${what} is over the ${limit}-byte limit`); }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** `Bearer realm="…",service="…",scope="…"` -> its parameters, or null for another scheme. */
export function parseBearerChallenge(header: string): Record<string, string> | null {
  const m = /^\s*Bearer\s+(.*)$/is.exec(header);
  if (!m) return null;
  const params: Record<string, string> = {};
  for (const p of m[1].matchAll(/(?<![A-Za-z_])([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))/g)) params[p[1].toLowerCase()] = (p[2] ?? p[3]).replace(/\\(.)/g, '$1');
  return params;
}

export async function resolveDigest(reference: string, options: RegistryOptions = {}): Promise<DigestResult> {
  const loc = manifestLocation(reference);
  if (typeof loc === 'string') return { ok: false, message: loc };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  const resolved = `${loc.host}/${loc.repository}:${loc.reference}`;
  const scheme = loc.secure ? 'https' : 'http';
  const url = `${scheme}://${loc.host}/v2/${loc.repository}/manifests/${encodeURIComponent(loc.reference)}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const request = (method: 'HEAD' | 'GET', target: string, headers: Record<string, string>) =>
    doFetch(target, { method, headers, signal: controller.signal, redirect: 'follow' });

  let auth: string | undefined;
  const manifest = async (method: 'HEAD' | 'GET'): Promise<Response> => {
    const headers: Record<string, string> = { Accept: ACCEPT, 'User-Agent': 'boxlint' };
    if (auth) headers.Authorization = auth;
    let res = await request(method, url, headers);
    if (res.status === 401 && !auth) {
      await res.body?.cancel();
      auth = await token(res.headers.get('www-authenticate'));
      res = await request(method, url, { ...headers, Authorization: auth });
    }
    return res;
  };

  const token = async (challenge: string | null): Promise<string> => {
    const params = challenge ? parseBearerChallenge(challenge) : null;
    if (!params?.realm) {
      throw new RegistryError(challenge
        ? `${loc.host} asks for credentials (\`${challenge.split(/\s/)[0]}\`); boxlint only does anonymous pulls`
        : `${loc.host} answered 401 without a WWW-Authenticate challenge`);
    }
    let realm: URL;
    try { realm = new URL(params.realm); } catch { throw new RegistryError(`${loc.host} sent an invalid token realm \`${params.realm}\``); }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && !loc.secure)) {
      throw new RegistryError(`${loc.host} sent a token realm that is not HTTPS (\`${params.realm}\`)`);
    }
    if (params.service) realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', params.scope ?? `repository:${loc.repository}:pull`);
    const res = await request('GET', realm.href, { Accept: 'application/json', 'User-Agent': 'boxlint' });
    const body = await readLimited(res, MAX_TOKEN_BYTES, `the token answer from ${realm.host}`);
    if (!res.ok) throw new RegistryError(`the token service ${realm.host} answered ${res.status} for ${loc.repository}`);
    let parsed: { token?: unknown; access_token?: unknown };
    try { parsed = JSON.parse(body.toString('utf8')); } catch { throw new RegistryError(`the token service ${realm.host} answered something that is not JSON`); }
    const value = parsed?.token ?? parsed?.access_token;
    if (typeof value !== 'string' || !value || /[\s]/.test(value)) throw new RegistryError(`the token service ${realm.host} answered without a usable token`);
    return `Bearer ${value}`;
  };

  const fail = (res: Response): never => {
    const status = res.status;
    if (status === 401 || status === 403) throw new RegistryError(`${loc.host} refused anonymous access to \`${loc.repository}\` (${status}): the image is private, or does not exist`);
    if (status === 404) throw new RegistryError(`\`${loc.repository}:${loc.reference}\` was not found on ${loc.host} (404)`);
    if (status === 429) throw new RegistryError(`${loc.host} is rate-limiting requests (429): try again later`);
    throw new RegistryError(`${loc.host} answered HTTP ${status} for \`${loc.repository}:${loc.reference}\``);
  };

  const checkDigest = (value: string | null): string | null => {
    if (value == null) return null;
    const d = value.trim();
    if (!DIGEST.test(d)) throw new RegistryError(`${loc.host} sent a malformed Docker-Content-Digest \`${d.slice(0, 80)}\``);
    return d;
  };

  try {
    const head = await manifest('HEAD');
    if (head.ok) {
      const d = checkDigest(head.headers.get('docker-content-digest'));
      if (d) return { ok: true, digest: d, resolved };
    } else if (head.status !== 405 && head.status !== 501) {
      fail(head);
    }
    // No digest on HEAD (or HEAD not allowed): GET the manifest and hash it, checking any header against it.
    const get = await manifest('GET');
    if (!get.ok) { await get.body?.cancel(); fail(get); }
    const body = await readLimited(get, options.maxManifestBytes ?? 4 * 1024 * 1024, `the manifest from ${loc.host}`);
    let manifestJson: { schemaVersion?: unknown };
    try { manifestJson = JSON.parse(body.toString('utf8')); } catch { throw new RegistryError(`${loc.host} answered with something that is not a manifest (not JSON)`); }
    if (typeof manifestJson?.schemaVersion !== 'number') throw new RegistryError(`${loc.host} answered with JSON that is not an image manifest`);
    const computed = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const header = checkDigest(get.headers.get('docker-content-digest'));
    if (header?.startsWith('sha256:') && header !== computed) throw new RegistryError(`${loc.host} sent Docker-Content-Digest ${header} but the manifest hashes to ${computed}`);
    return { ok: true, digest: header ?? computed, resolved };
  } catch (e) {
    if (e instanceof RegistryError) return { ok: false, message: e.message };
    if (controller.signal.aborted) return { ok: false, message: `no answer from ${loc.host} within ${timeoutMs} ms` };
    const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
    return { ok: false, message: `could not reach ${loc.host} over ${scheme.toUpperCase()} (${cause?.code ?? cause?.message ?? (e as Error)?.message ?? e})` };
  } finally {
    clearTimeout(timer);
  }
}
