import { defineShellRule } from '../../rule';
import { hasFlag } from '../../shell/commands';
import { YUM, managerCalls } from '../../shell/packages';

const ASKING = ['install', 'groupinstall', 'localinstall', 'reinstall', 'remove', 'erase', 'update', 'upgrade', 'downgrade', 'groupremove', 'groupupdate'];

export default defineShellRule({
  id: 'BXD051',
  name: 'require-yum-yes',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3030', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`yum install` (and other subcommands that ask for confirmation) must run with `-y`.',
    why: 'Without `-y`, yum asks "Is this ok [y/d/N]" and, with no one to answer in a build or provisioning run, gives up.',
    fix: 'Add `-y` (`--assumeyes`): `yum install -y httpd`.',
    bad: 'RUN yum install httpd-2.4.6 && yum clean all',
    good: 'RUN yum install -y httpd-2.4.6 && yum clean all',
    notes: 'Besides hadolint\'s `install`, `groupinstall` and `localinstall`, `remove`, `update`/`upgrade`, `reinstall` and '
      + '`downgrade` are checked: they ask too.',
  },
  check({ model, report }) {
    for (const { command, args, subcommand } of managerCalls(model, YUM, ASKING)) {
      if (hasFlag(args, '-y', '--assumeyes')) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: `\`yum ${subcommand.value}\` without \`-y\` stops to ask for confirmation: add \`-y\`.`,
        fixes: [{ title: 'Add `-y`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' -y' }] }],
      });
    }
  },
});
