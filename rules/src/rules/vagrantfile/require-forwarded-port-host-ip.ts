import { defineVagrantfileRule } from '../../rule';
import type { Fix } from '../../types';
import { text } from '../../vagrantfile/values';
import { addOption, configCalls } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV801',
  name: 'require-forwarded-port-host-ip',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Bind forwarded ports to localhost: `host_ip: "127.0.0.1"`.',
    why: 'Without `host_ip` Vagrant listens on every interface of the host, so the VM\'s service (a database, an admin '
      + 'console, a development server with debug mode on) is reachable by anyone on the same network: the café Wi-Fi, '
      + 'the office LAN.',
    fix: 'Add `host_ip: "127.0.0.1"`. Bind to another address only when other machines must reach the port, on purpose.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.network "forwarded_port", guest: 5432, host: 5432\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.network "forwarded_port", guest: 5432, host: 5432, host_ip: "127.0.0.1"\nend',
    notes: 'An explicit `host_ip: "0.0.0.0"` (or `"::"`, `"*"`) is flagged too; any other explicit address is taken as deliberate.',
  },
  check({ model, report }) {
    for (const call of configCalls(model, 'vm.network')) {
      if (text(call.args.positional[0]) !== 'forwarded_port') continue;
      const hostIp = call.option('host_ip');
      if (hostIp) {
        const ip = text(hostIp.value);
        if (ip === '0.0.0.0' || ip === '::' || ip === '*' || ip === '') {
          report({
            range: hostIp.value.range,
            message: `\`host_ip: "${ip}"\` exposes the forwarded port on every host interface: use "127.0.0.1" unless other machines must reach it.`,
            fixes: hostIp.value.origin === null ? [{ title: 'Bind to 127.0.0.1', safety: 'unsafe', edits: [{ range: hostIp.value.range, newText: '"127.0.0.1"' }] }] : [],
          });
        }
        continue;
      }
      const host = call.option('host');
      const edit = addOption(call, 'host_ip', '"127.0.0.1"');
      const fixes: Fix[] = edit ? [{ title: 'Bind to 127.0.0.1 (`host_ip: "127.0.0.1"`)', safety: 'unsafe', edits: [edit] }] : [];
      const port = host?.value.kind === 'number' ? ` ${host.value.value}` : '';
      report({
        range: call.args.positional[0].range,
        message: `Forwarded port${port} listens on every host interface: add \`host_ip: "127.0.0.1"\` so only this computer can reach it.`,
        fixes,
      });
    }
  },
});
