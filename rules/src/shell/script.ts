// A shell script reduced to what rules read: simple commands with their words, each word with its
// literal value (when it has one) and exact offsets into the script text.
import type { Node } from 'web-tree-sitter';
import { withShellTree } from './parser';

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

export interface ShellScript {
  text: string;
  commands: ShellCommand[];
  hasErrors: boolean;
}

function unescapeBare(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

function unescapeDouble(s: string): string {
  return s.replace(/\\([$`"\\\n])/g, '$1');
}

// The script being converted. Node text is sliced from it: `node.text` and every `node.type`/`endIndex` read
// is a call into the WASM module, which made walking the tree cost more than parsing it.
let src = '';

/** `text` and `type` are the node's when the caller already has them. */
function staticValue(n: Node, text?: string, type = n.type): string | null {
  switch (type) {
    case 'word': case 'number': {
      // tree-sitter-bash sometimes leaves an expansion inside a bare word (`x/$V/w-$V.tgz` ends in a `$V.tgz` word).
      const t = text ?? n.text;
      return /(^|[^\\])\$[\w{(@*#?$!-]/.test(t) ? null : unescapeBare(t);
    }
    case 'variable_assignment': {
      const name = n.childForFieldName('name');
      const value = n.childForFieldName('value');
      if (!name) return null;
      if (!value) return `${name.text}=`;
      const v = staticValue(value);
      return v === null ? null : `${name.text}=${v}`;
    }
    case 'raw_string': return (text ?? n.text).slice(1, -1);
    case 'string': {
      let out = '';
      for (const c of n.namedChildren) {
        if (!c) continue;
        if (c.type !== 'string_content') return null;
        out += unescapeDouble(c.text);
      }
      return out;
    }
    case 'concatenation': {
      let out = '';
      for (const c of n.children) {
        if (!c) continue;
        const v = staticValue(c);
        if (v === null) return null;
        out += v;
      }
      return out;
    }
    default: return null;
  }
}

function word(n: Node, type?: string): ShellWord {
  const start = n.startIndex, end = n.endIndex;
  const text = src.slice(start, end);
  return { text, value: staticValue(n, text, type), start, end };
}

function commandOf(n: Node): Node | null {
  if (n.type === 'command') return n;
  if (n.type === 'redirected_statement') {
    const body = n.childForFieldName('body');
    return body && body.type === 'command' ? body : null;
  }
  return null;
}

/** `export A=1 B`, `declare -x A=1`, `local a`: the keyword is the name, the rest are arguments. */
function toDeclaration(n: Node): ShellCommand {
  const keyword = n.child(0)!;
  const name: ShellWord = { text: keyword.text, value: keyword.text, start: keyword.startIndex, end: keyword.endIndex };
  const args = n.namedChildren.filter((c): c is Node => !!c).map(c => word(c));
  return { name, args, assignments: [], start: n.startIndex, end: n.endIndex, pipeline: null, redirects: [], guarded: false };
}

function toCommand(n: Node, redirectOwner: Node | null): ShellCommand {
  const cmd: ShellCommand = { name: null, args: [], assignments: [], start: n.startIndex, end: n.endIndex, pipeline: null, redirects: [], guarded: false };
  for (const c of n.namedChildren) {
    if (!c) continue;
    const type = c.type;
    if (type === 'command_name') { const w = c.firstNamedChild; if (w) cmd.name = word(w); }
    else if (type === 'variable_assignment') cmd.assignments.push(word(c, type));
    else if (type.endsWith('redirect')) cmd.redirects.push(word(c, type));
    else if (cmd.name) cmd.args.push(word(c, type));
  }
  cmd.args = joinAdjacent(cmd.args);
  if (redirectOwner) {
    for (const c of redirectOwner.namedChildren) if (c && c.type.endsWith('redirect')) cmd.redirects.push(word(c));
    cmd.end = redirectOwner.endIndex;
  }
  return cmd;
}

/** Words with no blank between them are one shell word; tree-sitter-bash splits some (`w-$V/x-$V.tgz`). */
function joinAdjacent(words: ShellWord[]): ShellWord[] {
  const out: ShellWord[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev && prev.end === w.start) {
      out[out.length - 1] = { text: prev.text + w.text, value: prev.value != null && w.value != null ? prev.value + w.value : null, start: prev.start, end: w.end };
    } else out.push(w);
  }
  return out;
}

const WALKED_TYPES = ['command', 'declaration_command', 'redirected_statement', 'pipeline'];

export function parseShell(text: string): ShellScript {
  return withShellTree(text, root => {
    src = text;
    const commands: ShellCommand[] = [];
    const byNode = new Map<number, ShellCommand>();
    const redirectOwner = new Map<number, Node>();
    const pipelines: Node[] = [];
    // One walk inside WASM returns only the nodes asked for, in document order (a parent before its children).
    // A command's redirected_statement is found from the statement down: `node.parent` costs a walk from the root.
    for (const n of root.descendantsOfType(WALKED_TYPES)) {
      if (!n) continue;
      const type = n.type;
      if (type === 'command') {
        const cmd = toCommand(n, redirectOwner.get(n.id) ?? null);
        commands.push(cmd);
        byNode.set(n.id, cmd);
      } else if (type === 'declaration_command') {
        commands.push(toDeclaration(n));
      } else if (type === 'redirected_statement') {
        for (const c of n.namedChildren) if (c && c.type === 'command') redirectOwner.set(c.id, n);
      } else {
        pipelines.push(n);
      }
    }
    // Link pipelines once every command exists.
    if (byNode.size > 1) {
      for (const n of pipelines) {
        const members = n.namedChildren.map(c => (c ? commandOf(c) : null)).map(c => (c ? byNode.get(c.id) : undefined)).filter((c): c is ShellCommand => !!c);
        for (const m of members) m.pipeline = members;
      }
    }
    commands.sort((a, b) => a.start - b.start);
    src = '';
    return { text, commands, hasErrors: root.hasError };
  });
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
