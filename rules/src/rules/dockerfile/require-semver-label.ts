import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

/** semver.org 2.0.0: `1.0.0`, `2.0.1-rc1`, `1.0.0+build.5`. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export default defineDockerfileRule({
  id: 'BXD027',
  name: 'require-semver-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3056', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `semver` must hold a semantic version.',
    why: 'Tools and people that read the label expect a semantic version; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as a semantic version.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.version=v1',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.version=1.4.2',
    notes: 'Active only for labels the `label-schema` types as `semver`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.version': 'semver' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'semver', what: 'a semantic version', valid: v => SEMVER.test(v) }, report);
  },
});
