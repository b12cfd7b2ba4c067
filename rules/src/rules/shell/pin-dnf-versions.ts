import { defineShellRule } from '../../rule';
import { DNF, isRpmVersioned, rpmInstallPackages } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD608',
  name: 'pin-dnf-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3041', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `dnf install` and `microdnf install` (and module streams in `dnf module install`).',
    why: '`dnf install httpd` takes whatever the repositories hold on build day: rebuilding the same file gives a '
      + 'different image, and regressions arrive without a diff.',
    fix: 'Write `package-version` (`httpd-2.4.57-5.el9`), and `module:stream` for modules.',
    bad: 'RUN dnf install -y httpd && dnf clean all',
    good: 'RUN dnf install -y httpd-2.4.57-5.el9 && dnf clean all',
    notes: 'A pin is a dash followed by version parts that start with a digit (`gcc-c++-8.5.0`, `openssl-1:1.1.1k`): '
      + 'like hadolint, except that every part after the version must be version-like too, so `java-1.8.0-openjdk` (a '
      + 'package name) is flagged. '
      + '`@groups` are not checked, nor are packages built from `$VARIABLES`, even when no ARG/ENV of the file sets the '
      + 'variable: it may come from the base image\'s ENV, which hadolint assumes empty.',
  },
  check({ model, report }) {
    for (const { command, word, module } of rpmInstallPackages(model, DNF)) {
      const v = word.value!;
      if (module ? v.includes(':') : isRpmVersioned(v)) continue;
      const r = command.rangeOf(word);
      report({
        range: r,
        message: module ? `Module \`${v}\` is installed without a stream: pin it as \`${v}:<stream>\`.`
          : `Package \`${v}\` is installed without a version: pin it as \`${v}-<version>\`.`,
        fixes: [{ title: `Pin \`${v}\``, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: module ? ':${1:stream}' : '-${1:1.0.0}' }] }],
      });
    }
  },
});
