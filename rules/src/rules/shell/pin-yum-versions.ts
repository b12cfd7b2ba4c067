import { defineShellRule } from '../../rule';
import { YUM, isRpmVersioned, rpmInstallPackages } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD607',
  name: 'pin-yum-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3033', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `yum install` (and module streams in `yum module install`).',
    why: '`yum install httpd` takes whatever the repositories hold on build day: rebuilding the same file gives a '
      + 'different image, and regressions arrive without a diff.',
    fix: 'Write `package-version` (`httpd-2.4.6-99.el7`), and `module:stream` for modules.',
    bad: 'RUN yum install -y httpd && yum clean all',
    good: 'RUN yum install -y httpd-2.4.6-99.el7 && yum clean all',
    notes: 'A pin is a dash followed by version parts that start with a digit (`gcc-c++-8.5.0`, `openssl-1:1.1.1k`): '
      + 'stricter than hadolint, which takes any dash, so `java-1.8.0-openjdk` (a package name) is still flagged. '
      + '`@groups` are not checked, nor are packages built from `$VARIABLES`, even when no ARG/ENV of the file sets the '
      + 'variable: it may come from the base image\'s ENV, which hadolint assumes empty.',
  },
  check({ model, report }) {
    for (const { command, word, module } of rpmInstallPackages(model, YUM)) {
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
