import { defineDockerfileRule } from '../../rule';
import { copyParts, instructionGroups, isAbsoluteOrVariable, stageChain, unquote } from '../../dockerfile/stages';

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
    for (const group of instructionGroups(model)) {
      let workdir = group.stage ? stageChain(model, group.stage).slice(1).some(s => s.instructions.some(i => i.keyword === 'WORKDIR')) : false;
      let triggerWorkdir = false;
      for (const ins of group.instructions) {
        if (ins.keyword === 'WORKDIR') workdir = true;
        if (ins.trigger?.keyword === 'WORKDIR') triggerWorkdir = true;
        const target = ins.trigger ?? ins;
        if (target.keyword !== 'COPY' || workdir || (ins.trigger && triggerWorkdir)) continue;
        const { sources, dest } = copyParts(target, model);
        if (!dest || !sources.length || isAbsoluteOrVariable(dest.value)) continue;
        report({ range: dest.range, message: `\`COPY\` to relative \`${unquote(dest.value)}\` with no \`WORKDIR\` set: its location depends on the base image. Set \`WORKDIR\` first or use an absolute path.` });
      }
    }
  },
});
