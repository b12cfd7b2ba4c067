import { defineDockerfileRule } from '../../rule';
import type { DfInstruction } from '../../dockerfile/model';
import { runScripts } from '../../dockerfile/run-scripts';
import type { HostCommand } from '../../shell/commands';

const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);

/** `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (also `-eo pipefail`). */
function shellHasPipefail(ins: DfInstruction): boolean {
  const words = ins.json?.map(w => w.value) ?? [];
  const shell = words[0]?.split('/').pop() ?? '';
  if (!PIPEFAIL_SHELLS.has(shell)) return false;
  return words.some((w, i) => w === 'pipefail' && /^-[a-z]*o$/.test(words[i - 1] ?? ''));
}

/** `set -o pipefail` / `set -euo pipefail` run before `at` in the same script. */
function setsPipefail(commands: HostCommand[], at: HostCommand): boolean {
  return commands.some(c => c.source === at.source && c.command.start < at.command.start && c.name === 'set'
    && c.args.some((a, i) => a.value === 'pipefail' && /^-[a-z]*o$/.test(c.args[i - 1]?.value ?? '')));
}

export default defineDockerfileRule({
  id: 'BXD068',
  name: 'require-pipefail',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL4006', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'A `RUN` with a pipe needs `pipefail` (from `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`).',
    why: 'A pipeline\'s status is that of its last command: in `curl -fsSL URL | tar -xz` a failed download still ends '
      + 'the step with success, and the image is built with a missing or half-written file.',
    fix: 'Before the RUN, switch to a shell that supports it: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` '
      + '(`/bin/ash` on Alpine). Or start the script with `set -o pipefail` where `/bin/sh` supports it.',
    bad: 'FROM debian:12.5\nRUN curl -fsSL https://example.com/app.tgz | tar -xz',
    good: 'FROM debian:12.5\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz',
    notes: 'The SHELL setting is followed per stage, as in hadolint; `/bin/sh -o pipefail` does not count (dash has no '
      + 'pipefail). Unlike hadolint, a `set -o pipefail` earlier in the same script counts too. No quick fix: the right '
      + 'shell depends on the base image.',
  },
  check({ model, report }) {
    const shellBefore = new Map<DfInstruction, boolean>();
    let ok = false;
    for (const ins of model.instructions) {
      if (ins.keyword === 'FROM') ok = false;
      if (ins.keyword === 'SHELL') ok = shellHasPipefail(ins);
      shellBefore.set(ins, ok);
      if (ins.trigger) shellBefore.set(ins.trigger, ok);
    }
    for (const { instruction, commands } of runScripts(model)) {
      if (shellBefore.get(instruction)) continue;
      const piped = commands.find(c => (c.command.pipeline?.length ?? 0) > 1 && !setsPipefail(commands, c));
      if (!piped) continue;
      const members = piped.command.pipeline!;
      // The pipe ends at the last command's last word: its redirects (`| wc -l > /n`) are not part of it.
      const last = members[members.length - 1];
      const end = Math.max(last.name?.end ?? last.start, ...last.args.map(a => a.end));
      report({
        range: piped.rangeOf({ start: members[0].start, end }),
        message: 'This pipe hides failures of all but its last command: set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN.',
      });
    }
  },
});
