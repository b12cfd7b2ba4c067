import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

/** RFC 3339 date-time: `2021-03-10T10:26:33.564595127+01:00`. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export default defineDockerfileRule({
  id: 'BXD024',
  name: 'require-rfc3339-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3053', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `rfc3339` must hold an RFC 3339 date-time.',
    why: 'Tools and people that read the label expect an RFC 3339 date-time; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as an RFC 3339 date-time.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.created="2024-05-01 10:00"',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.created="2024-05-01T10:00:00Z"',
    notes: 'Active only for labels the `label-schema` types as `rfc3339`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.created': 'rfc3339' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'rfc3339', what: 'an RFC 3339 date-time', valid: v => RFC3339.test(v) }, report);
  },
});
