// File modes given to chmod/install, read from argv: which word is the mode and what it grants.
import type { HostCommand } from './commands';
import type { ShellWord } from './script';

const CHMOD_OPTIONS = new Set(['-c', '-f', '-v', '-R', '--changes', '--silent', '--quiet', '--verbose', '--recursive',
  '--no-preserve-root', '--preserve-root', '--dereference', '--no-dereference', '-h', '-H', '-L', '-P']);

export interface ModeUse { command: HostCommand; mode: ShellWord; targets: ShellWord[] }

/** The mode word and the files of `chmod MODE FILE…` and `install -m MODE …` (null-valued modes are skipped). */
export function modeUses(commands: HostCommand[]): ModeUse[] {
  const out: ModeUse[] = [];
  for (const c of commands) {
    if (c.name === 'chmod') {
      const i = c.args.findIndex(a => !CHMOD_OPTIONS.has(a.value ?? '') && !/^-[cfvRhHLP]+$/.test(a.value ?? '') && a.value !== '--');
      const mode = c.args[i];
      if (!mode || mode.value == null || mode.value.startsWith('--reference')) continue;
      out.push({ command: c, mode, targets: c.args.slice(i + 1) });
    } else if (c.name === 'install') {
      for (let i = 0; i < c.args.length; i++) {
        const v = c.args[i].value ?? '';
        if ((v === '-m' || v === '--mode') && c.args[i + 1]?.value != null) out.push({ command: c, mode: c.args[i + 1], targets: [] });
        else if (v.startsWith('--mode=') || (/^-m\d/.test(v))) out.push({ command: c, mode: c.args[i], targets: [] });
      }
    }
  }
  return out;
}

/** The mode text of a mode word (`--mode=4755` → `4755`, `-m4755` → `4755`). */
export function modeText(w: ShellWord): string {
  return (w.value ?? '').replace(/^--mode=/, '').replace(/^-m(?=\d)/, '');
}

interface Clause { who: string; op: string; perms: string }

function clauses(mode: string): Clause[] | null {
  const out: Clause[] = [];
  for (const part of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(part);
    if (!m) return null;
    for (const action of m[2].match(/[-+=][rwxXstugo]*/g) ?? []) out.push({ who: m[1], op: action[0], perms: action.slice(1) });
  }
  return out;
}

/** What a mode grants: null when it is not a mode chmod understands. */
export function modeGrants(mode: string): { worldWritable: boolean; setuid: boolean; sticky: boolean } | null {
  if (/^[0-7]{1,4}$/.test(mode)) {
    const n = parseInt(mode, 8);
    return { worldWritable: (n & 0o002) !== 0, setuid: mode.length === 4 && (n & 0o4000) !== 0, sticky: mode.length === 4 && (n & 0o1000) !== 0 };
  }
  const cs = clauses(mode);
  if (!cs) return null;
  const adds = (c: Clause) => c.op === '+' || c.op === '=';
  return {
    // An empty "who" applies the umask, which normally keeps others from writing.
    worldWritable: cs.some(c => adds(c) && /[oa]/.test(c.who) && c.perms.includes('w')),
    setuid: cs.some(c => adds(c) && (c.who === '' || /[ua]/.test(c.who)) && c.perms.includes('s')),
    sticky: cs.some(c => adds(c) && c.perms.includes('t')),
  };
}
