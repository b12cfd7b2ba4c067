import { defineVagrantfileRule } from '../../rule';
import { PLAIN_PORT } from '../../docker-daemon';
import { text, type VgValue } from '../../vagrantfile/values';
import { configCalls } from '../../vagrantfile/query';

const DAEMON_PORTS = new Set([PLAIN_PORT, 2376]);

function port(v: VgValue | undefined): number | null {
  if (!v) return null;
  if (v.kind === 'number') return v.value;
  const t = text(v);
  return t !== null && /^\d+$/.test(t) ? Number(t) : null;
}

export default defineVagrantfileRule({
  id: 'BXV201',
  name: 'no-forwarded-docker-daemon-port',
  concern: 'daemon-exposure',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not forward the guest\'s Docker daemon port (2375, 2376) to the host.',
    why: 'The Docker API gives whoever reaches it root on the machine: it can start a privileged container that mounts '
      + 'the root filesystem. Port 2375 has no TLS and no authentication, and a forwarded port listens on every host '
      + 'interface unless `host_ip` says otherwise, so anyone on the network controls the VM.',
    fix: 'Do not forward the daemon port. Use `vagrant ssh -c "docker …"`, or `DOCKER_HOST=ssh://vagrant@…` which '
      + 'tunnels the socket over SSH.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.network "forwarded_port", guest: 2375, host: 2375\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.network "forwarded_port", guest: 8080, host: 8080, host_ip: "127.0.0.1"\nend',
  },
  check({ model, report }) {
    for (const call of configCalls(model, 'vm.network')) {
      if (text(call.args.positional[0]) !== 'forwarded_port') continue;
      const guest = call.option('guest');
      const p = port(guest?.value);
      if (!guest || p === null || !DAEMON_PORTS.has(p)) continue;
      report({
        range: guest.range,
        message: p === PLAIN_PORT
          ? 'Forwarding guest port 2375 exposes the Docker API without TLS or authentication: root on the VM for anyone who reaches it. Remove it and use `DOCKER_HOST=ssh://…`.'
          : 'Forwarding guest port 2376 exposes the Docker API (root on the VM) to the host network: remove it and use `DOCKER_HOST=ssh://…`.',
      });
    }
  },
});
