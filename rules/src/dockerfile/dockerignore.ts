// `.dockerignore` patterns as Docker's patternmatcher reads them: one per line, `#` comments, `!` exclusions,
// `*`/`?` within a path segment, `**` across segments, matched against the whole cleaned path.

import { globMatcher, type GlobToken } from '../glob';

export interface IgnorePattern { negated: boolean; source: string; test: (path: string) => boolean }

function clean(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return out.join('/') || '.';
}

/** `[a-z]`, `[!abc]` at `start` as a class token and the index of its `]`, or null when malformed. */
function classAt(pattern: string, start: number): { token: GlobToken; end: number } | null {
  const end = pattern.indexOf(']', start + 1);
  if (end < 0) return null;
  let body = pattern.slice(start + 1, end);
  const negate = body.startsWith('!') || body.startsWith('^');
  if (negate) body = body.slice(1);
  const ranges: [number, number][] = [];
  for (let i = 0; i < body.length; i++) {
    const lo = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const hi = body.charCodeAt(i + 2);
      if (hi < lo) return null; // Docker rejects `[z-a]`; so do we, by matching nothing with it
      ranges.push([lo, hi]);
      i += 2;
    } else ranges.push([lo, lo]);
  }
  return { token: { kind: 'class', negate, ranges }, end };
}

/** Compiles a pattern to an automaton (no regex: `.dockerignore` comes from the workspace). */
function toMatcher(pattern: string): (path: string) => boolean {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') { i++; tokens.push({ kind: 'dirs' }); } else tokens.push({ kind: 'globstar' });
    } else if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[') {
      const cls = classAt(pattern, i);
      if (cls === null && pattern.indexOf(']', i + 1) >= 0) return () => false;
      if (cls) { tokens.push(cls.token); i = cls.end; } else tokens.push({ kind: 'char', ch: '[' });
    } else if (c === '\\' && i + 1 < pattern.length) tokens.push({ kind: 'char', ch: pattern[++i] });
    else tokens.push({ kind: 'char', ch: c });
  }
  return globMatcher(tokens, { rest: 'none' });
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const line of text.split(/\r?\n/)) {
    let p = line.trim();
    if (!p || p.startsWith('#')) continue;
    const negated = p.startsWith('!');
    if (negated) p = p.slice(1).trim();
    p = clean(p);
    out.push({ negated, source: p, test: toMatcher(p) });
  }
  return out;
}

/** True when the path or one of its parent folders matches an (exclusion-free) pattern list. */
export function isIgnored(patterns: IgnorePattern[], path: string): boolean {
  const parts = clean(path).split('/');
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join('/');
    if (patterns.some(p => !p.negated && p.test(prefix))) return true;
  }
  return false;
}
