// Glob matching (gitignore, .dockerignore) without regular expressions. Globs come from the workspace
// (`.dockerignore`, `ignorePaths` in `.boxlint.yaml`), and a regex translation of `*a*a*a*a*a*b` backtracks for
// minutes on a long file name. This simulates the pattern as an automaton instead: O(pattern × path), always.

export type GlobToken =
  | { kind: 'char'; ch: string }
  /** `?`: one character, not `/`. */
  | { kind: 'one' }
  /** `*`: any run of characters without `/`. */
  | { kind: 'star' }
  /** `**` inside a segment: any run of characters. */
  | { kind: 'globstar' }
  /** `**` followed by `/`: zero or more whole folders, like the regex `(?:.*\/)?`. */
  | { kind: 'dirs' }
  /** `[a-z]`, `[!abc]`: one character in (or, negated, outside) the ranges, as a regex class would. */
  | { kind: 'class'; negate: boolean; ranges: [number, number][] };

export interface GlobOptions {
  /** Match at any folder depth (gitignore patterns without a slash): `(?:^|\/)` before the pattern. */
  anywhere?: boolean;
  /** What may follow a match: nothing (`$`), the rest of a path below it (`(?:\/|$)`), or anything. */
  rest?: 'none' | 'segment' | 'any';
}

/** Compiles glob tokens to a path test. Paths are `/`-separated. */
export function globMatcher(tokens: GlobToken[], options: GlobOptions = {}): (path: string) => boolean {
  const all: GlobToken[] = options.anywhere ? [{ kind: 'dirs' }, ...tokens] : tokens;
  // Automaton states: each token is one state, `dirs` is two (entry, then inside a folder name).
  // From state i a character moves to i+1 (`step`) or stays (`loop`); `skip` states may be passed by for free.
  const states: { consume: (c: string) => number[]; epsilon: number | null }[] = [];
  for (const t of all) {
    const i = states.length;
    switch (t.kind) {
      case 'char': states.push({ consume: c => (c === t.ch ? [i + 1] : []), epsilon: null }); break;
      case 'one': states.push({ consume: c => (c !== '/' ? [i + 1] : []), epsilon: null }); break;
      case 'class': states.push({
        consume: c => {
          const code = c.charCodeAt(0);
          const inside = t.ranges.some(([lo, hi]) => code >= lo && code <= hi);
          return inside !== t.negate ? [i + 1] : [];
        },
        epsilon: null,
      }); break;
      case 'star': states.push({ consume: c => (c !== '/' ? [i] : []), epsilon: i + 1 }); break;
      case 'globstar': states.push({ consume: () => [i], epsilon: i + 1 }); break;
      case 'dirs': {
        const inFolder = (c: string) => (c === '/' ? [i + 1, i + 2] : [i + 1]);
        states.push({ consume: inFolder, epsilon: i + 2 });
        states.push({ consume: inFolder, epsilon: null });
        break;
      }
    }
  }
  const accept = states.length;
  const rest = options.rest ?? 'none';
  return (path: string) => {
    let active: Uint8Array = new Uint8Array(accept + 1);
    const close = (set: Uint8Array): Uint8Array => { for (let i = 0; i < accept; i++) if (set[i] && states[i].epsilon !== null) set[states[i].epsilon!] = 1; return set; };
    active[0] = 1;
    close(active);
    for (let j = 0; j < path.length; j++) {
      const c = path[j];
      if (active[accept] && (rest === 'any' || (rest === 'segment' && c === '/'))) return true;
      const next = new Uint8Array(accept + 1);
      let any = false;
      for (let i = 0; i < accept; i++) if (active[i]) for (const k of states[i].consume(c)) { next[k] = 1; any = true; }
      if (!any) return false;
      active = close(next);
    }
    return active[accept] === 1;
  };
}
