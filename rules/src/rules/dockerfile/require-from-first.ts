import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule({
  id: 'BXD029',
  name: 'require-from-first',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3061', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'Only `ARG`, comments and parser directives may come before the first `FROM`.',
    why: 'Any other instruction before `FROM` has no stage to apply to: Docker rejects the file.',
    fix: 'Move the instruction below the `FROM` of the stage it belongs to.',
    bad: 'LABEL org.opencontainers.image.title=app\nFROM debian:12.5',
    good: 'ARG DEBIAN_TAG=12.5\nFROM debian:${DEBIAN_TAG}\nLABEL org.opencontainers.image.title=app',
    notes: 'A fragment with no `FROM` at all is not flagged: it is often a snippet, and each of its instructions is still linted.',
  },
  check({ model, report }) {
    if (!model.stages.length) return;
    for (const ins of model.instructions) {
      if (ins.stage) break;
      if (ins.keyword !== 'ARG') report({ range: ins.keywordRange, message: `\`${ins.keyword}\` before the first \`FROM\`: only \`ARG\` may come first. Move it into a stage.` });
    }
  },
});
