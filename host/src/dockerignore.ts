// The `.dockerignore` that applies to a Dockerfile on disk, read for the CopyIgnoredFile check. Docker
// prefers `<Dockerfile>.dockerignore` beside the Dockerfile, then `.dockerignore` at the context root; the
// context is not known statically, so the Dockerfile's folder stands in for it.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function dockerignoreFor(dockerfilePath: string): string | undefined {
  for (const p of [join(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`), join(dirname(dockerfilePath), '.dockerignore')]) {
    try { return readFileSync(p, 'utf8'); } catch { /* not there: try the next name */ }
  }
  return undefined;
}
