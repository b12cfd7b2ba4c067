// Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).
import type { Report } from '../rule';
import type { DockerfileModel } from './model';
import { instructionGroups } from './stages';
import { deleteLines } from '../removals';

/**
 * Reports every `keyword` instruction that a later one in the same stage overrides, with a safe fix that
 * deletes its lines (continuations included): the instruction has no effect on the image, so nothing changes.
 */
export function reportOverridden(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  for (const group of instructionGroups(model)) {
    const all = group.instructions.filter(i => i.keyword === keyword);
    for (let n = 0; n + 1 < all.length; n++) {
      const later = all[all.length - 1];
      const { start, end } = all[n].range;
      report({
        range: all[n].keywordRange,
        message: `This \`${keyword}\` has no effect: the \`${keyword}\` on line ${later.range.start.line + 1} of the same stage replaces it. Keep one.`,
        // A heredoc body may run past the instruction's range: such a line is left alone rather than cut in half.
        fixes: all[n].heredocs.length ? [] : [{ title: `Delete the overridden \`${keyword}\``, safety: 'safe', edits: [deleteLines(model.lines, start.line, end.line)] }],
      });
    }
  }
}
