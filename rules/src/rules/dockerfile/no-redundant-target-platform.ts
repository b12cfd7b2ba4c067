import { defineDockerfileRule } from '../../rule';
import { unquote } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD031',
  name: 'no-redundant-target-platform',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3065', kind: 'same' }, { tool: 'buildkit', id: 'RedundantTargetPlatform', kind: 'same' }],
  fixable: 'safe',
  scope: 'stage',
  docs: {
    summary: '`FROM --platform=$TARGETPLATFORM` is redundant.',
    why: 'Stages are built for the target platform by default: the flag adds noise and suggests a cross-compilation setup that is not there.',
    fix: 'Remove the flag (you may have meant `$BUILDPLATFORM`).',
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
    good: 'FROM alpine:3.20',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const ins = stage.from.instruction;
      const flag = ins.flags.find(f => f.name.toLowerCase() === 'platform');
      if (!flag?.value || !/^\$(TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(unquote(flag.value))) continue;
      // Remove the flag and the blanks after it, up to the next word.
      const start = model.lines.offsetAt(flag.range.start);
      let end = model.lines.offsetAt(flag.range.end);
      while (model.text[end] === ' ' || model.text[end] === '\t') end++;
      report({
        range: flag.range,
        message: `\`--platform=${flag.value}\` is the default: remove it.`,
        fixes: [{ title: 'Remove --platform', safety: 'safe', edits: [{ range: model.lines.range(start, end), newText: '' }] }],
      });
    }
  },
});
