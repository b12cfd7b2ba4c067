import { defineVagrantfileRule } from '../../rule';
import type { Fix } from '../../types';
import { text, textOrTemplate } from '../../vagrantfile/values';
import { configSettings, insertLineAfter, receiverText } from '../../vagrantfile/query';

/** A box URL pointing at a `.box` file (or a local path) has no versions to pin; a catalog (`.json`) has. */
function isDirectBoxUrl(url: string): boolean {
  return !/\.json(\?|$)/i.test(url) && (/\.box(\?|$)/i.test(url) || /^(file:|\/|\.{1,2}\/|[A-Za-z]:\\)/.test(url));
}

export default defineVagrantfileRule({
  id: 'BXV401',
  name: 'require-box-version',
  concern: 'unpinned-image',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin `config.vm.box` with an exact `config.vm.box_version`.',
    why: 'Without a version Vagrant uses whatever box is installed locally, or downloads the newest one: two people '
      + '(or one CI run a month later) get different operating system images from the same Vagrantfile, and a '
      + 'compromised or broken new box release reaches everyone at once.',
    fix: 'Add `config.vm.box_version = "<version>"` with the exact version you tested (`vagrant box list` shows it).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  config.vm.box_version = "20240701.0.0"\nend',
    notes: 'Boxes without versions are not flagged: a direct `box_url` to a `.box` file or a local path '
      + '(require-box-checksum, BXV503, covers those), a box named by a path or URL, and a name without `owner/` (a '
      + 'box added by hand with `vagrant box add`). A `box_version` constraint such as `">= 1.0"` is reported as not pinned.',
  },
  check({ model, report }) {
    const versions = configSettings(model, 'vm.box_version');
    for (const v of versions) {
      const t = text(v.value);
      if (t !== null && /[<>~!]|,/.test(t)) {
        report({ range: v.value.range, message: `\`box_version\` "${t}" allows several box versions: pin the exact version you tested.` });
      }
    }
    for (const box of configSettings(model, 'vm.box')) {
      const machine = box.scope.machine;
      const applies = (s: { scope: typeof box.scope }) => s.scope.machine === null || s.scope.machine === machine;
      if (versions.some(applies)) continue;
      const url = configSettings(model, 'vm.box_url').filter(applies).map(s => textOrTemplate(s.value)).find(u => u !== null);
      if (url && isDirectBoxUrl(url)) continue;
      const name = text(box.value);
      // A box named by a path or URL is a file, and a name without `owner/` a box added by hand
      // (`vagrant box add name file.box`): neither has versions.
      if (box.value.kind === 'nil' || (name !== null && (!name.includes('/') || isDirectBoxUrl(name) || /^[a-z]+:\/\//i.test(name)))) continue;
      const edit = insertLineAfter(model, box.range, `${receiverText(model, box)}.box_version = "\${1:version}"`);
      const fixes: Fix[] = edit ? [{ title: 'Add `box_version`', safety: 'unsafe', snippet: true, edits: [edit] }] : [];
      report({
        range: box.value.range,
        message: `${name ? `Box \`${name}\`` : 'This box'} has no \`box_version\`: Vagrant takes whatever version is installed or newest. Pin the version you tested.`,
        fixes,
      });
    }
  },
});
