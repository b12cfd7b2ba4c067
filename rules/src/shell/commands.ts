// Shell commands of a file (Dockerfile RUN, Vagrant inline provisioner) with document ranges: what
// package-manager and download rules iterate.
import type { Range } from '../types';
import { commandName, unwrap, type ShellCommand, type ShellWord } from './script';
import type { ShellHost, ShellSource } from './host';

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
  const cached = commandCache.get(model);
  if (cached) return cached;
  const out: HostCommand[] = [];
  for (const source of model.shellSources()) {
    const rangeOf = (w: { start: number; end: number }) => model.lines.range(source.offset + w.start, source.offset + w.end);
    for (const command of source.script.commands) {
      const u = unwrap(command);
      if (!u) continue;
      out.push({ name: commandName(u.name), nameWord: u.name, args: u.args, command, source, rangeOf });
    }
  }
  commandCache.set(model, out);
  return out;
}
const commandCache = new WeakMap<ShellHost, HostCommand[]>();

/**
 * Positional arguments (not options) of a command, skipping the values of options listed in
 * `withValue` (`-t`, `--target` …). `--opt=value` is one word. Stops treating words as options after `--`.
 */
export function positionals(args: ShellWord[], withValue: ReadonlySet<string> = new Set()): ShellWord[] {
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
  return args.some(a => {
    const v = a.value ?? '';
    if (flags.includes(v) || flags.some(f => f.startsWith('--') && v.startsWith(f + '='))) return true;
    const bundle = /^-([A-Za-z0-9]+)/.exec(v);
    if (bundle && v.length > 2) return flags.some(f => /^-[A-Za-z0-9]$/.test(f) && bundle[1].includes(f[1]));
    return false;
  });
}

/** The first positional argument (the subcommand: `install`, `add`), with its index in args. */
export function subcommand(args: ShellWord[], withValue: ReadonlySet<string> = new Set()): { word: ShellWord; index: number } | null {
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
