import { defineShellRule } from '../../rule';
import { positionals } from '../../shell/commands';
import { APK, APT_FAMILY, DNF, YUM, ZYPPER, managerCalls, type ManagerSpec } from '../../shell/packages';

/** Subcommands that upgrade every installed package when no package is named. */
const WHOLE_SYSTEM: [ManagerSpec, string[]][] = [
  [APT_FAMILY, ['upgrade', 'dist-upgrade', 'full-upgrade', 'safe-upgrade']],
  [YUM, ['update', 'upgrade', 'distro-sync']],
  [DNF, ['update', 'up', 'upgrade', 'distro-sync', 'dsync', 'upgrade-minimal', 'up-min']],
  [ZYPPER, ['update', 'up', 'dist-upgrade', 'dup']],
  [APK, ['upgrade']],
];

export default defineShellRule({
  id: 'BXD611',
  name: 'no-system-upgrade',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3035', kind: 'inspired' }],
  fixable: 'none',
  docs: {
    summary: 'Do not upgrade the whole system in a build (`apt-get upgrade`, `dist-upgrade`, `yum update`, `zypper dup`, `apk upgrade`).',
    why: 'The result depends on the day of the build: the same file gives a different image every time the mirrors move, '
      + 'a `dist-upgrade` can even cross to a new distribution release, and nothing in the repository records what changed.',
    fix: 'Take fixes from the base image instead: move to a newer, pinned tag or digest of it and rebuild (for a Vagrant '
      + 'machine, a newer pinned `box_version`). Install the specific packages you need at pinned versions.',
    bad: 'RUN apt-get update && apt-get dist-upgrade -y',
    good: 'FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10',
    notes: 'hadolint\'s DL3035 flags only `zypper dist-upgrade`; this rule covers every manager\'s full upgrade and keeps '
      + 'the alias so existing ignores still apply. Upgrading named packages (`yum update openssl`) is left to the '
      + 'pinning rules.',
  },
  check({ model, report }) {
    for (const [spec, subs] of WHOLE_SYSTEM) {
      for (const { command, subcommand, rest } of managerCalls(model, spec, subs)) {
        if (positionals(rest, spec.withValue).length) continue;
        report({
          range: { start: command.rangeOf(command.nameWord).start, end: command.rangeOf(subcommand).end },
          message: model.kind === 'vagrantfile'
            ? `\`${command.name} ${subcommand.value}\` makes the machine depend on the day it is provisioned: move to a newer pinned box version instead.`
            : `\`${command.name} ${subcommand.value}\` makes the image depend on the day it is built: use a newer pinned base image instead.`,
        });
      }
    }
  },
});
