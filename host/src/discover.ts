// Walks folders for the files boxlint lints, in a deterministic order.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { detectKind } from '../../rules/src/engine';
import { ignoreMatcher } from './ignore';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vagrant']);

export interface DiscoverOptions { ignorePaths: string[]; root: string }

/** Expands the CLI's operands: files are taken as given, folders are walked for known file kinds. */
export function discover(operands: string[], opts: DiscoverOptions): string[] {
  const ignored = ignoreMatcher(opts.ignorePaths);
  const out: string[] = [];
  const rel = (p: string) => relative(opts.root, p).split(sep).join('/');
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name) && !ignored(rel(p) + '/')) walk(p); }
      else if (e.isFile() && detectKind(e.name) && !ignored(rel(p))) out.push(p);
    }
  };
  for (const op of operands) {
    let st;
    try { st = statSync(op); } catch { throw new Error(`${op}: no such file or directory`); }
    if (st.isDirectory()) walk(op); else out.push(op);
  }
  return out;
}
