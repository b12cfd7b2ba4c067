// Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).
import type { Report } from '../rule';
import type { DfInstruction, DockerfileModel } from './model';
import { deleteLines } from '../removals';

/** A next-instruction ignore pragma (not `global`/`stage`): it governs only the instruction below it. */
const NEXT_LINE_PRAGMA = /^\s*#\s*(hadolint|boxlint)\s+ignore\s*=/i;

/**
 * Reports every `keyword` instruction that a later one in the same stage overrides, with a safe fix that
 * deletes its lines (continuations included): the instruction has no effect on the image, so nothing changes.
 * Ignore pragmas right above it go too, or they would start hiding findings on the next instruction.
 * File-scoped rules call it on every edit: it walks the instructions in place (no groups, no filtered lists).
 */
export function reportOverridden(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  const all = model.instructions;
  // Groups as in instructionGroups: the instructions before the first FROM, then each stage (consecutive in the list).
  for (let from = 0; from < all.length;) {
    const stage = all[from].stage;
    let to = from + 1;
    while (to < all.length && all[to].stage === stage) to++;
    reportGroup(model, all, from, to, keyword, report);
    from = to;
  }
}

function reportGroup(model: DockerfileModel, all: DfInstruction[], from: number, to: number, keyword: string, report: (r: Report) => void): void {
  let last = to - 1;
  while (last >= from && all[last].keyword !== keyword) last--;
  if (last < from) return;
  const later = all[last];
  for (let k = from; k < last; k++) {
    const ins = all[k];
    if (ins.keyword !== keyword) continue;
    const { start, end } = ins.range;
    let first = start.line;
    while (first > 0 && NEXT_LINE_PRAGMA.test(model.lines.lineText(first - 1))) first--;
    report({
      range: ins.keywordRange,
      message: `This \`${keyword}\` has no effect: the \`${keyword}\` on line ${later.range.start.line + 1} of the same stage replaces it. Keep one.`,
      // A heredoc body may run past the instruction's range: such a line is left alone rather than cut in half.
      fixes: ins.heredocs.length ? [] : [{ title: `Delete the overridden \`${keyword}\``, safety: 'safe', edits: [deleteLines(model.lines, first, end.line)] }],
    });
  }
}
