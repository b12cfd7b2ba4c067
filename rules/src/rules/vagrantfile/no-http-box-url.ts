import { defineVagrantfileRule } from '../../rule';
import { strings } from '../../vagrantfile/values';
import { configSettings } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV502',
  name: 'no-http-box-url',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Download boxes over `https://`, not `http://` (`config.vm.box_url`).',
    why: 'Over plain HTTP anyone on the network path can replace the box, which is the entire operating system the '
      + 'VM boots, and Vagrant cannot tell.',
    fix: 'Use the `https://` address of the same server; if it has none, add `box_download_checksum` so a swapped box is rejected.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box = "centos7"\n  config.vm.box_url = "http://boxes.example.com/centos7.box"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "centos7"\n  config.vm.box_url = "https://boxes.example.com/centos7.box"\n  config.vm.box_download_checksum_type = "sha256"\n  config.vm.box_download_checksum = "6d3a…"\nend',
  },
  check({ model, report }) {
    for (const s of configSettings(model, 'vm.box_url')) {
      for (const { value, at } of strings(s.value)) {
        if (!/^http:\/\//i.test(value)) continue;
        const mapped = model.mapLiteral(at);
        const certain = mapped && at.origin === null && /^http:\/\//i.test(mapped.text) && mapped.to[3] - mapped.from[0] === 4;
        report({
          range: at.range,
          message: `Box URL \`${value}\` is plain HTTP: anyone on the network path can swap the box. Use \`https://\`.`,
          fixes: certain ? [{ title: 'Use https://', safety: 'unsafe', edits: [{ range: model.lines.range(mapped.from[0], mapped.to[3]), newText: 'https' }] }] : [],
        });
      }
    }
  },
});
