import { defineDockerfileRule } from '../../rule';
import type { Fix, Range } from '../../types';
import type { DfStage, DockerfileModel } from '../../dockerfile/model';
import { instructionGroups, isAbsoluteOrVariable, parentStage, stageChain, unquote, withTriggers } from '../../dockerfile/stages';

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
    for (const group of instructionGroups(model)) {
      const chain = group.stage ? stageChain(model, group.stage).slice(1) : [];
      const atRoot = group.stage !== null && startsAtRoot(model, group.stage);
      let absolute = chain.some(s => s.instructions.some(i => i.keyword === 'WORKDIR' && i.args[0] && isAbsoluteOrVariable(i.args[0].value)));
      for (const ins of group.instructions) {
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
  },
});
