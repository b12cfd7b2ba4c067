import { defineShellRule } from '../../rule';
import { hasFlag } from '../../shell/commands';
import { ZYPPER, managerCalls } from '../../shell/packages';

const ASKING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup', 'install-new-recommends', 'inr'];

export default defineShellRule({
  id: 'BXD053',
  name: 'require-zypper-non-interactive',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3034', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`zypper install` (and other subcommands that ask for confirmation) must run non-interactively.',
    why: 'Without `-n`/`-y`, zypper asks "Continue? [y/n/v/...? shows all options] (y)" and a build or provisioning '
      + 'run has no one to answer.',
    fix: 'Add `-y` after the subcommand (`zypper install -y nginx`) or `--non-interactive` before it.',
    bad: 'RUN zypper install nginx=1.21.5 && zypper clean',
    good: 'RUN zypper install -y nginx=1.21.5 && zypper clean',
    notes: 'Accepts `-n`/`--non-interactive` (global) and `-y`/`--no-confirm`. Besides hadolint\'s list (`install`, '
      + '`remove`, `source-install`, `patch`), `update` and `dist-upgrade` are checked.',
  },
  check({ model, report }) {
    for (const { command, args, subcommand } of managerCalls(model, ZYPPER, ASKING)) {
      if (hasFlag(args, '-n', '--non-interactive', '-y', '--no-confirm')) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: `\`zypper ${subcommand.value}\` without \`-y\`/\`--non-interactive\` stops to ask for confirmation: add \`-y\`.`,
        fixes: [{ title: 'Add `-y`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' -y' }] }],
      });
    }
  },
});
