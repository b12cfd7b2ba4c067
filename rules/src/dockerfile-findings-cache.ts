// Findings of Dockerfile rules per instruction or per stage, kept across the versions of one document
// (editors): an edit re-runs such a rule only on the parts it changed. A rule declares what its findings
// depend on (`scope` in rule.ts; test/dockerfile-findings-cache.test.ts checks every declaration on the
// fixtures and the corpus). A part is keyed by the ids of its scanned instructions (the same id is the same
// text at the same place: SyntaxCache) and the context its scope allows, so a part met again has exactly the
// findings it had: nothing is shifted or re-ranged.
import type { Range } from './types';
import type { DockerfileRule, Report, RuleContext } from './rule';
import type { DfInstruction, DfShellSource, DfStage, DockerfileModel } from './dockerfile/model';
import { reachesFinalImage } from './dockerfile/run-scripts';

export type PartScope = 'instruction' | 'stage';

/** A part of the file and the model a rule sees when it runs on that part alone. */
export interface Part { host: DockerfileModel; firstLine: number; lastLine: number }

interface KeyedPart extends Part { key: string }

/**
 * `instruction`: each top-level instruction alone (no stages). `stage`: the instructions before the first FROM,
 * then each stage with its real stage object. Each host shows only its part's shell sources.
 */
export function partModels(model: DockerfileModel, scope: PartScope): Part[] {
  return keyedParts(model, scope);
}

function keyedParts(model: DockerfileModel, scope: PartScope): KeyedPart[] {
  const sources = sourcesByInstruction(model);
  const count = (list: readonly DfInstruction[]) => { let n = 0; for (const i of list) n += sources.get(i)?.length ?? 0; return n; };
  const part = (instructions: DfInstruction[], stages: DfStage[], key: string): KeyedPart => {
    const own = instructions.flatMap(i => sources.get(i) ?? []);
    // A copy, not Object.create(model): a model turned into a prototype would slow every rule reading it.
    const host: DockerfileModel = { ...model, instructions, stages, shellSources: () => own };
    return { host, key, firstLine: instructions[0].range.start.line, lastLine: instructions[instructions.length - 1].range.end.line };
  };
  if (scope === 'instruction') return model.instructions.map(i => part([i], [], `${i.syntax.id}:${count([i])}:${reachesFinalImage(i)}`));
  const parts: KeyedPart[] = [];
  const globals = JSON.stringify([...model.globalArgs]);
  const ids = (list: readonly DfInstruction[]) => list.map(i => i.syntax.id).join(',');
  const before = model.stages.length ? model.instructions.slice(0, model.instructions.indexOf(model.stages[0].from.instruction)) : model.instructions;
  if (before.length) parts.push(part(before, [], `${ids(before)}:${count(before)}:${model.stages.length > 0}`));
  for (const s of model.stages) {
    const { resolved, isStageOrScratch } = s.from;
    parts.push(part(s.instructions, [s], `${ids(s.instructions)}:${count(s.instructions)}:${resolved}:${isStageOrScratch}:${s.isLast}:${s.reachesFinal}:${globals}`));
  }
  return parts;
}

/** Shell sources by the top-level instruction they come from (an ONBUILD RUN's belong to the ONBUILD). */
function sourcesByInstruction(model: DockerfileModel): Map<DfInstruction, DfShellSource[]> {
  const out = new Map<DfInstruction, DfShellSource[]>();
  for (const s of model.shellSources()) {
    const top = s.instruction.onbuild ?? s.instruction;
    const list = out.get(top);
    if (list) list.push(s); else out.set(top, [s]);
  }
  return out;
}

const NONE: Report[] = [];

export class DockerfileFindingsCache {
  /** By part key: findings by rule index, from the last lint and the one before. */
  private previous = new Map<string, (Report[] | undefined)[]>();
  private current = new Map<string, (Report[] | undefined)[]>();
  private readonly ruleIndex = new Map<string, number>();
  /** Rules seen reporting outside the part they ran on: always run on the whole file. */
  private readonly whole = new Set<string>();
  private optionsKey = '';
  private run: { model: DockerfileModel; parts: Map<PartScope, { part: KeyedPart; stored: (Report[] | undefined)[] }[]> } | null = null;
  /** Rule runs on one part (cache misses) since creation. */
  checked = 0;

  /** Runs `rule` as `rule.check(ctx)` would, re-running it only on parts whose findings are not known. */
  check(rule: DockerfileRule, ctx: RuleContext<DockerfileModel>): void {
    const scope = rule.scope;
    if (!scope || scope === 'file' || this.whole.has(rule.id)) { rule.check(ctx); return; }
    let index = this.ruleIndex.get(rule.id);
    if (index === undefined) this.ruleIndex.set(rule.id, index = this.ruleIndex.size);
    const found: Report[] = [];
    for (const { part, stored } of this.partsOf(ctx, scope)) {
      let reports = stored[index];
      if (!reports) {
        let got = NONE;
        rule.check({ model: part.host, options: ctx.options, report: r => { if (got === NONE) got = []; got.push(r); } });
        reports = got;
        this.checked++;
        if (!reports.every(r => within(r, part.firstLine, part.lastLine))) {
          // Not confined to its part after all: never split it again, and report what the whole file gives.
          this.whole.add(rule.id);
          rule.check(ctx);
          return;
        }
        stored[index] = reports;
      }
      for (const r of reports) found.push(r);
    }
    for (const r of found) ctx.report(r);
  }

  /** The parts of the file linted now; a new model starts a new generation, new options forget everything. */
  private partsOf(ctx: RuleContext<DockerfileModel>, scope: PartScope) {
    if (this.run?.model !== ctx.model) {
      const optionsKey = JSON.stringify([ctx.options.trustedRegistries, ctx.options.settings, ctx.options.dockerignore ?? null]);
      if (optionsKey !== this.optionsKey) { this.optionsKey = optionsKey; this.current.clear(); }
      this.previous = this.current;
      this.current = new Map();
      this.run = { model: ctx.model, parts: new Map() };
    }
    let parts = this.run.parts.get(scope);
    if (!parts) {
      parts = keyedParts(ctx.model, scope).map(part => {
        const key = `${scope}\0${part.key}`;
        const stored = this.current.get(key) ?? this.previous.get(key) ?? [];
        this.current.set(key, stored);
        return { part, stored };
      });
      this.run.parts.set(scope, parts);
    }
    return parts;
  }
}

/** Inside lines first..last; an edit may also end at the start of the next line (a deleted line's break). */
function within(r: Report, first: number, last: number): boolean {
  const ok = (x: Range) => x.start.line >= first && (x.end.line <= last || (x.end.line === last + 1 && x.end.character === 0));
  return ok(r.range) && (r.fixes ?? []).every(f => f.edits.every(e => ok(e.range)));
}
