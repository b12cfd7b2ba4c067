import { defineDockerfileRule } from '../../rule';

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
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      const { alias, aliasRange } = stage.from;
      if (!alias || !aliasRange) continue;
      const key = alias.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) report({ range: aliasRange, message: `Stage name \`${alias}\` is already used on line ${first + 1}: stage names must be unique.` });
      else seen.set(key, aliasRange.start.line);
    }
  },
});
