import { defineDockerfileRule, type Report } from '../../rule';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, fromFlag, stageCopiesFrom, stageFromRef } from '../../dockerfile/stages';

/** `--from` values that name an image rather than a stage: registry, tag or digest present. */
function looksLikeImage(ref: string): boolean {
  return /[:@/]/.test(ref);
}

/** Reports the `--from` values that name no earlier stage (stage null: before the first FROM). */
function checkCopies(model: DockerfileModel, stage: DfStage | null, copies: DfInstruction[], report: (r: Report) => void): void {
  const current = stage ? stage.index : 0;
  for (const ins of copies) {
    const from = ins.keyword === 'COPY' && !ins.onbuild ? fromFlag(ins) : null;
    if (!from) continue;
    if (from.value.includes('$') || looksLikeImage(from.value)) continue;
    if (stageFromRef(model, from.value, current)) continue;
    if (stage && stage.from.alias?.toLowerCase() === from.value.toLowerCase()) continue; // BXD011's case
    const later = model.stages.some(s => s.from.alias?.toLowerCase() === from.value.toLowerCase());
    report({
      range: from.range,
      message: /^\d+$/.test(from.value)
        ? `\`--from=${from.value}\` names no earlier stage: stage indexes count from 0 and must come before this stage.`
        : `\`--from=${from.value}\` names no earlier stage${later ? ' (it is defined later: move it up)' : ''}, so Docker would pull the image \`${from.value}:latest\`.`,
    });
  }
}

export default defineDockerfileRule({
  id: 'BXD010',
  name: 'require-known-copy-from-stage',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3022', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: '`COPY --from=<name>` must name a stage defined earlier in the file.',
    why: 'When no earlier stage has that name Docker silently pulls an image called `<name>:latest` instead: a typo in a '
      + 'stage name copies files from an unpinned image off the internet, or the build fails later with a confusing error.',
    fix: 'Define the stage before the `COPY` (`FROM … AS <name>`), fix the name, or write a full image reference with a tag (`--from=nginx:1.27`).',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM debian:12.5\nCOPY --from=biuld /app /app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM debian:12.5\nCOPY --from=build /app /app',
    notes: 'Values with `:`, `@` or `/` are taken as image references and not flagged; a stage index (`--from=0`) must be an earlier stage. '
      + 'Values with variables are not judged. A named build context (`docker build --build-context name=…`) also satisfies `--from`: '
      + 'turn the rule off for files built that way. `ONBUILD COPY --from` is not judged: it names stages of the child build.',
  },
  check({ model, report }) {
    // Runs on the whole file on every edit: only the COPYs with --from are read, found once per stage object.
    checkCopies(model, null, beforeFirstFrom(model), report);
    for (const stage of model.stages) {
      const copies = stageCopiesFrom(stage);
      if (copies.length) checkCopies(model, stage, copies, report);
    }
  },
});
