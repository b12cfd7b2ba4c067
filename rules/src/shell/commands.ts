// Shell commands of a file (Dockerfile RUN, Vagrant inline provisioner) with document ranges: what
// package-manager and download rules iterate.
import type { Range } from '../types';
import { commandName, unwrap, type ShellCommand, type ShellScript, type ShellWord } from './script';
import type { ShellHost, ShellSource } from './host';
import { Memo } from '../memo';

export interface HostCommand {
  /** Basename of the command after sudo/env wrappers (`apt-get`), null when dynamic. */
  name: string | null;
  nameWord: ShellWord;
  args: ShellWord[];
  command: ShellCommand;
  source: ShellSource;
  /** Document range of script offsets. */
  rangeOf(w: { start: number; end: number }): Range;
}

export function shellCommands(model: ShellHost): HostCommand[] {
  return indexOf(model).all;
}

/** The commands named `name` (after wrappers), in document order: for rules that read one or two tools. */
export function commandsNamed(model: ShellHost, name: string): readonly HostCommand[] {
  return indexOf(model).byName.get(name) ?? NO_COMMANDS;
}

interface CommandIndex { all: HostCommand[]; byName: Map<string, HostCommand[]> }
const NO_COMMANDS: readonly HostCommand[] = [];
const commandIndexes = new Memo<ShellHost, CommandIndex>();

/** Built once per file: every rule reading scripts starts from it. */
function indexOf(model: ShellHost): CommandIndex {
  let index = commandIndexes.get(model);
  if (index) return index;
  index = { all: [], byName: new Map() };
  for (const source of model.shellSources()) {
    const rangeOf = (w: { start: number; end: number }) => model.lines.range(source.offset + w.start, source.offset + w.end);
    for (const { command, name, nameWord, args } of unwrapped(source.script)) {
      const c: HostCommand = { name, nameWord, args, command, source, rangeOf };
      index.all.push(c);
      if (c.name !== null) { const list = index.byName.get(c.name); if (list) list.push(c); else index.byName.set(c.name, [c]); }
    }
  }
  commandIndexes.set(model, index);
  return index;
}

type Unwrapped = Pick<HostCommand, 'name' | 'nameWord' | 'args' | 'command'>;
const unwrappedCache = new Memo<ShellScript, Unwrapped[]>();

/** A script's commands after wrappers: they depend on the script alone, and editors keep a script while its text stays. */
function unwrapped(script: ShellScript): Unwrapped[] {
  let out = unwrappedCache.get(script);
  if (out) return out;
  out = [];
  for (const command of script.commands) {
    const u = unwrap(command);
    if (u) out.push({ name: commandName(u.name), nameWord: u.name, args: u.args, command });
  }
  unwrappedCache.set(script, out);
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Positional arguments (not options) of a command, skipping the values of options listed in
 * `withValue` (`-t`, `--target` …). `--opt=value` is one word. Stops treating words as options after `--`.
 */
export function positionals(args: ShellWord[], withValue: ReadonlySet<string> = NONE): ShellWord[] {
  const out: ShellWord[] = [];
  let optionsDone = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? args[i].text;
    if (!optionsDone && v === '--') { optionsDone = true; continue; }
    if (!optionsDone && v.startsWith('-') && v.length > 1) {
      if (withValue.has(v)) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}

/**
 * True when any word is one of `flags`, also matching bundled short flags: `-qy` has `-y`, and `-qO-` has `-q`
 * (letters up to the first non-letter; what follows is an option value).
 */
export function hasFlag(args: ShellWord[], ...flags: string[]): boolean {
  for (const a of args) if (isFlag(a.value ?? '', flags)) return true;
  return false;
}

/** `hasFlag` for one word's value. */
export function isFlag(v: string, flags: readonly string[]): boolean {
  if (v.charCodeAt(0) !== 45 /* - */) return flags.includes(v); // most words: no option, no bundle
  if (flags.includes(v)) return true;
  for (const f of flags) if (f.startsWith('--') && v.length > f.length && v.charCodeAt(f.length) === 61 /* = */ && v.startsWith(f)) return true;
  // A bundle: `-` then letters/digits, the flag letters among those up to the first other character.
  if (v.length <= 2 || !isAlnum(v.charCodeAt(1))) return false;
  let end = 2;
  while (end < v.length && isAlnum(v.charCodeAt(end))) end++;
  for (const f of flags) {
    if (f.length !== 2 || f.charCodeAt(0) !== 45 || !isAlnum(f.charCodeAt(1))) continue;
    const at = v.indexOf(f[1], 1);
    if (at > 0 && at < end) return true;
  }
  return false;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The first positional argument (the subcommand: `install`, `add`), with its index in args. */
export function subcommand(args: ShellWord[], withValue: ReadonlySet<string> = NONE): { word: ShellWord; index: number } | null {
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value ?? args[i].text;
    if (v.startsWith('-')) { if (withValue.has(v)) i++; continue; }
    return { word: args[i], index: i };
  }
  return null;
}

export interface OptionValue {
  /** The option word (`--network=host` or `--network`). */
  flag: ShellWord;
  /** The value (null when dynamic or missing) and the word it came from (the option word itself for `--x=v`). */
  value: string | null;
  valueWord: ShellWord | null;
}

/**
 * Values given to the options `names` (`--network host`, `--network=host`, `-v x`), in order. Option parsing stops
 * at `--` and, when `stopAt` is given, at the first word it accepts (e.g. the image of `docker run`).
 */
export function optionValues(args: ShellWord[], names: readonly string[], stopAt?: (i: number) => boolean): OptionValue[] {
  const out: OptionValue[] = [];
  for (let i = 0; i < args.length; i++) {
    if (stopAt?.(i)) break;
    const v = args[i].value;
    if (v === '--') break;
    if (v == null) continue;
    const eq = v.indexOf('=');
    const name = v.startsWith('--') && eq > 0 ? v.slice(0, eq) : v;
    if (!names.includes(name)) continue;
    if (name !== v) out.push({ flag: args[i], value: v.slice(eq + 1), valueWord: args[i] });
    else { const next = args[i + 1] ?? null; out.push({ flag: args[i], value: next?.value ?? null, valueWord: next }); i++; }
  }
  return out;
}
