import { defineDockerfileRule } from '../../rule';
import { runScripts } from '../../dockerfile/run-scripts';

export default defineDockerfileRule({
  id: 'BXD065',
  name: 'prefer-workdir-over-cd',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3003', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Use `WORKDIR` to change directory instead of `cd` in `RUN`.',
    why: 'A `cd` lasts only until the end of its RUN: the next instruction starts back in the previous directory, which '
      + 'is easy to forget and makes the file harder to follow. `WORKDIR` states the directory once for every later '
      + 'instruction (and creates it).',
    fix: 'Put `WORKDIR /path` before the RUN and drop the `cd`; use absolute paths for one-off directories.',
    bad: 'RUN cd /app && make',
    good: 'WORKDIR /app\nRUN make',
    notes: 'Reported once per RUN, at its first `cd`.',
  },
  check({ model, report }) {
    for (const { commands } of runScripts(model)) {
      const cd = commands.find(c => c.name === 'cd');
      if (cd) report({ range: cd.rangeOf(cd.nameWord), message: '`cd` lasts only until the end of this RUN: set the directory with `WORKDIR`.' });
    }
  },
});
