// gitignore-style patterns for `ignorePaths`: `*`, `**`, `?`, a leading `/` anchors to the root,
// a trailing `/` matches folders, `!` re-includes. Patterns without `/` match at any depth.

function toRegExp(pattern: string): RegExp {
  let p = pattern;
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') { re += '.*'; i++; if (p[i + 1] === '/') i++; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`${anchored ? '^' : '(^|/)'}${re}${dirOnly ? '/' : '(/|$)'}`);
}

/** Returns a test for slash-separated relative paths (folders end with `/`). */
export function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const rules = patterns.filter(p => p.trim() && !p.startsWith('#')).map(p => ({ negate: p.startsWith('!'), re: toRegExp(p.replace(/^!/, '')) }));
  return path => {
    let ignored = false;
    for (const r of rules) if (r.re.test(path)) ignored = !r.negate;
    return ignored;
  };
}
