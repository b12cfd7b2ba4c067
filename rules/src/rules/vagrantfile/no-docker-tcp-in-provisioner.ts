import { defineVagrantfileRule } from '../../rule';
import { PLAIN_PORT, port } from '../../docker-daemon';

/** A Docker daemon endpoint written into its configuration: `-H tcp://…`, `--host=tcp://…`, `"hosts": ["tcp://…"]`. */
const TCP_ENDPOINT = /(?:-H[\s=]*|--host[\s=]+|"hosts"\s*:\s*\[[^\]\n]{0,200}?")(tcp:\/\/[^\s"',\]]+)/g;
const TLS = /--tlsverify\b|"tlsverify"\s*:\s*true/;

export default defineVagrantfileRule({
  id: 'BXV203',
  name: 'no-docker-tcp-in-provisioner',
  concern: 'daemon-exposure',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Shell provisioners must not configure the Docker daemon to listen on TCP without TLS (`DOCKER_OPTS="-H tcp://…"`, `"hosts": ["tcp://…"]` in daemon.json, a systemd `ExecStart=… -H tcp://…`).',
    why: 'Whoever reaches the Docker API controls the machine: it can start a privileged container that mounts the root '
      + 'filesystem. A daemon configured on a TCP port without `tlsverify` answers anyone who can reach that port, and '
      + 'a VM\'s ports are easy to reach (forwarded ports listen on every host interface by default).',
    fix: 'Leave the daemon on its Unix socket and use `vagrant ssh -c` or `DOCKER_HOST=ssh://…`; if TCP is required, '
      + 'configure `tlsverify` with client certificates and port 2376.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    echo \'DOCKER_OPTS="-H tcp://0.0.0.0:2375 -H unix:///var/run/docker.sock"\' > /etc/default/docker\n    service docker restart\n  SHELL\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    usermod -aG docker vagrant\n    service docker restart\n  SHELL\nend',
    notes: 'Reads the text of inline shell provisioners, so daemon options written into files are seen; a script that also '
      + 'turns on `tlsverify` is not flagged. `dockerd -H tcp://…` run directly is reported by no-dockerd-tcp-without-tls (BXD203).',
  },
  check({ model, report }) {
    for (const source of model.shellSources()) {
      const { mapped, script } = source;
      if (TLS.test(mapped.text)) continue;
      // Words of a `dockerd` command itself belong to BXD203.
      const dockerdWords = script.commands.filter(c => c.name?.value?.split('/').pop() === 'dockerd').flatMap(c => c.args);
      for (const m of mapped.text.matchAll(TCP_ENDPOINT)) {
        const at = m.index + m[0].length - m[1].length;
        const start = mapped.from[at], end = mapped.to[at + m[1].length - 1];
        if (dockerdWords.some(w => w.start <= start && end <= w.end)) continue;
        const plain = port(m[1]) === PLAIN_PORT;
        report({
          range: model.lines.range(start, end),
          message: `The provisioner configures the Docker daemon on \`${m[1]}\` without TLS${plain ? ' (2375 is the plain-text port)' : ''}: anyone who reaches it controls the VM. Keep the daemon on its Unix socket.`,
        });
      }
    }
  },
});
