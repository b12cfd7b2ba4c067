// Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).
import type { Report } from '../rule';
import type { DockerfileModel } from './model';
import { instructionGroups } from './stages';
import { deleteLines } from '../removals';

/** A next-instruction ignore pragma (not `global`/`stage`): it governs only the instruction below it. */
const NEXT_LINE_PRAGMA = /^\s*#\s*(hadolint|boxlint)\s+ignore\s*=/i;

/**
 * Reports every `keyword` instruction that a later one in the same stage overrides, with a safe fix that
 * deletes its lines (continuations included): the instruction has no effect on the image, so nothing changes.
 * Ignore pragmas right above it go too, or they would start hiding findings on the next instruction.
 */
export function reportOverridden(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  for (const group of instructionGroups(model)) {
    const all = group.instructions.filter(i => i.keyword === keyword);
    for (let n = 0; n + 1 < all.length; n++) {
      const later = all[all.length - 1];
      const { start, end } = all[n].range;
      let first = start.line;
      while (first > 0 && NEXT_LINE_PRAGMA.test(model.lines.lineText(first - 1))) first--;
      report({
        range: all[n].keywordRange,
        message: `This \`${keyword}\` has no effect: the \`${keyword}\` on line ${later.range.start.line + 1} of the same stage replaces it. Keep one.`,
        // A heredoc body may run past the instruction's range: such a line is left alone rather than cut in half.
        fixes: all[n].heredocs.length ? [] : [{ title: `Delete the overridden \`${keyword}\``, safety: 'safe', edits: [deleteLines(model.lines, first, end.line)] }],
      });
    }
  }
}
