import { defineShellRule } from '../../rule';
import { NPM, packageInstalls } from '../../shell/packages';

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];

/** `name@version`, `@scope/name@tag`, a tarball, a folder or a git URL with `#ref` need nothing more. */
function isPinned(v: string): boolean {
  if (GIT_PREFIXES.some(p => v.startsWith(p))) return v.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(v) || /^(\/|\.\/|\.\.\/|~\/|\.$|file:)/.test(v) || /^https?:\/\//.test(v)) return true;
  const name = v.startsWith('@') ? v.slice(v.indexOf('/') + 1) : v;
  return name.includes('@') && !/@latest$/.test(name);
}

export default defineShellRule({
  id: 'BXD605',
  name: 'pin-npm-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3016', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin package versions in `npm install <package>`.',
    why: '`npm install -g typescript` takes whatever the registry calls latest on build day: two builds of the same '
      + 'file ship different code, and a compromised release lands without any change on your side.',
    fix: 'Write `package@version` (`typescript@5.4.5`), or install from a `package.json` with a lockfile (`npm ci`). '
      + 'Pin git dependencies with `#<tag or commit>`.',
    bad: 'RUN npm install -g typescript',
    good: 'RUN npm install -g typescript@5.4.5',
    notes: '`npm install` without packages (from package.json) and `npm ci` are fine. Unlike hadolint, `@latest` does not '
      + 'count as a pin, and `npm i`/`npm add` are read too.',
  },
  check({ model, report }) {
    for (const { command, packages } of packageInstalls(model, NPM)) {
      for (const pkg of packages) {
        const v = pkg.value!;
        if (isPinned(v)) continue;
        const r = command.rangeOf(pkg);
        const git = GIT_PREFIXES.some(p => v.startsWith(p));
        report({
          range: r,
          message: git ? `\`${v}\` follows the default branch: pin it with \`#<tag or commit>\`.`
            : `Package \`${v}\` is installed without a version: pin it as \`${v.replace(/@latest$/, '')}@<version>\`.`,
          fixes: git || v.endsWith('@latest') ? [] : [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: '@${1:version}' }] }],
        });
      }
    }
  },
});
