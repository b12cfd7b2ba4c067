// Replaces a file's content without ever leaving it half-written: write a temp file in the same folder,
// flush it, then rename it over the original (atomic on POSIX file systems).
import { accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteError extends Error {}

/**
 * Writes `data` to `path` if the file still holds `expected` (so an edit made while boxlint ran is never
 * overwritten). A symlink is written through (the link stays a link); mode and owner are kept.
 */
export function writeFileAtomic(path: string, data: Buffer, expected: Buffer): void {
  const target = realpathSync(path);
  const st = statSync(target);
  try { accessSync(target, constants.W_OK); } catch { throw new WriteError('not writable: left unchanged'); }
  if (!readFileSync(target).equals(expected)) throw new WriteError('changed on disk while boxlint was fixing it: left unchanged');
  const tmp = join(dirname(target), `.${basename(target)}.boxlint-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', st.mode & 0o777);
  try {
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally { closeSync(fd); }
    chmodSync(tmp, st.mode & 0o7777);
    try { chownSync(tmp, st.uid, st.gid); } catch { /* only root may give files away: keep ours */ }
    renameSync(tmp, target);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
  syncFolder(dirname(target));
}

/** Flushes the rename itself to disk; best effort (not every file system lets a folder be opened). */
function syncFolder(dir: string): void {
  try { const fd = openSync(dir, 'r'); try { fsyncSync(fd); } finally { closeSync(fd); } } catch { /* best effort */ }
}
