// The "clean the package cache in the same RUN" family (apt lists, yum/dnf/zypper caches, yarn cache): finds
// RUNs whose layer keeps a cache that a later command of the same RUN does not remove.
import type { Range, TextEdit } from '../types';
import type { DockerfileModel, DfInstruction } from './model';
import type { HostCommand } from '../shell/commands';
import { positionals, shellCommands } from '../shell/commands';
import { managerCalls, type ManagerCall, type ManagerSpec } from '../shell/packages';
import { commandOffset, hasCacheMount, instructionOf, reachesFinalImage } from './run-scripts';

export interface CacheRule {
  spec: ManagerSpec;
  /** Subcommands that fill the cache. */
  fills: readonly string[];
  /** True for a command that empties the cache. */
  cleans(c: HostCommand): boolean;
  /** Directories a BuildKit cache/tmpfs mount keeps out of the layer (any one suffices). */
  cacheDirs: readonly string[];
}

export interface LeftCache { instruction: DfInstruction; call: ManagerCall; range: Range }

/** True for `rm` of a path under `dir` (`rm -rf /var/cache/yum/*`, `rm -rf /var/cache/yum`). */
export function removesUnder(c: HostCommand, dir: string): boolean {
  return c.name === 'rm' && positionals(c.args).some(a => a.value != null && (a.value === dir || a.value.startsWith(dir + '/')));
}

/** The first cache-filling call of each RUN (reaching the final image) that no cleaning command follows. */
export function leftCaches(model: DockerfileModel, rule: CacheRule): LeftCache[] {
  const byIns = new Map<DfInstruction, ManagerCall[]>();
  for (const call of managerCalls(model, rule.spec, rule.fills)) {
    const ins = instructionOf(call.command);
    byIns.set(ins, [...(byIns.get(ins) ?? []), call]);
  }
  const out: LeftCache[] = [];
  const cleaners = shellCommands(model).filter(rule.cleans);
  for (const [ins, calls] of byIns) {
    if (!reachesFinalImage(ins) || rule.cacheDirs.some(d => hasCacheMount(ins, d))) continue;
    const lastClean = Math.max(-1, ...cleaners.filter(c => instructionOf(c) === ins).map(commandOffset));
    const left = calls.find(c => commandOffset(c.command) > lastClean) ?? null;
    if (!left) continue;
    const start = left.command.rangeOf(left.command.nameWord).start;
    out.push({ instruction: ins, call: left, range: { start, end: left.command.rangeOf(left.subcommand).end } });
  }
  return out;
}


/**
 * An edit that runs `command` after everything else in a RUN: ` && command` after the script (or ` command` after a
 * trailing `;`). Null when that is not certain: heredocs, parse errors, a trailing comment, `&`, `|` or `\`.
 */
export function appendCommandEdit(model: DockerfileModel, ins: DfInstruction, command: string): TextEdit | null {
  if (ins.heredocs.length) return null;
  const source = model.shellSources().find(s => s.instruction === ins && !s.heredoc);
  if (!source || source.script.hasErrors || !source.script.commands.length) return null;
  const text = source.script.text;
  const end = text.trimEnd().length;
  const lastEnd = Math.max(...source.script.commands.map(c => c.end));
  if (text.slice(lastEnd, end).includes('#')) return null;
  const last = text[end - 1];
  if ('&|\\'.includes(last)) return null;
  const at = model.lines.positionAt(source.offset + end);
  return { range: { start: at, end: at }, newText: last === ';' ? ` ${command}` : ` && ${command}` };
}
