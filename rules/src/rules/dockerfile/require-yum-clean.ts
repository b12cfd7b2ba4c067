import { defineDockerfileRule } from '../../rule';
import { positionals, type HostCommand } from '../../shell/commands';
import { YUM } from '../../shell/packages';
import { appendCommandEdit, leftCaches, removesUnder } from '../../dockerfile/package-cache';

export default defineDockerfileRule({
  id: 'BXD059',
  name: 'require-yum-clean',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3032', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'A `RUN` that installs with `yum` should end with `yum clean all`.',
    why: 'yum keeps repository metadata and downloaded packages in `/var/cache/yum`, inside the layer of that RUN. '
      + 'Cleaning in a later RUN does not shrink the image.',
    fix: 'End the same RUN with `&& yum clean all` (or `rm -rf /var/cache/yum`), or mount a cache on `/var/cache/yum`.',
    bad: 'RUN yum install -y httpd-2.4.6',
    good: 'RUN yum install -y httpd-2.4.6 && yum clean all',
    notes: 'The clean-up must come after the last install of the RUN. Only stages that reach the final image are checked.',
  },
  check({ model, report }) {
    const cleans = (c: HostCommand) => removesUnder(c, '/var/cache/yum')
      || (c.name === 'yum' && positionals(c.args, YUM.withValue)[0]?.value === 'clean');
    for (const { instruction, range } of leftCaches(model, { spec: YUM, fills: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'downgrade'], cleans, cacheDirs: ['/var/cache/yum'] })) {
      const edit = appendCommandEdit(model, instruction, 'yum clean all');
      report({
        range,
        message: 'yum leaves its cache in this layer: end the RUN with `&& yum clean all`.',
        fixes: edit ? [{ title: 'Append `yum clean all`', safety: 'safe', edits: [edit] }] : [],
      });
    }
  },
});
