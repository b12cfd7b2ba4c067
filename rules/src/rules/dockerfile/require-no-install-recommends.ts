import { defineDockerfileRule } from '../../rule';
import { hasFlag, optionValues } from '../../shell/commands';
import { APT_GET, isAptSimulation, managerCalls } from '../../shell/packages';

export default defineDockerfileRule({
  id: 'BXD057',
  name: 'require-no-install-recommends',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3015', kind: 'same' }],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: '`apt-get install` in a `RUN` should use `--no-install-recommends`.',
    why: 'By default apt also installs every "recommended" package: often hundreds of megabytes (documentation, X11 '
      + 'libraries, compilers) the container never uses, each one more thing to patch and to scan.',
    fix: 'Add `--no-install-recommends` and list the packages you do need explicitly.',
    bad: 'RUN apt-get install -y curl=7.88.1-10',
    good: 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10',
    notes: '`-o APT::Install-Recommends=false` counts too. Not checked in Vagrant shell provisioners: on a VM the '
      + 'recommended packages are usually wanted. The quick fix is unsafe: a program may need a package that came only '
      + 'as a recommendation.',
  },
  check({ model, report }) {
    for (const { command, args, subcommand } of managerCalls(model, APT_GET)) {
      if (hasFlag(args, '--no-install-recommends') || isAptSimulation(args)) continue;
      if (optionValues(args, ['-o', '--option']).some(o => /^APT::Install-Recommends=(false|0|no)$/i.test(o.value ?? ''))) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: '`apt-get install` without `--no-install-recommends` also installs every recommended package.',
        fixes: [{ title: 'Add `--no-install-recommends`', safety: 'unsafe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' --no-install-recommends' }] }],
      });
    }
  },
});
