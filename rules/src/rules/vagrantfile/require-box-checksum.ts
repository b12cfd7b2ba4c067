import { defineVagrantfileRule } from '../../rule';
import { strings } from '../../vagrantfile/values';
import { configSettings } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV503',
  name: 'require-box-checksum',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'A box downloaded from a direct `box_url` needs `box_download_checksum` and `box_download_checksum_type`.',
    why: 'A `.box` file fetched straight from a URL carries no signature and, unlike boxes from a catalog, no published '
      + 'checksum: Vagrant installs whatever the server (or anyone in between) sends.',
    fix: 'Add `config.vm.box_download_checksum_type = "sha256"` and `config.vm.box_download_checksum = "<sha256 of the box>"`.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box = "centos7"\n  config.vm.box_url = "https://boxes.example.com/centos7.box"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "centos7"\n  config.vm.box_url = "https://boxes.example.com/centos7.box"\n  config.vm.box_download_checksum_type = "sha256"\n  config.vm.box_download_checksum = "6d3a1f…"\nend',
    notes: 'Only URLs of `.box` files are flagged: a catalog (metadata) URL lists checksums itself.',
  },
  check({ model, report }) {
    const checksums = configSettings(model, 'vm.box_download_checksum');
    for (const s of configSettings(model, 'vm.box_url')) {
      const machine = s.scope.machine;
      if (checksums.some(c => c.scope.machine === null || c.scope.machine === machine)) continue;
      for (const { value, at } of strings(s.value)) {
        if (!/\.box(\?|$)/i.test(value)) continue;
        report({ range: at.range, message: `The box from \`${value}\` is installed without a checksum: add \`box_download_checksum\` and \`box_download_checksum_type\`.` });
      }
    }
  },
});
