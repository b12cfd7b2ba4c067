import { defineDockerfileRule } from '../../rule';
import { reportOverridden } from '../../dockerfile/repeated';

export default defineDockerfileRule({
  id: 'BXD006',
  name: 'no-multiple-entrypoint',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL4004', kind: 'same' }, { tool: 'buildkit', id: 'MultipleInstructionsDisallowed', kind: 'inspired' }],
  fixable: 'safe',
  docs: {
    summary: 'A stage must have at most one `ENTRYPOINT`.',
    why: 'Only the last `ENTRYPOINT` of a stage is used: an earlier one looks like the program the container runs, but is not.',
    fix: 'Delete the `ENTRYPOINT` lines that are replaced, keeping the one you mean.',
    bad: 'FROM debian:12.5\nENTRYPOINT ["tini", "--"]\nENTRYPOINT ["app"]',
    good: 'FROM debian:12.5\nENTRYPOINT ["tini", "--", "app"]',
    notes: 'The overridden (earlier) instruction is flagged, as BuildKit does. BuildKit\'s MultipleInstructionsDisallowed covers CMD, ENTRYPOINT and HEALTHCHECK together; `# check=skip=MultipleInstructionsDisallowed` turns off all three rules. '
      + 'The quick fix deletes the overridden `ENTRYPOINT` with its continuation lines; it is safe (`--fix` applies it) because that instruction has no effect on the image.',
  },
  check({ model, report }) {
    reportOverridden(model, 'ENTRYPOINT', report);
  },
});
