// A shell script reduced to what rules read: simple commands with their words, each word with its
// literal value (when it has one) and exact offsets into the script text.
import { parseBash } from './bash-parser';
import type { Memoized } from '../memo';

export interface ShellWord {
  /** Source text of the word, quotes included. */
  text: string;
  /** The word after quote removal, or null when it depends on an expansion ($VAR, $(…)). */
  value: string | null;
  start: number;
  end: number;
}

export interface ShellCommand {
  name: ShellWord | null;
  args: ShellWord[];
  /** `FOO=bar` prefixes. */
  assignments: ShellWord[];
  start: number;
  end: number;
  /** All commands of the pipeline this command belongs to (itself included), or null. */
  pipeline: ShellCommand[] | null;
  /** Redirections attached to the command (`> file`, `<<EOF`). */
  redirects: ShellWord[];
  /** Runs only under a condition: inside if/while/until/case or a function body, or in an `&&`/`||` list. */
  guarded: boolean;
}

export interface ShellScript extends Memoized {
  text: string;
  commands: ShellCommand[];
  hasErrors: boolean;
}

/** Parses a script (bash grammar, never throws): see bash-parser.ts. */
export function parseShell(text: string): ShellScript {
  return parseBash(text);
}

/**
 * Parsed scripts of one document by their text, kept across its versions (the language server holds one per
 * open document): an edit re-parses only the RUN it touched. `rotate()` before each lint drops what the
 * previous lint did not use, so memory follows the document. Parsed scripts are never mutated after parsing.
 */
export class ShellCache {
  private previous = new Map<string, ShellScript>();
  private current = new Map<string, ShellScript>();
  /** Scripts actually parsed (cache misses) since creation. */
  parsed = 0;
  parse(text: string): ShellScript {
    let script = this.current.get(text) ?? this.previous.get(text);
    if (!script) { script = parseShell(text); this.parsed++; }
    this.current.set(text, script);
    return script;
  }
  rotate(): void { this.previous = this.current; this.current = new Map(); }
}

/** Words that run another command after their own options: `sudo -u x apt-get …`, `env A=1 pip …`. */
const WRAPPERS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-U']),
  env: new Set(['-u', '-C', '-S']),
  nice: new Set(['-n']), nohup: new Set(), time: new Set(), exec: new Set(['-a']),
  command: new Set(), builtin: new Set(), gosu: new Set(), 'su-exec': new Set(), chroot: new Set(),
};
const TAKES_USER = new Set(['gosu', 'su-exec', 'chroot']);

/** The command actually run once wrappers such as sudo/env are peeled off (argv view). */
export function unwrap(cmd: ShellCommand): { name: ShellWord; args: ShellWord[] } | null {
  if (!cmd.name) return null;
  let words = [cmd.name, ...cmd.args];
  for (let guard = 0; guard < 8; guard++) {
    const head = words[0]?.value;
    if (head == null || !(head in WRAPPERS)) break;
    const withArg = WRAPPERS[head];
    let i = 1;
    if (TAKES_USER.has(head)) i = 2;
    while (i < words.length) {
      const v = words[i].value ?? '';
      if (v === '--') { i++; break; }
      if ((head === 'env' || head === 'sudo') && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) { i++; continue; }
      if (!v.startsWith('-')) break;
      i += withArg.has(v) ? 2 : 1;
    }
    words = words.slice(i);
  }
  if (!words.length) return null;
  return { name: words[0], args: words.slice(1) };
}

/** Basename of a command word: `/usr/bin/pip3` -> `pip3`. */
export function commandName(w: ShellWord | null | undefined): string | null {
  if (!w || w.value == null) return null;
  const i = w.value.lastIndexOf('/');
  return i >= 0 ? w.value.slice(i + 1) : w.value;
}
