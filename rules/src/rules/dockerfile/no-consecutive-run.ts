import { defineDockerfileRule } from '../../rule';
import type { DfInstruction } from '../../dockerfile/model';
import { runScripts } from '../../dockerfile/run-scripts';

export default defineDockerfileRule({
  id: 'BXD067',
  name: 'no-consecutive-run',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3059', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'Consecutive one-command `RUN` instructions could be one `RUN`.',
    why: 'Every RUN makes a layer. A row of single-command RUNs makes more layers than needed, and files created in one '
      + 'and deleted in the next still weigh on the image.',
    fix: 'Join them with `&&` (and `\\` line continuations) into one RUN.',
    bad: 'RUN mkdir -p /app\nRUN chown app /app',
    good: 'RUN mkdir -p /app \\\n && chown app /app',
    notes: 'As in hadolint: only RUNs with the same flags (`--mount` …) that each run a single command are counted; a RUN '
      + 'that already chains commands is taken as a deliberate layer boundary. Comments between them do not separate them.',
  },
  check({ model, report }) {
    const commandCount = new Map(runScripts(model).map(s => [s.instruction, s.commands.length] as const));
    const flags = (i: DfInstruction) => i.flags.map(f => model.lines.textOf(f.range)).join(' ');
    let prev: DfInstruction | null = null;
    for (const ins of model.instructions) {
      const single = ins.keyword === 'RUN' && (ins.json ? 1 : commandCount.get(ins) ?? 0) <= 1;
      if (single && prev && flags(prev) === flags(ins)) {
        report({ range: ins.keywordRange, message: `This RUN follows another one-command RUN (line ${prev.range.start.line + 1}): join them into one layer.` });
      }
      prev = single ? ins : null;
    }
  },
});
