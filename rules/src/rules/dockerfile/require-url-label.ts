import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

export default defineDockerfileRule({
  id: 'BXD023',
  name: 'require-url-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3052', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `url` must hold a URL.',
    why: 'Tools and people that read the label expect a URL; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as a URL.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.source=github.com/org/app',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.source=https://github.com/org/app',
    notes: 'Active only for labels the `label-schema` types as `url`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.source': 'url' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'url', what: 'a URL', valid: v => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(v) }, report);
  },
});
