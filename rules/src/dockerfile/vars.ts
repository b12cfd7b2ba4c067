// Variable references in Dockerfile words (`$NAME`, `${NAME}`, `${NAME:-default}`), as Docker's own word
// processing sees them: the escape character and single quotes stop expansion.

export interface VarRef {
  name: string;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` … when the reference carries a default/alternative, else null. */
  modifier: string | null;
  /** Offsets into the scanned text, `$` to the end of the reference. */
  start: number;
  end: number;
}

export function varRefs(text: string, escapeChar = '\\'): VarRef[] {
  const out: VarRef[] = [];
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && !single) { i++; continue; }
    if (c === "'") { single = !single; continue; }
    if (c !== '$' || single) continue;
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close < 0) break;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-+?].*)?$/s.exec(text.slice(i + 2, close));
      if (m) out.push({ name: m[1], modifier: m[2] ? /^:?[-+?]/.exec(m[2])![0] : null, start: i, end: close + 1 });
      i = close;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 256));
    if (m) { out.push({ name: m[0], modifier: null, start: i, end: i + 1 + m[0].length }); i += m[0].length; }
  }
  return out;
}

/** Build arguments BuildKit defines without an `ARG` line in the file (platform and proxy args). */
export const PREDEFINED_ARGS = new Set([
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'TARGETSTAGE', 'BUILDKIT_SYNTAX', 'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy', 'SOURCE_DATE_EPOCH',
]);

/** Edit distance counting a swap of two neighbours as one edit (`PAHT` -> `PATH`), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest name within a small edit distance (case-insensitive match first), or null. Names under 4 characters get none. */
export function suggestName(name: string, candidates: Iterable<string>): string | null {
  if (name.length < 4) return null;
  const limit = name.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const d = c.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, c, limit);
    if (d < bestD && d <= limit) { best = c; bestD = d; }
  }
  return best;
}
