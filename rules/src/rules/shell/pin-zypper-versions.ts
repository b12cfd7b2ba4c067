import { defineShellRule } from '../../rule';
import { ZYPPER, isPathOrUrl, packageInstalls } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD609',
  name: 'pin-zypper-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3037', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `zypper install`.',
    why: '`zypper install nginx` installs whatever the repositories hold on build day: two builds of the same file '
      + 'differ, and an upstream change breaks the image without a diff.',
    fix: 'Write `package=version` (or a bound such as `package>=1.2`; quote or escape `<`/`>` for the shell).',
    bad: 'RUN zypper install -y nginx && zypper clean',
    good: 'RUN zypper install -y nginx=1.21.5 && zypper clean',
    notes: 'Any of `=`, `<`, `>` counts as a pin, as in hadolint; `.rpm` files, paths and `$VARIABLES` are not checked.',
  },
  check({ model, report }) {
    for (const { command, packages } of packageInstalls(model, ZYPPER)) {
      for (const pkg of packages) {
        const v = pkg.value!;
        if (/[=<>]/.test(v) || v.endsWith('.rpm') || isPathOrUrl(v)) continue;
        const r = command.rangeOf(pkg);
        report({
          range: r,
          message: `Package \`${v}\` is installed without a version: pin it as \`${v}=<version>\`.`,
          fixes: [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: '=${1:version}' }] }],
        });
      }
    }
  },
});
