import { defineDockerfileRule } from '../../rule';
import { fromFlag, stageCopiesFrom } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD011',
  name: 'no-copy-from-own-stage',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3023', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: '`COPY --from` must not name the stage it is in.',
    why: 'A stage cannot copy from itself: Docker reports a circular dependency and the build fails.',
    fix: 'Name the stage that produced the files, or copy from the build context without `--from`.',
    bad: 'FROM node:22.11 AS app\nCOPY --from=app /src /src',
    good: 'FROM node:22.11 AS deps\nRUN npm ci\nFROM node:22.11 AS app\nCOPY --from=deps /node_modules /node_modules',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const own = stage.from.alias?.toLowerCase();
      if (!own) continue;
      // Only the COPYs with --from, found once per stage object: this runs on the whole file on every edit.
      for (const ins of stageCopiesFrom(stage)) {
        const from = ins.onbuild ? null : fromFlag(ins);
        if (from && (from.value.toLowerCase() === own || from.value === String(stage.index))) {
          report({ range: from.range, message: `\`COPY --from=${from.value}\` names its own stage: a stage cannot copy from itself.` });
        }
      }
    }
  },
});
