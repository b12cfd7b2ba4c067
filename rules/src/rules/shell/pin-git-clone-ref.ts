import { defineShellRule } from '../../rule';
import { positionals, shellCommands, subcommand, type HostCommand } from '../../shell/commands';
import type { ShellWord } from '../../shell/script';

const GIT_GLOBAL = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path']);
/** A ref that names one commit: a commit id, anything version-like (has a digit), or a value set elsewhere ($VERSION). */
function isFixedRef(w: ShellWord | undefined): boolean {
  if (!w) return false;
  if (w.value == null) return true;
  return /^[0-9a-f]{7,40}$/i.test(w.value) || /\d/.test(w.value) || w.value === 'FETCH_HEAD';
}

function gitSub(c: HostCommand): { sub: string; rest: ShellWord[] } | null {
  if (c.name !== 'git') return null;
  const s = subcommand(c.args, GIT_GLOBAL);
  return s ? { sub: s.word.value ?? '', rest: c.args.slice(s.index + 1) } : null;
}

/** `git checkout <ref>`, `git reset --hard <ref>`, `git switch --detach <ref>` with a fixed ref. */
function checksOutFixedRef(c: HostCommand): boolean {
  const g = gitSub(c);
  if (!g) return false;
  const p = positionals(g.rest, new Set(['-b', '-B', '-c', '-C']));
  if (g.sub === 'checkout' || g.sub === 'switch') return !g.rest.some(a => ['-b', '-B', '-c', '-C', '--orphan'].includes(a.value ?? '')) && isFixedRef(p[0]);
  if (g.sub === 'reset') return g.rest.some(a => a.value === '--hard') && isFixedRef(p[0]);
  return false;
}

function optionWord(args: ShellWord[], names: string[]): { flag: ShellWord; value: ShellWord } | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? '';
    if (names.includes(v) && args[i + 1]) return { flag: args[i], value: args[i + 1] };
    const long = names.find(n => n.startsWith('--') && v.startsWith(n + '='));
    if (long) return { flag: args[i], value: { ...args[i], value: v.slice(long.length + 1) } };
  }
  return null;
}

export default defineShellRule({
  id: 'BXD612',
  name: 'pin-git-clone-ref',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: '`git clone` should check out a fixed ref: a tag (`--branch v1.2.3`) or a commit (`git checkout <sha>` afterwards).',
    why: 'A clone without a ref takes whatever the default branch holds on build day (`--branch main` too): the same '
      + 'file builds different code from one day to the next, and a force-push or a compromised repository goes '
      + 'straight into the image.',
    fix: 'Clone a release tag (`git clone --depth 1 --branch v1.2.3 URL`) or check out a commit id right after the clone '
      + '(`git clone URL src && git -C src checkout 4f2c1e0`).',
    bad: 'RUN git clone https://github.com/org/tool.git /src',
    good: 'RUN git clone --depth 1 --branch v1.2.3 https://github.com/org/tool.git /src',
    notes: 'A ref counts as fixed when it is a commit id, contains a digit (tags such as `v1.2.3`, `release-2024.05`) or '
      + 'comes from a variable; names without digits (`main`, `master`, `develop`, `stable`) are taken as moving '
      + 'branches. A fixed `git checkout`/`git reset --hard`/`git switch --detach` later in the same script pins every '
      + 'clone before it.',
  },
  check({ model, report }) {
    const commands = shellCommands(model);
    for (const c of commands) {
      const g = gitSub(c);
      if (!g || g.sub !== 'clone') continue;
      const ref = optionWord(g.rest, ['-b', '--branch', '--revision']);
      if (ref && isFixedRef(ref.value)) continue;
      const later = commands.some(d => d.source === c.source && d.command.start > c.command.start && checksOutFixedRef(d));
      if (later) continue;
      if (ref) {
        report({ range: c.rangeOf(ref.value.start === ref.flag.start ? ref.flag : ref.value), message: `\`${ref.value.value}\` is a branch: it moves. Clone a tag or check out a commit id.` });
      } else {
        const sub = positionals(c.args, GIT_GLOBAL)[0];
        report({ range: { start: c.rangeOf(c.nameWord).start, end: c.rangeOf(sub).end }, message: '`git clone` without a ref takes whatever the default branch holds today: clone a tag (`--branch v1.2.3`) or check out a commit.' });
      }
    }
  },
});
