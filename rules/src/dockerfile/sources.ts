// What a COPY/ADD source is: a URL, a git repository, an archive ADD would unpack, or a local path.
import { unquote } from './stages';

/** Extensions ADD unpacks when the source is a local file (hadolint's list; `.zip` is not unpacked). */
const ARCHIVE = /\.(tar|z|bz2|gz|lz|lzma|tz|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst|zstd)$/i;

export function isUrl(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(unquote(src));
}

export function isGitSource(src: string): boolean {
  const s = unquote(src);
  return /^git@/.test(s) || /^git:\/\//.test(s) || /\.git(#.*)?$/s.test(s) || (isUrl(s) && s.includes('#'));
}

export function isArchive(src: string): boolean {
  return ARCHIVE.test(unquote(src));
}

/** The last path segment, Unix or Windows separators. */
export function basename(path: string): string {
  let p = unquote(path).replace(/^["']|["']$/g, '');
  // A loop, not /[\\/]+$/: that regex is quadratic on long runs of slashes.
  while (p.endsWith('/') || p.endsWith('\\')) p = p.slice(0, -1);
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
