import { defineDockerfileRule } from '../../rule';
import type { TextEdit } from '../../types';
import { fromFlag } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD035',
  name: 'require-lowercase-stage-name',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'StageNameCasing', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: 'Stage names should be lowercase.',
    why: 'Docker lowercases stage names, so `Build` and `build` are the same stage: mixed case suggests a difference that does not exist.',
    fix: 'Write the name in lowercase, in the `AS` clause and where it is referenced.',
    bad: 'FROM golang:1.23 AS Build',
    good: 'FROM golang:1.23 AS build',
    notes: 'The fix lowercases the name and the `FROM`/`COPY --from` references written the same way; it is safe because Docker already compares stage names case-insensitively.',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { alias, aliasRange } = stage.from;
      if (!alias || !aliasRange || alias === alias.toLowerCase()) continue;
      const lower = alias.toLowerCase();
      const edits: TextEdit[] = [{ range: aliasRange, newText: lower }];
      for (const later of model.stages.slice(stage.index + 1)) {
        if (later.from.image === alias && later.from.imageRange) edits.push({ range: later.from.imageRange, newText: lower });
        for (const ins of later.instructions) {
          const from = ins.keyword === 'COPY' ? fromFlag(ins) : null;
          if (from && from.value === alias) edits.push({ range: from.range, newText: lower });
        }
      }
      report({
        range: aliasRange,
        message: `Stage name \`${alias}\` should be lowercase (\`${lower}\`): Docker ignores the case anyway.`,
        fixes: [{ title: `Rename the stage to ${lower}`, safety: 'safe', edits }],
      });
    }
  },
});
