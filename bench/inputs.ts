// Benchmark inputs: the shared corpus (read in place, never copied) and generated large Dockerfiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = process.env.BOXLINT_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus');

export interface Input { name: string; text: string; lines: number }

function readDir(dir: string): Input[] {
  return readdirSync(dir).sort().map(name => {
    const text = readFileSync(join(dir, name), 'utf8');
    return { name, text, lines: text.split('\n').length };
  });
}

export const dockerfiles = (): Input[] => readDir(join(CORPUS, 'dockerfiles'));
export const vagrantfiles = (): Input[] => readDir(join(CORPUS, 'vagrantfiles'));

/**
 * A deterministic Dockerfile of about `lines` lines shaped like real ones: multi-stage, ARG-parameterised
 * FROMs, long RUN chains with continuations, package installs, downloads, ENV/LABEL/COPY, comments.
 */
export function generatedDockerfile(lines: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE_TAG=3.12-slim', 'ARG APP_VERSION=1.0.0'];
  let stage = 0;
  while (out.length < lines) {
    const s = stage++;
    out.push('', `FROM python:\${BASE_TAG} AS stage${s}`, `LABEL org.opencontainers.image.version="$APP_VERSION" stage="${s}"`,
      `ENV PATH=/opt/venv${s}/bin:$PATH LANG=C.UTF-8 PIP_NO_CACHE_DIR=1`, `WORKDIR /srv/app${s}`, '# system packages');
    out.push('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends \\');
    for (let i = 0; i < 12; i++) out.push(`       libpkg${s}-${i}=1.${i}.0-1 \\`);
    out.push('    && rm -rf /var/lib/apt/lists/*');
    out.push(`RUN curl -fsSL https://example.com/tool${s}.tar.gz -o /tmp/tool.tgz \\`, '    && tar -xzf /tmp/tool.tgz -C /usr/local/bin \\',
      '    # unpack and clean', '    && rm /tmp/tool.tgz');
    out.push(`COPY --chown=app:app requirements${s}.txt /srv/app${s}/`, `RUN pip install --no-cache-dir -r requirements${s}.txt flask==3.0.${s % 10}`);
    out.push('RUN <<EOF', 'set -eux', `echo building ${s}`, 'useradd -r app', 'EOF');
    out.push(`EXPOSE ${8000 + (s % 1000)}`, 'USER app', `HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:${8000 + (s % 1000)}/health"]`,
      `CMD ["python", "-m", "app${s}", "--port", "${8000 + (s % 1000)}"]`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}
