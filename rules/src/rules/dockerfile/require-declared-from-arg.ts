import { defineDockerfileRule } from '../../rule';
import { PREDEFINED_ARGS, suggestName, varRefs } from '../../dockerfile/vars';

export default defineDockerfileRule({
  id: 'BXD039',
  name: 'require-declared-from-arg',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'UndefinedArgInFrom', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'Variables in `FROM` must be `ARG`s declared before the first `FROM`.',
    why: '`FROM` only sees global `ARG`s. An undeclared (or misspelled) variable expands to nothing, so the build pulls a '
      + 'different image than intended, often `…:latest`, or fails with an invalid reference.',
    fix: 'Declare it before the first `FROM` with a default: `ARG TAG=3.20`, or fix the spelling.',
    bad: 'FROM alpine:${TAG}',
    good: 'ARG TAG=3.20\nFROM alpine:${TAG}',
    notes: 'The platform arguments BuildKit predefines (`BUILDPLATFORM`, `TARGETARCH`, …) need no declaration.',
  },
  check({ model, report }) {
    // Global ARGs all come before the first FROM: every FROM sees all of them.
    const declared = new Set(model.globalArgs.keys());
    for (const ins of model.instructions) {
      if (ins.keyword !== 'FROM' || !ins.stage) continue;
      const words = [ins.stage.from.imageRange, ...ins.flags.filter(f => f.name.toLowerCase() === 'platform').map(f => f.valueRange)];
      for (const range of words) {
        if (!range) continue;
        const base = model.lines.offsetAt(range.start);
        for (const ref of varRefs(model.lines.textOf(range), model.escapeChar)) {
          if (declared.has(ref.name) || PREDEFINED_ARGS.has(ref.name)) continue;
          const hint = suggestName(ref.name, declared);
          report({
            range: model.lines.range(base + ref.start, base + ref.end),
            message: `\`$${ref.name}\` is not a declared global ARG, so it is empty here${hint ? ` (did you mean \`$${hint}\`?)` : ''}: declare \`ARG ${ref.name}=…\` before the first FROM.`,
          });
        }
      }
    }
  },
});
