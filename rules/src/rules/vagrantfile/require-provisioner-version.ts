import { defineVagrantfileRule } from '../../rule';
import { isFalse, text } from '../../vagrantfile/values';
import { isV2 } from '../../vagrantfile/query';

/** Provisioners that install their tool on the guest unless `install = false`, and what they install. */
const INSTALLING: Record<string, string> = {
  chef_solo: 'Chef', chef_zero: 'Chef', chef_client: 'Chef', chef_apply: 'Chef', ansible_local: 'Ansible', salt: 'Salt',
};

export default defineVagrantfileRule({
  id: 'BXV601',
  name: 'require-provisioner-version',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Chef, Ansible and Salt provisioners need a pinned `version`.',
    why: 'Chef and `ansible_local` install the newest release on the guest unless told otherwise, and the `ansible` '
      + 'provisioner runs whatever Ansible the host has: the same cookbooks or playbooks meet a different tool next '
      + 'month, and a major release breaks provisioning for everyone at once. Configuration management is meant to give '
      + 'the same machine every time.',
    fix: 'Set `version` to the release you tested (`chef.version = "18.5.0"`, `ansible.version = "2.16.6"`).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "chef_solo" do |chef|\n    chef.add_recipe "web"\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "chef_solo" do |chef|\n    chef.version = "18.5.0"\n    chef.add_recipe "web"\n  end\nend',
    notes: 'With `install = false` Vagrant installs nothing and the box\'s version is used: not flagged. Vagrant\'s '
      + 'puppet provisioners never install Puppet (there is no version to set); pin it where the box or a shell '
      + 'provisioner installs it.',
  },
  check({ model, report }) {
    for (const p of model.provisioners) {
      if (!p.type || !isV2(p.scope)) continue;
      const tool = INSTALLING[p.type];
      if (!tool && p.type !== 'ansible') continue;
      if (tool && isFalse(p.setting('install')?.value)) continue;
      const version = p.setting('version');
      const v = version ? text(version.value) : null;
      if (version && version.value.kind !== 'string' && version.value.kind !== 'symbol') continue;
      if (v !== null && v !== '' && v !== 'latest') continue;
      const at = version ? version.value.range : p.call.args.positional[0]?.range ?? p.call.nameRange;
      const what = p.type === 'ansible' ? 'runs whatever Ansible the host has' : `installs the newest ${tool} on the guest`;
      report({
        range: at,
        message: `The \`${p.type}\` provisioner ${what}${version ? ` (\`version\` is "${v}")` : ''}: set \`version\` to the release you tested.`,
        fixes: version ? [{
          title: 'Pin a version', safety: 'unsafe', snippet: true, edits: [{ range: version.value.range, newText: '"${1:version}"' }],
        }] : [],
      });
    }
  },
});
