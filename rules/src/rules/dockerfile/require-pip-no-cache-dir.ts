import { defineDockerfileRule } from '../../rule';
import { commandsNamed, hasFlag, type HostCommand } from '../../shell/commands';
import { PIP, managerCalls } from '../../shell/packages';
import { commandOffset, envBefore, hasCacheMount, instructionOf, reachesFinalImage } from '../../dockerfile/run-scripts';

const TRUTHY = /^(1|true|on|yes)$/i;

/** `PIP_NO_CACHE_DIR=1 pip …` or an earlier `export PIP_NO_CACHE_DIR=1` in the same RUN. */
function setInScript(pip: HostCommand, exports: readonly HostCommand[]): boolean {
  const truthy = (w: { value: string | null }) => /^PIP_NO_CACHE_DIR=(.*)$/.exec(w.value ?? '')?.[1];
  if (pip.command.assignments.some(a => TRUTHY.test(truthy(a) ?? ''))) return true;
  const ins = instructionOf(pip);
  return exports.some(c => instructionOf(c) === ins && commandOffset(c) < commandOffset(pip)
    && c.args.some(a => TRUTHY.test(truthy(a) ?? '')));
}

export default defineDockerfileRule({
  id: 'BXD063',
  name: 'require-pip-no-cache-dir',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3042', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`pip install` in a `RUN` should use `--no-cache-dir`.',
    why: 'pip keeps every downloaded wheel and source archive in `~/.cache/pip`, inside the layer of that RUN: the image '
      + 'carries each dependency twice, often hundreds of megabytes.',
    fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1` once, or mount a cache on `/root/.cache/pip`.',
    bad: 'RUN pip install flask==3.0.3',
    good: 'RUN pip install --no-cache-dir flask==3.0.3',
    notes: 'A truthy `PIP_NO_CACHE_DIR` from `ENV` (in the stage or a stage it builds FROM), from a prefix assignment or an '
      + 'earlier `export` in the RUN counts, as does a cache/tmpfs mount on the pip cache. Unlike hadolint, stages that do '
      + 'not reach the final image are not checked: their cache is never shipped.',
  },
  check({ model, report }) {
    const exports = commandsNamed(model, 'export');
    for (const { command, args, subcommand } of managerCalls(model, PIP)) {
      const ins = instructionOf(command);
      if (hasFlag(args, '--no-cache-dir') || !reachesFinalImage(ins)) continue;
      if (hasCacheMount(ins, '/root/.cache/pip') || TRUTHY.test(envBefore(model, ins, 'PIP_NO_CACHE_DIR') ?? '') || setInScript(command, exports)) continue;
      const sub = command.rangeOf(subcommand);
      report({
        range: { start: command.rangeOf(command.nameWord).start, end: sub.end },
        message: '`pip install` without `--no-cache-dir` leaves the download cache in this layer.',
        fixes: [{ title: 'Add `--no-cache-dir`', safety: 'safe', edits: [{ range: { start: sub.end, end: sub.end }, newText: ' --no-cache-dir' }] }],
      });
    }
  },
});
