// gitignore-style patterns for `ignorePaths`: `*`, `**`, `?`, a leading `/` anchors to the config's folder,
// a trailing `/` matches folders only, `!` re-includes, `#` starts a comment. Patterns without an inner `/`
// match at any depth. Paths are slash-separated and relative to the config's folder; folders end with `/`.

import { globMatcher, type GlobToken } from '../../rules/src/glob';

/** A pattern as a matcher (an automaton, not a regex: patterns come from the workspace and must not backtrack). */
function toMatcher(pattern: string): (path: string) => boolean {
  let p = pattern;
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const tokens: GlobToken[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const wholeSegment = (i === 0 || p[i - 1] === '/') && (i + 2 === p.length || p[i + 2] === '/');
      if (wholeSegment && p[i + 2] === '/') { tokens.push({ kind: 'dirs' }); i += 2; } // `**/`: zero or more folders
      else { tokens.push({ kind: 'globstar' }); i++; }
    } else if (c === '*') tokens.push({ kind: 'star' });
    else if (c === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', ch: c });
  }
  if (dirOnly) tokens.push({ kind: 'char', ch: '/' });
  return globMatcher(tokens, { anywhere: !anchored, rest: dirOnly ? 'any' : 'segment' });
}

/** Returns a test for slash-separated relative paths (folders end with `/`). The last matching pattern wins. */
export function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const rules = patterns
    .map(p => p.trim())
    .filter(p => p && !p.startsWith('#'))
    .map(p => ({ negate: p.startsWith('!'), test: toMatcher(p.replace(/^!/, '')) }));
  if (!rules.length) return () => false;
  return path => {
    let ignored = false;
    for (const r of rules) if (r.test(path)) ignored = !r.negate;
    return ignored;
  };
}
