// `.dockerignore` patterns as Docker's patternmatcher reads them: one per line, `#` comments, `!` exclusions,
// `*`/`?` within a path segment, `**` across segments, matched against the whole cleaned path.

export interface IgnorePattern { negated: boolean; source: string; re: RegExp }

function clean(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop(); else out.push(part);
  }
  return out.join('/') || '.';
}

function toRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') { const end = pattern.indexOf(']', i + 1); if (end < 0) { re += '\\['; continue; } re += pattern.slice(i, end + 1).replace(/^\[!/, '[^'); i = end; }
    else if (c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += c.replace(/[.+^${}()|]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  for (const line of text.split(/\r?\n/)) {
    let p = line.trim();
    if (!p || p.startsWith('#')) continue;
    const negated = p.startsWith('!');
    if (negated) p = p.slice(1).trim();
    p = clean(p);
    out.push({ negated, source: p, re: toRegExp(p) });
  }
  return out;
}

/** True when the path or one of its parent folders matches an (exclusion-free) pattern list. */
export function isIgnored(patterns: IgnorePattern[], path: string): boolean {
  const parts = clean(path).split('/');
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join('/');
    if (patterns.some(p => !p.negated && p.re.test(prefix))) return true;
  }
  return false;
}
