// Facts about the Docker daemon's endpoints shared by the daemon-exposure rules.

/** The daemon's plain-text (no TLS) port. */
export const PLAIN_PORT = 2375;

export function isTcp(v: string): boolean { return /^tcp:\/\//i.test(v); }

export function port(v: string): number | null {
  const m = /:(\d+)\/?$/.exec(v);
  return m ? Number(m[1]) : null;
}

/** `/var/run/docker.sock`, `/run/docker.sock`, `unix:///var/run/docker.sock`, also inside `src=…,dst=…` lists. */
export function isDockerSocket(v: string): boolean {
  return /(^|[\s:=,])(unix:\/\/)?\/(var\/)?run\/docker\.sock\b/.test(v);
}

/** The endpoint a `dockerd` argument list listens on: `-H x`, `--host x`, `--host=x`. */
export function dockerdHosts<W extends { value: string | null }>(args: W[]): { word: W; host: string }[] {
  const out: { word: W; host: string }[] = [];
  args.forEach((w, i) => {
    const v = w.value ?? '';
    const prev = i > 0 ? args[i - 1].value : null;
    if (v.startsWith('--host=')) out.push({ word: w, host: v.slice(7) });
    else if (v.startsWith('-H') && v.length > 2 && !v.startsWith('-H=')) out.push({ word: w, host: v.slice(2) });
    else if (prev === '-H' || prev === '--host') out.push({ word: w, host: v });
  });
  return out;
}
