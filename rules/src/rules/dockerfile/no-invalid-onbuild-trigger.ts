import { defineDockerfileRule } from '../../rule';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineDockerfileRule({
  id: 'BXD015',
  name: 'no-invalid-onbuild-trigger',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3043', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: '`ONBUILD` must not trigger `ONBUILD`, `FROM` or `MAINTAINER`.',
    why: 'Docker forbids these triggers: the image builds, but every build that uses it as a base fails.',
    fix: 'Remove the trigger, or move the instruction out of `ONBUILD`.',
    bad: 'FROM node:22.11\nONBUILD FROM debian:12.5',
    good: 'FROM node:22.11\nONBUILD COPY . /app',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.trigger && FORBIDDEN.has(ins.trigger.keyword)) {
        report({ range: ins.trigger.keywordRange, message: `\`ONBUILD ${ins.trigger.keyword}\` is not allowed: every build that uses this image as a base would fail.` });
      }
    }
  },
});
