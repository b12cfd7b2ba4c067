import { defineVagrantfileRule } from '../../rule';
import { text } from '../../vagrantfile/values';
import { configSettings } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV701',
  name: 'no-hardcoded-login-password',
  concern: 'secrets',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not write login passwords into the Vagrantfile (`config.ssh.password`, `config.winrm.password`).',
    why: 'The Vagrantfile is committed and shared: a password in it is known to everyone with the repository. Password '
      + 'logins also keep SSH password authentication enabled on the machine, which anyone who can reach its port can '
      + 'then try; the well-known `vagrant` password is in every word list.',
    fix: 'Use key authentication (the default: leave `ssh.password` unset and `insert_key` on). Where a password is '
      + 'unavoidable (WinRM), read it from the environment: `config.winrm.password = ENV.fetch("WINRM_PASSWORD")`.',
    bad: 'Vagrant.configure("2") do |config|\n  config.ssh.username = "deploy"\n  config.ssh.password = "s3cret"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.ssh.username = "deploy"\n  config.ssh.private_key_path = "~/.ssh/deploy_ed25519"\nend',
  },
  check({ model, report }) {
    for (const path of ['ssh.password', 'winrm.password', 'winssh.password']) {
      for (const s of configSettings(model, path)) {
        const pw = text(s.value);
        if (!pw) continue;
        report({
          range: s.value.range,
          message: pw === 'vagrant'
            ? `\`config.${path}\` is the well-known default password \`vagrant\`: use key authentication, or read a password from the environment.`
            : `\`config.${path}\` is written in the Vagrantfile: everyone with the repository knows it. Use key authentication, or \`ENV.fetch(…)\`.`,
        });
      }
    }
  },
});
