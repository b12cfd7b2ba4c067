import { defineShellRule } from '../../rule';
import { shellCommands, subcommand } from '../../shell/commands';
import { APT } from '../../shell/packages';

/** apt subcommands with the same meaning in apt-get or apt-cache (`full-upgrade` is apt-get's `dist-upgrade`: left out). */
const SAME_IN: Record<string, string> = {
  install: 'apt-get', remove: 'apt-get', purge: 'apt-get', update: 'apt-get', autoremove: 'apt-get', autoclean: 'apt-get',
  clean: 'apt-get', source: 'apt-get', 'build-dep': 'apt-get', reinstall: 'apt-get', satisfy: 'apt-get',
  search: 'apt-cache', show: 'apt-cache', showsrc: 'apt-cache', policy: 'apt-cache', depends: 'apt-cache', rdepends: 'apt-cache',
};

export default defineShellRule({
  id: 'BXD054',
  name: 'prefer-apt-get-over-apt',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3027', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Use `apt-get`/`apt-cache` in scripts, not `apt`.',
    why: '`apt` is the interactive front end: its output and behaviour may change between releases and it warns '
      + '"apt does not have a stable CLI interface. Use with caution in scripts." `apt-get` and `apt-cache` are the '
      + 'stable, scriptable tools.',
    fix: 'Replace `apt install` with `apt-get install`, `apt search` with `apt-cache search`, and so on.',
    bad: 'RUN apt update && apt install -y curl=7.88.1-10',
    good: 'RUN apt-get update && apt-get install -y curl=7.88.1-10',
    notes: 'The quick fix is offered only where the subcommand means the same in apt-get/apt-cache; `apt upgrade` '
      + '(which, unlike `apt-get upgrade`, installs new dependencies) and `apt list` have no drop-in replacement.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      if (c.name !== 'apt') continue;
      const sub = subcommand(c.args, APT.withValue)?.word.value ?? '';
      const tool = SAME_IN[sub];
      const r = c.rangeOf(c.nameWord);
      report({
        range: r,
        message: tool ? `\`apt ${sub}\` is meant for people, not scripts: use \`${tool} ${sub}\`.`
          : `\`apt${sub ? ' ' + sub : ''}\` is meant for people, not scripts: use apt-get, apt-cache or dpkg-query.`,
        fixes: tool && c.nameWord.text === 'apt' ? [{ title: `Use \`${tool}\``, safety: 'unsafe', edits: [{ range: r, newText: tool }] }] : [],
      });
    }
  },
});
