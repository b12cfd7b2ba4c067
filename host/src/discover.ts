// Expands the CLI's operands into the files to lint, in a deterministic order.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectKind } from '../../rules/src/engine';

/** Folders never walked: VCS data, dependencies, Vagrant's machine state. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vagrant']);

export interface DiscoverOptions {
  /** True when `ignorePaths` exclude this path (files and folders met in walks, files given by name). */
  isIgnored(path: string, isDir: boolean): boolean;
  /** Called with each walked folder's entry names before any of its entries is looked at. */
  onFolder?(dir: string, names: ReadonlySet<string>): void;
  /** Called with the number of files found so far, after each one. */
  onFound?(count: number): void;
}

export class OperandError extends Error {}

export interface DiscoveredFile {
  path: string;
  /** The entry names of the file's folder, when it was reached by a walk (shared by the folder's files). */
  folderNames?: ReadonlySet<string>;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Files given by name are linted whatever their name (as hadolint does) unless ignored; folders are walked
 * for known file kinds. Symlinked folders are not followed (no cycles); symlinked files are. A file reached
 * twice (also through a symlink) is listed once, at its first place.
 */
export function discover(operands: string[], opts: DiscoverOptions): DiscoveredFile[] {
  const out: DiscoveredFile[] = [];
  const seen = new Set<string>();
  // Keyed by the real path: two names for one file (a symlink) must not be linted, or fixed, twice.
  const add = (file: DiscoveredFile, key = realPath(file.path)) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
    opts.onFound?.(out.length);
  };
  // `realDir`: the folder's real path. Walks never enter symlinked folders, so below an operand a folder's
  // or a regular file's real path is its parent's plus its name: one realpath per operand, not per file.
  const walk = (dir: string, realDir: string) => {
    let entries: Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort(byName);
    const names = new Set(entries.map(x => x.name));
    opts.onFolder?.(dir, names);
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !opts.isIgnored(p, true)) walk(p, join(realDir, e.name));
      } else if (detectKind(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(p))) && !opts.isIgnored(p, false)) {
        add({ path: p, folderNames: names }, e.isFile() ? join(realDir, e.name) : undefined);
      }
    }
  };
  for (const op of operands) {
    let st;
    try { st = statSync(op); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new OperandError(`${op}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : code ?? (e as Error).message}`);
    }
    if (st.isDirectory()) walk(op, realPath(op));
    else if (!opts.isIgnored(op, false)) add({ path: op });
  }
  return out;
}

function realPath(p: string): string {
  try { return realpathSync.native(p); } catch { return resolve(p); }
}

function isFile(p: string): boolean {
  try { return statSync(p).isFile(); } catch { return false; }
}
