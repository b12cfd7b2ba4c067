import { defineDockerfileRule } from '../../rule';
import { hasFlag, shellCommands } from '../../shell/commands';
import { APK, managerCalls } from '../../shell/packages';
import { commandOffset, hasCacheMount, instructionOf } from '../../dockerfile/run-scripts';
import { removesUnder } from '../../dockerfile/package-cache';

export default defineDockerfileRule({
  id: 'BXD058',
  name: 'require-apk-no-cache',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3019', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: '`apk add` in a `RUN` should use `--no-cache`.',
    why: 'Without `--no-cache`, apk keeps its package index and downloaded packages in `/var/cache/apk` inside the layer: '
      + 'dead weight in every image built from the file.',
    fix: 'Use `apk add --no-cache …` (it also fetches a fresh index, so `apk update`/`--update` is no longer needed).',
    bad: 'RUN apk add --update curl=8.5.0-r0',
    good: 'RUN apk add --no-cache curl=8.5.0-r0',
    notes: 'A cache or tmpfs mount on `/var/cache/apk`, or an `rm -rf /var/cache/apk/*` later in the same RUN, counts too '
      + '(hadolint accepts only the mount). `--no-network` adds only what is already on disk, so it is not flagged either.',
  },
  check({ model, report }) {
    const cleans = shellCommands(model).filter(c => removesUnder(c, '/var/cache/apk'));
    for (const { command, args, subcommand } of managerCalls(model, APK)) {
      const ins = instructionOf(command);
      if (hasFlag(args, '--no-cache', '--no-network') || hasCacheMount(ins, '/var/cache/apk')) continue;
      if (cleans.some(c => instructionOf(c) === ins && commandOffset(c) > commandOffset(command))) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: '`apk add` without `--no-cache` leaves the package cache in this layer: use `apk add --no-cache`.',
        fixes: [{ title: 'Add `--no-cache`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' --no-cache' }] }],
      });
    }
  },
});
