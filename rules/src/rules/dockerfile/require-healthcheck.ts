import { defineDockerfileRule } from '../../rule';
import { stageChain } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD930',
  name: 'require-healthcheck',
  concern: 'resource-limits',
  severity: 'info',
  optIn: true,
  aliases: [{ tool: 'hadolint', id: 'DL3057', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'The final image should define a `HEALTHCHECK` (or `HEALTHCHECK NONE` on purpose).',
    why: 'Without a health check a hung process looks healthy: Docker and Swarm keep routing to it and never restart it, and a '
      + 'container stuck in a crash loop or deadlock keeps its CPU and memory until someone notices.',
    fix: 'Add `HEALTHCHECK CMD ["<program>", "<args>"]` that fails when the service is unhealthy, or `HEALTHCHECK NONE` when the orchestrator probes instead (Kubernetes ignores `HEALTHCHECK`).',
    bad: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html',
    good: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD ["curl", "-fsS", "http://localhost/"]',
    notes: 'Off by default, as in hadolint: Kubernetes uses its own probes, and Podman/Buildah drop `HEALTHCHECK` in the OCI format '
      + '(see no-docker-only-instructions, BXD046). Only the final stage is judged (with what it inherits from earlier stages); hadolint also reports build stages.',
  },
  check({ model, report }) {
    const last = model.stages[model.stages.length - 1];
    if (!last || stageChain(model, last).some(s => s.instructions.some(i => i.keyword === 'HEALTHCHECK'))) return;
    const end = last.instructions[last.instructions.length - 1].range.end;
    report({
      range: last.from.imageRange ?? last.from.instruction.keywordRange,
      message: 'The final image has no `HEALTHCHECK`: a hung service will look healthy. Add one, or `HEALTHCHECK NONE` if the orchestrator probes it.',
      fixes: [{ title: 'Add a HEALTHCHECK', safety: 'unsafe', snippet: true, edits: [{ range: { start: end, end }, newText: '\nHEALTHCHECK CMD ${1:["curl", "-fsS", "http://localhost/"]}' }] }],
    });
  },
});
