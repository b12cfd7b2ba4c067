import { defineDockerfileRule } from '../../rule';
import { positionals, type HostCommand } from '../../shell/commands';
import { APT_FAMILY, APT_GET } from '../../shell/packages';
import { appendCommandEdit, leftCaches, removesUnder } from '../../dockerfile/package-cache';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

/** `apt-get dist-clean` (apt 2.7+) deletes the lists too. */
function distClean(c: HostCommand): boolean {
  return (c.name === 'apt-get' || c.name === 'apt') && positionals(c.args, APT_GET.withValue)[0]?.value === 'dist-clean';
}

export default defineDockerfileRule({
  id: 'BXD056',
  name: 'require-apt-lists-cleanup',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3009', kind: 'same' }],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: 'A `RUN` that runs `apt-get update` should delete `/var/lib/apt/lists/*` before it ends.',
    why: 'The package lists (tens of megabytes) are written into the layer of that RUN; deleting them in a later RUN '
      + 'does not shrink the image. Stale lists baked into the image also tempt later steps to install without updating.',
    fix: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or keep the lists out of the layer with '
      + '`RUN --mount=type=cache,target=/var/lib/apt/lists …`.',
    bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 \\\n && rm -rf /var/lib/apt/lists/*',
    notes: 'Only stages that reach the final image are checked (the last stage and stages it builds FROM); ONBUILD '
      + 'triggers always are. `apt-get dist-clean` counts as clean-up. A cache or tmpfs mount on `/var/lib/apt/lists` or a parent directory counts as clean-up; '
      + 'hadolint also wants `/var/cache/apt` mounted in that case, which does not change what the lists leave behind. '
      + 'The quick fix is unsafe: a later RUN that installs without `apt-get update` would then fail.',
  },
  check({ model, report }) {
    for (const { instruction, call, range } of leftCaches(model, { spec: APT_FAMILY, fills: ['update'], cleans: c => removesUnder(c, '/var/lib/apt/lists') || distClean(c), cacheDirs: ['/var/lib/apt/lists'] })) {
      const edit = appendCommandEdit(model, instruction, CLEANUP);
      report({
        range,
        message: `\`${call.command.name} update\` leaves the package lists in this layer: end the RUN with \`&& ${CLEANUP}\`.`,
        fixes: edit ? [{ title: `Append \`${CLEANUP}\``, safety: 'unsafe', edits: [edit] }] : [],
      });
    }
  },
});
