import { defineVagrantfileRule } from '../../rule';

export default defineVagrantfileRule({
  id: 'BXV003',
  name: 'no-vagrant-v1-config',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not use the Vagrant 1.0 configuration format (`Vagrant::Config.run`, `Vagrant.configure("1")`).',
    why: 'The version 1 format dates from Vagrant 1.0 (2012). Current Vagrant only translates it for backwards '
      + 'compatibility: providers other than VirtualBox, provisioner options and every setting added since cannot be '
      + 'used, and several v1 settings (`forward_port`, `share_folder`, `customize`) no longer exist in v2.',
    fix: 'Wrap the configuration in `Vagrant.configure("2") do |config| … end` and move to the v2 names: '
      + '`config.vm.network "forwarded_port", guest:, host:`, `config.vm.synced_folder`, provider blocks for `customize`.',
    bad: 'Vagrant::Config.run do |config|\n  config.vm.box = "precise64"\n  config.vm.forward_port 80, 8080\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "hashicorp/precise64"\n  config.vm.network "forwarded_port", guest: 80, host: 8080, host_ip: "127.0.0.1"\nend',
    notes: 'Settings inside a v1 block are not checked by the other Vagrantfile rules (their names differ); inline shell '
      + 'provisioners still are.',
  },
  check({ model, report }) {
    for (const c of model.configures) {
      if (!c.v1) continue;
      report({
        range: c.callRange,
        message: c.version === '1'
          ? '`Vagrant.configure("1")` uses the Vagrant 1.0 format: switch to `Vagrant.configure("2")` and the v2 setting names.'
          : '`Vagrant::Config.run` is the Vagrant 1.0 format: switch to `Vagrant.configure("2") do |config|` and the v2 setting names.',
      });
    }
  },
});
