// Times the built CLI on a generated tree (default 10,000 files), single-threaded and with worker threads.
//   npx tsx cli/bench/large-tree.ts [count] [typical|corpus]
// typical: service Dockerfiles of 10-30 lines built from common patterns; corpus: the real Dockerfiles of
// ../shared/corpus cycled (5 KB on average, many far larger). The tree lives in a temp folder, removed after.
// Wall time on a busy machine says little: CPU time (user+sys, from /usr/bin/time) is printed beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 10_000);
const mode = process.argv[3] ?? 'typical';
const root = join(__dirname, '..', '..');

function typical(i: number): string {
  const pick = <T>(xs: T[], k = 0) => xs[(i * 7 + k * 13) % xs.length];
  const base = pick(['node:20-bookworm-slim', 'python:3.12-slim', 'debian:12.5', 'ubuntu:22.04', 'alpine:3.19', 'golang:1.22 AS build', 'nginx:latest']);
  const lines = [`# service ${i}`, `FROM ${base}`, 'ARG VERSION=1.0.0', 'ENV APP_HOME=/app PORT=8080', 'WORKDIR /app'];
  if (base.startsWith('alpine')) lines.push('RUN apk add --no-cache curl=8.5.0-r0 ca-certificates');
  else lines.push('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends curl ca-certificates git \\', '    && rm -rf /var/lib/apt/lists/*');
  if (base.startsWith('python')) lines.push('COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt flask');
  if (base.startsWith('node')) lines.push('COPY package*.json ./', 'RUN npm ci --omit=dev');
  lines.push('COPY . .', pick(['RUN make build', 'RUN curl -fsSL https://example.com/install.sh | sh', 'RUN ./configure && make && make install'], 1));
  lines.push(pick(['EXPOSE 8080', 'EXPOSE 22 8080', 'EXPOSE 2375'], 2), 'HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1');
  if (i % 3) lines.push('USER app');
  lines.push(pick(['CMD ["node", "server.js"]', 'CMD python app.py', 'ENTRYPOINT ["/app/run"]'], 3));
  return lines.join('\n') + '\n';
}

const corpus = join(root, '..', 'shared', 'corpus', 'dockerfiles');
const samples = mode === 'corpus' && existsSync(corpus) ? readdirSync(corpus).map(f => readFileSync(join(corpus, f), 'utf8')) : null;
const dir = mkdtempSync(join(tmpdir(), 'boxlint-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const sub = join(dir, `team${i % 50}`, `svc${i}`);
  mkdirSync(sub, { recursive: true });
  const text = samples ? samples[i % samples.length] : typical(i);
  bytes += text.length;
  writeFileSync(join(sub, 'Dockerfile'), text);
}

function run(args: string[]): string {
  const cli = [join(root, 'dist', 'cli.js'), '--format', 'json', '--output-file', join(dir, 'out.json'), ...args, dir];
  const timed = existsSync('/usr/bin/time');
  const t = process.hrtime.bigint();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...cli], { encoding: 'utf8' })
    : spawnSync(process.execPath, cli, { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const [user, sys] = timed ? r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN];
  return `${wall.toFixed(1)} s wall, ${(user + sys).toFixed(1)} s CPU`;
}

try {
  console.log(`${count} ${mode} files (${(bytes / count / 1024).toFixed(1)} KB average), ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`);
  console.log(`single thread:  ${run(['--jobs', '1'])}`);
  console.log(`worker threads: ${run([])}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
