// The tree-sitter-bash (WASM) conversion boxlint shipped before its own parser (rules/src/shell/bash-parser.ts),
// kept for the differential test only: web-tree-sitter and tree-sitter-bash are devDependencies, never bundled.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { ShellCommand, ShellScript, ShellWord } from '../rules/src/shell/script';

let parser: Parser | null = null;

export async function initTreeSitterBash(): Promise<void> {
  if (parser) return;
  await Parser.init({ wasmBinary: readFileSync(join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm')) });
  const bash = await Language.load(readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  parser = new Parser();
  parser.setLanguage(bash);
}

function withShellTree<T>(script: string, use: (root: Node) => T): T {
  if (!parser) throw new Error('call initTreeSitterBash first');
  const tree = parser.parse(script);
  if (!tree) throw new Error('tree-sitter parse failed');
  try { return use(tree.rootNode); } finally { tree.delete(); }
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

export function treeSitterParseShell(text: string): ShellScript {
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
    const guarded = guardedStarts(root);
    for (const c of commands) c.guarded = guarded.has(c.start);
    src = '';
    return { text, commands, hasErrors: root.hasError, memo: undefined };
  });
}

// Vagrant's former guardedCommands walk: a command is guarded under any of these nodes.
const GUARDS = new Set(['if_statement', 'while_statement', 'until_statement', 'case_statement', 'function_definition', 'list']);

function guardedStarts(root: Node): Set<number> {
  const starts = new Set<number>();
  const stack: { node: Node; guarded: boolean }[] = [{ node: root, guarded: false }];
  while (stack.length) {
    const { node, guarded } = stack.pop()!;
    const g = guarded || GUARDS.has(node.type);
    if (g && (node.type === 'command' || node.type === 'declaration_command')) starts.add(node.startIndex);
    for (const c of node.namedChildren) if (c) stack.push({ node: c, guarded: g });
  }
  return starts;
}
