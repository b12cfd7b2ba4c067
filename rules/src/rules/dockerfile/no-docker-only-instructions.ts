import { defineDockerfileRule } from '../../rule';

const DOCKER_ONLY = new Set(['HEALTHCHECK', 'ONBUILD', 'SHELL']);

export default defineDockerfileRule({
  id: 'BXD046',
  name: 'no-docker-only-instructions',
  concern: 'maintainability',
  severity: 'info',
  optIn: true,
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Flags `HEALTHCHECK`, `ONBUILD` and `SHELL`, which only the Docker image format keeps.',
    why: 'The OCI image format has no field for them: Podman and Buildah building OCI images (their default) warn and drop them, so '
      + 'the image behaves differently depending on who builds it. Depending on Docker-only features ties the project to one vendor.',
    fix: 'Move health checks to the orchestrator (Kubernetes probes, compose `healthcheck:`), replace `ONBUILD` with explicit steps '
      + 'in the child Dockerfiles, and use `RUN ["bash", "-c", "…"]` or a script instead of `SHELL`.',
    bad: 'FROM node:22.11\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD COPY . /app\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
    good: 'FROM node:22.11\nCOPY . /app\nRUN ["/bin/bash", "-o", "pipefail", "-c", "npm ci | tee /tmp/ci.log"]',
    notes: 'Off by default: turn it on when images are built with Podman/Buildah (`--format oci`) or must stay builder-neutral. '
      + 'It contradicts require-healthcheck (BXD930) by design; enable the one that matches how you ship.',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (DOCKER_ONLY.has(ins.keyword)) {
        report({ range: ins.keywordRange, message: `\`${ins.keyword}\` is kept only in the Docker image format: Podman/Buildah building OCI images drop it.` });
      }
    }
  },
});
