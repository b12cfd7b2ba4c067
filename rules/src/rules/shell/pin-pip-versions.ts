import { defineShellRule } from '../../rule';
import { PIP, isPathOrUrl, packageInstalls } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD603',
  name: 'pin-pip-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3013', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `pip install`.',
    why: '`pip install flask` resolves to the newest release at build time: the image changes whenever PyPI does, '
      + 'and a hijacked or broken release is installed silently.',
    fix: 'Pin each requirement (`flask==3.0.3`), or install from a requirements/constraints file that pins them '
      + '(ideally with `--require-hashes`).',
    bad: 'RUN pip install flask',
    good: 'RUN pip install flask==3.0.3',
  },
  check({ model, report }) {
    for (const { command, packages } of packageInstalls(model, PIP)) {
      for (const pkg of packages) {
        const v = pkg.value!;
        if (/[=<>~!@]/.test(v) || isPathOrUrl(v) || /\.(whl|tar\.gz|zip)$/.test(v)) continue;
        const r = command.rangeOf(pkg);
        report({
          range: r,
          message: `Package \`${v}\` is installed without a version: pin it as \`${v}==<version>\`.`,
          fixes: [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: '==${1:version}' }] }],
        });
      }
    }
  },
});
