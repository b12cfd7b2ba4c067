import { defineDockerfileRule } from '../../rule';

export default defineDockerfileRule({
  id: 'BXD037',
  name: 'no-empty-continuation',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'NoEmptyContinuation', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'No empty lines inside a line continuation.',
    why: 'Docker skips an empty line inside a `\\`-continued instruction, so the instruction goes on below it; it reads as if the '
      + 'instruction ended there. Docker has deprecated this and will make it an error.',
    fix: 'Delete the empty line, or end the instruction before it.',
    bad: 'FROM debian:12.5\nRUN apt-get update && \\\n\n    apt-get install -y curl=7.88.1-10+deb12u5',
    good: 'FROM debian:12.5\nRUN apt-get update && \\\n    apt-get install -y curl=7.88.1-10+deb12u5',
    notes: 'Comment lines inside a continuation are allowed; heredoc bodies are not judged.',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const { start, end } = ins.range;
      if (start.line === end.line) continue;
      const heredocLines = new Set<number>();
      for (const h of ins.heredocs) {
        const c = h.contentRange;
        const last = h.delimiterRange?.end.line ?? end.line;
        for (let l = c ? c.start.line : h.startRange.end.line + 1; l <= last; l++) heredocLines.add(l);
      }
      for (let line = start.line + 1; line < end.line; line++) {
        if (heredocLines.has(line) || model.lines.lineText(line).trim() !== '') continue;
        const from = model.lines.lineStart(line);
        report({
          range: model.lines.range(from, model.lines.lineEnd(line)),
          message: `Empty line inside the continued \`${ins.keyword}\` that starts on line ${start.line + 1}: Docker skips it, and will reject it in a future release.`,
          fixes: [{ title: 'Delete the empty line', safety: 'safe', edits: [{ range: model.lines.range(from, model.lines.lineStart(line + 1)), newText: '' }] }],
        });
      }
    }
  },
});
