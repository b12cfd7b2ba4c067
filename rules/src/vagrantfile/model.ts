// The typed Vagrantfile model every Vagrantfile rule reads, built from prism's syntax tree without running
// any Ruby. It follows the objects Vagrant hands to blocks, whatever their parameter names:
//   Vagrant.configure("2") do |config|            -> config scope (global machine)
//     config.vm.define "web" do |web|               -> config scope of machine "web" (names may be templates)
//       web.vm.provider "virtualbox" do |vb, o|     -> provider scope; `o` is the machine's override config
//       web.vm.provision "shell", inline: … do |s|  -> provisioner scope (keyword options and `s.x =` alike)
// Assignments on those objects are settings (`vm.box`, `memory`, `vmx[memsize]`), other method calls are
// calls (`vm.network`, `customize`, docker's `run`). Values are resolved where literal (values.ts).
import * as P from '@ruby/prism/src/nodes.js';
import type { Position, Range } from '../types';
import { LineIndex } from '../text';
import type { ShellHost, ShellSource } from '../shell/host';
import { parseShell, type ShellScript } from '../shell/script';
import { estimateNesting, MAX_NESTING } from './nesting';
import { byteToUtf16 } from './offsets';
import { parseRuby, type PrismResult } from './prism';
import { mapStringLiteral, type MappedText } from './ruby-strings';
import { text as textOf, valueOf, hashEntries, MAX_RESOLVE, type ValueContext, type VgValue } from './values';

export type { VgValue } from './values';
export type { MappedText } from './ruby-strings';

type Loc = { startOffset: number; length: number };
/** Children come from `childNodes()` (with nulls): prism 1.9's `compactChildNodes()` drops list fields such as `case` branches. */
type AnyNode = { location: Loc; childNodes(): (AnyNode | null)[] };

export interface VgConfigure {
  /** `"2"`, `"1"`, or null when not literal. */
  version: string | null;
  /** `Vagrant::Config.run` or `Vagrant.configure("1")`. */
  v1: boolean;
  /** `Vagrant.configure` / `Vagrant::Config.run` as written. */
  callRange: Range;
  range: Range;
}

export interface VgMachine { name: VgValue; range: Range; call: VgCall }

export interface VgScope {
  kind: 'config' | 'provider' | 'provisioner';
  configure: VgConfigure | null;
  /** The `vm.define` machine, or null for settings every machine shares. */
  machine: VgMachine | null;
  /** Set for provider scopes and for a provider's override config. */
  provider: VgProvider | null;
  provisioner: VgProvisioner | null;
}

export interface VgOption { key: string; keyRange: Range; value: VgValue; range: Range }

export interface VgArgs {
  positional: VgValue[];
  /** Keyword options (`guest: 80` and `:guest => 80`). */
  options: VgOption[];
  /** How the options are written, for fixes that add one. */
  style: 'label' | 'rocket';
  /** Where a new trailing argument goes (after the last one, before a closing paren), or null. */
  end: Position | null;
}

export interface VgCall {
  scope: VgScope;
  /** Dotted path from the scope object: `vm.network`, `customize`, `run`. */
  path: string;
  args: VgArgs;
  /** The call up to its arguments' end (block excluded). */
  range: Range;
  /** The method name. */
  nameRange: Range;
  option(key: string): VgOption | undefined;
}

export interface VgSetting {
  scope: VgScope;
  /** Dotted path from the scope object: `vm.box`, `ssh.insert_key`, `memory`, `vmx[memsize]`, `inline`. */
  path: string;
  value: VgValue;
  /** The whole assignment (or `key: value` option). */
  range: Range;
  /** The setting name as written (`box` in `config.vm.box = …`). */
  nameRange: Range;
  source: 'assignment' | 'option';
}

export interface VgProvider {
  /** `virtualbox`, `docker`, … or null when computed. */
  type: string | null;
  call: VgCall;
  scope: VgScope;
  settings: VgSetting[];
  calls: VgCall[];
}

export interface VgProvisioner {
  /** `shell`, `docker`, `ansible_local`, `chef_solo`, … or null when computed. */
  type: string | null;
  call: VgCall;
  scope: VgScope;
  /** Keyword options and block assignments, in source order. */
  settings: VgSetting[];
  calls: VgCall[];
  setting(name: string): VgSetting | undefined;
}

/** A Ruby call that runs a host command: `system`, backticks, `exec`, `spawn`, `%x`, `IO.popen`. */
export interface VgHostCommand { command: VgValue; range: Range }

export interface VgComment { text: string; range: Range; line: number }

export interface VgShellSource extends ShellSource {
  /** The shell provisioners running this script (one literal may be shared through a variable). */
  provisioners: VgProvisioner[];
  /** The script text with each character's document span, for rules that read text the shell does not parse. */
  mapped: MappedText;
}

export interface VagrantfileModel extends ShellHost {
  kind: 'vagrantfile';
  text: string;
  lines: LineIndex;
  /** Why the file was not analysed (nesting too deep, parser failure), or null when it was. */
  refused: { message: string; range: Range } | null;
  syntaxErrors: { message: string; range: Range }[];
  comments: VgComment[];
  /** Every statement at any depth (heredoc bodies included), in source order. */
  statements: Range[];
  configures: VgConfigure[];
  machines: VgMachine[];
  providers: VgProvider[];
  provisioners: VgProvisioner[];
  settings: VgSetting[];
  calls: VgCall[];
  hostCommands: VgHostCommand[];
  /** Settings that apply to a machine: its own and the global ones (provider overrides included). */
  settingsFor(machine: VgMachine | null, path: string): VgSetting[];
  /** The text of a string literal with each character's document span (null when not a mappable literal). */
  mapLiteral(value: VgValue): MappedText | null;
  shellSources(): VgShellSource[];
}

/** Plain assignments, which may give a variable a literal value. */
const SINGLE_WRITES = new Map<unknown, string>([[P.LocalVariableWriteNode, 'l:'], [P.ConstantWriteNode, 'c:'], [P.GlobalVariableWriteNode, 'g:']]);
/** Every other way to write a variable (`+=`, `||=`, multiple assignment, `for x in`, `rescue => e`). */
const OTHER_WRITES = new Map<unknown, string>([
  ...[P.LocalVariableOperatorWriteNode, P.LocalVariableOrWriteNode, P.LocalVariableAndWriteNode, P.LocalVariableTargetNode].map(k => [k, 'l:'] as const),
  ...[P.ConstantOperatorWriteNode, P.ConstantOrWriteNode, P.ConstantAndWriteNode, P.ConstantTargetNode].map(k => [k, 'c:'] as const),
  ...[P.GlobalVariableOperatorWriteNode, P.GlobalVariableOrWriteNode, P.GlobalVariableAndWriteNode, P.GlobalVariableTargetNode].map(k => [k, 'g:'] as const),
]);
const STRING_KINDS = new Set<unknown>([P.StringNode, P.InterpolatedStringNode, P.XStringNode, P.InterpolatedXStringNode]);

const VM_METHODS = new Set(['provision', 'network', 'provider', 'synced_folder', 'define', 'box=', 'box_version=', 'box_url=', 'hostname=', 'communicator=']);
const CORE_NAMESPACES = new Set(['vm', 'ssh', 'winrm', 'winssh', 'vagrant']);
const HOST_COMMAND_METHODS = new Set(['system', 'exec', 'spawn', '`']);
const WINDOWS_BOX = /(^|[/_-])win(dows)?([-_\d]|$)|windows/i;
const POWERSHELL = /\$env:|Set-ExecutionPolicy|Write-Host|New-Item|Get-[A-Z]\w+|[A-Z]:\\\\?/;

type Binding = VgScope | 'shadow';
type Env = Map<string, Binding>;

function emptyModel(text: string, lines: LineIndex): VagrantfileModel {
  const model: VagrantfileModel = {
    kind: 'vagrantfile', text, lines, refused: null, syntaxErrors: [], comments: [], statements: [],
    configures: [], machines: [], providers: [], provisioners: [], settings: [], calls: [], hostCommands: [],
    settingsFor: (machine, path) => model.settings.filter(s => s.path === path && s.scope.kind === 'config' && (s.scope.machine === null || s.scope.machine === machine)),
    mapLiteral: () => null,
    shellSources: () => [],
    memo: undefined,
  };
  return model;
}

export function parseVagrantfile(text: string): VagrantfileModel {
  const lines = new LineIndex(text);
  const model = emptyModel(text, lines);
  const nesting = estimateNesting(text);
  if (nesting.depth > MAX_NESTING) {
    const at = lines.positionAt(nesting.offset);
    model.refused = {
      message: `This file nests more than ${MAX_NESTING} levels deep (at line ${at.line + 1}): not parsed, because Ruby's parser can hang on such input.`,
      range: { start: at, end: { line: at.line, character: at.character + 1 } },
    };
    return model;
  }
  const parsed = parseRuby(text);
  if (!parsed.ok) {
    model.refused = { message: `Not parsed: ${parsed.reason}.`, range: lines.range(0, 0) };
    return model;
  }
  try {
    new Builder(model, parsed.result).build();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const fresh = emptyModel(text, lines);
    fresh.refused = { message: 'Not analysed: the syntax tree is too deep.', range: lines.range(0, 0) };
    return fresh;
  }
  return model;
}

class Builder implements ValueContext {
  private readonly toUtf16: (b: number) => number;
  /** Writes per variable (`l:name`, `c:NAME`, `g:$name`); the value node when written exactly once. */
  private readonly writes = new Map<string, { count: number; value: AnyNode | null; resolved?: VgValue | null }>();
  private globalsResolvable = true;
  /** The environment of the node being visited: block parameters bound to Vagrant objects, or shadowing. */
  private env: Env = new Map();
  private readonly detached: VgScope = { kind: 'config', configure: null, machine: null, provider: null, provisioner: null };

  constructor(private readonly model: VagrantfileModel, private readonly result: PrismResult) {
    this.toUtf16 = byteToUtf16(model.text);
  }

  range(loc: Loc): Range {
    const r = this.model.lines.range(this.toUtf16(loc.startOffset), this.toUtf16(loc.startOffset + loc.length));
    // prism points some errors at a line break; between `\r` and `\n` is not a position in the document.
    const { lines } = this.model;
    for (const p of [r.start, r.end]) p.character = Math.min(p.character, lines.lineEnd(p.line) - lines.lineStart(p.line));
    return r;
  }

  literalOf(node: P.LocalVariableReadNode | P.ConstantReadNode | P.GlobalVariableReadNode, hops: number): VgValue | null {
    const key = node instanceof P.LocalVariableReadNode ? `l:${node.name}` : node instanceof P.ConstantReadNode ? `c:${node.name}` : `g:${node.name}`;
    if (key.startsWith('g:') && !this.globalsResolvable) return null;
    const w = this.writes.get(key);
    if (!w || w.count !== 1 || !w.value) return null;
    // Definitions sit outside the blocks that read them: resolve them once, with no block parameters in scope.
    if (w.resolved === undefined) {
      const env = this.env;
      this.env = new Map();
      w.resolved = hops + 1 < MAX_RESOLVE ? valueOf(w.value, this, hops + 1) : null;
      this.env = env;
    }
    return w.resolved;
  }

  isShadowed(name: string): boolean { return this.env.has(name); }

  build(): void {
    const { model, result } = this;
    for (const e of result.errors) {
      let r = this.range(e.location);
      // "unexpected end-of-input" and the like point at a newline: show them where the line ends.
      if (model.lines.textOf(r).trim() === '') r = { start: r.start, end: r.start };
      if (!model.syntaxErrors.some(x => x.message === e.message && x.range.start.line === r.start.line && x.range.start.character === r.start.character)) {
        model.syntaxErrors.push({ message: e.message, range: r });
      }
    }
    for (const c of result.comments) {
      const r = this.range(c.location);
      model.comments.push({ text: model.lines.textOf(r), range: r, line: r.start.line });
    }
    this.countWrites(result.value as unknown as AnyNode);
    this.visit(result.value as unknown as AnyNode, new Map());
    model.statements.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
    let sources: VgShellSource[] | null = null;
    // Closures made inside an object literal: V8 allocates a function literal assigned to a property
    // (`model.f = () => …`) in the old generation, where its context would keep this parse alive until a full GC.
    Object.assign(model, {
      mapLiteral: (v: VgValue) => (v.kind === 'string' || v.kind === 'template' ? mapStringLiteral(v.node, model.text, this.toUtf16) : null),
      shellSources: () => (sources ??= this.collectShellSources()),
    });
  }

  // ---- variables -------------------------------------------------------------------------------

  private countWrites(root: AnyNode): void {
    const stack: AnyNode[] = [root];
    const note = (key: string, value: AnyNode | null) => {
      const w = this.writes.get(key);
      if (w) { w.count++; w.value = null; } else this.writes.set(key, { count: 1, value });
    };
    const unresolvable = (key: string) => { note(key, null); note(key, null); };
    while (stack.length) {
      const n = stack.pop()!;
      const k = n.constructor;
      const name = (n as unknown as { name: string }).name;
      const single = SINGLE_WRITES.get(k);
      const other = single ? undefined : OTHER_WRITES.get(k);
      if (single) note(single + name, (n as unknown as { value: AnyNode }).value);
      else if (other) unresolvable(other + name);
      else if (k === P.CallNode && !(n as P.CallNode).receiver) {
        // A loaded file (`load`, `require CONFIG`, `eval`) may reassign any global.
        const arg = (n as P.CallNode).arguments_?.arguments_[0];
        if (['load', 'require_relative', 'eval', 'instance_eval'].includes(name) || (name === 'require' && !(arg instanceof P.StringNode))) this.globalsResolvable = false;
      }
      for (const c of n.childNodes()) if (c) stack.push(c);
    }
  }

  private value(node: unknown): VgValue { return valueOf(node, this); }

  // ---- the walk --------------------------------------------------------------------------------

  /** Visits a node; returns the end offset (bytes) of its text, heredoc bodies included. */
  private visit(node: AnyNode, env: Env): number {
    this.env = env;
    let end = node.location.startOffset + node.location.length;
    const k = node.constructor;
    if (STRING_KINDS.has(k)) {
      // A heredoc's body and terminator follow its line; the terminator's location ends after its newline.
      const closing = (node as unknown as { closingLoc: Loc | null }).closingLoc;
      if (closing) {
        let closeEnd = closing.startOffset + closing.length;
        while (closeEnd > closing.startOffset && /[\r\n]/.test(this.model.text[this.toUtf16(closeEnd) - 1])) closeEnd--; // 1 byte each
        end = Math.max(end, closeEnd);
      }
    }
    if (k === P.XStringNode || k === P.InterpolatedXStringNode) {
      // `cmd` and %x(cmd): the command text is the literal's text.
      const command: VgValue = node instanceof P.XStringNode
        ? { kind: 'string', value: node.unescaped.value, range: this.range(node.location), origin: null, node }
        : { ...this.value(node), kind: 'dynamic' };
      this.model.hostCommands.push({ command, range: this.range(node.location) });
    }
    if (k === P.StatementsNode) {
      for (const stmt of (node as unknown as P.StatementsNode).body as AnyNode[]) {
        const stmtEnd = this.visit(stmt, env);
        this.model.statements.push(this.range({ startOffset: stmt.location.startOffset, length: stmtEnd - stmt.location.startOffset }));
        end = Math.max(end, stmtEnd);
      }
      return end;
    }
    if (k === P.DefNode) {
      // A method body sees none of the enclosing locals.
      const inner: Env = new Map(paramNames((node as unknown as P.DefNode).parameters).map(n => [n, 'shadow']));
      for (const c of node.childNodes()) if (c) end = Math.max(end, this.visit(c, inner));
      return end;
    }
    const bound = k === P.CallNode ? this.call(node as unknown as P.CallNode, env) : [];
    for (const c of node.childNodes()) {
      if (!c) continue;
      let childEnv = env;
      const isBlock = c.constructor === P.BlockNode;
      if (isBlock || c.constructor === P.LambdaNode) {
        // Block parameters shadow outer locals; those Vagrant passes objects to are bound to them.
        const params = (c as unknown as P.BlockNode | P.LambdaNode).parameters;
        const names = params instanceof P.BlockParametersNode ? paramNames(params.parameters) : [];
        childEnv = new Map(env);
        names.forEach((n, i) => childEnv.set(n, (isBlock && bound[i]) || 'shadow'));
      }
      end = Math.max(end, this.visit(c, childEnv));
    }
    return end;
  }

  // ---- calls -----------------------------------------------------------------------------------

  /** Interprets one call; returns the Vagrant objects its block parameters receive, in order. */
  private call(node: P.CallNode, env: Env): (VgScope | null)[] {
    if (!node.receiver && HOST_COMMAND_METHODS.has(node.name) && node.arguments_?.arguments_.length) {
      this.model.hostCommands.push({ command: this.value(node.arguments_.arguments_[0]), range: this.range(node.location) });
    }
    const configure = this.configureOf(node);
    if (configure) {
      this.model.configures.push(configure);
      return [{ kind: 'config', configure, machine: null, provider: null, provisioner: null }];
    }
    if (!node.receiver) return [];
    const ref = this.configRef(node.receiver, env, node.name);
    if (!ref) return [];
    const { scope, path } = ref;
    const name = node.name;
    const args = node.arguments_?.arguments_ ?? [];
    if (name.endsWith('=') && name !== '[]=' && !['==', '!=', '<=', '>=', '==='].includes(name) && args.length === 1) {
      this.addSetting(scope, [...path, name.slice(0, -1)].join('.'), args[0], node.location, node.messageLoc ?? node.location);
      return [];
    }
    if (name === '[]=' && args.length === 2) {
      const key = textOf(this.value(args[0]));
      if (key !== null) this.addSetting(scope, `${path.join('.')}[${key}]`, args[1], node.location, (args[0] as AnyNode).location);
      return [];
    }
    if (!args.length && !node.block) return [];
    const call = this.makeCall(node, scope, [...path, name].join('.'));
    this.model.calls.push(call);
    (scope.provider && scope.kind === 'provider' ? scope.provider.calls : scope.provisioner?.calls)?.push(call);
    if (scope.kind !== 'config') return [];
    const first = call.args.positional[0];
    if (call.path === 'vm.define') {
      const machine: VgMachine = { name: first ?? this.value(node), range: this.range(node.location), call };
      this.model.machines.push(machine);
      return [{ ...scope, machine, provider: null, provisioner: null }];
    } else if (call.path === 'vm.provider') {
      const provider: VgProvider = { type: textOf(first), call, scope: null as unknown as VgScope, settings: [], calls: [] };
      provider.scope = { kind: 'provider', configure: scope.configure, machine: scope.machine, provider, provisioner: null };
      this.model.providers.push(provider);
      return [provider.scope, { ...scope, kind: 'config', provider, provisioner: null }];
    } else if (call.path === 'vm.provision') {
      const typeOption = call.option('type');
      const provisioner: VgProvisioner = {
        type: typeOption ? textOf(typeOption.value) : textOf(first), call, scope: null as unknown as VgScope, settings: [], calls: [],
        setting: n => { const all = provisioner.settings.filter(s => s.path === n); return all[all.length - 1]; },
      };
      provisioner.scope = { kind: 'provisioner', configure: scope.configure, machine: scope.machine, provider: scope.provider, provisioner };
      this.model.provisioners.push(provisioner);
      for (const o of call.args.options) {
        const s: VgSetting = { scope: provisioner.scope, path: o.key, value: o.value, range: o.range, nameRange: o.keyRange, source: 'option' };
        provisioner.settings.push(s);
        this.model.settings.push(s);
      }
      return [provisioner.scope];
    }
    return [];
  }

  private configureOf(node: P.CallNode): VgConfigure | null {
    const r = node.receiver;
    const isConfigure = node.name === 'configure' && r instanceof P.ConstantReadNode && r.name === 'Vagrant';
    const isRun = node.name === 'run' && r instanceof P.ConstantPathNode && r.name === 'Config' && r.parent instanceof P.ConstantReadNode && r.parent.name === 'Vagrant';
    if (!isConfigure && !isRun) return null;
    const arg = node.arguments_?.arguments_[0];
    const v = arg ? this.value(arg) : null;
    const version = v?.kind === 'number' ? String(v.value) : textOf(v);
    const callEnd = node.messageLoc ? node.messageLoc.startOffset + node.messageLoc.length : node.location.startOffset + node.location.length;
    return {
      version, v1: isRun || version === '1',
      callRange: this.range({ startOffset: node.location.startOffset, length: callEnd - node.location.startOffset }),
      range: this.range(node.location),
    };
  }

  /** What a receiver expression is: a Vagrant object and the method path below it (`config.vm` -> vm). */
  private configRef(node: unknown, env: Env, next: string): { scope: VgScope; path: string[] } | null {
    if (node instanceof P.LocalVariableReadNode || (node instanceof P.CallNode && !node.receiver && !node.arguments_ && !node.block)) {
      const b = env.get(node.name);
      if (b && b !== 'shadow') return { scope: b, path: [] };
      // A helper method's `config` parameter is recognisably Vagrant when used as `x.vm…`, and its
      // `vm` parameter (handed `config.vm`) when used as `vm.provision …`.
      if (CORE_NAMESPACES.has(next)) return { scope: this.detached, path: [] };
      return /vm$/i.test(node.name) && VM_METHODS.has(next) ? { scope: this.detached, path: ['vm'] } : null;
    }
    if (node instanceof P.CallNode && node.receiver && !node.arguments_ && !node.block && /^[a-z_]\w*$/.test(node.name)) {
      const inner = this.configRef(node.receiver, env, node.name);
      return inner ? { scope: inner.scope, path: [...inner.path, node.name] } : null;
    }
    return null;
  }

  private addSetting(scope: VgScope, path: string, valueNode: unknown, loc: Loc, nameLoc: Loc): void {
    const s: VgSetting = { scope, path, value: this.value(valueNode), range: this.range(loc), nameRange: this.range(nameLoc), source: 'assignment' };
    this.model.settings.push(s);
    if (scope.kind === 'provider') scope.provider!.settings.push(s);
    if (scope.kind === 'provisioner') scope.provisioner!.settings.push(s);
  }

  private makeCall(node: P.CallNode, scope: VgScope, path: string): VgCall {
    const argNodes = node.arguments_?.arguments_ ?? [];
    const positional: VgValue[] = [];
    const options: VgCall['args']['options'] = [];
    let style: 'label' | 'rocket' = 'label';
    for (const a of argNodes) {
      if (a instanceof P.KeywordHashNode) {
        for (const el of a.elements) {
          if (!(el instanceof P.AssocNode)) continue;
          if (el.operatorLoc) style = 'rocket';
        }
        for (const e of hashEntries(a.elements, this)) if (e.key !== null) options.push({ key: e.key, keyRange: e.keyRange, value: e.value, range: e.range });
      } else if (!(a instanceof P.BlockArgumentNode)) {
        positional.push(this.value(a));
      }
    }
    const last = node.arguments_;
    const endByte = node.closingLoc && node.openingLoc?.length === 1 && this.model.text[this.toUtf16(node.openingLoc.startOffset)] === '(' ? node.closingLoc.startOffset
      : last ? last.location.startOffset + last.location.length : null;
    const callEnd = last ? last.location.startOffset + last.location.length : node.location.startOffset + node.location.length;
    const closeEnd = node.closingLoc ? Math.max(callEnd, node.closingLoc.startOffset + node.closingLoc.length) : callEnd;
    const call: VgCall = {
      scope, path, args: { positional, options, style, end: endByte === null ? null : this.model.lines.positionAt(this.toUtf16(endByte)) },
      range: this.range({ startOffset: node.location.startOffset, length: closeEnd - node.location.startOffset }),
      nameRange: this.range(node.messageLoc ?? node.location),
      option: key => options.find(o => o.key === key),
    };
    return call;
  }

  // ---- shell provisioners ------------------------------------------------------------------------

  private readonly windows = new Map<VgMachine | null, boolean>();

  private isWindowsMachine(machine: VgMachine | null): boolean {
    let known = this.windows.get(machine);
    if (known === undefined) this.windows.set(machine, known = this.guessWindows(machine));
    return known;
  }

  private guessWindows(machine: VgMachine | null): boolean {
    const m = this.model;
    const val = (path: string) => m.settingsFor(machine, path).map(s => textOf(s.value)?.toLowerCase() ?? '');
    return val('vm.communicator').some(v => v === 'winrm' || v === 'winssh') || val('vm.guest').includes('windows')
      || val('vm.box').some(v => WINDOWS_BOX.test(v));
  }

  private collectShellSources(): VgShellSource[] {
    const byLiteral = new Map<number, { node: AnyNode; provisioners: VgProvisioner[]; windows: boolean }>();
    for (const p of this.model.provisioners) {
      if (p.type !== 'shell') continue;
      const inline = p.setting('inline');
      if (!inline || !(inline.value.kind === 'string' || inline.value.kind === 'template')) continue;
      const node = inline.value.node as AnyNode;
      const windows = p.settings.some(s => s.path.startsWith('powershell') || s.path === 'binary') || this.isWindowsMachine(p.scope.machine);
      const entry = byLiteral.get(node.location.startOffset) ?? { node, provisioners: [], windows: false };
      entry.provisioners.push(p);
      entry.windows ||= windows;
      byLiteral.set(node.location.startOffset, entry);
    }
    const out: VgShellSource[] = [];
    for (const { node, provisioners, windows } of byLiteral.values()) {
      if (windows) continue;
      const mapped = mapStringLiteral(node, this.model.text, this.toUtf16);
      if (!mapped || POWERSHELL.test(mapped.text)) continue;
      const opening = (node as { openingLoc?: Loc | null }).openingLoc;
      const heredoc = !!opening && this.model.text.startsWith('<<', this.toUtf16(opening.startOffset));
      const script = parseShell(mapped.text);
      out.push({ script: remap(script, mapped), offset: 0, heredoc, provisioners, mapped });
    }
    return out;
  }
}

/**
 * Moves every offset of a script parsed from `mapped.text` to the document offset it came from, so that
 * `source.offset (0) + word.start` is a document offset. `script.text` stays the script as the shell sees
 * it (escapes resolved): read word text from `word.text`, not by slicing it.
 */
function remap(script: ShellScript, mapped: MappedText): ShellScript {
  const len = mapped.text.length;
  const start = (i: number) => (i < len ? mapped.from[i] : len ? mapped.to[len - 1] : 0);
  const end = (i: number) => (i > 0 ? mapped.to[Math.min(i, len) - 1] : len ? mapped.from[0] : 0);
  const moved = new Set<object>();
  const move = (x: { start: number; end: number }) => {
    if (moved.has(x)) return;
    moved.add(x);
    x.start = start(x.start);
    x.end = end(x.end);
  };
  for (const c of script.commands) {
    move(c);
    if (c.name) move(c.name);
    for (const w of [...c.args, ...c.assignments, ...c.redirects]) move(w);
  }
  return script;
}

function paramNames(params: unknown): string[] {
  if (!(params instanceof P.ParametersNode)) return [];
  const out: string[] = [];
  for (const p of [...params.requireds, ...params.optionals, ...params.posts, ...params.keywords, params.rest, params.keywordRest, params.block]) {
    const name = (p as { name?: unknown } | null)?.name;
    if (typeof name === 'string') out.push(name);
  }
  return out;
}
