import { defineVagrantfileRule } from '../../rule';
import type { Fix } from '../../types';
import { isV2 } from '../../vagrantfile/query';

/** Core namespaces whose settings Vagrant validates ("The following settings shouldn't exist"). */
const KNOWN: Record<string, string[]> = {
  vm: ['allow_fstab_modification', 'allow_hosts_modification', 'allowed_synced_folder_types', 'base_address', 'base_mac', 'boot_timeout',
    'box', 'box_architecture', 'box_check_update', 'box_download_ca_cert', 'box_download_ca_path', 'box_download_checksum',
    'box_download_checksum_type', 'box_download_client_cert', 'box_download_disable_ssl_revoke_best_effort', 'box_download_insecure',
    'box_download_location_trusted', 'box_download_options', 'box_server_url', 'box_url', 'box_version', 'cloud_init', 'communicator',
    'define', 'disk', 'graceful_halt_timeout', 'guest', 'host_name', 'hostname', 'ignore_box_vagrantfile', 'network', 'post_up_message',
    'provider', 'provision', 'synced_folder', 'usable_port_range'],
  ssh: ['compression', 'config', 'connect_retries', 'connect_retry_delay', 'connect_timeout', 'default', 'disable_deprecated_algorithms',
    'dsa_authentication', 'export_command_template', 'extra_args', 'forward_agent', 'forward_env', 'forward_x11', 'guest_port', 'host',
    'insert_key', 'keep_alive', 'key_type', 'keys_only', 'paranoid', 'password', 'port', 'private_key_path', 'proxy_command', 'pty',
    'remote_user', 'shell', 'sudo_command', 'username', 'verify_host_key'],
  vagrant: ['host', 'plugins', 'sensitive'],
};

/** Settings Vagrant 1.x had and v2 rejects, with what replaced them. */
const REMOVED: Record<string, { use: string; rename?: string }> = {
  'vm.forward_port': { use: '`config.vm.network "forwarded_port", guest: …, host: …`' },
  'vm.share_folder': { use: '`config.vm.synced_folder "host/path", "/guest/path"`' },
  'vm.customize': { use: 'a provider block: `config.vm.provider "virtualbox" do |vb| vb.customize [...] end`' },
  'vm.boot_mode': { use: '`vb.gui = true` in a virtualbox provider block' },
  'vm.auto_port_range': { use: '`config.vm.usable_port_range`', rename: 'usable_port_range' },
  'vm.name': { use: '`config.vm.define "name"` (or `vb.name` in a provider block)' },
  'ssh.max_tries': { use: '`config.vm.boot_timeout`' },
  'ssh.timeout': { use: '`config.vm.boot_timeout`' },
  'vagrant.dotfile_name': { use: 'nothing: Vagrant keeps its state in `.vagrant/`' },
};

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export default defineVagrantfileRule({
  id: 'BXV004',
  name: 'no-unknown-vagrant-setting',
  concern: 'maintainability',
  severity: 'error',
  aliases: [],
  fixable: 'safe',
  docs: {
    summary: 'Flags `config.vm.*`, `config.ssh.*` and `config.vagrant.*` settings that Vagrant does not know, including ones removed since Vagrant 1.0.',
    why: 'Vagrant validates these namespaces and refuses to start with "The following settings shouldn\'t exist". A '
      + 'misspelt setting (`box_verison`) never takes effect, and removed v1 settings (`forward_port`, `share_folder`, '
      + '`ssh.timeout`) fail on every machine built from the file.',
    fix: 'Use the name the message suggests: the closest known setting for a typo, or the v2 replacement for a removed one.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box_verison = "20240101.0.0"\n  config.ssh.timeout = 300\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box_version = "20240101.0.0"\n  config.vm.boot_timeout = 300\nend',
    notes: 'Plugin namespaces (`config.vbguest`, `config.hostmanager` …) and provider or provisioner options are not '
      + 'checked: they depend on installed plugins.',
  },
  check({ model, report }) {
    const items = [
      ...model.settings.filter(s => s.scope.kind === 'config' && s.source === 'assignment').map(s => ({ path: s.path, nameRange: s.nameRange, scope: s.scope })),
      ...model.calls.filter(c => c.scope.kind === 'config').map(c => ({ path: c.path, nameRange: c.nameRange, scope: c.scope })),
    ];
    for (const { path, nameRange, scope } of items) {
      if (!isV2(scope)) continue;
      const [ns, name] = path.split('.');
      if (!name || !(ns in KNOWN) || /\[/.test(name) || KNOWN[ns].includes(name)) continue;
      const removed = REMOVED[`${ns}.${name}`];
      const fixes: Fix[] = [];
      let message: string;
      if (removed) {
        message = `\`config.${ns}.${name}\` was removed after Vagrant 1.0: use ${removed.use}.`;
        if (removed.rename) fixes.push({ title: `Rename to \`${removed.rename}\``, safety: 'safe', edits: [{ range: nameRange, newText: removed.rename }] });
      } else {
        const close = KNOWN[ns].filter(k => distance(k, name) <= Math.min(2, Math.floor(k.length / 3)));
        message = close.length === 1
          ? `\`config.${ns}.${name}\` is not a Vagrant setting: did you mean \`${close[0]}\`?`
          : `\`config.${ns}.${name}\` is not a Vagrant setting; Vagrant refuses to start with it.`;
        if (close.length === 1) fixes.push({ title: `Change to \`${close[0]}\``, safety: 'unsafe', edits: [{ range: nameRange, newText: close[0] }] });
      }
      report({ range: nameRange, message, fixes });
    }
  },
});
