import { defineVagrantfileRule } from '../../rule';
import { commandName, unwrap } from '../../shell/script';
import { hasFlag } from '../../shell/commands';
import { text } from '../../vagrantfile/values';

const CREATES_ACCOUNT = new Set(['useradd', 'adduser', 'groupadd', 'addgroup']);
/** Appending to these is harmless: logs and pseudo-files. */
const HARMLESS_TARGET = /^(\/dev\/|\/proc\/|\$|.*\.log$)/;

export default defineVagrantfileRule({
  id: 'BXV602',
  name: 'no-non-idempotent-provisioning',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Inline shell provisioners must give the same machine when run again: no unguarded `>>` appends, `tee -a` or `useradd`.',
    why: '`vagrant provision` and `vagrant up --provision` run provisioners again on an existing machine (and `run: '
      + '"always"` on every start). An unguarded append adds the line a second time, and `useradd` fails because the '
      + 'user exists, so the second run produces a different (or broken) machine, which is what configuration '
      + 'management exists to prevent.',
    fix: 'Guard the step: `grep -qxF "line" file || echo "line" >> file`, `id -u app >/dev/null 2>&1 || useradd app`, '
      + 'or write the whole file with `>` instead of appending.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    echo "export EDITOR=vim" >> /home/vagrant/.bashrc\n    useradd deploy\n  SHELL\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    grep -qxF "export EDITOR=vim" /home/vagrant/.bashrc || echo "export EDITOR=vim" >> /home/vagrant/.bashrc\n    id -u deploy >/dev/null 2>&1 || useradd deploy\n  SHELL\nend',
    notes: 'A command counts as guarded inside `if`, `case`, loop conditions, functions and `&&`/`||` lists. A script '
      + 'that exits early under a condition (a "provisioned" marker file) is not checked.',
  },
  check({ model, report }) {
    for (const source of model.shellSources()) {
      const { script } = source;
      if (script.commands.some(c => c.guarded && c.name?.value === 'exit')) continue;
      const always = source.provisioners.some(p => text(p.setting('run')?.value) === 'always');
      const when = always ? 'on every `vagrant up` (`run: "always"`)' : 'on every `vagrant provision`';
      for (const cmd of script.commands) {
        if (cmd.guarded) continue;
        for (const r of cmd.redirects) {
          const m = /^&?>>\s*(.*)$/s.exec(r.text);
          if (!m || HARMLESS_TARGET.test(m[1].replace(/^["']/, ''))) continue;
          report({ range: model.lines.range(r.start, r.end), message: `\`${r.text}\` appends the text again ${when}: guard it (\`grep -q … || …\`) or write the file with \`>\`.` });
        }
        const u = unwrap(cmd);
        const name = u ? commandName(u.name) : null;
        if (!u || !name) continue;
        if (name === 'tee' && hasFlag(u.args, '-a', '--append')) {
          const target = u.args.find(a => !(a.value ?? '').startsWith('-'));
          if (target && HARMLESS_TARGET.test(target.value ?? '')) continue;
          report({ range: model.lines.range(u.name.start, u.name.end), message: `\`tee -a\` appends the text again ${when}: guard it (\`grep -q … || …\`) or write the whole file.` });
        }
        if (CREATES_ACCOUNT.has(name)) {
          report({ range: model.lines.range(u.name.start, u.name.end), message: `\`${name}\` fails ${when} after the first, because the account exists: guard it (\`id -u name || ${name} …\`, \`getent group … ||\`).` });
        }
      }
    }
  },
});
