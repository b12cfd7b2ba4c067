// The `.dockerignore` that applies to a Dockerfile on disk, read for the CopyIgnoredFile check. Docker
// prefers `<Dockerfile>.dockerignore` beside the Dockerfile, then `.dockerignore` at the context root; the
// context is not known statically, so the Dockerfile's folder stands in for it.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const candidates = (dockerfilePath: string) => [`${basename(dockerfilePath)}.dockerignore`, '.dockerignore'];

export function dockerignoreFor(dockerfilePath: string): string | undefined {
  for (const name of candidates(dockerfilePath)) {
    try { return readFileSync(join(dirname(dockerfilePath), name), 'utf8'); } catch { /* not there: try the next name */ }
  }
  return undefined;
}

/**
 * False when the listing of the Dockerfile's folder has neither name, so there is nothing to read (a walk
 * of a large tree then makes no failed open per Dockerfile).
 */
export function mayHaveDockerignore(dockerfilePath: string, folderNames: ReadonlySet<string>): boolean {
  return candidates(dockerfilePath).some(n => folderNames.has(n));
}
