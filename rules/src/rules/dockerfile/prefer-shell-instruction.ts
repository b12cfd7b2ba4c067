import { defineDockerfileRule } from '../../rule';
import { positionals, shellCommands } from '../../shell/commands';

export default defineDockerfileRule({
  id: 'BXD034',
  name: 'prefer-shell-instruction',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL4005', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Change the shell with `SHELL`, not by re-linking `/bin/sh`.',
    why: 'Replacing `/bin/sh` changes the shell for every script in the image, including the base image\'s and the package manager\'s '
      + 'maintainer scripts, which expect the POSIX shell they were written for.',
    fix: 'Use `SHELL ["/bin/bash", "-c"]` for the `RUN` steps that need bash, or call `bash -c` explicitly.',
    bad: 'FROM debian:12.5\nRUN ln -sfv /bin/bash /bin/sh',
    good: 'FROM debian:12.5\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  },
  check({ model, report }) {
    for (const cmd of shellCommands(model)) {
      if (cmd.name !== 'ln') continue;
      const args = positionals(cmd.args, new Set(['-S', '--suffix', '-t', '--target-directory']));
      const link = args[args.length - 1];
      if (args.length >= 2 && link.value === '/bin/sh') {
        report({ range: cmd.rangeOf(link), message: 'Re-linking `/bin/sh` changes the shell of every script in the image: use the `SHELL` instruction instead.' });
      }
    }
  },
});
