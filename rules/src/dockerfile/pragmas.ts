// Suppression comments in a Dockerfile: a next-instruction pragma governs the instruction that follows
// it (its ONBUILD trigger and the comments in between included); global pragmas and `# check=skip=`
// govern the file.
import type { DockerfileModel } from './model';
import { parseCheckDirective, parsePragma, type Pragma, type SuppressionPlaces } from '../suppress';

export function dockerfilePragmas(model: DockerfileModel): Pragma[] {
  const out: Pragma[] = [];
  const firstInstructionLine = model.instructions[0]?.range.start.line ?? Infinity;
  let n = 0;
  for (const c of model.comments) {
    while (n < model.instructions.length && model.instructions[n].range.start.line <= c.line) n++;
    const next = model.instructions[n];
    // The scope starts right below the pragma so comments between it and the instruction are covered too.
    const p = parsePragma(c.text, next ? { start: { line: c.line + 1, character: 0 }, end: next.range.end } : null);
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
