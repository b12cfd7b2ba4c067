// The typed Dockerfile model every Dockerfile rule reads, built once per document version from the
// syntax tree of ./parse.ts.
import type { Range } from '../types';
import { detach, LineIndex } from '../text';
import { Memo, type Memoized } from '../memo';
import { parseShell, type ShellScript } from '../shell/script';
import { ShellBudget, SHELL_BUDGET, type ShellHost, type ShellSource } from '../shell/host';
import { expandVars, parseImageRef, type ImageRef } from './image-ref';
import { parseSyntax, type InstructionSyntax, type SyntaxCache, type SyntaxInstruction } from './parse';
import type { FromParts } from './parse-from';
import { beforeFirstFrom, parentStage } from './stages';

export type { DfFlag, DfHeredoc, DfProperty, DfWord } from './parse';

export interface DfInstruction extends InstructionSyntax {
  stage: DfStage | null;
  /** For `ONBUILD X`, the trigger X; for a trigger, its ONBUILD. */
  trigger: DfInstruction | null;
  onbuild: DfInstruction | null;
  /** What the scanner read: the same object across versions while the instruction's text and place stay (SyntaxCache). */
  syntax: SyntaxInstruction;
}

export interface DfFrom {
  instruction: DfInstruction;
  /** The image reference as written (may contain `$VAR`), null when FROM has no argument. */
  image: string | null;
  imageRange: Range | null;
  /** The reference after ARG defaults are substituted, null when it cannot be resolved. */
  resolved: string | null;
  ref: ImageRef | null;
  /** Ranges of the tag and digest as written (null when absent or produced by an ARG). */
  tagRange: Range | null;
  digestRange: Range | null;
  /** Stage name (`AS name`) and its range. */
  alias: string | null;
  aliasRange: Range | null;
  /** True when the image is an earlier stage of this file, or `scratch`. */
  isStageOrScratch: boolean;
}

export interface DfStage extends Memoized {
  index: number;
  from: DfFrom;
  instructions: DfInstruction[];
  isLast: boolean;
  /** Its layers are shipped: it is the last stage, or a stage whose layers are shipped builds FROM it. */
  reachesFinal: boolean;
}

export interface DfComment { text: string; range: Range; line: number }

/** A shell script found in the file: a RUN in shell form, an ONBUILD RUN, or a heredoc body. */
export interface DfShellSource extends ShellSource {
  instruction: DfInstruction;
}

export interface DockerfileModel extends ShellHost {
  kind: 'dockerfile';
  text: string;
  lines: LineIndex;
  escapeChar: string;
  /** Every top-level instruction in order (ARGs before the first FROM included). */
  instructions: DfInstruction[];
  stages: DfStage[];
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Map<string, string | null>;
  comments: DfComment[];
  directives: { name: string; value: string; range: Range }[];
  /**
   * Built for an editor's document (with a SyntaxCache): its next version reuses what this one built, so work
   * kept per scanned instruction or stage object pays off. A one-off lint (the CLI) keeps nothing.
   */
  incremental: boolean;
  /** Shell scripts, parsed lazily (needs the shell parser); empty when the file sets a non-POSIX shell. */
  shellSources(): DfShellSource[];
}

function toInstruction(syn: SyntaxInstruction, stage: DfStage | null): DfInstruction {
  const { keyword, rawKeyword, keywordRange, range, argsRange, args, flags, properties, json, heredocs } = syn;
  const ins: DfInstruction = { keyword, rawKeyword, keywordRange, range, argsRange, args, flags, properties, json, heredocs, stage, trigger: null, onbuild: null, syntax: syn };
  if (syn.trigger) { ins.trigger = toInstruction(syn.trigger, stage); ins.trigger.onbuild = ins; }
  return ins;
}

const DIRECTIVES = new Set(['escape', 'syntax', 'check']);
const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);

/**
 * Turns the shell-form part of a RUN into bash text of the same length: line continuations and
 * comment lines become spaces (Docker removes them before the shell sees the command), heredoc bodies
 * are blanked (they are parsed on their own). `start`: the document offset where its arguments start.
 */
function shellText(model: DockerfileModel, ins: DfInstruction, start: number): string {
  const { lines, escapeChar, text } = model;
  const end = lines.offsetAt(ins.range.end);
  // Heredoc bodies as [from, to) document offsets, in document order, overlaps merged.
  const bodies: number[] = [];
  for (const h of ins.heredocs) {
    const from = Math.max(start, lines.offsetAt(h.contentRange ? h.contentRange.start : h.startRange.end));
    const to = Math.min(end, h.delimiterRange ? lines.offsetAt(h.delimiterRange.end) : end);
    if (from >= to) continue;
    const n = bodies.length;
    if (n && from <= bodies[n - 1]) bodies[n - 1] = Math.max(bodies[n - 1], to);
    else bodies.push(from, to);
  }
  // Asked with offsets that never go back, so one pointer keeps it linear (100k heredocs on one RUN).
  let b = 0;
  const inBody = (o: number) => {
    while (b < bodies.length && bodies[b + 1] <= o) b += 2;
    return b < bodies.length && o >= bodies[b];
  };
  // Line by line (slices, not characters: this runs on every RUN of every version of a document).
  let out = '';
  for (let ls = start; ls < end;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 || nl >= end ? end : nl;
    let keepTo = le;
    if (ls > start) {
      let j = ls;
      while (j < le && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#' && !inBody(j)) keepTo = j;
    }
    if (keepTo === le && le < end) {
      // A continuation: the escape character, then only blanks up to the line break, becomes blanks.
      let k = le;
      if (text[k - 1] === '\r') k--;
      while (k > ls && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
      if (k > ls && text[k - 1] === escapeChar && !inBody(k - 1)) keepTo = k - 1;
    }
    out += text.slice(ls, keepTo).replace(/\r/g, ' ') + ' '.repeat(le - keepTo);
    if (le < end) out += ' ';
    ls = le + 1;
  }
  if (!bodies.length) return out;
  let blanked = '', kept = 0;
  for (let i = 0; i < bodies.length; i += 2) {
    const from = bodies[i] - start, to = bodies[i + 1] - start;
    blanked += out.slice(kept, from) + ' '.repeat(to - from);
    kept = to;
  }
  return blanked + out.slice(kept);
}

/**
 * What a RUN hands to the shell parser: its bash text, and the heredoc bodies that are scripts with their offsets
 * from where its arguments start, each with its parse once made. It depends only on the instruction's own text and
 * the escape character, so it is kept per scanned instruction (editors reuse those across versions; the parses
 * too, so an edit in a stage parses the RUN it changed, not every RUN of the stage).
 */
interface HeredocBody { at: number; text: string; script?: ShellScript }
interface ShellPlan { text: string; script?: ShellScript; bodies: HeredocBody[] | null }
const shellPlans = new Memo<SyntaxInstruction, ShellPlan>();

/** The plan of a RUN with arguments; its bodies are found once its script is parsed (within the shell budget). */
function shellPlan(model: DockerfileModel, ins: DfInstruction, offset: number): ShellPlan {
  if (!model.incremental) return { text: shellText(model, ins, offset), bodies: null };
  let plan = shellPlans.get(ins.syntax);
  // Kept across versions: a script of its own, not a slice of this version's text (see detach).
  if (!plan) shellPlans.set(ins.syntax, plan = { text: detach(shellText(model, ins, offset)), bodies: null });
  return plan;
}

function heredocBodies(model: DockerfileModel, ins: DfInstruction, script: ShellScript, offset: number): HeredocBody[] {
  const bodies: HeredocBody[] = [];
  for (const h of ins.heredocs) {
    const c = h.contentRange;
    if (!c || !isHeredocScript(script, model.lines.offsetAt(h.startRange.start) - offset)) continue;
    const from = model.lines.offsetAt(c.start);
    const text = model.text.slice(from, model.lines.offsetAt(c.end));
    bodies.push({ at: from - offset, text: model.incremental ? detach(text) : text });
  }
  return bodies;
}

/** A heredoc is a script when it feeds a shell (`RUN <<EOF`, `RUN bash <<EOF`), data otherwise (`cat <<EOF > f`). */
function isHeredocScript(script: ShellScript, offsetInScript: number): boolean {
  // The heredoc belongs to the nearest command that starts before its `<<` marker.
  let owner: ShellScript['commands'][number] | undefined;
  for (const c of script.commands) if (c.start <= offsetInScript) owner = c;
  if (!owner || !owner.name) return true;
  const name = owner.name.value?.split('/').pop() ?? '';
  return SHELL_NAMES.has(name);
}

/** `# hadolint shell=powershell` or `SHELL ["powershell", …]` turn the shell rules off. */
function usesPosixShell(model: DockerfileModel): boolean {
  for (const c of model.comments) {
    const m = /^#\s*hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    if (m) return SHELL_NAMES.has(m[1].split('/').pop()!);
  }
  return true;
}

function shellOf(ins: DfInstruction): string | null {
  if (ins.keyword !== 'SHELL' || !ins.json?.length) return null;
  return ins.json[0].value.split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
}

/**
 * A stage's shell sources and what they cost the shell budget, kept while the stage object lives: an unchanged
 * stage moves into the next version's model with the same instructions at the same lines and columns
 * (parseDockerfile). Their document offsets can still move (an edit on an earlier line or a comment between them):
 * `bases` holds, per source, the offset its instruction's arguments started at.
 */
interface StageSources { sources: DfShellSource[]; cost: number; bases: number[] }
const stageSources = new Memo<DfStage, StageSources>();

/** Where an instruction's arguments start (a place the scanner found: inside its line, no clamping needed). */
const argsOffset = (model: DockerfileModel, ins: DfInstruction) => model.lines.lineStart(ins.argsRange!.start.line) + ins.argsRange!.start.character;

/** The kept sources at this version's offsets (the same objects when nothing moved). */
function moved(model: DockerfileModel, known: StageSources): StageSources {
  const { sources, bases } = known;
  let out: StageSources | null = null;
  for (let k = 0; k < sources.length; k++) {
    const x = sources[k], now = argsOffset(model, x.instruction);
    if (now === bases[k]) continue;
    out ??= { cost: known.cost, bases: bases.slice(), sources: sources.slice() };
    out.bases[k] = now;
    out.sources[k] = { instruction: x.instruction, script: x.script, offset: x.offset + now - bases[k], heredoc: x.heredoc };
  }
  return out ?? known;
}

function collectShellSources(model: DockerfileModel, parseScript: (text: string) => ShellScript): DfShellSource[] {
  const out: DfShellSource[] = [];
  if (!usesPosixShell(model)) return out;
  const budget = new ShellBudget(model);
  const visit = (ins: DfInstruction, posix: boolean, into: DfShellSource[]) => {
    const target = ins.trigger ?? ins;
    if (target.keyword !== 'RUN' || target.json || !posix || !target.argsRange) return;
    const offset = argsOffset(model, target);
    const plan = shellPlan(model, target, offset);
    if (!budget.take(plan.text.length, offset)) return;
    const script = plan.script ??= parseScript(plan.text);
    into.push({ instruction: target, script, offset, heredoc: false });
    plan.bodies ??= heredocBodies(model, target, script, offset);
    for (const body of plan.bodies) {
      if (budget.take(body.text.length, offset + body.at)) into.push({ instruction: target, script: body.script ??= parseScript(body.text), offset: offset + body.at, heredoc: true });
    }
  };
  // The shell is POSIX at the start and again at every FROM, until a SHELL instruction names another.
  const visitAll = (list: DfInstruction[], into: DfShellSource[]) => {
    let posix = true;
    for (const ins of list) {
      if (ins.keyword === 'FROM') posix = true;
      const sh = shellOf(ins);
      if (sh) posix = SHELL_NAMES.has(sh);
      visit(ins, posix, into);
    }
  };
  if (!model.incremental) { visitAll(model.instructions, out); return out; }
  visitAll(beforeFirstFrom(model), out);
  for (const stage of model.stages) {
    let known = stageSources.get(stage);
    if (known && budget.spent + known.cost <= SHELL_BUDGET) {
      budget.spent += known.cost;
      const now = moved(model, known);
      if (now !== known) stageSources.set(stage, known = now);
    } else {
      const before = budget.spent;
      known = { sources: [], cost: 0, bases: [] };
      visitAll(stage.instructions, known.sources);
      known.cost = budget.spent - before;
      for (const x of known.sources) known.bases.push(argsOffset(model, x.instruction));
      // Kept only when nothing was left out: a stage cut by the budget is read again next time.
      if (model.shellSkippedAt === undefined) stageSources.set(stage, known);
    }
    for (const s of known.sources) out.push(s);
  }
  return out;
}

/**
 * `parseScript`, `syntax` and `previous` (the model of the document's previous version) let the language server
 * reuse what the previous version built. `previous` is taken apart: its unchanged stages move into the new model.
 */
export function parseDockerfile(text: string, parseScript: (text: string) => ShellScript = parseShell, syntax?: SyntaxCache, previous?: DockerfileModel): DockerfileModel {
  const lines = new LineIndex(text);
  const tree = parseSyntax(text, lines, syntax);
  // Set in the literal, not by `model.shellSources = () => …`: V8 allocates a function literal assigned to a property
  // in the old generation, where its context keeps the model alive through every young-generation GC.
  let sources: DfShellSource[] | null = null;
  const model: DockerfileModel = {
    kind: 'dockerfile', text, lines, escapeChar: tree.escapeChar, instructions: [], stages: [], incremental: !!syntax,
    globalArgs: new Map(), comments: [], directives: [], shellSources: () => (sources ??= collectShellSources(model, parseScript)), memo: undefined,
  };
  // Any leading `# key=value` reads as a directive; only Docker's own are directives, the rest
  // (`# hadolint ignore=…`) are comments.
  for (const d of tree.directives) {
    const name = d.name.toLowerCase();
    if (DIRECTIVES.has(name)) model.directives.push({ name, value: d.value, range: d.range });
    else model.comments.push({ text: lines.lineText(d.range.start.line).trim(), range: d.range, line: d.range.start.line });
  }
  for (const range of tree.comments) model.comments.push({ text: lines.textOf(range).trim(), range, line: range.start.line });

  // Instructions before the first FROM depend on nothing but their syntax: the previous version's are reused.
  const loose = new Map<SyntaxInstruction, DfInstruction>();
  if (previous) for (const ins of previous.instructions) { if (ins.stage) break; loose.set(ins.syntax, ins); }
  let stage: DfStage | null = null;
  const stageNames = new Set<string>();
  // While every stage so far is the previous version's and the global ARGs are the same, a kept stage's FROM
  // resolves as before (decided at the first FROM, when the global ARGs are known).
  let sameContext: boolean | undefined;
  const all = tree.instructions;
  for (let i = 0; i < all.length; i++) {
    const syn = all[i];
    if (syn.from) {
      let end = i + 1;
      while (end < all.length && !all[end].from) end++;
      sameContext ??= !!previous && sameArgs(model.globalArgs, previous.globalArgs);
      const kept = reusableStage(model, previous?.stages[model.stages.length], all, i, end, stageNames, sameContext);
      if (!kept) sameContext = false;
      if (kept) {
        stage = kept;
        kept.isLast = kept.reachesFinal = false; // set again below, for this version
        for (const ins of kept.instructions) model.instructions.push(ins);
        i = end - 1;
      } else {
        const ins = toInstruction(syn, null);
        stage = { index: model.stages.length, from: makeFrom(model, syn.from, ins, stageNames), instructions: [ins], isLast: false, reachesFinal: false, memo: undefined };
        ins.stage = stage;
        model.instructions.push(ins);
      }
      model.stages.push(stage);
      if (stage.from.alias) stageNames.add(stage.from.alias.toLowerCase());
      continue;
    }
    const ins = (!stage && loose.get(syn)) || toInstruction(syn, stage);
    if (!stage && ins.keyword === 'ARG') for (const p of ins.properties) model.globalArgs.set(p.name, p.value);
    model.instructions.push(ins);
    stage?.instructions.push(ins);
  }
  if (model.stages.length) model.stages[model.stages.length - 1].isLast = model.stages[model.stages.length - 1].reachesFinal = true;
  // A parent always comes earlier: one backward pass reaches every ancestor of the last stage.
  for (let i = model.stages.length - 1; i >= 0; i--) {
    const s = model.stages[i];
    const parent = s.reachesFinal ? parentStage(model, s) : null;
    if (parent) parent.reachesFinal = true;
  }
  return model;
}

/**
 * The previous version's stage at this index, when it is made of the same scanned instructions and its FROM
 * resolves the same way under this version's global ARGs and earlier stage names (everything else in a stage,
 * its instructions and their links, follows from its instructions' syntax; isLast and reachesFinal are set anew).
 */
function reusableStage(model: DockerfileModel, old: DfStage | undefined, all: SyntaxInstruction[], from: number, end: number, earlierStages: Set<string>, sameContext: boolean): DfStage | null {
  if (!old || old.instructions.length !== end - from) return null;
  for (let k = 0; k < old.instructions.length; k++) if (old.instructions[k].syntax !== all[from + k]) return null;
  if (sameContext) return old;
  const now = resolve(model, old.from.image, earlierStages);
  return now.resolved === old.from.resolved && now.isStageOrScratch === old.from.isStageOrScratch ? old : null;
}

function sameArgs(a: Map<string, string | null>, b: Map<string, string | null>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false; // values are strings or null, never undefined
  return true;
}

/** What a FROM image becomes under the global ARG defaults, and whether that is an earlier stage or scratch. */
function resolve(model: DockerfileModel, image: string | null, earlierStages: Set<string>): { resolved: string | null; isStageOrScratch: boolean } {
  const resolved = image == null ? null : expandVars(image, name => model.globalArgs.get(name));
  const lower = resolved?.toLowerCase() ?? '';
  return { resolved, isStageOrScratch: lower === 'scratch' || earlierStages.has(lower) };
}

function makeFrom(model: DockerfileModel, parts: FromParts, ins: DfInstruction, earlierStages: Set<string>): DfFrom {
  const { imageRange, tagRange, digestRange, alias, aliasRange } = parts;
  // A stage is kept across versions while unchanged: its image must not keep this version's text alive.
  const written = imageRange ? model.lines.textOf(imageRange) : null;
  const image = written !== null && model.incremental ? detach(written) : written;
  const { resolved, isStageOrScratch } = resolve(model, image, earlierStages);
  return { instruction: ins, image, imageRange, resolved, ref: resolved ? parseImageRef(resolved) : null, tagRange, digestRange, alias, aliasRange, isStageOrScratch };
}
