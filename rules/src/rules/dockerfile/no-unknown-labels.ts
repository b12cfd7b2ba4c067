import { defineDockerfileRule } from '../../rule';
import { labelPairs, labelSchema, strictLabels } from '../../dockerfile/labels';

export default defineDockerfileRule({
  id: 'BXD021',
  name: 'no-unknown-labels',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3050', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'With `strict-labels` on, only labels listed in the label schema may be set.',
    why: 'A strict schema keeps image metadata uniform across a team: stray labels are usually typos of a schema label, which then stays missing.',
    fix: 'Rename the label to the schema\'s spelling, add it to the schema, or remove it.',
    bad: 'FROM debian:12.5\nLABEL org.opencontainers.image.sorce="https://example.com/app"',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.source="https://example.com/app"',
    notes: 'Active only with `strict-labels: true` and a `label-schema` (`.hadolint.yaml`, or `settings:` in `.boxlint.yaml`).',
    exampleConfig: { settings: { 'strict-labels': true, 'label-schema': { 'org.opencontainers.image.source': 'url' } } },
  },
  check({ model, options, report }) {
    const schema = labelSchema(options);
    if (!strictLabels(options) || !schema.size) return;
    for (const p of labelPairs(model)) {
      if (!schema.has(p.name)) report({ range: p.nameRange, message: `Label \`${p.name}\` is not in the label schema (strict-labels): use a schema label or add it to the schema.` });
    }
  },
});
