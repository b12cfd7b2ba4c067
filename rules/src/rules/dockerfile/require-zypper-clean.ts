import { defineDockerfileRule } from '../../rule';
import { positionals, type HostCommand } from '../../shell/commands';
import { ZYPPER } from '../../shell/packages';
import { appendCommandEdit, leftCaches, removesUnder } from '../../dockerfile/package-cache';

export default defineDockerfileRule({
  id: 'BXD061',
  name: 'require-zypper-clean',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3036', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'A `RUN` that installs with `zypper` should end with `zypper clean`.',
    why: 'zypper keeps repository metadata and packages in `/var/cache/zypp` inside the layer of that RUN; cleaning in a '
      + 'later RUN does not shrink the image.',
    fix: 'End the same RUN with `&& zypper clean --all`, or mount a cache on `/var/cache/zypp`.',
    bad: 'RUN zypper install -y nginx=1.21.5',
    good: 'RUN zypper install -y nginx=1.21.5 && zypper clean --all',
    notes: '`zypper clean`/`zypper cc` and `rm -rf /var/cache/zypp` count; the clean-up must come after the last install. '
      + 'Only stages that reach the final image are checked.',
  },
  check({ model, report }) {
    const cleans = (c: HostCommand) => removesUnder(c, '/var/cache/zypp')
      || (c.name === 'zypper' && ['clean', 'cc'].includes(positionals(c.args, ZYPPER.withValue)[0]?.value ?? ''));
    const fills = ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si'];
    for (const { instruction, range } of leftCaches(model, { spec: ZYPPER, fills, cleans, cacheDirs: ['/var/cache/zypp'] })) {
      const edit = appendCommandEdit(model, instruction, 'zypper clean --all');
      report({
        range,
        message: 'zypper leaves its cache in this layer: end the RUN with `&& zypper clean --all`.',
        fixes: edit ? [{ title: 'Append `zypper clean --all`', safety: 'safe', edits: [edit] }] : [],
      });
    }
  },
});
