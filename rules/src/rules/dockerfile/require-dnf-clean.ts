import { defineDockerfileRule } from '../../rule';
import { positionals, type HostCommand } from '../../shell/commands';
import { DNF } from '../../shell/packages';
import { appendCommandEdit, leftCaches, removesUnder } from '../../dockerfile/package-cache';

const CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

export default defineDockerfileRule({
  id: 'BXD060',
  name: 'require-dnf-clean',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3040', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'A `RUN` that installs with `dnf`/`microdnf` should end with `dnf clean all`.',
    why: 'dnf keeps repository metadata and packages in `/var/cache/dnf` (`/var/cache/libdnf5` for dnf5) inside the layer '
      + 'of that RUN; cleaning in a later RUN does not shrink the image.',
    fix: 'End the same RUN with `&& dnf clean all` (`microdnf clean all`), or mount a cache on the cache directory.',
    bad: 'RUN dnf install -y httpd-2.4.57',
    good: 'RUN dnf install -y httpd-2.4.57 && dnf clean all',
    notes: 'Installs, upgrades and reinstalls are checked; the clean-up must come after the last of them. `rm -rf` of '
      + '`/var/cache/dnf`, `/var/cache/yum` or `/var/cache/libdnf5` counts, and so does `microdnf clean all` after `dnf install` '
      + '(they clean the same cache; hadolint wants the same tool). Only stages that reach the final image are checked.',
  },
  check({ model, report }) {
    const cleans = (c: HostCommand) => CACHES.some(d => removesUnder(c, d))
      || (!!c.name && DNF.matches(c.name, c.args) && positionals(c.args, DNF.withValue)[0]?.value === 'clean');
    const fills = ['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'update', 'up', 'upgrade', 'upgrade-minimal', 'up-min', 'downgrade', 'distro-sync'];
    for (const { instruction, call, range } of leftCaches(model, { spec: DNF, fills, cleans, cacheDirs: CACHES })) {
      const clean = `${call.command.name === 'microdnf' ? 'microdnf' : 'dnf'} clean all`;
      const edit = appendCommandEdit(model, instruction, clean);
      report({
        range,
        message: `\`${call.command.name}\` leaves its cache in this layer: end the RUN with \`&& ${clean}\`.`,
        fixes: edit ? [{ title: `Append \`${clean}\``, safety: 'safe', edits: [edit] }] : [],
      });
    }
  },
});
