// Stage relations the instruction rules share: which earlier stage a FROM or `--from` names, the chain of
// stages an image inherits from, and instructions grouped by stage (with a group for anything before the
// first FROM, so fragments without FROM are still linted).
import type { DfInstruction, DfStage, DfWord, DockerfileModel } from './model';
import { Memo } from '../memo';

/** Strips one pair of matching surrounding quotes (`"a"`, `'a'`). */
export function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

/** Stage indexes by lower-cased `AS` name, ascending; built once per model (hostile files have 10,000s of stages). */
const stagesByName = new Memo<DockerfileModel, Map<string, number[]>>();

function nameIndex(model: DockerfileModel): Map<string, number[]> {
  let index = stagesByName.get(model);
  if (!index) {
    index = new Map();
    for (const s of model.stages) {
      const name = s.from.alias?.toLowerCase();
      if (name !== undefined) { const list = index.get(name); if (list) list.push(s.index); else index.set(name, [s.index]); }
    }
    stagesByName.set(model, index);
  }
  return index;
}

/** Indexes of the stages named `name` (case-insensitively), ascending. */
export function stagesNamed(model: DockerfileModel, name: string): readonly number[] {
  return nameIndex(model).get(name.toLowerCase()) ?? NO_INDEXES;
}
const NO_INDEXES: readonly number[] = [];

/** The last stage before `beforeIndex` whose `AS` name equals `name` (Docker compares names case-insensitively). */
export function stageNamed(model: DockerfileModel, name: string, beforeIndex = Infinity): DfStage | null {
  const list = nameIndex(model).get(name.toLowerCase());
  if (!list) return null;
  // Binary search: the last index below beforeIndex.
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < beforeIndex) lo = mid + 1; else hi = mid; }
  return lo > 0 ? model.stages[list[lo - 1]] : null;
}

/** The earlier stage a stage is built on (`FROM build`), or null for an external image or scratch. */
export function parentStage(model: DockerfileModel, stage: DfStage): DfStage | null {
  let known = parents.get(model);
  if (!known) parents.set(model, known = new Array<DfStage | null | undefined>(model.stages.length).fill(undefined));
  let parent = known[stage.index];
  if (parent === undefined) {
    const ref = stage.from.resolved ?? stage.from.image;
    known[stage.index] = parent = ref ? stageNamed(model, ref, stage.index) : null;
  }
  return parent;
}
/** Parents by stage index, found once per model: file-scoped rules walk stage chains on every edit (a lookup by name lower-cases it). */
const parents = new Memo<DockerfileModel, (DfStage | null | undefined)[]>();

/** Longest inheritance chain followed: real files have a handful; a hostile one could make every rule O(stages²). */
export const MAX_STAGE_CHAIN = 256;

/** The stage and every stage it inherits from, nearest first (at most MAX_STAGE_CHAIN). */
export function stageChain(model: DockerfileModel, stage: DfStage): DfStage[] {
  const out: DfStage[] = [];
  // A parent always comes earlier in the file, so the chain cannot loop.
  for (let s: DfStage | null = stage; s && out.length < MAX_STAGE_CHAIN; s = parentStage(model, s)) out.push(s);
  return out;
}

/** True when a stage `stage` builds FROM (not itself) has a `keyword` instruction: what it inherits (WORKDIR, SHELL). */
export function inheritsKeyword(model: DockerfileModel, stage: DfStage, keyword: string): boolean {
  return stageChain(model, stage).slice(1).some(s => s.instructions.some(i => i.keyword === keyword));
}

/** The global ARGs (names and defaults, in order) of the models linted last: models with equal ones share this object. */
let lastGlobals: [string, string | null][] = [];
const globalsOfModel = new Memo<DockerfileModel, [string, string | null][]>();

function globalsOf(model: DockerfileModel): [string, string | null][] {
  let globals = globalsOfModel.get(model);
  if (globals) return globals;
  let same = lastGlobals.length === model.globalArgs.size, k = 0;
  if (same) for (const [name, value] of model.globalArgs) { const g = lastGlobals[k++]; if (g[0] !== name || g[1] !== value) { same = false; break; } }
  if (!same) lastGlobals = [...model.globalArgs];
  globalsOfModel.set(model, globals = lastGlobals);
  return globals;
}

/** What `perStage` kept for one stage, and what it was computed from (`parents`: the stages it builds FROM, nearest first). */
export interface StageMemo<T> { parents: readonly DfStage[]; globals: unknown; escapeChar: string; isLast: boolean; reachesFinal: boolean; value: T }
const NO_STAGES: readonly DfStage[] = [];

/**
 * `compute(model, stage)`, kept on the stage object: editors reuse an unchanged stage (same instructions, FROM resolved
 * the same way) in the next version's model, so an edit recomputes only the stages it changed or whose chain changed.
 * `compute` may read the stage, the stages it builds FROM (`stageChain`), the global ARGs, the escape character and
 * `isLast`/`reachesFinal`, and positions inside those stages' instructions; nothing else (not the lines between
 * instructions, not other stages). `memo` belongs to one rule.
 */
export function perStage<T>(memo: Memo<DfStage, StageMemo<T>>, model: DockerfileModel, stage: DfStage, compute: (model: DockerfileModel, stage: DfStage) => T): T {
  if (!model.incremental) return compute(model, stage); // a one-off lint: nothing to reuse
  const globals = globalsOf(model);
  const kept = memo.get(stage);
  if (kept && kept.globals === globals && kept.escapeChar === model.escapeChar && kept.isLast === stage.isLast
    && kept.reachesFinal === stage.reachesFinal && sameParents(model, stage, kept.parents)) return kept.value;
  const value = compute(model, stage);
  const parent = parentStage(model, stage);
  memo.set(stage, { parents: parent ? stageChain(model, parent) : NO_STAGES, globals, escapeChar: model.escapeChar, isLast: stage.isLast, reachesFinal: stage.reachesFinal, value });
  return value;
}

/** The stages `stage` builds FROM are `parents` (walked without building the list; as many as stageChain reads, at least). */
function sameParents(model: DockerfileModel, stage: DfStage, parents: readonly DfStage[]): boolean {
  let k = 0;
  for (let s = parentStage(model, stage); s && k < MAX_STAGE_CHAIN; s = parentStage(model, s), k++) if (parents[k] !== s) return false;
  return k === parents.length;
}

/** The stage a `COPY --from` / `--mount from=` value names: an earlier stage name or index, else null. */
export function stageFromRef(model: DockerfileModel, ref: string, current: number): DfStage | null {
  if (/^\d+$/.test(ref)) { const i = Number(ref); return i < current ? model.stages[i] ?? null : null; }
  return stageNamed(model, ref, current);
}

export interface InstructionGroup {
  /** null for instructions before the first FROM (or a file without FROM). */
  stage: DfStage | null;
  instructions: DfInstruction[];
}

/** Instructions by stage; instructions before the first FROM other than ARG form a leading stage-less group. */
export function instructionGroups(model: DockerfileModel): readonly InstructionGroup[] {
  let groups = groupCache.get(model);
  if (groups) return groups;
  const loose = model.instructions.filter(i => !i.stage && i.keyword !== 'ARG');
  groups = loose.length ? [{ stage: null, instructions: loose }] : [];
  for (const stage of model.stages) groups.push({ stage, instructions: stage.instructions });
  groupCache.set(model, groups);
  return groups;
}
const groupCache = new Memo<DockerfileModel, InstructionGroup[]>();

const NO_INSTRUCTIONS: DfInstruction[] = [];

/** The instructions before the first FROM (ARGs included): those of no stage. */
export function beforeFirstFrom(model: DockerfileModel): DfInstruction[] {
  let n = 0;
  while (n < model.instructions.length && !model.instructions[n].stage) n++;
  return n ? model.instructions.slice(0, n) : NO_INSTRUCTIONS;
}

/** The instructions among `instructions`, and ONBUILD triggers (each right after its ONBUILD), that `keep` accepts. */
export function pick(instructions: DfInstruction[], keep: (ins: DfInstruction) => boolean): DfInstruction[] {
  let out = NO_INSTRUCTIONS;
  for (const ins of instructions) {
    if (keep(ins)) { if (out === NO_INSTRUCTIONS) out = []; out.push(ins); }
    if (ins.trigger && keep(ins.trigger)) { if (out === NO_INSTRUCTIONS) out = []; out.push(ins.trigger); }
  }
  return out;
}

/**
 * `pick` for a stage's instructions, kept on the stage object (editors reuse unchanged stages): a file-scoped rule then
 * reads the few instructions it judges instead of walking every instruction of the file on every edit. `keep` must
 * judge an instruction alone; `memo` belongs to one `keep`.
 */
export function picked(memo: Memo<DfStage, DfInstruction[]>, stage: DfStage, keep: (ins: DfInstruction) => boolean): DfInstruction[] {
  let out = memo.get(stage);
  if (!out) memo.set(stage, out = pick(stage.instructions, keep));
  return out;
}

const copyFromMemo = new Memo<DfStage, DfInstruction[]>();
const isCopyFrom = (ins: DfInstruction) => ins.keyword === 'COPY' && fromFlag(ins) !== null;

/** A stage's COPYs with `--from` (ONBUILD triggers included: their `onbuild` is set), kept per stage object. */
export function stageCopiesFrom(stage: DfStage): DfInstruction[] {
  return picked(copyFromMemo, stage, isCopyFrom);
}

/** Each instruction and, for `ONBUILD X`, its trigger X (what rules that look "inside" ONBUILD iterate). */
export function withTriggers(instructions: DfInstruction[]): DfInstruction[] {
  const out: DfInstruction[] = [];
  for (const i of instructions) { out.push(i); if (i.trigger) out.push(i.trigger); }
  return out;
}

/** `--from=<value>` of an instruction, with its range. */
export function fromFlag(ins: DfInstruction): { value: string; range: DfInstruction['range'] } | null {
  const f = ins.flags.find(x => x.name.toLowerCase() === 'from');
  return f && f.value && f.valueRange ? { value: f.value, range: f.valueRange } : null;
}

/**
 * Source and destination words of COPY/ADD (shell or JSON form), flags excluded. Shell-form words are the text as
 * written (quotes kept, escapes not applied), so Windows paths such as `C:\app` keep their separators.
 */
export function copyParts(ins: DfInstruction, model: DockerfileModel): { sources: DfWord[]; dest: DfWord | null } {
  const words = ins.json ?? ins.args.map(a => ({ value: model.lines.textOf(a.range), range: a.range }));
  if (words.length < 2) return { sources: [], dest: words[0] ?? null };
  return { sources: words.slice(0, -1), dest: words[words.length - 1] };
}

/** True for absolute Unix and Windows paths (`/x`, `C:\x`, `C:/x`) and for paths starting with a variable. */
export function isAbsoluteOrVariable(path: string): boolean {
  const p = unquote(path);
  return p.startsWith('/') || p.startsWith('$') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\');
}
