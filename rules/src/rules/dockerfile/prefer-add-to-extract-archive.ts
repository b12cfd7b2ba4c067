import { defineDockerfileRule } from '../../rule';
import type { Range } from '../../types';
import type { DfShellSource } from '../../dockerfile/model';
import { copyParts, fromFlag, instructionGroups } from '../../dockerfile/stages';
import { basename, isArchive } from '../../dockerfile/sources';
import { positionals, shellCommands, type HostCommand } from '../../shell/commands';

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

function extracts(cmd: HostCommand): boolean {
  if (cmd.name && UNPACKERS.has(cmd.name)) return true;
  if (cmd.name !== 'tar') return false;
  const first = cmd.args[0]?.value ?? '';
  return cmd.args.some(a => a.value === '--extract' || a.value === '--get' || /^-[A-Za-z]*x/.test(a.value ?? '')) || (/^[A-Za-z]*$/.test(first) && first.includes('x'));
}

export default defineDockerfileRule({
  id: 'BXD003',
  name: 'prefer-add-to-extract-archive',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3010', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'A local archive that is `COPY`ed and then unpacked in `RUN` can be unpacked by `ADD` directly.',
    why: '`COPY` + `tar -x` stores the archive in one layer and its content in the next: the image carries both, even if a later '
      + 'step deletes the archive. `ADD` unpacks a local tarball in a single layer.',
    fix: 'Replace the `COPY` with `ADD <archive> <folder>` and drop the extraction from the `RUN`.',
    bad: 'FROM debian:12.5\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt',
    good: 'FROM debian:12.5\nADD app.tar.gz /opt/',
    notes: 'Only archive types `ADD` unpacks are considered (`.tar`, `.gz`, `.tgz`, `.bz2`, `.xz`, …; not `.zip`). Archives copied from another stage (`--from`) are not flagged.',
  },
  check({ model, report }) {
    const commands = shellCommands(model);
    for (const group of instructionGroups(model)) {
      const archives: { name: string; range: Range }[] = [];
      const flagged = new Set<string>();
      for (const ins of group.instructions) {
        if (ins.keyword === 'COPY' && !fromFlag(ins)) {
          const { sources, dest } = copyParts(ins, model);
          if (dest && isArchive(basename(dest.value))) archives.push({ name: basename(dest.value), range: dest.range });
          else for (const s of sources) if (isArchive(basename(s.value))) archives.push({ name: basename(s.value), range: s.range });
        }
        if (ins.keyword !== 'RUN' || !archives.length) continue;
        for (const cmd of commands) {
          if ((cmd.source as DfShellSource).instruction !== ins || !extracts(cmd)) continue;
          const names = new Set(positionals(cmd.args).map(a => basename(a.value ?? '')));
          for (const a of archives) {
            const key = `${a.range.start.line}:${a.range.start.character}`;
            if (!names.has(a.name) || flagged.has(key)) continue;
            flagged.add(key);
            report({ range: a.range, message: `\`${a.name}\` is copied and then unpacked on line ${ins.range.start.line + 1}: \`ADD\` unpacks it in one layer without keeping the archive.` });
          }
        }
      }
    }
  },
});
