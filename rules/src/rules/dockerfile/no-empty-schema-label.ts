import { defineDockerfileRule } from '../../rule';
import { labelPairs, labelSchema } from '../../dockerfile/labels';

export default defineDockerfileRule({
  id: 'BXD022',
  name: 'no-empty-schema-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3051', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels listed in the label schema must not be empty.',
    why: 'An empty required label satisfies a presence check while carrying no information: the image looks compliant and is not.',
    fix: 'Fill in the value, or pass it at build time (`LABEL version=$VERSION` with `ARG VERSION`).',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.version=""',
    good: 'FROM debian:12.5\nARG VERSION=1.4.2\nLABEL org.opencontainers.image.version=$VERSION',
    notes: 'Active only with a `label-schema` in the project config.',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.version': 'semver' } } },
  },
  check({ model, options, report }) {
    const schema = labelSchema(options);
    for (const p of labelPairs(model)) {
      if (schema.has(p.name) && p.value === '') report({ range: p.range, message: `Label \`${p.name}\` (label-schema) is empty: give it a value.` });
    }
  },
});
