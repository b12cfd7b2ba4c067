// Findings of Dockerfile rules per instruction or per stage, kept across the versions of one document
// (editors): an edit re-runs such a rule only on the parts it changed. A rule declares what its findings
// depend on (`scope` in rule.ts; test/dockerfile-findings-cache.test.ts checks every declaration on the
// fixtures and the corpus). A part is keyed by the ids of its scanned instructions (the same id is the same
// text at the same place: SyntaxCache) and the context its scope allows, so a part met again has exactly the
// findings it had: nothing is shifted or re-ranged.
import type { Range } from './types';
import type { DockerfileRule, Report, RuleContext } from './rule';
import type { DfInstruction, DfShellSource, DfStage, DockerfileModel } from './dockerfile/model';
import type { SyntaxInstruction } from './dockerfile/parse';
import { reachesFinalImage } from './dockerfile/run-scripts';
import { beforeFirstFrom } from './dockerfile/stages';
import { Memo } from './memo';

export type PartScope = 'instruction' | 'stage';

/** A part of the file and the model a rule sees when it runs on that part alone. */
export interface Part { host: DockerfileModel; firstLine: number; lastLine: number }

/** What a part is made of: the instructions and stages its host shows (`from` is the first's index in the model), and its lines. */
interface Shape extends Omit<Part, 'host'> { instructions: DfInstruction[]; from: number; stages: DfStage[] }

/** A stage part's shape, its stage (null for the instructions before the first FROM) and its number of shell sources. */
interface Spec extends Shape { stage: DfStage | null; count: number }

/**
 * `instruction`: each top-level instruction alone (no stages). `stage`: the instructions before the first FROM,
 * then each stage with its real stage object. Each host shows only its part's shell sources.
 */
export function partModels(model: DockerfileModel, scope: PartScope): Part[] {
  const sources = sourcesByInstruction(model);
  const shapes = scope === 'instruction' ? model.instructions.map(instructionShape) : stageSpecs(model, sources);
  return shapes.map(shape => partOf(model, shape, sources));
}

/**
 * The model's shell sources and, for the instruction at index k, the index of its first one (`at[k]`; its own are
 * `list[at[k]]` up to `list[at[k + 1]]`): sources come in the order of the top-level instruction they belong to.
 */
interface Sources { list: DfShellSource[]; at: Int32Array }

/** Shell sources by the top-level instruction they come from (an ONBUILD RUN's belong to the ONBUILD). */
function sourcesByInstruction(model: DockerfileModel): Sources {
  const list = model.shellSources(), instructions = model.instructions;
  const at = new Int32Array(instructions.length + 1);
  let j = 0;
  for (let k = 0; k < instructions.length; k++) {
    at[k] = j;
    while (j < list.length && (list[j].instruction.onbuild ?? list[j].instruction) === instructions[k]) j++;
  }
  at[instructions.length] = j;
  return { list, at };
}

const NO_STAGES: DfStage[] = [];

/** The ids of a stage's scanned instructions: a stage object kept across versions keeps its instructions. */
const stageIds = new Memo<DfStage, string>();
const ids = (list: readonly DfInstruction[]) => list.map(i => i.syntax.id).join(',');

/** Stage parts: the instructions before the first FROM, then each stage. */
function stageSpecs(model: DockerfileModel, { at }: Sources): Spec[] {
  const spec = (instructions: DfInstruction[], from: number, stage: DfStage | null): Spec => ({
    instructions, from, stage, stages: stage ? [stage] : NO_STAGES, count: at[from + instructions.length] - at[from],
    firstLine: instructions[0].range.start.line, lastLine: instructions[instructions.length - 1].range.end.line,
  });
  const specs: Spec[] = [];
  const loose = beforeFirstFrom(model);
  if (loose.length) specs.push(spec(loose, 0, null));
  let from = loose.length;
  for (const s of model.stages) {
    specs.push(spec(s.instructions, from, s));
    from += s.instructions.length;
  }
  return specs;
}

/** What a stage part's findings depend on, as a key: its instructions' ids, its shell sources and the stage context. */
function specKey(model: DockerfileModel, { stage, instructions, count }: Spec, globals: string): string {
  if (!stage) return `${ids(instructions)}:${count}:${model.stages.length > 0}`;
  let own = stageIds.get(stage);
  if (own === undefined) stageIds.set(stage, own = ids(stage.instructions));
  return `${own}:${count}:${stage.from.resolved}:${stage.from.isStageOrScratch}:${stage.isLast}:${stage.reachesFinal}:${globals}`;
}

/**
 * For a stage object met again, what its key holds besides what the object itself fixes (its instructions, its
 * FROM as resolved): then the key need not be built.
 */
const stageAlso = (stage: DfStage, count: number) => count * 4 + (stage.isLast ? 2 : 0) + (stage.reachesFinal ? 1 : 0);

/**
 * Instruction parts are found again by their scanned instruction (same object: same text at the same place);
 * besides, their findings depend on their number of shell sources and whether they are shipped.
 */
const instructionAlso = (model: DockerfileModel, k: number, { at }: Sources) => (at[k + 1] - at[k]) * 2 + (reachesFinalImage(model.instructions[k]) ? 1 : 0);

const instructionShape = (i: DfInstruction, k: number): Shape => ({ instructions: [i], from: k, stages: NO_STAGES, firstLine: i.range.start.line, lastLine: i.range.end.line });

function partOf(model: DockerfileModel, { instructions, from, stages, firstLine, lastLine }: Shape, { list, at }: Sources): Part {
  const own = list.slice(at[from], at[from + instructions.length]);
  // A copy, not Object.create(model): a model turned into a prototype would slow every rule reading it.
  const host: DockerfileModel = { ...model, instructions, stages, shellSources: () => own, memo: undefined };
  return { host, firstLine, lastLine };
}

const NONE: Report[] = [];

/**
 * What the rules found in one part: by rule index, and the indexes that found anything (most find nothing);
 * `also`: instructionAlso or stageAlso; `key`: a stage part's key.
 */
interface Entry { also: number; key: string; firstLine: number; lastLine: number; stored: (Report[] | undefined)[]; found: number[] }
/**
 * One version's parts: stage parts by key and by stage object, with the global ARGs they were keyed under;
 * instruction parts in document order with their scanned instructions, so the next version finds an unchanged
 * instruction's entry by walking both in step (no map of thousands of keys).
 */
interface Generation { keyed: Map<string, Entry>; byStage: Map<DfStage, Entry>; globals: string; syntax: SyntaxInstruction[]; entries: Entry[] }
const generation = (globals = ''): Generation => ({ keyed: new Map(), byStage: new Map(), globals, syntax: [], entries: [] });

/**
 * The parts of the file linted now in one scope: their entries (in document order), those new in this version,
 * the reused findings by rule, and the parts' hosts, built only for parts a rule must run on. Instruction parts
 * are the model's instructions (no spec objects: there are thousands); stage parts have specs.
 */
interface Scan { entries: Entry[]; fresh: number[]; reused: Map<number, Report[]>; specs: Spec[] | null; parts: (Part | undefined)[] }

function store(entry: Entry, index: number, reports: Report[]): void {
  entry.stored[index] = reports;
  if (reports !== NONE) entry.found.push(index);
}

export class DockerfileFindingsCache {
  /** By scope, then part key: what the last lint and the one before found. */
  private previous = new Map<PartScope, Generation>();
  private current = new Map<PartScope, Generation>();
  private readonly ruleIndex = new Map<string, number>();
  /** Rules seen reporting outside the part they ran on: always run on the whole file. */
  private readonly whole = new Set<string>();
  /** Lints so far, and for each rule index the last lint in which it ran on every part. */
  private lints = 0;
  private readonly complete = new Map<number, number>();
  private optionsKey = '';
  private run: { model: DockerfileModel; sources: Sources; scans: Map<PartScope, Scan> } | null = null;
  /** Rule runs on one part (cache misses) since creation. */
  checked = 0;

  /** Runs `rule` as `rule.check(ctx)` would, re-running it only on parts whose findings are not known. */
  check(rule: DockerfileRule, ctx: RuleContext<DockerfileModel>): void {
    const scope = rule.scope;
    if (!scope || scope === 'file' || this.whole.has(rule.id)) { rule.check(ctx); return; }
    let index = this.ruleIndex.get(rule.id);
    if (index === undefined) this.ruleIndex.set(rule.id, index = this.ruleIndex.size);
    const scan = this.scanOf(ctx, scope);
    // A rule that ran on every part of the last version knows every part reused from it: only new parts are unknown.
    let unknown = scan.fresh;
    if (this.complete.get(index) !== this.lints - 1) { unknown = []; scan.entries.forEach((e, k) => { if (!e.stored[index]) unknown.push(k); }); }
    // Opening a file, or an edit that moved lines: one run on the whole file, its findings sorted into parts.
    if (unknown.length > 4 && unknown.length * 4 > scan.entries.length && !this.fillFromWhole(rule, ctx, scan.entries, index)) return;
    const found: Report[] = [];
    for (const k of unknown) {
      const entry = scan.entries[k];
      let reports = entry.stored[index];
      if (!reports) {
        const part = scan.parts[k] ??= this.partAt(scan, k);
        let got = NONE;
        rule.check({ model: part.host, options: ctx.options, report: r => { if (got === NONE) got = []; got.push(r); } });
        this.checked++;
        if (!got.every(r => within(r, part.firstLine, part.lastLine))) {
          // Not confined to its part after all: never split it again, and report what the whole file gives.
          this.whole.add(rule.id);
          rule.check(ctx);
          return;
        }
        store(entry, index, reports = got);
      }
      for (const r of reports) found.push(r);
    }
    this.complete.set(index, this.lints);
    // In part order or not, the engine sorts all findings by place; one place's findings come from one part, in order.
    for (const r of scan.reused.get(index) ?? NONE) ctx.report(r);
    for (const r of found) ctx.report(r);
  }

  private partAt(scan: Scan, k: number): Part {
    const { model, sources } = this.run!;
    return partOf(model, scan.specs ? scan.specs[k] : instructionShape(model.instructions[k], k), sources);
  }

  /** Runs the rule on the whole file and stores its findings by part; false (all reported) when one fits no part. */
  private fillFromWhole(rule: DockerfileRule, ctx: RuleContext<DockerfileModel>, entries: Entry[], index: number): boolean {
    const all: Report[] = [];
    rule.check({ model: ctx.model, options: ctx.options, report: r => all.push(r) });
    const byPart = new Map<Entry, Report[]>();
    for (const r of all) {
      // The last part starting at or before the finding (parts come in document order).
      let lo = 0, hi = entries.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (entries[mid].firstLine <= r.range.start.line) lo = mid + 1; else hi = mid; }
      const entry = entries[lo - 1];
      if (!entry || !within(r, entry.firstLine, entry.lastLine)) {
        this.whole.add(rule.id);
        for (const x of all) ctx.report(x);
        return false;
      }
      const list = byPart.get(entry);
      if (list) list.push(r); else byPart.set(entry, [r]);
    }
    for (const entry of entries) if (!entry.stored[index]) store(entry, index, byPart.get(entry) ?? NONE);
    return true;
  }

  /** The parts of the file linted now; a new model starts a new generation, new options forget everything. */
  private scanOf(ctx: RuleContext<DockerfileModel>, scope: PartScope): Scan {
    const model = ctx.model;
    if (this.run?.model !== model) {
      const optionsKey = JSON.stringify([ctx.options.trustedRegistries, ctx.options.settings, ctx.options.dockerignore ?? null]);
      if (optionsKey !== this.optionsKey) { this.optionsKey = optionsKey; this.current.clear(); this.complete.clear(); }
      this.previous = this.current;
      this.current = new Map();
      this.lints++;
      this.run = { model, sources: sourcesByInstruction(model), scans: new Map() };
    }
    let scan = this.run.scans.get(scope);
    if (scan) return scan;
    const { sources } = this.run;
    const specs = scope === 'stage' ? stageSpecs(model, sources) : null;
    const previous = this.previous.get(scope) ?? generation(), current = generation(specs ? JSON.stringify([...model.globalArgs]) : '');
    this.current.set(scope, current);
    scan = { entries: specs ? [] : current.entries, fresh: [], reused: new Map(), specs, parts: [] };
    const count = specs ? specs.length : model.instructions.length;
    let cursor = 0;
    for (let k = 0; k < count; k++) {
      let entry: Entry | undefined, also: number, firstLine: number, lastLine: number, key = '';
      if (specs) {
        const spec = specs[k], stage = spec.stage;
        ({ firstLine, lastLine } = spec);
        also = stage ? stageAlso(stage, spec.count) : 0;
        entry = stage && previous.globals === current.globals ? previous.byStage.get(stage) : undefined;
        if (entry && entry.also === also) key = entry.key;
        else entry = previous.keyed.get(key = specKey(model, spec, current.globals));
      } else {
        const i = model.instructions[k], syn = i.syntax;
        also = instructionAlso(model, k, sources);
        firstLine = i.range.start.line;
        lastLine = i.range.end.line;
        // Instructions start on lines of their own: the previous one starting on this line, if any, is met in step.
        while (cursor < previous.syntax.length && previous.syntax[cursor].range.start.line < firstLine) cursor++;
        if (previous.syntax[cursor] === syn) entry = previous.entries[cursor];
        current.syntax.push(syn);
      }
      if (!entry || entry.also !== also) { entry = { also, key, firstLine, lastLine, stored: [], found: [] }; scan.fresh.push(k); }
      else for (const f of entry.found) { const list = scan.reused.get(f); if (list) { for (const r of entry.stored[f]!) list.push(r); } else scan.reused.set(f, entry.stored[f]!.slice()); }
      if (specs) {
        current.keyed.set(key, entry);
        if (specs[k].stage) current.byStage.set(specs[k].stage!, entry);
        scan.entries.push(entry);
      } else current.entries.push(entry); // the scan's entries too
    }
    this.run.scans.set(scope, scan);
    return scan;
  }
}

/** Inside lines first..last; an edit may also end at the start of the next line (a deleted line's break). */
function within(r: Report, first: number, last: number): boolean {
  const ok = (x: Range) => x.start.line >= first && (x.end.line <= last || (x.end.line === last + 1 && x.end.character === 0));
  return ok(r.range) && (r.fixes ?? []).every(f => f.edits.every(e => ok(e.range)));
}
