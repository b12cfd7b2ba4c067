import { defineDockerfileRule } from '../../rule';
import { reportOverridden } from '../../dockerfile/repeated';

export default defineDockerfileRule({
  id: 'BXD005',
  name: 'no-multiple-cmd',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL4003', kind: 'same' }, { tool: 'buildkit', id: 'MultipleInstructionsDisallowed', kind: 'inspired' }],
  fixable: 'safe',
  docs: {
    summary: 'A stage must have at most one `CMD`.',
    why: 'Only the last `CMD` of a stage is used: earlier ones are dead code that readers take for real.',
    fix: 'Delete the `CMD` lines that are replaced, keeping the one you mean.',
    bad: 'FROM debian:12.5\nCMD ["bash"]\nRUN make\nCMD ["app"]',
    good: 'FROM debian:12.5\nRUN make\nCMD ["app"]',
    notes: 'The overridden (earlier) instruction is flagged, as BuildKit does. BuildKit\'s MultipleInstructionsDisallowed covers CMD, ENTRYPOINT and HEALTHCHECK together; `# check=skip=MultipleInstructionsDisallowed` turns off all three rules. '
      + 'The quick fix deletes the overridden `CMD` with its continuation lines; it is safe (`--fix` applies it) because that instruction has no effect on the image.',
  },
  check({ model, report }) {
    reportOverridden(model, 'CMD', report);
  },
});
