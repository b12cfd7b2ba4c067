import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';
import { varRefs } from '../../dockerfile/vars';

export default defineDockerfileRule({
  id: 'BXD016',
  name: 'no-env-self-reference',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3044', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'An `ENV` value must not use a variable set earlier in the same `ENV` instruction.',
    why: 'All values of one `ENV` are expanded before any of them is set, so `ENV A=1 B=$A` gives `B` the old value of `A` '
      + '(usually empty), not `1`.',
    fix: 'Split the instruction: set the variable in one `ENV`, use it in the next.',
    bad: 'FROM debian:12.5\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
    good: 'FROM debian:12.5\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
    notes: 'Using a variable on the right of its own assignment (`ENV PATH=/x:$PATH`) is fine: it reads the previous value on purpose.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ENV') continue;
      const earlier = new Set<string>();
      for (const p of ins.properties) {
        if (p.valueRange) {
          const raw = model.lines.textOf(p.valueRange);
          const base = model.lines.offsetAt(p.valueRange.start);
          for (const ref of varRefs(raw, model.escapeChar)) {
            if (!earlier.has(ref.name)) continue;
            report({
              range: model.lines.range(base + ref.start, base + ref.end),
              message: `\`$${ref.name}\` is set earlier in this same \`ENV\`, so it still has its old value here: move it to a separate \`ENV\`.`,
            });
          }
        }
        earlier.add(p.name);
      }
    }
  },
});
