import { defineShellRule } from '../../rule';
import { shellCommands } from '../../shell/commands';
import { modeGrants, modeText, modeUses } from '../../shell/permissions';
import { isDockerSocket } from '../../docker-daemon';

export default defineShellRule({
  id: 'BXD110',
  name: 'no-world-writable-permissions',
  concern: 'root',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not make files world-writable (`chmod 777`, `chmod -R 666`, `chmod a+rwx`, `chmod o+w`).',
    why: 'Any user or process in the container (or on the VM) can then replace those files: a compromised low-privilege '
      + 'service rewrites a script or binary that root runs later, and gets root. `777` is usually a shortcut around '
      + 'a wrong owner.',
    fix: 'Give the files to the user that needs them (`chown app:app /data`, `COPY --chown`) and keep modes like `755`/`644` '
      + '(`775`/`664` for a shared group).',
    bad: 'RUN chmod -R 777 /app',
    good: 'RUN chown -R app:app /app && chmod -R u=rwX,go=rX /app',
    notes: 'Sticky directories (`chmod 1777 /tmp`, `+t`) are the accepted form for shared scratch space and are not flagged. '
      + 'The Docker socket has its own rule (no-docker-socket-in-scripts). Runs on Dockerfile `RUN` scripts and on '
      + 'Vagrant inline shell provisioners.',
  },
  check({ model, report }) {
    for (const { command, mode, targets } of modeUses(shellCommands(model))) {
      const grants = modeGrants(modeText(mode));
      if (!grants?.worldWritable || grants.sticky) continue;
      if (targets.some(t => t.value != null && isDockerSocket(t.value))) continue;
      report({
        range: command.rangeOf(mode),
        message: `Mode \`${modeText(mode)}\` lets every user write here: give the files to the right owner and drop write for others.`,
      });
    }
  },
});
