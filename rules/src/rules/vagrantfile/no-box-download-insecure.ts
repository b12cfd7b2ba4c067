import { defineVagrantfileRule } from '../../rule';
import { isTrue } from '../../vagrantfile/values';
import { configSettings, deleteStatement } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV501',
  name: 'no-box-download-insecure',
  concern: 'untrusted-source',
  severity: 'error',
  aliases: [],
  fixable: 'safe',
  docs: {
    summary: 'Do not turn off TLS certificate checks for box downloads (`config.vm.box_download_insecure = true`).',
    why: 'The box is the whole operating system of the VM. Without certificate checks anyone on the network path '
      + '(public Wi-Fi, a compromised proxy) can serve a different box, and every machine built from the file runs it.',
    fix: 'Delete the setting. For a private box server with its own CA, point `config.vm.box_download_ca_cert` at that CA instead.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  config.vm.box_download_insecure = true\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  config.vm.box_download_ca_cert = "certs/company-ca.pem"\nend',
  },
  check({ model, report }) {
    for (const s of configSettings(model, 'vm.box_download_insecure')) {
      if (!isTrue(s.value)) continue;
      const edit = deleteStatement(model, s.range);
      report({
        range: s.range,
        message: '`box_download_insecure = true` accepts any TLS certificate for the box download: delete it (use `box_download_ca_cert` for a private CA).',
        fixes: edit ? [{ title: 'Delete `box_download_insecure`', safety: 'safe', edits: [edit] }] : [],
      });
    }
  },
});
