import { defineShellRule } from '../../rule';
import { shellCommands } from '../../shell/commands';
import { modeGrants, modeText, modeUses } from '../../shell/permissions';

export default defineShellRule({
  id: 'BXD111',
  name: 'no-setuid-permissions',
  concern: 'root',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not set the setuid bit (`chmod u+s`, `chmod +s`, `chmod 4755`, `install -m 4755`).',
    why: 'A setuid binary runs with its owner\'s rights (root) whoever starts it: any flaw in it, or in how it reads its '
      + 'environment, is a way from an unprivileged user to root. Containers meant to run as non-root lose that '
      + 'protection with one setuid file.',
    fix: 'Run the step that needs privileges as root at build time, give the binary a narrow file capability '
      + '(`setcap cap_net_bind_service=+ep`) or start it as root and drop privileges (gosu, su-exec).',
    bad: 'RUN chmod u+s /usr/local/bin/helper',
    good: 'RUN setcap cap_net_bind_service=+ep /usr/local/bin/helper',
    notes: 'setgid alone (`g+s`, `2775`) is not flagged: on directories it is the usual way to share group ownership. '
      + 'Removing the bit (`u-s`) is of course fine.',
  },
  check({ model, report }) {
    for (const { command, mode } of modeUses(shellCommands(model))) {
      if (!modeGrants(modeText(mode))?.setuid) continue;
      report({ range: command.rangeOf(mode), message: `Mode \`${modeText(mode)}\` sets the setuid bit: whoever runs the file gets its owner's (root's) rights.` });
    }
  },
});
