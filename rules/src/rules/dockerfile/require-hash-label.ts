import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

export default defineDockerfileRule({
  id: 'BXD026',
  name: 'require-hash-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3055', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `hash` must hold a git commit hash.',
    why: 'Tools and people that read the label expect a git commit hash; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as a git commit hash.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.revision=main',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.revision=43c572f1272b6b3171dd1db9e41b7027128ce080',
    notes: 'Active only for labels the `label-schema` types as `hash`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.revision': 'hash' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'hash', what: 'a git commit hash', valid: v => /^[0-9a-f]{7,40}$/i.test(v) }, report);
  },
});
