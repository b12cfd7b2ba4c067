// Docker image references (`[registry/]path[:tag][@digest]`) and ARG expansion in FROM.

export interface ImageRef {
  registry: string | null;
  /** Repository path without registry, e.g. `library/ubuntu` -> `library/ubuntu`, `ubuntu` -> `ubuntu`. */
  path: string;
  tag: string | null;
  digest: string | null;
}

export function parseImageRef(ref: string): ImageRef {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') { registry = first; rest = rest.slice(slash + 1); }
  }
  return { registry, path: rest, tag, digest };
}

/** The registry an image is pulled from when none is written. */
export const DEFAULT_REGISTRY = 'docker.io';

/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `${VAR+alt}` with
 * the given values. Returns null when a variable has no known value (the reference stays symbolic).
 */
export function expandVars(text: string, lookup: (name: string) => string | null | undefined): string | null {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) { out += text[i + 1]; i += 2; continue; }
    if (c !== '$') { out += c; i++; continue; }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) return null;
      const body = text.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
      if (!m) return null;
      const value = lookup(m[1]);
      const set = value != null && (m[2]?.startsWith(':') ? value !== '' : true);
      if (!m[2]) { if (value == null) return null; out += value; }
      else if (m[2].endsWith('-')) out += set ? value : m[3];
      else out += set ? m[3] : '';
      i = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 200));
    if (!m) { out += c; i++; continue; }
    const value = lookup(m[0]);
    if (value == null) return null;
    out += value;
    i += 1 + m[0].length;
  }
  return out;
}
