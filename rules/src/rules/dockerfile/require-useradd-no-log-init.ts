import { defineDockerfileRule } from '../../rule';
import { hasFlag, shellCommands } from '../../shell/commands';

/** The `-u`/`--uid` value of a useradd command line. */
function uidOf(values: (string | null)[]): string | null {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    if (v === '-u' || v === '--uid') return values[i + 1] ?? null;
    if (v.startsWith('--uid=')) return v.slice(6);
    if (/^-u\d+$/.test(v)) return v.slice(2);
  }
  return null;
}

export default defineDockerfileRule({
  id: 'BXD018',
  name: 'require-useradd-no-log-init',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3046', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: '`useradd` with a large UID needs `-l` (`--no-log-init`).',
    why: '`useradd` reserves a slot for the UID in `/var/log/lastlog` and `faillog`, sparse files that the image layer stores in full: '
      + 'a UID like 123456789 adds gigabytes to the image.',
    fix: 'Add `-l` / `--no-log-init` to `useradd`.',
    bad: 'FROM debian:12.5\nRUN useradd -u 123456 app',
    good: 'FROM debian:12.5\nRUN useradd -l -u 123456 app',
    notes: 'Flagged for UIDs of six digits or more, as hadolint does. The fix inserts `-l`, which only skips the log entries.',
  },
  check({ model, report }) {
    for (const cmd of shellCommands(model)) {
      if (cmd.name !== 'useradd' || hasFlag(cmd.args, '-l', '--no-log-init')) continue;
      const uid = uidOf(cmd.args.map(a => a.value));
      if (!uid || !/^\d{6,}$/.test(uid)) continue;
      const at = cmd.rangeOf(cmd.nameWord).end;
      report({
        range: cmd.rangeOf(cmd.nameWord),
        message: `\`useradd\` with UID ${uid} and no \`-l\`: the lastlog/faillog entries for that UID bloat the image. Add \`-l\`.`,
        fixes: [{ title: 'Add -l (--no-log-init)', safety: 'safe', edits: [{ range: { start: at, end: at }, newText: ' -l' }] }],
      });
    }
  },
});
