import { defineDockerfileRule } from '../../rule';
import type { Range } from '../../types';
import { DEFAULT_REGISTRY, parseImageRef } from '../../dockerfile/image-ref';
import { externalImages } from '../../dockerfile/images';
import { fromFlag, instructionGroups, stageFromRef } from '../../dockerfile/stages';

const DOCKER_HUB = new Set(['docker.io', 'hub.docker.com', 'index.docker.io', 'registry-1.docker.io']);

function allowed(registry: string | null, trusted: string[]): boolean {
  const reg = (registry ?? DEFAULT_REGISTRY).toLowerCase();
  return trusted.some(t => {
    const x = t.toLowerCase();
    if (x === '*' || x === reg) return true;
    if (x.startsWith('*.')) return reg.endsWith(x.slice(1));
    return DOCKER_HUB.has(x) && DOCKER_HUB.has(reg);
  });
}

/** `from=` inside `RUN --mount=type=bind,from=…,target=…`, with its range. */
function mountFrom(text: string, base: number, toRange: (start: number, end: number) => Range): { value: string; range: Range } | null {
  const m = /(?:^|,)from=([^,]+)/.exec(text);
  if (!m) return null;
  const start = base + m.index + m[0].indexOf('=') + 1;
  return { value: m[1], range: toRange(start, start + m[1].length) };
}

export default defineDockerfileRule({
  id: 'BXD404',
  name: 'require-trusted-registry',
  concern: 'unpinned-image',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3026', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'Images must come from a registry listed in `trustedRegistries` (when the project sets that list).',
    why: 'Anyone can publish an image under a look-alike name on a public registry. Restricting `FROM`, `COPY --from` and '
      + '`RUN --mount from=` to the registries the team vets (a mirror, a company registry) keeps unreviewed code out of the build.',
    fix: 'Pull the image through an allowed registry (mirror it there), or add the registry to `trustedRegistries` after review.',
    bad: 'FROM random.example.com/debian:12.5',
    good: 'FROM registry.example.com/library/debian:12.5',
    notes: 'Does nothing until `trustedRegistries` is set (`.boxlint.yaml`, `.hadolint.yaml` or the editor setting). Images without a '
      + 'registry come from Docker Hub: allow them with `docker.io` (or `hub.docker.com`). `*.example.com` allows every subdomain, '
      + '`*` everything. References built from `ARG`s are judged by their default values.',
    exampleConfig: { trustedRegistries: ['registry.example.com'] },
  },
  check({ model, options, report }) {
    const trusted = options.trustedRegistries;
    if (!trusted.length) return;
    const flag = (registry: string | null, ref: string, range: Range) => {
      if (!allowed(registry, trusted)) report({ range, message: `\`${ref}\` comes from ${registry ?? `${DEFAULT_REGISTRY} (Docker Hub)`}, which is not in trustedRegistries (${trusted.join(', ')}).` });
    };
    for (const img of externalImages(model)) flag(img.from.ref!.registry, img.from.resolved ?? img.from.image!, img.range);
    for (const group of instructionGroups(model)) {
      const current = group.stage?.index ?? 0;
      for (const ins of group.instructions) {
        const refs: { value: string; range: Range }[] = [];
        const from = ins.keyword === 'COPY' ? fromFlag(ins) : null;
        if (from) refs.push(from);
        if (ins.keyword === 'RUN') {
          for (const f of ins.flags) {
            if (f.name.toLowerCase() !== 'mount' || !f.valueRange) continue;
            const m = mountFrom(model.lines.textOf(f.valueRange), model.lines.offsetAt(f.valueRange.start), (s, e) => model.lines.range(s, e));
            if (m) refs.push(m);
          }
        }
        for (const r of refs) {
          if (r.value.includes('$') || stageFromRef(model, r.value, current)) continue;
          flag(parseImageRef(r.value).registry, r.value, r.range);
        }
      }
    }
  },
});
