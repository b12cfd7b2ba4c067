// gitignore-style patterns for `ignorePaths`: `*`, `**`, `?`, a leading `/` anchors to the config's folder,
// a trailing `/` matches folders only, `!` re-includes, `#` starts a comment. Patterns without an inner `/`
// match at any depth. Paths are slash-separated and relative to the config's folder; folders end with `/`.

function toRegExp(pattern: string): RegExp {
  let p = pattern;
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const wholeSegment = (i === 0 || p[i - 1] === '/') && (i + 2 === p.length || p[i + 2] === '/');
      if (wholeSegment && p[i + 2] === '/') { re += '(?:.*/)?'; i += 2; } // `**/`: zero or more folders
      else { re += '.*'; i++; }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`${anchored ? '^' : '(?:^|/)'}${re}${dirOnly ? '/' : '(?:/|$)'}`);
}

/** Returns a test for slash-separated relative paths (folders end with `/`). The last matching pattern wins. */
export function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const rules = patterns
    .map(p => p.trim())
    .filter(p => p && !p.startsWith('#'))
    .map(p => ({ negate: p.startsWith('!'), re: toRegExp(p.replace(/^!/, '')) }));
  if (!rules.length) return () => false;
  return path => {
    let ignored = false;
    for (const r of rules) if (r.re.test(path)) ignored = !r.negate;
    return ignored;
  };
}
