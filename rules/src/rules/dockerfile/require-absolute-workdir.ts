import { defineDockerfileRule, type Report } from '../../rule';
import type { Fix, Range } from '../../types';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, isAbsoluteOrVariable, parentStage, perStage, stageChain, unquote, withTriggers, type StageMemo } from '../../dockerfile/stages';
import { Memo } from '../../memo';

/**
 * True when the stage starts in `/` for certain: it is built, through earlier stages named without ARGs
 * (--build-arg could override a default), on a literal `scratch`, and none of those stages sets a WORKDIR
 * (a relative one there would move the start, an ONBUILD one might).
 */
function startsAtRoot(model: DockerfileModel, stage: DfStage): boolean {
  const chain = stageChain(model, stage);
  const root = chain[chain.length - 1];
  return parentStage(model, root) === null && root.from.image === 'scratch' && chain.every(s => !s.from.image?.includes('$'))
    && chain.slice(1).every(s => withTriggers(s.instructions).every(i => i.keyword !== 'WORKDIR'));
}

/** `app` -> `/app`, `"app dir"` -> `"/app dir"`, `./app` -> `/app`, `.` -> `/`. */
function rootedFix(model: DockerfileModel, argsRange: Range, path: string): Fix {
  const raw = model.lines.textOf(argsRange);
  let at = model.lines.offsetAt(argsRange.start) + raw.length - raw.trimStart().length;
  if (path[0] === '"' || path[0] === "'") at++;
  // A leading `./` or a lone `.` is the starting directory itself: it becomes the `/`.
  const dot = /^\.(\/|(?=["'\s]|$))/.exec(model.lines.text.slice(at, at + 2));
  return {
    title: `Make it absolute: \`/${unquote(path).replace(/^\.(\/|$)/, '')}\``,
    safety: 'safe',
    edits: [{ range: model.lines.range(at, at + (dot ? dot[0].length : 0)), newText: '/' }],
  };
}

/** Reports relative WORKDIRs among `instructions` until an absolute one (or one in a stage built FROM: `absolute`) sets the path. */
function reportRelative(model: DockerfileModel, instructions: DfInstruction[], absolute: boolean, atRoot: boolean, report: (r: Report) => void): void {
  for (const ins of instructions) {
    if (ins.keyword !== 'WORKDIR' || !ins.args.length || !ins.argsRange) continue;
    const path = model.lines.textOf(ins.argsRange).trim();
    if (!absolute && !isAbsoluteOrVariable(path)) {
      report({
        range: ins.argsRange,
        message: `Relative \`WORKDIR ${unquote(path)}\` depends on the base image's working directory: use an absolute path.`,
        fixes: atRoot ? [rootedFix(model, ins.argsRange, path)] : [],
      });
    }
    absolute = true;
  }
}

/** A stage's findings: they depend on it and on the WORKDIRs and FROMs of the stages it builds FROM. */
function stageFindings(model: DockerfileModel, stage: DfStage): Report[] {
  const out: Report[] = [];
  const chain = stageChain(model, stage).slice(1);
  const absolute = chain.some(s => s.instructions.some(i => i.keyword === 'WORKDIR' && i.args[0] && isAbsoluteOrVariable(i.args[0].value)));
  reportRelative(model, stage.instructions, absolute, startsAtRoot(model, stage), r => out.push(r));
  return out;
}

const memo = new Memo<DfStage, StageMemo<Report[]>>();

export default defineDockerfileRule({
  id: 'BXD002',
  name: 'require-absolute-workdir',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3000', kind: 'inspired' }, { tool: 'buildkit', id: 'WorkdirRelativePath', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: 'The first `WORKDIR` of a stage must be an absolute path.',
    why: 'A relative `WORKDIR` is resolved against the base image\'s working directory, which the file does not show and '
      + 'the image publisher can change: the same Dockerfile then puts files somewhere else.',
    fix: 'Use an absolute path (`WORKDIR /app`). Later relative `WORKDIR`s below an absolute one are fine.',
    bad: 'FROM node:22.11\nWORKDIR app',
    good: 'FROM node:22.11\nWORKDIR /app\nWORKDIR src',
    notes: 'Follows BuildKit\'s WorkdirRelativePath: a relative `WORKDIR` after an absolute one in the same stage (or a stage it '
      + 'builds on) is not flagged, because its result is known. hadolint\'s DL3000 flags every relative `WORKDIR`. Paths '
      + 'starting with a variable and Windows paths (`C:\\app`, `C:/app`) count as absolute. The quick fix (safe) prefixes `/` only '
      + 'where the starting directory is known: a stage built on `scratch` (through earlier stages that set no `WORKDIR`) starts in `/`; '
      + 'on any other base image the right path depends on that image.',
  },
  check({ model, report }) {
    // Before the first FROM nothing is known of the starting directory; a stage's findings are kept per stage (perStage).
    reportRelative(model, beforeFirstFrom(model), false, false, report);
    for (const stage of model.stages) {
      const found = perStage(memo, model, stage, stageFindings);
      for (let k = 0; k < found.length; k++) report(found[k]);
    }
  },
});
