// What Dockerfile rules that read RUN scripts need beyond the commands themselves: which RUN a command
// belongs to, its BuildKit mounts, the ENV in force, and whether its layer ends up in the final image.
import type { DfInstruction, DfShellSource, DfStage, DockerfileModel } from './model';
import { shellCommands, type HostCommand } from '../shell/commands';
import { parentStage } from './stages';
import { Memo } from '../memo';

export interface RunScript {
  /** The RUN (for `ONBUILD RUN`, the trigger; its `onbuild` is set). */
  instruction: DfInstruction;
  /** Commands of the RUN and of its heredoc scripts, in document order. */
  commands: HostCommand[];
}

/** The RUN instruction a command of a Dockerfile came from. */
export function instructionOf(c: HostCommand): DfInstruction {
  return (c.source as DfShellSource).instruction;
}

/** Document offset of a command's start: orders commands across a RUN and its heredocs. */
export function commandOffset(c: HostCommand): number {
  return c.source.offset + c.command.start;
}

/** Every shell-form RUN (ONBUILD RUN included) with its commands, in document order. Built once per file. */
export function runScripts(model: DockerfileModel): readonly RunScript[] {
  let scripts = runScriptCache.get(model);
  if (scripts) return scripts;
  const byIns = new Map<DfInstruction, HostCommand[]>();
  for (const s of model.shellSources()) if (!byIns.has(s.instruction)) byIns.set(s.instruction, []);
  for (const c of shellCommands(model)) byIns.get(instructionOf(c))?.push(c);
  scripts = [...byIns].map(([instruction, commands]) => ({ instruction, commands: commands.sort((a, b) => commandOffset(a) - commandOffset(b)) }));
  runScriptCache.set(model, scripts);
  return scripts;
}
const runScriptCache = new Memo<DockerfileModel, RunScript[]>();

export interface RunMount { type: string; target: string | null }

/** `--mount=type=cache,target=/var/cache/apt` flags of a RUN (type defaults to bind, as in BuildKit). */
export function runMounts(ins: DfInstruction): RunMount[] {
  return ins.flags.filter(f => f.name.toLowerCase() === 'mount' && f.value).map(f => {
    const kv = new Map<string, string>();
    for (const part of f.value!.split(',')) {
      const eq = part.indexOf('=');
      kv.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1).trim());
    }
    return { type: (kv.get('type') ?? 'bind').toLowerCase(), target: kv.get('target') ?? kv.get('dst') ?? kv.get('destination') ?? null };
  });
}

/** True when a cache or tmpfs mount covers `dir` (the mount target is `dir` or one of its parents). */
export function hasCacheMount(ins: DfInstruction, dir: string): boolean {
  // Not /\/+$/: quadratic on a long run of slashes followed by anything else.
  const norm = (p: string) => { let e = p.length; while (e > 0 && p[e - 1] === '/') e--; return p.slice(0, e); };
  return runMounts(ins).some(m => (m.type === 'cache' || m.type === 'tmpfs') && m.target != null
    && (norm(dir) === norm(m.target) || norm(dir).startsWith(norm(m.target) + '/')));
}

/** True when what an instruction leaves in its layer is shipped (DfStage.reachesFinal); ONBUILD triggers always are (they run in the child image). */
export function reachesFinalImage(ins: DfInstruction): boolean {
  return !!ins.onbuild || !ins.stage || ins.stage.reachesFinal;
}

/**
 * The value an `ENV name` gives before `ins`, looking through its stage and the stages it builds FROM;
 * undefined when no ENV sets it. (A trigger's ENV context is the child image's: unknown, so undefined.)
 */
export function envBefore(model: DockerfileModel, ins: DfInstruction, name: string): string | undefined {
  if (ins.onbuild) return undefined;
  if (!ins.stage) return lastEnv(model.instructions, ins, name);
  let stage: DfStage | null = ins.stage;
  let limit: DfInstruction | null = ins;
  while (stage) {
    const value = lastEnv(stage.instructions, limit, name);
    if (value !== undefined) return value;
    limit = null;
    stage = parentStage(model, stage);
  }
  return undefined;
}

function lastEnv(instructions: DfInstruction[], limit: DfInstruction | null, name: string): string | undefined {
  let value: string | undefined;
  for (const i of instructions) {
    if (i === limit) break;
    if (i.keyword === 'ENV') for (const p of i.properties) if (p.name === name) value = p.value ?? '';
  }
  return value;
}
