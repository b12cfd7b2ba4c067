import { defineShellRule } from '../../rule';
import { shellCommands } from '../../shell/commands';
import { isDockerSocket } from '../../docker-daemon';

export default defineShellRule({
  id: 'BXD204',
  name: 'no-docker-socket-in-scripts',
  concern: 'daemon-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Scripts should not open up or mount the Docker socket (`chmod 666 /var/run/docker.sock`, `docker run -v /var/run/docker.sock:…`).',
    why: 'Write access to the Docker socket is root on the host: any process that can use it can start a privileged '
      + 'container mounting `/`. Loosening its permissions or handing it to a container gives that away.',
    fix: 'Add only trusted users to the `docker` group (or use rootless Docker); do not mount the socket into '
      + 'containers. Where a tool needs the API, front it with a filtering proxy.',
    bad: 'RUN chmod 666 /var/run/docker.sock',
    good: 'RUN usermod -aG docker ci',
    notes: 'Runs on Dockerfile `RUN` scripts and on Vagrant inline shell provisioners.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      for (const w of [c.nameWord, ...c.args]) {
        if (w.value && isDockerSocket(w.value)) report({ range: c.rangeOf(w), message: `\`${c.name ?? 'command'}\` uses the Docker socket \`${w.value}\`: access to it is root on the host.` });
      }
    }
  },
});
