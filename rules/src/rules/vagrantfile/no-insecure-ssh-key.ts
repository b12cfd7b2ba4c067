import { defineVagrantfileRule } from '../../rule';
import { isFalse } from '../../vagrantfile/values';
import { configSettings, deleteStatement } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV803',
  name: 'no-insecure-ssh-key',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not keep Vagrant\'s public insecure key (`config.ssh.insert_key = false`).',
    why: 'Boxes ship with a key pair whose private half is published in Vagrant\'s repository. Vagrant replaces it with a '
      + 'fresh key on first boot; `insert_key = false` keeps the public one, so anyone who can reach the SSH port '
      + '(forwarded ports listen on every interface by default, `public_network` puts it on the LAN) logs in with sudo.',
    fix: 'Delete the setting (the default, `true`, inserts a per-machine key).',
    bad: 'Vagrant.configure("2") do |config|\n  config.ssh.insert_key = false\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.ssh.insert_key = true\nend',
  },
  check({ model, report }) {
    for (const s of configSettings(model, 'ssh.insert_key')) {
      if (!isFalse(s.value)) continue;
      const edit = deleteStatement(model, s.range);
      report({
        range: s.range,
        message: '`insert_key = false` keeps Vagrant\'s published insecure key on the machine: anyone reaching its SSH port can log in. Delete the setting.',
        fixes: edit ? [{ title: 'Delete `insert_key = false`', safety: 'unsafe', edits: [edit] }] : [],
      });
    }
  },
});
