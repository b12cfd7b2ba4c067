// Paths as CI systems want them: relative to the repository root (the working folder), slash-separated.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `path` relative to `cwd` with `/`, or null when it lies outside `cwd` (or is not a file: stdin). */
export function repoRelative(path: string, cwd: string): string | null {
  if (path.startsWith('<')) return null;
  const rel = relative(cwd, resolve(cwd, path));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** Relative path when inside cwd, else the path as given (slash-separated). */
export function displayPath(path: string, cwd: string): string {
  return repoRelative(path, cwd) ?? path.split(sep).join('/');
}

/** A relative URI reference (each segment percent-encoded) for a repo-relative path. */
export function relativeUri(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

export function fileUri(path: string, cwd: string): string {
  return pathToFileURL(resolve(cwd, path)).href;
}
