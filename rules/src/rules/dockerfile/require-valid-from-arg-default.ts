import { defineDockerfileRule } from '../../rule';
import { expandVars } from '../../dockerfile/image-ref';
import { PREDEFINED_ARGS, varRefs } from '../../dockerfile/vars';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+|\\[[0-9A-Fa-f:]+\\])(?::\\d+)?';
/** Docker's image reference grammar: `[domain/]path[:tag][@digest]`, lowercase repository path. */
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);

export default defineDockerfileRule({
  id: 'BXD042',
  name: 'require-valid-from-arg-default',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'InvalidDefaultArgInFrom', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'With the `ARG` defaults, every `FROM` must still be a valid image reference.',
    why: 'A build without `--build-arg` uses the defaults: an `ARG` without a default makes `FROM alpine:${TAG}` read `alpine:` '
      + 'and `FROM ${IMAGE}` read nothing, and the build fails for everyone who does not know which argument to pass.',
    fix: 'Give the global `ARG` a working default (`ARG TAG=3.20`), or use `${TAG:-3.20}` in the `FROM`.',
    bad: 'ARG TAG\nFROM alpine:${TAG}',
    good: 'ARG TAG=3.20\nFROM alpine:${TAG}',
    notes: 'Variables that are not declared at all are reported by require-declared-from-arg (BXD039) instead.',
  },
  check({ model, report }) {
    // Global ARGs all come before the first FROM: every FROM sees all of them.
    const defaults = model.globalArgs;
    for (const ins of model.instructions) {
      if (ins.keyword !== 'FROM' || !ins.stage?.from.image || !ins.stage.from.imageRange) continue;
      const { image, imageRange } = ins.stage.from;
      const refs = varRefs(image, model.escapeChar);
      if (!refs.length || refs.some(r => !defaults.has(r.name) && !PREDEFINED_ARGS.has(r.name))) continue;
      const value = expandVars(image, n => (defaults.has(n) ? defaults.get(n) ?? '' : PREDEFINED_ARGS.has(n) ? 'linux' : undefined));
      if (value === null || value.includes('$') || REFERENCE.test(value)) continue; // nested `${A:+$B}` is not expanded: no verdict
      report({ range: imageRange, message: `With the ARG defaults \`${image}\` becomes ${value ? `\`${value}\`, not a valid image reference` : 'empty'}: give the ARG a default.` });
    }
  },
});
