import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';
import { isSpdxExpression } from '../../dockerfile/spdx';

export default defineDockerfileRule({
  id: 'BXD025',
  name: 'require-spdx-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3054', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `spdx` must hold an SPDX license expression.',
    why: 'Tools and people that read the label expect an SPDX license expression; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as an SPDX license expression.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.licenses="Apache 2"',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.licenses="Apache-2.0 OR MIT"',
    notes: 'Active only for labels the `label-schema` types as `spdx`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.licenses': 'spdx' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'spdx', what: 'an SPDX license expression', valid: isSpdxExpression }, report);
  },
});
