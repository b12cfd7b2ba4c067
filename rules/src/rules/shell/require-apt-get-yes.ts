import { defineShellRule } from '../../rule';
import { hasFlag, optionValues } from '../../shell/commands';
import type { ShellWord } from '../../shell/script';
import { APT_GET, isAptSimulation, managerCalls } from '../../shell/packages';

/** Subcommands that stop to ask "Do you want to continue?". */
const ASKING = ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep', 'reinstall'];

/** `-qq`, `-q -q`, `-q=2`, `--quiet --quiet`: quiet level 2 implies `--yes`. */
function quietLevel(args: ShellWord[]): number {
  let level = 0;
  for (const a of args) {
    const v = a.value ?? '';
    const n = /^(?:-q|--quiet)=(\d+)$/.exec(v);
    if (n) level = Math.max(level, Number(n[1]));
    else if (v === '--quiet') level++;
    else if (/^-[A-Za-z]+$/.test(v)) level += [...v].filter(c => c === 'q').length;
  }
  return level;
}

function assumesYes(args: ShellWord[]): boolean {
  if (hasFlag(args, '-y', '--yes', '--assume-yes', '--force-yes') || quietLevel(args) >= 2) return true;
  return optionValues(args, ['-o', '--option']).some(o => /^APT::Get::Assume-Yes=(true|1|yes)$/i.test(o.value ?? ''));
}

export default defineShellRule({
  id: 'BXD050',
  name: 'require-apt-get-yes',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3014', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`apt-get install` (and other subcommands that ask for confirmation) must run with `-y`.',
    why: 'Without `-y`, apt-get stops at "Do you want to continue? [Y/n]". A build or a provisioning run has nobody to '
      + 'answer, so it aborts (or hangs) as soon as a package needs confirmation.',
    fix: 'Add `-y` (`--yes`): `apt-get install -y curl`.',
    bad: 'RUN apt-get update && apt-get install curl',
    good: 'RUN apt-get update && apt-get install -y curl',
    notes: 'Quiet level 2 (`-qq`) implies `-y`, as does `-o APT::Get::Assume-Yes=true`. Besides `install` (hadolint\'s '
      + 'scope), `upgrade`, `dist-upgrade`, `remove`, `purge` and `autoremove` are checked: they ask too. Input piped '
      + 'from `yes` counts as an answer; simulations (`-s`) are skipped.',
  },
  check({ model, report }) {
    for (const { command, args, subcommand } of managerCalls(model, APT_GET, ASKING)) {
      if (assumesYes(args) || isAptSimulation(args)) continue;
      if (command.command.pipeline?.some(p => p !== command.command && p.name?.value === 'yes')) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: `\`apt-get ${subcommand.value}\` without \`-y\` stops to ask for confirmation: add \`-y\`.`,
        fixes: [{ title: 'Add `-y`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' -y' }] }],
      });
    }
  },
});
