import { defineDockerfileRule } from '../../rule';

const RESERVED = new Set(['scratch', 'context']);

export default defineDockerfileRule({
  id: 'BXD030',
  name: 'no-reserved-stage-name',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3063', kind: 'same' }, { tool: 'buildkit', id: 'ReservedStageName', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'Stage names must not be the reserved words `scratch` or `context`.',
    why: '`scratch` is the empty image and `context` the build context: a stage called that way is shadowed or shadows them, '
      + 'so `FROM scratch` or `COPY --from=context` no longer mean what every reader expects.',
    fix: 'Choose another name and update the references to it.',
    bad: 'FROM alpine:3.20 AS scratch',
    good: 'FROM alpine:3.20 AS base',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { alias, aliasRange } = stage.from;
      if (alias && aliasRange && RESERVED.has(alias.toLowerCase())) {
        report({ range: aliasRange, message: `Stage name \`${alias}\` is reserved (${alias.toLowerCase() === 'scratch' ? 'the empty image' : 'the build context'}): choose another name.` });
      }
    }
  },
});
