import { defineVagrantfileRule } from '../../rule';
import type { Fix } from '../../types';
import type { VagrantfileModel, VgCall } from '../../vagrantfile/model';
import { text } from '../../vagrantfile/values';
import { configCalls } from '../../vagrantfile/query';

/**
 * `"public_network"` -> `"private_network", type: "dhcp"`, only for a bare literal call: options such as `bridge:`
 * or a LAN `ip:` mean nothing on a host-only network, and a type from a variable may be shared with other calls.
 */
function privateNetworkFix(model: VagrantfileModel, call: VgCall): Fix[] {
  const [type] = call.args.positional;
  if (type.origin !== null || call.args.positional.length !== 1 || call.args.options.length) return [];
  const quote = model.lines.textOf(type.range)[0] === "'" ? "'" : '"';
  const name = type.kind === 'symbol' ? ':private_network' : `${quote}private_network${quote}`;
  const option = call.args.style === 'rocket' ? `:type => ${quote}dhcp${quote}` : `type: ${quote}dhcp${quote}`;
  return [{ title: 'Use a host-only `private_network` with DHCP', safety: 'unsafe', edits: [{ range: type.range, newText: `${name}, ${option}` }] }];
}

export default defineVagrantfileRule({
  id: 'BXV802',
  name: 'no-public-network',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Avoid `public_network`: it bridges the VM onto the host\'s LAN.',
    why: 'A bridged VM gets its own address on whatever network the host is on. Every service in it, with the '
      + 'development defaults and the well-known `vagrant` account, is reachable by every machine on that network, '
      + 'and Vagrant\'s own documentation warns that Vagrant boxes are insecure by default.',
    fix: 'Use `private_network` (host-only) or forwarded ports bound to 127.0.0.1. Keep `public_network` only when the VM '
      + 'must be a machine on the LAN, and then harden it (no default passwords, `insert_key` on).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.network "public_network"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.network "private_network", ip: "192.168.56.10"\nend',
    notes: 'The quick fix turns a bare `"public_network"` into `"private_network", type: "dhcp"` (no address to choose). It is '
      + 'unsafe (never applied by `--fix`): the VM leaves the LAN, which may be what it was for. Not offered when the call has '
      + 'options (`bridge:`, a LAN `ip:`), which have no meaning on a host-only network.',
  },
  check({ model, report }) {
    for (const call of configCalls(model, 'vm.network')) {
      const type = call.args.positional[0];
      if (text(type) !== 'public_network') continue;
      report({
        range: type.range,
        message: '`public_network` bridges the VM onto the host\'s LAN, where every machine can reach its services: use `private_network` or forwarded ports on 127.0.0.1.',
        fixes: privateNetworkFix(model, call),
      });
    }
  },
});
