import { defineDockerfileRule } from '../../rule';
import type { DfStage, DockerfileModel } from '../../dockerfile/model';
import { stagesNamed } from '../../dockerfile/stages';

/** The first of these stages that has a name and its range: `stage` (one of them) at the latest. */
function firstNamed(model: DockerfileModel, indexes: readonly number[], stage: DfStage): DfStage {
  for (const i of indexes) { const s = model.stages[i]; if (s.from.alias && s.from.aliasRange) return s; }
  return stage;
}

export default defineDockerfileRule({
  id: 'BXD012',
  name: 'no-duplicate-stage-name',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3024', kind: 'same' }, { tool: 'buildkit', id: 'DuplicateStageName', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'Stage names (`FROM … AS name`) must be unique.',
    why: 'With two stages of the same name, `COPY --from=name` and `--target name` pick one of them: which one is not obvious '
      + 'to the reader, and BuildKit refuses the file.',
    fix: 'Rename one of the stages and update the `--from`/`FROM` references to it.',
    bad: 'FROM golang:1.23 AS build\nFROM node:22.11 AS build',
    good: 'FROM golang:1.23 AS build-api\nFROM node:22.11 AS build-ui',
    notes: 'Names are compared case-insensitively, as Docker does.',
  },
  check({ model, report }) {
    // The file's stage-name index (built once per model) instead of a map of names per edit: most names are unique.
    for (const stage of model.stages) {
      const { alias, aliasRange } = stage.from;
      if (!alias || !aliasRange) continue;
      const same = stagesNamed(model, alias);
      if (same.length < 2) continue;
      const first = firstNamed(model, same, stage);
      if (first !== stage) report({ range: aliasRange, message: `Stage name \`${alias}\` is already used on line ${first.from.aliasRange!.start.line + 1}: stage names must be unique.` });
    }
  },
});
