// Suppression comments in a Dockerfile: a next-instruction pragma governs the instruction that follows
// it (its ONBUILD trigger and the comments in between included); global pragmas and `# check=skip=`
// govern the file; a `stage` pragma governs the build stage that follows it.
import type { DfInstruction, DockerfileModel } from './model';
import type { Range } from '../types';
import { parseCheckDirective, parsePragma, type Pragma, type SuppressionPlaces } from '../suppress';

/** A stage pragma governs the build stage of the instruction after it: up to the end of that stage. */
function stageScope(line: number, next: DfInstruction): Range {
  const stage = next.stage;
  const last = stage ? stage.instructions[stage.instructions.length - 1] : next;
  return { start: { line: line + 1, character: 0 }, end: last.range.end };
}

const MAY_BE_PRAGMA = /ignore|check/i;

export function dockerfilePragmas(model: DockerfileModel): Pragma[] {
  const out: Pragma[] = [];
  const firstInstructionLine = model.instructions[0]?.range.start.line ?? Infinity;
  let n = 0;
  for (const c of model.comments) {
    // Most comments are prose: only one naming `ignore` or `check` can be a pragma (scopes are built for those alone).
    if (!MAY_BE_PRAGMA.test(c.text)) continue;
    while (n < model.instructions.length && model.instructions[n].range.start.line <= c.line) n++;
    const next = model.instructions[n];
    // The scope starts right below the pragma so comments between it and the instruction are covered too.
    const p = parsePragma(c.text, next ? { start: { line: c.line + 1, character: 0 }, end: next.range.end } : null, next ? stageScope(c.line, next) : null);
    if (p) out.push(p);
    else if (c.line < firstInstructionLine) {
      const skip = parseCheckDirective(c.text);
      if (skip) out.push(skip);
    }
  }
  for (const d of model.directives) {
    if (d.name === 'check') { const skip = parseCheckDirective(`# check=${d.value}`); if (skip) out.push(skip); }
  }
  return out;
}

/** The instruction a finding belongs to (its first line) and the first line after parser directives. */
export function dockerfileSuppressionPlaces(model: DockerfileModel, line: number): SuppressionPlaces {
  const ins = model.instructions.find(i => i.range.start.line <= line && line <= i.range.end.line);
  const afterDirectives = model.directives.length ? Math.max(...model.directives.map(d => d.range.end.line)) + 1 : 0;
  return { statementLine: ins ? ins.range.start.line : line, fileLine: afterDirectives };
}
