import { defineDockerfileRule, type Report } from '../../rule';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, copyParts, isAbsoluteOrVariable, inheritsKeyword, perStage, unquote, type StageMemo } from '../../dockerfile/stages';
import { Memo } from '../../memo';

/** Reports COPYs to a relative destination among `instructions` before any WORKDIR (`workdir`: one in a stage built FROM). */
function reportRelativeCopies(model: DockerfileModel, instructions: DfInstruction[], workdir: boolean, report: (r: Report) => void): void {
  let triggerWorkdir = false;
  for (const ins of instructions) {
    if (ins.keyword === 'WORKDIR') workdir = true;
    if (ins.trigger?.keyword === 'WORKDIR') triggerWorkdir = true;
    const target = ins.trigger ?? ins;
    if (target.keyword !== 'COPY' || workdir || (ins.trigger && triggerWorkdir)) continue;
    const { sources, dest } = copyParts(target, model);
    if (!dest || !sources.length || isAbsoluteOrVariable(dest.value)) continue;
    report({ range: dest.range, message: `\`COPY\` to relative \`${unquote(dest.value)}\` with no \`WORKDIR\` set: its location depends on the base image. Set \`WORKDIR\` first or use an absolute path.` });
  }
}

/** A stage's findings: they depend on it and on whether a stage it builds FROM sets a WORKDIR. */
function stageFindings(model: DockerfileModel, stage: DfStage): Report[] {
  const out: Report[] = [];
  const workdir = inheritsKeyword(model, stage, 'WORKDIR');
  reportRelativeCopies(model, stage.instructions, workdir, r => out.push(r));
  return out;
}

const memo = new Memo<DfStage, StageMemo<Report[]>>();

export default defineDockerfileRule({
  id: 'BXD017',
  name: 'require-workdir-for-relative-copy',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3045', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: '`COPY` to a relative destination needs a `WORKDIR` set in the stage first.',
    why: 'Without a `WORKDIR` of your own the destination is relative to the base image\'s working directory, which the '
      + 'file does not show and a new base image version can change: files land somewhere else.',
    fix: 'Set `WORKDIR /absolute/path` before the `COPY`, or copy to an absolute path.',
    bad: 'FROM node:22.11\nCOPY package.json .',
    good: 'FROM node:22.11\nWORKDIR /app\nCOPY package.json .',
    notes: 'A `WORKDIR` in a stage this one is built on (`FROM base`) counts. For `ONBUILD COPY`, an earlier `ONBUILD WORKDIR` counts too. Destinations starting with a variable are not judged.',
  },
  check({ model, report }) {
    // Before the first FROM no WORKDIR is inherited; a stage's findings are kept per stage (perStage).
    reportRelativeCopies(model, beforeFirstFrom(model), false, report);
    for (const stage of model.stages) {
      const found = perStage(memo, model, stage, stageFindings);
      for (let k = 0; k < found.length; k++) report(found[k]);
    }
  },
});
