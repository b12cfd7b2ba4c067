// Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).
import type { Report } from '../rule';
import type { DfInstruction, DfStage, DockerfileModel } from './model';
import { beforeFirstFrom, pick, picked } from './stages';
import { deleteLines } from '../removals';
import { Memo } from '../memo';

/** A next-instruction ignore pragma (not `global`/`stage`): it governs only the instruction below it. */
const NEXT_LINE_PRAGMA = /^\s*#\s*(hadolint|boxlint)\s+ignore\s*=/i;

/** CMD, ENTRYPOINT and HEALTHCHECK of a stage (not ONBUILD triggers): what the three rules read. */
const isOverridable = (ins: DfInstruction) => !ins.onbuild && (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT' || ins.keyword === 'HEALTHCHECK');
const overridable = new Memo<DfStage, DfInstruction[]>();

/**
 * Reports every `keyword` instruction that a later one in the same stage overrides, with a safe fix that
 * deletes its lines (continuations included): the instruction has no effect on the image, so nothing changes.
 * Ignore pragmas right above it go too, or they would start hiding findings on the next instruction.
 * File-scoped rules call it on every edit: a stage's candidates are found once per stage object (picked).
 */
export function reportOverridden(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  reportGroup(model, pick(beforeFirstFrom(model), isOverridable), keyword, report);
  for (const stage of model.stages) reportGroup(model, picked(overridable, stage, isOverridable), keyword, report);
}

function reportGroup(model: DockerfileModel, candidates: DfInstruction[], keyword: string, report: (r: Report) => void): void {
  let last = candidates.length - 1;
  while (last >= 0 && candidates[last].keyword !== keyword) last--;
  if (last < 0) return;
  const later = candidates[last];
  for (let k = 0; k < last; k++) {
    const ins = candidates[k];
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
