import { defineShellRule } from '../../rule';
import { hasFlag } from '../../shell/commands';
import { PIP, PIPX, isPathOrUrl, packageInstalls } from '../../shell/packages';

/** `git+https://host/repo.git@v1.2#egg=x` is pinned by its `@ref`; without one it follows the default branch. */
function isUnpinnedVcsUrl(v: string): boolean {
  const m = /^(git|hg|svn|bzr)\+[a-z]+:\/\/(.*)$/i.exec(v);
  if (!m) return false;
  let rest = m[2].replace(/#.*$/s, ''); // `s`: without it a newline after `#` made this quadratic
  const slash = rest.indexOf('/');
  const at = rest.indexOf('@');
  if (at >= 0 && (slash < 0 || at < slash)) rest = rest.slice(at + 1);
  return !rest.includes('@');
}

export default defineShellRule({
  id: 'BXD603',
  name: 'pin-pip-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3013', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `pip install` and `pipx install`.',
    why: '`pip install flask` resolves to the newest release at build time: the image changes whenever PyPI does, '
      + 'and a hijacked or broken release is installed silently.',
    fix: 'Pin each requirement (`flask==3.0.3`), or install from a requirements/constraints file that pins them '
      + '(ideally with `--require-hashes`). Pin VCS installs to a tag or commit: `git+https://…/repo.git@v1.2.0`.',
    bad: 'RUN pip install flask',
    good: 'RUN pip install flask==3.0.3',
    notes: 'Any version specifier (`==`, `~=`, `>=`, `<`, `!=`) counts as pinned, as in hadolint. A command with `-r`/`-c` '
      + '(requirements or constraints file) is left alone: the file holds the pins. Local paths, archives and plain URLs '
      + 'are not packages to pin; `git+…` URLs without `@ref` are flagged.',
  },
  check({ model, report }) {
    for (const spec of [PIP, PIPX]) {
      for (const { command, args, packages } of packageInstalls(model, spec)) {
        if (hasFlag(args, '-c', '--constraint')) continue;
        for (const pkg of packages) {
          const v = pkg.value!;
          const vcs = isUnpinnedVcsUrl(v);
          if (!vcs && (/[=<>~!@]/.test(v) || isPathOrUrl(v) || /\.(whl|tar\.gz|zip)$/.test(v))) continue;
          const r = command.rangeOf(pkg);
          report({
            range: r,
            message: vcs
              ? `\`${v}\` installs whatever the default branch holds: pin it with \`@<tag or commit>\`.`
              : `Package \`${v}\` is installed without a version: pin it as \`${v}==<version>\`.`,
            fixes: vcs ? [] : [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: '==${1:version}' }] }],
          });
        }
      }
    }
  },
});
