import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

export default defineDockerfileRule({
  id: 'BXD028',
  name: 'require-email-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3058', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'Labels the label schema types as `email` must hold an email address.',
    why: 'Tools and people that read the label expect an email address; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as an email address.',
    bad: 'FROM debian:12.5\nLABEL maintainer="Jane Doe"',
    good: 'FROM debian:12.5\nLABEL maintainer="jane@example.com"',
    notes: 'Active only for labels the `label-schema` types as `email`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'maintainer': 'email' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'email', what: 'an email address', valid: v => /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(v) }, report);
  },
});
