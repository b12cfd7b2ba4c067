import { defineVagrantfileRule } from '../../rule';
import { strings, textOrTemplate } from '../../vagrantfile/values';
import { configSettings } from '../../vagrantfile/query';

const TRUSTED = /^https:\/\/(rubygems\.org|gems\.hashicorp\.com)\/?$/i;

function problem(url: string): string | null {
  if (TRUSTED.test(url)) return null;
  if (/^http:\/\//i.test(url)) return `plain-HTTP plugin source \`${url}\`: anyone on the network path can swap the plugin`;
  return `plugin source \`${url}\` is not rubygems.org: the plugin runs inside Vagrant with your user's rights`;
}

export default defineVagrantfileRule({
  id: 'BXV504',
  name: 'no-untrusted-plugin-source',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Vagrant plugins must come from rubygems.org over HTTPS, not from other or plain-HTTP gem sources.',
    why: 'A Vagrant plugin is Ruby code that runs inside Vagrant on the host, with the user\'s rights, on every `vagrant` '
      + 'command. A plugin installed from an arbitrary or unencrypted gem source is arbitrary code on the developer\'s workstation.',
    fix: 'Install plugins from the default source (drop `sources` / `--plugin-source`), pinned with a version.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vagrant.plugins = { "vagrant-hostmanager" => { "sources" => ["http://gems.example.com"] } }\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vagrant.plugins = { "vagrant-hostmanager" => { "version" => "1.8.9" } }\nend',
    notes: 'Also reads `vagrant plugin install … --plugin-source URL` run from the Vagrantfile through `system` or backticks.',
  },
  check({ model, report }) {
    for (const s of configSettings(model, 'vagrant.plugins')) {
      if (s.value.kind !== 'hash') continue;
      for (const plugin of s.value.entries) {
        if (plugin.value.kind !== 'hash') continue;
        for (const opt of plugin.value.entries) {
          if (opt.key !== 'sources') continue;
          for (const { value, at } of strings(opt.value)) {
            const why = problem(value);
            if (why) report({ range: at.range, message: `\`${plugin.key ?? 'plugin'}\` from a ${why}. Install from rubygems.org.` });
          }
        }
      }
    }
    for (const h of model.hostCommands) {
      const mapped = model.mapLiteral(h.command);
      const cmd = mapped?.text ?? textOrTemplate(h.command);
      if (!cmd || !/\bvagrant\s+plugin\s+install\b/.test(cmd)) continue;
      for (const m of cmd.matchAll(/--plugin-source(?:=|\s+)(["']?)([^\s"']+)\1/g)) {
        const why = problem(m[2]);
        const at = m.index + m[0].length - m[1].length - m[2].length;
        const range = mapped ? model.lines.range(mapped.from[at], mapped.to[at + m[2].length - 1]) : h.range;
        if (why) report({ range, message: `\`vagrant plugin install\` from a ${why}. Install from rubygems.org.` });
      }
    }
  },
});
