import { defineDockerfileRule } from '../../rule';
import { deleteLines } from '../../removals';

const IGNORE_PRAGMA = /^#\s*(hadolint|boxlint)\s+((?:global|stage)\s+)?ignore\s*=/i;

export default defineDockerfileRule({
  id: 'BXD001',
  name: 'no-inline-ignore-pragma',
  concern: 'maintainability',
  severity: 'info',
  optIn: true,
  aliases: [{ tool: 'hadolint', id: 'DL1001', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Flags inline `# hadolint ignore=` / `# boxlint ignore=` comments.',
    why: 'Teams that want every exception reviewed in one place keep them in `.boxlint.yaml` or `.hadolint.yaml`: inline '
      + 'ignores are easy to add in passing and silently hide the finding forever.',
    fix: 'Remove the comment and fix the finding, or turn the rule off in the project config with a reason.',
    bad: 'FROM debian:12.5\n# hadolint ignore=DL3008\nRUN apt-get install -y curl',
    good: 'FROM debian:12.5\nRUN apt-get install -y curl=7.88.1-10+deb12u5',
    notes: 'Off by default, as in hadolint. Flags both tools\' spellings, including `global` and `stage` ignores; BuildKit\'s `# check=skip=` is a build setting and is not flagged. '
      + 'The quick fix deletes the comment line; it is unsafe (never applied by `--fix`): the findings it hid come back, '
      + 'to be fixed or turned off in the project config.',
  },
  check({ model, report }) {
    for (const c of model.comments) {
      const m = IGNORE_PRAGMA.exec(c.text);
      if (!m) continue;
      report({
        range: c.range,
        message: `Inline \`# ${m[1]} ${m[2] ?? ''}ignore\` pragma: keep exceptions in the project config so they are reviewed.`,
        fixes: [{ title: 'Delete the ignore comment', safety: 'unsafe', edits: [deleteLines(model.lines, c.line, c.line)] }],
      });
    }
  },
});
