import { defineShellRule } from '../../rule';
import { positionals, shellCommands } from '../../shell/commands';
import { containerRuns, runOption } from '../../shell/docker-cli';
import type { ShellWord } from '../../shell/script';
import { isDockerSocket } from '../../docker-daemon';

const PERMISSION_TOOLS = new Set(['chmod', 'chown', 'chgrp', 'setfacl']);
const RELAYS = new Set(['socat', 'ncat', 'nc', 'netcat']);

export default defineShellRule({
  id: 'BXD204',
  name: 'no-docker-socket-in-scripts',
  concern: 'daemon-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Scripts should not open up, relay or mount the Docker socket (`chmod 666 /var/run/docker.sock`, `docker run -v /var/run/docker.sock:…`, `socat … UNIX-CONNECT:/var/run/docker.sock`).',
    why: 'Write access to the Docker socket is root on the host: any process that can use it can start a privileged '
      + 'container mounting `/`. Loosening its permissions, relaying it onto a TCP port or handing it to a container gives that away.',
    fix: 'Add only trusted users to the `docker` group (or use rootless Docker); do not mount the socket into '
      + 'containers. Where a tool needs the API, front it with a filtering proxy.',
    bad: 'RUN chmod 666 /var/run/docker.sock',
    good: 'RUN usermod -aG docker ci',
    notes: 'Reads permission changes (chmod/chown/chgrp/setfacl), socket relays (socat, ncat) and volume/mount options of '
      + '`docker|podman run`; merely naming the path (as an argument to a setup script, in `DOCKER_HOST`) is not reported. '
      + 'Runs on Dockerfile `RUN` scripts and on Vagrant inline shell provisioners.',
  },
  check({ model, report }) {
    const flagged = new Set<ShellWord>();
    const flag = (c: { rangeOf(w: ShellWord): import('../../types').Range }, w: ShellWord | null | undefined, what: string) => {
      if (!w || flagged.has(w) || !isDockerSocket(w.value ?? w.text)) return;
      flagged.add(w);
      report({ range: c.rangeOf(w), message: `${what} the Docker socket: access to it is root on the host.` });
    };
    for (const c of shellCommands(model)) {
      if (c.name && PERMISSION_TOOLS.has(c.name)) for (const w of positionals(c.args)) flag(c, w, `\`${c.name}\` opens up`);
      if (c.name && RELAYS.has(c.name)) for (const w of c.args) flag(c, w, `\`${c.name}\` relays`);
    }
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, '-v', '--volume', '--mount')) flag(run.command, o.word, `\`${run.command.name} ${run.subcommand.value}\` hands the container`);
    }
  },
});
