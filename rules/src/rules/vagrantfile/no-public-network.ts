import { defineVagrantfileRule } from '../../rule';
import { text } from '../../vagrantfile/values';
import { configCalls } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV802',
  name: 'no-public-network',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Avoid `public_network`: it bridges the VM onto the host\'s LAN.',
    why: 'A bridged VM gets its own address on whatever network the host is on. Every service in it, with the '
      + 'development defaults and the well-known `vagrant` account, is reachable by every machine on that network, '
      + 'and Vagrant\'s own documentation warns that Vagrant boxes are insecure by default.',
    fix: 'Use `private_network` (host-only) or forwarded ports bound to 127.0.0.1. Keep `public_network` only when the VM '
      + 'must be a machine on the LAN, and then harden it (no default passwords, `insert_key` on).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.network "public_network"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.network "private_network", ip: "192.168.56.10"\nend',
  },
  check({ model, report }) {
    for (const call of configCalls(model, 'vm.network')) {
      const type = call.args.positional[0];
      if (text(type) !== 'public_network') continue;
      report({ range: type.range, message: '`public_network` bridges the VM onto the host\'s LAN, where every machine can reach its services: use `private_network` or forwarded ports on 127.0.0.1.' });
    }
  },
});
