// Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK).
import type { Report } from '../rule';
import type { DockerfileModel } from './model';
import { instructionGroups } from './stages';

/** Reports every `keyword` instruction that a later one in the same stage overrides. */
export function reportOverridden(model: DockerfileModel, keyword: string, report: (r: Report) => void): void {
  for (const group of instructionGroups(model)) {
    const all = group.instructions.filter(i => i.keyword === keyword);
    for (let n = 0; n + 1 < all.length; n++) {
      const later = all[all.length - 1];
      report({
        range: all[n].keywordRange,
        message: `This \`${keyword}\` has no effect: the \`${keyword}\` on line ${later.range.start.line + 1} of the same stage replaces it. Keep one.`,
      });
    }
  }
}
