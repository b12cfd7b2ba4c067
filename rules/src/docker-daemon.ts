// Facts about the Docker daemon's endpoints shared by the daemon-exposure rules.
import type { Fix, Range } from './types';

/** The daemon's plain-text (no TLS) port. */
export const PLAIN_PORT = 2375;

export function isTcp(v: string): boolean { return /^tcp:\/\//i.test(v); }

export function port(v: string): number | null {
  const m = /:(\d+)\/?$/.exec(v);
  return m ? Number(m[1]) : null;
}

/** `/var/run/docker.sock`, `/run/docker.sock`, `unix:///var/run/docker.sock`, also inside `src=…,dst=…` lists. */
export function isDockerSocket(v: string): boolean {
  return /(^|[\s:=,])(unix:\/\/)?\/(var\/)?run\/docker\.sock\b/.test(v);
}

export const UNIX_SOCKET = 'unix:///var/run/docker.sock';

export interface DockerdHost<W> {
  /** The word holding the address (`tcp://…`, `--host=tcp://…`, `-Htcp://…`). */
  word: W;
  host: string;
  /** The separate `-H` / `--host` word before it, when the address is its own word. */
  flag: W | null;
}

/** The endpoint a `dockerd` argument list listens on: `-H x`, `--host x`, `--host=x`. */
export function dockerdHosts<W extends { value: string | null }>(args: W[]): DockerdHost<W>[] {
  const out: DockerdHost<W>[] = [];
  args.forEach((w, i) => {
    const v = w.value ?? '';
    const prev = i > 0 ? args[i - 1].value : null;
    if (v.startsWith('--host=')) out.push({ word: w, host: v.slice(7), flag: null });
    else if (v.startsWith('-H') && v.length > 2 && !v.startsWith('-H=')) out.push({ word: w, host: v.slice(2), flag: null });
    else if (prev === '-H' || prev === '--host') out.push({ word: w, host: v, flag: args[i - 1] });
  });
  return out;
}

/** How a rule locates words of the argument list it passed to dockerdHosts. */
export interface WordPlaces<W> {
  range(w: W): Range;
  /** Source text of the word (quotes included). */
  raw(w: W): string;
}

/**
 * Takes a TCP listener off `dockerd`: when it listens somewhere else too, the `-H tcp://…` is removed
 * (with the separator before it: a space, or `, ` in exec form); otherwise the address becomes the
 * local Unix socket. `before` is the word just before `target.flag ?? target.word` (`dockerd` at least).
 */
export function dockerdTcpFix<W>(all: DockerdHost<W>[], target: DockerdHost<W>, before: W | null, at: WordPlaces<W>): Fix | null {
  const end = at.range(target.word).end;
  if (all.some(h => h !== target && !isTcp(h.host)) && before) {
    return { title: `Remove the TCP listener \`${target.host}\``, safety: 'unsafe', edits: [{ range: { start: at.range(before).end, end }, newText: '' }] };
  }
  const raw = at.raw(target.word);
  const idx = raw.lastIndexOf(target.host);
  const r = at.range(target.word);
  if (idx < 0 || r.start.line !== r.end.line) return null;
  const start = { line: r.start.line, character: r.start.character + idx };
  return {
    title: `Listen on the local Unix socket instead of \`${target.host}\``, safety: 'unsafe',
    edits: [{ range: { start, end: { line: start.line, character: start.character + target.host.length } }, newText: UNIX_SOCKET }],
  };
}
