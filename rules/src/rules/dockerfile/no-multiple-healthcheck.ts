import { defineDockerfileRule } from '../../rule';
import { reportOverridden } from '../../dockerfile/repeated';

export default defineDockerfileRule({
  id: 'BXD007',
  name: 'no-multiple-healthcheck',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3012', kind: 'same' }, { tool: 'buildkit', id: 'MultipleInstructionsDisallowed', kind: 'inspired' }],
  fixable: 'safe',
  docs: {
    summary: 'A stage must have at most one `HEALTHCHECK`.',
    why: 'Only the last `HEALTHCHECK` of a stage is used: an earlier check that looks active is silently dropped.',
    fix: 'Delete the `HEALTHCHECK` lines that are replaced, keeping the one you mean.',
    bad: 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK CMD ["true"]',
    good: 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]',
    notes: 'The overridden (earlier) instruction is flagged, as BuildKit does. BuildKit\'s MultipleInstructionsDisallowed covers CMD, ENTRYPOINT and HEALTHCHECK together; `# check=skip=MultipleInstructionsDisallowed` turns off all three rules. '
      + 'The quick fix deletes the overridden `HEALTHCHECK` with its continuation lines; it is safe (`--fix` applies it) because that instruction has no effect on the image.',
  },
  check({ model, report }) {
    reportOverridden(model, 'HEALTHCHECK', report);
  },
});
