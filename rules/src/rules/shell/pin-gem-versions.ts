import { defineShellRule } from '../../rule';
import { hasFlag } from '../../shell/commands';
import { GEM, isPathOrUrl, packageWords, managerCalls } from '../../shell/packages';

export default defineShellRule({
  id: 'BXD606',
  name: 'pin-gem-versions',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3028', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Pin gem versions in `gem install`.',
    why: '`gem install rails` installs the newest release on build day: the image is not the one you tested, and a '
      + 'broken or malicious release is picked up silently.',
    fix: 'Write `gem:version` (`bundler:2.5.6`) or pass `-v 2.5.6`; better, install from a `Gemfile.lock` with `bundle install`.',
    bad: 'RUN gem install bundler',
    good: 'RUN gem install bundler:2.5.6',
    notes: 'A command with `-v`/`--version` counts as pinned for all its gems, as in hadolint. Words after `--` are build '
      + 'options, not gems.',
  },
  check({ model, report }) {
    for (const { command, args, rest } of managerCalls(model, GEM)) {
      if (hasFlag(args, '-v', '--version')) continue;
      const dashes = rest.findIndex(w => w.value === '--');
      const own = dashes < 0 ? rest : rest.slice(0, dashes);
      for (const pkg of packageWords(own, GEM)) {
        const v = pkg.value!;
        const prev = own[own.indexOf(pkg) - 1]?.value ?? '';
        // `--use-system-libraries true`: a value of the option before it, not a gem.
        if (prev.startsWith('-') && /^(true|false|yes|no)$/.test(v)) continue;
        if (v.includes(':') || v.endsWith('.gem') || isPathOrUrl(v)) continue;
        const r = command.rangeOf(pkg);
        report({
          range: r,
          message: `Gem \`${v}\` is installed without a version: pin it as \`${v}:<version>\`.`,
          fixes: [{ title: `Pin \`${v}\` to a version`, safety: 'unsafe', snippet: true, edits: [{ range: { start: r.end, end: r.end }, newText: ':${1:version}' }] }],
        });
      }
    }
  },
});
