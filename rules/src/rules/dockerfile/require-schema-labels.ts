import { defineDockerfileRule } from '../../rule';
import type { DfStage } from '../../dockerfile/model';
import { labelSchema } from '../../dockerfile/labels';
import { fromFlag, stageChain, stageFromRef } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD020',
  name: 'require-schema-labels',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3049', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Every label the project\'s label schema lists must be set on each image the file produces.',
    why: 'Teams that depend on labels (owner, source repository, version) for inventory and incident response lose that '
      + 'trail for any image that ships without them.',
    fix: 'Add the missing `LABEL name="…"` to the final stage (or a stage it is built on).',
    bad: 'FROM debian:12.5\nCMD ["app"]',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.source="https://example.com/app"\nCMD ["app"]',
    notes: 'Configure the schema in `.hadolint.yaml` (`label-schema: {name: text|url|semver|hash|rfc3339|spdx|email}`) or in '
      + '`.boxlint.yaml` under `settings: {label-schema: …}`; without one the rule does nothing. The documented example assumes '
      + '`org.opencontainers.image.source: url`. Only stages that end up as images are checked: a stage that a later stage is built '
      + 'on or copies from is not (hadolint also reports a parent stage whose child lacks the label).',
    exampleConfig: { settings: { 'label-schema': { 'org.opencontainers.image.source': 'url' } } },
  },
  check({ model, options, report }) {
    const schema = labelSchema(options);
    const required = [...schema.keys()];
    if (!required.length) return;
    const used = new Set<DfStage>();
    for (const stage of model.stages) {
      for (const s of stageChain(model, stage).slice(1)) used.add(s);
      for (const ins of stage.instructions) {
        const from = ins.keyword === 'COPY' ? fromFlag(ins) : null;
        const src = from && stageFromRef(model, from.value, stage.index);
        if (src) used.add(src);
      }
    }
    for (const stage of model.stages) {
      if (used.has(stage)) continue;
      const have = new Set(stageChain(model, stage).flatMap(s => s.instructions.filter(i => i.keyword === 'LABEL').flatMap(i => i.properties.map(p => p.name))));
      const missing = required.filter(l => !have.has(l));
      if (!missing.length) continue;
      const at = stage.instructions[stage.instructions.length - 1].range.end;
      for (const label of missing) {
        report({
          range: stage.from.imageRange ?? stage.from.instruction.keywordRange,
          message: `Label \`${label}\` (label-schema) is missing from the image this stage produces: add \`LABEL ${label}=…\`.`,
          fixes: [{ title: `Add LABEL ${label}`, safety: 'unsafe', snippet: true, edits: [{ range: { start: at, end: at }, newText: `\nLABEL ${label}="\${1:value}"` }] }],
        });
      }
    }
  },
});
