import { defineShellRule } from '../../rule';
import { APT_GET, isAptSimulation, isPathOrUrl, packageInstalls } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD601',
  name: 'pin-apt-get-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3008', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `apt-get install`.',
    why: 'Without a version, `apt-get install curl` installs whatever the mirror has on build day: rebuilding the '
      + 'same Dockerfile gives a different image, and a regression arrives with no change in your repository.',
    fix: 'Write `package=version` for each package (`apt-cache policy <pkg>` shows versions). Update the pins on purpose, '
      + 'with the rest of the change history.',
    bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
  },
  check({ model, report }) {
    for (const { command, args, packages } of packageInstalls(model, APT_GET)) {
      if (isAptSimulation(args)) continue;
      for (const pkg of packages) {
        const v = pkg.value!;
        if (v.includes('=') || v.endsWith('.deb') || isPathOrUrl(v)) continue;
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
