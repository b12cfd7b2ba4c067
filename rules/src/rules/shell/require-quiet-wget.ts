import { defineShellRule } from '../../rule';
import { hasFlag, shellCommands } from '../../shell/commands';

export default defineShellRule({
  id: 'BXD055',
  name: 'require-quiet-wget',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3047', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`wget` should run with `--progress=dot:giga`, `-q` or `-nv` (or log to a file).',
    why: 'Without a terminal, wget prints a dot progress line for every few kilobytes: a large download floods the '
      + 'build or provisioning log with thousands of lines and hides the output that matters.',
    fix: 'Add `--progress=dot:giga` (or `-nv`, or `-q` when you do not need the log).',
    bad: 'RUN wget https://example.com/big.tar.gz',
    good: 'RUN wget --progress=dot:giga https://example.com/big.tar.gz',
    notes: 'Logging to a file (`-o`, `-a`) counts too, as in hadolint.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      if (c.name !== 'wget') continue;
      const args = c.args;
      if (hasFlag(args, '--progress', '-q', '--quiet', '-nv', '--no-verbose', '-o', '--output-file', '-a', '--append-output')) continue;
      const r = c.rangeOf(c.nameWord);
      report({
        range: r,
        message: '`wget` without `--progress=dot:giga`, `-nv` or `-q` floods the log with progress dots.',
        fixes: [{ title: 'Add `--progress=dot:giga`', safety: 'safe', edits: [{ range: { start: r.end, end: r.end }, newText: ' --progress=dot:giga' }] }],
      });
    }
  },
});
