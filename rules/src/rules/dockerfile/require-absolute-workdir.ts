import { defineDockerfileRule } from '../../rule';
import { instructionGroups, isAbsoluteOrVariable, stageChain, unquote } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD002',
  name: 'require-absolute-workdir',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3000', kind: 'inspired' }, { tool: 'buildkit', id: 'WorkdirRelativePath', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'The first `WORKDIR` of a stage must be an absolute path.',
    why: 'A relative `WORKDIR` is resolved against the base image\'s working directory, which the file does not show and '
      + 'the image publisher can change: the same Dockerfile then puts files somewhere else.',
    fix: 'Use an absolute path (`WORKDIR /app`). Later relative `WORKDIR`s below an absolute one are fine.',
    bad: 'FROM node:22.11\nWORKDIR app',
    good: 'FROM node:22.11\nWORKDIR /app\nWORKDIR src',
    notes: 'Follows BuildKit\'s WorkdirRelativePath: a relative `WORKDIR` after an absolute one in the same stage (or a stage it '
      + 'builds on) is not flagged, because its result is known. hadolint\'s DL3000 flags every relative `WORKDIR`. Paths '
      + 'starting with a variable and Windows paths (`C:\\app`, `C:/app`) count as absolute.',
  },
  check({ model, report }) {
    for (const group of instructionGroups(model)) {
      const chain = group.stage ? stageChain(model, group.stage).slice(1) : [];
      let absolute = chain.some(s => s.instructions.some(i => i.keyword === 'WORKDIR' && i.args[0] && isAbsoluteOrVariable(i.args[0].value)));
      for (const ins of group.instructions) {
        if (ins.keyword !== 'WORKDIR' || !ins.args.length || !ins.argsRange) continue;
        const path = model.lines.textOf(ins.argsRange).trim();
        if (!absolute && !isAbsoluteOrVariable(path)) {
          report({ range: ins.argsRange, message: `Relative \`WORKDIR ${unquote(path)}\` depends on the base image's working directory: use an absolute path.` });
        }
        absolute = true;
      }
    }
  },
});
