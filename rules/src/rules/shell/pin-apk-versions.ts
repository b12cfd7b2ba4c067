import { defineShellRule } from '../../rule';
import { APK, isPathOrUrl, packageInstalls } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD602',
  name: 'pin-apk-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3018', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `apk add`.',
    why: 'Without a version, `apk add curl` takes whatever the Alpine mirror serves on build day, so two builds of the '
      + 'same file differ and an upstream change breaks you without a diff.',
    fix: 'Write `package=version` (or `package~version` for a minor series) for each package.',
    bad: 'RUN apk add --no-cache curl',
    good: 'RUN apk add --no-cache curl=8.5.0-r0',
  },
  check({ model, report }) {
    for (const { command, packages } of packageInstalls(model, APK)) {
      for (const pkg of packages) {
        const v = pkg.value!;
        if (/[=~<>]/.test(v) || v.endsWith('.apk') || isPathOrUrl(v)) continue;
        const r = command.rangeOf(pkg);
        report({
          range: r,
          message: `Package \`${v}\` is added without a version: pin it as \`${v}=<version>\`.`,
          fixes: [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: '=${1:version}' }] }],
        });
      }
    }
  },
});
