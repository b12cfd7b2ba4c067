import { defineShellRule } from '../../rule';
import { hasFlag } from '../../shell/commands';
import { DNF, managerCalls } from '../../shell/packages';

const ASKING = ['install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'remove', 'rm', 'erase', 'update', 'up',
  'upgrade', 'upgrade-minimal', 'up-min', 'downgrade', 'dg', 'autoremove', 'distro-sync', 'dsync'];

export default defineShellRule({
  id: 'BXD052',
  name: 'require-dnf-yes',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3038', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`dnf`/`microdnf install` (and other subcommands that ask for confirmation) must run with `-y`.',
    why: 'Without `-y`, dnf asks "Is this ok [y/N]" and, with no one to answer in a build or provisioning run, aborts.',
    fix: 'Add `-y` (`--assumeyes`): `dnf install -y httpd`.',
    bad: 'RUN dnf install httpd-2.4.57 && dnf clean all',
    good: 'RUN dnf install -y httpd-2.4.57 && dnf clean all',
    notes: 'Checked for `microdnf` too, as hadolint does (recent microdnf asks as well). Besides `install`, `groupinstall` '
      + 'and `localinstall`, the removing and upgrading subcommands are checked.',
  },
  check({ model, report }) {
    for (const { command, args, subcommand } of managerCalls(model, DNF, ASKING)) {
      if (hasFlag(args, '-y', '--assumeyes')) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: `\`${command.name} ${subcommand.value}\` without \`-y\` stops to ask for confirmation: add \`-y\`.`,
        fixes: [{ title: 'Add `-y`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' -y' }] }],
      });
    }
  },
});
