import { defineVagrantfileRule } from '../../rule';
import { isTrue } from '../../vagrantfile/values';
import { configSettings, deleteStatement } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV804',
  name: 'no-ssh-agent-forwarding',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not forward your SSH agent into the VM (`config.ssh.forward_agent = true`).',
    why: 'With agent forwarding, root in the VM (every provisioner, every process that gets root in the box) can use '
      + 'your SSH keys for as long as you are connected: push to your repositories, log in to your servers.',
    fix: 'Delete the setting. Give the VM its own deploy key, or use `git` over HTTPS with a scoped token.',
    bad: 'Vagrant.configure("2") do |config|\n  config.ssh.forward_agent = true\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.ssh.forward_agent = false\nend',
  },
  check({ model, report }) {
    for (const s of configSettings(model, 'ssh.forward_agent')) {
      if (!isTrue(s.value)) continue;
      const edit = deleteStatement(model, s.range);
      report({
        range: s.range,
        message: '`forward_agent = true` lets root in the VM use your SSH keys while you are connected: delete it and give the VM its own key.',
        fixes: edit ? [{ title: 'Delete `forward_agent = true`', safety: 'unsafe', edits: [edit] }] : [],
      });
    }
  },
});
