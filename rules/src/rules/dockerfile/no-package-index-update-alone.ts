import { defineDockerfileRule } from '../../rule';
import { positionals } from '../../shell/commands';
import { APK, APT_FAMILY, DNF, YUM, ZYPPER, type ManagerSpec } from '../../shell/packages';
import { runScripts } from '../../dockerfile/run-scripts';

const INERT = new Set(['set', 'echo', 'printf', 'true', ':', 'export', 'rm', 'ls', 'cat']);

/** [manager, subcommands that refresh the index, subcommands that install or upgrade]. */
const MANAGERS: [ManagerSpec, string[], string[]][] = [
  [APT_FAMILY, ['update'], ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'reinstall', 'safe-upgrade', 'source', 'remove', 'purge', 'autoremove', 'download']],
  [APK, ['update'], ['add', 'upgrade', 'fix']],
  [YUM, ['makecache'], ['install', 'groupinstall', 'localinstall', 'update', 'upgrade', 'reinstall', 'downgrade']],
  [DNF, ['makecache', 'mc'], ['install', 'in', 'groupinstall', 'localinstall', 'update', 'up', 'upgrade', 'reinstall', 'downgrade', 'group', 'module']],
  [ZYPPER, ['refresh', 'ref'], ['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si']],
];

export default defineDockerfileRule({
  id: 'BXD613',
  name: 'no-package-index-update-alone',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Refresh the package index in the same `RUN` as the install (`apt-get update && apt-get install …`), not in a `RUN` of its own.',
    why: 'The build cache keeps the `RUN apt-get update` layer for as long as its text does not change: weeks later, an '
      + 'install added to the next RUN uses that old index, fails on packages the mirror no longer has, or silently gets '
      + 'old versions. What the image contains then depends on what happens to be in the builder\'s cache.',
    fix: 'Join them: `RUN apt-get update && apt-get install -y --no-install-recommends pkg=1.2 && rm -rf /var/lib/apt/lists/*` '
      + '(`apk add --no-cache` needs no separate update at all).',
    bad: 'FROM debian:12.5\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10',
    good: 'FROM debian:12.5\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10',
    notes: 'Covers apt-get/apt (`update`), apk (`update`), yum/dnf (`makecache`) and zypper (`refresh`). Only a RUN that '
      + 'does nothing but refresh is reported: one that also installs, or runs a script that may install, is fine.',
  },
  check({ model, report }) {
    for (const { commands } of runScripts(model)) {
      for (const [spec, refresh, install] of MANAGERS) {
        const ours = commands.filter(c => c.name && spec.matches(c.name, c.args));
        const sub = (c: typeof ours[number]) => positionals(c.args.slice(spec.prefix?.(c.args) ?? 0), spec.withValue)[0];
        const update = ours.find(c => refresh.includes(sub(c)?.value ?? ''));
        if (!update || ours.some(c => install.includes(sub(c)?.value ?? ''))) continue;
        // Anything else (a setup script, another tool) may install with the fresh index: only a RUN that does
        // nothing but refresh (and inert bookkeeping) is reported.
        if (commands.some(c => !ours.includes(c) && !INERT.has(c.name ?? ''))) continue;
        report({
          range: { start: update.rangeOf(update.nameWord).start, end: update.rangeOf(sub(update)!).end },
          message: `\`${update.name} ${sub(update)!.value}\` alone in a RUN is cached as its own layer: later installs use a stale index. Run it in the same RUN as the install.`,
        });
      }
    }
  },
});
