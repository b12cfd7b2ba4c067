import { defineVagrantfileRule } from '../../rule';
import { text } from '../../vagrantfile/values';
import { configSettings } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV101',
  name: 'no-ssh-root-user',
  concern: 'root',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not make Vagrant log in as `root` (`config.ssh.username = "root"`).',
    why: 'Every `vagrant ssh` session, synced-folder mount and provisioner then runs as root with no separation, the '
      + 'box must allow root logins over SSH, and a mistake in a provisioning script has no limit on what it breaks.',
    fix: 'Log in as the box\'s unprivileged user (`vagrant` by default) and escalate only where needed: shell '
      + 'provisioners already run with sudo unless `privileged: false`.',
    bad: 'Vagrant.configure("2") do |config|\n  config.ssh.username = "root"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.ssh.username = "vagrant"\nend',
  },
  check({ model, report }) {
    for (const s of [...configSettings(model, 'ssh.username'), ...configSettings(model, 'ssh.remote_user')]) {
      if (text(s.value) !== 'root') continue;
      report({ range: s.value.range, message: `\`config.${s.path} = "root"\` makes every Vagrant session and provisioner run as root: log in as an unprivileged user (e.g. \`vagrant\`).` });
    }
  },
});
