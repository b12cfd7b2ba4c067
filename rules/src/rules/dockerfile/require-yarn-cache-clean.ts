import { defineDockerfileRule } from '../../rule';
import { positionals, type HostCommand } from '../../shell/commands';
import { YARN } from '../../shell/packages';
import { appendCommandEdit, leftCaches } from '../../dockerfile/package-cache';

export default defineDockerfileRule({
  id: 'BXD062',
  name: 'require-yarn-cache-clean',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3060', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'A `RUN` with `yarn install` should end with `yarn cache clean`.',
    why: 'yarn keeps a copy of every downloaded package in its global cache, inside the layer of that RUN: the image '
      + 'carries each dependency twice.',
    fix: 'End the same RUN with `&& yarn cache clean`, or mount a cache on the yarn cache folder '
      + '(`--mount=type=cache,target=/usr/local/share/.cache/yarn`).',
    bad: 'RUN yarn install --frozen-lockfile',
    good: 'RUN yarn install --frozen-lockfile && yarn cache clean',
    notes: 'Only stages that reach the final image are checked (a build stage whose output is copied does not matter); '
      + 'ONBUILD triggers always are.',
  },
  check({ model, report }) {
    const cleans = (c: HostCommand) =>
      c.name === 'yarn' && positionals(c.args, YARN.withValue).map(w => w.value).join(' ').startsWith('cache clean');
    const cacheDirs = ['/root/.cache/yarn', '/usr/local/share/.cache/yarn', '/home/node/.cache/yarn', '/root/.yarn', '/usr/local/share/.yarn'];
    for (const { instruction, range } of leftCaches(model, { spec: YARN, fills: ['install'], cleans, cacheDirs })) {
      const edit = appendCommandEdit(model, instruction, 'yarn cache clean');
      report({
        range,
        message: '`yarn install` leaves the yarn cache in this layer: end the RUN with `&& yarn cache clean`.',
        fixes: edit ? [{ title: 'Append `yarn cache clean`', safety: 'safe', edits: [edit] }] : [],
      });
    }
  },
});
