import { defineDockerfileRule } from '../../rule';
import type { DfInstruction, DfStage } from '../../dockerfile/model';
import { beforeFirstFrom } from '../../dockerfile/stages';
import { Memo } from '../../memo';

const LOWER = 1, UPPER = 2;
/** Case of keywords as written (LOWER | UPPER bits), kept: files repeat a handful of keywords and are linted on every edit. */
const casings = new Map<string, number>();

function casing(k: string): number {
  let c = casings.get(k);
  if (c === undefined) {
    c = (k === k.toLowerCase() ? LOWER : 0) | (k === k.toUpperCase() ? UPPER : 0);
    if (casings.size >= 1024) casings.clear(); // hostile files with thousands of made-up keywords
    casings.set(k, c);
  }
  return c;
}

/** Keywords of a list of instructions: lowercase, else uppercase (as counted for the majority), and not lowercase, not uppercase. */
interface Counts { lower: number; upper: number; notLower: number; notUpper: number }

function count(instructions: DfInstruction[]): Counts {
  const c: Counts = { lower: 0, upper: 0, notLower: 0, notUpper: 0 };
  for (const ins of instructions) {
    const k = casing(ins.rawKeyword);
    if (k & LOWER) c.lower++;
    else if (k & UPPER) c.upper++;
    if (!(k & LOWER)) c.notLower++;
    if (!(k & UPPER)) c.notUpper++;
  }
  return c;
}
const byStage = new Memo<DfStage, Counts>();

export default defineDockerfileRule({
  id: 'BXD038',
  name: 'require-consistent-instruction-casing',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'ConsistentInstructionCasing', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: 'Write every instruction in the same case as most of the file (all upper or all lower).',
    why: 'Mixed casing (`run`, `Copy`) makes instructions harder to spot and to search for, and hides copy-pasted fragments.',
    fix: 'Use the casing of the rest of the file, normally uppercase.',
    bad: 'FROM debian:12.5\nrun echo hi\nCOPY . /app',
    good: 'FROM debian:12.5\nRUN echo hi\nCOPY . /app',
    notes: 'As in BuildKit, instructions in mixed case (`Run`) never count towards the majority, and a tie means uppercase. ONBUILD triggers are not counted.',
  },
  check({ model, report }) {
    // Counted per stage and kept on the stage object (editors reuse unchanged stages): an edit counts one stage.
    const loose = beforeFirstFrom(model);
    const counts = [count(loose)];
    for (const stage of model.stages) {
      let c = byStage.get(stage);
      if (!c) byStage.set(stage, c = count(stage.instructions));
      counts.push(c);
    }
    let lower = 0, upper = 0;
    for (const c of counts) { lower += c.lower; upper += c.upper; }
    const wantLower = lower > upper;
    for (let k = 0; k < counts.length; k++) {
      // A group whose keywords all have the wanted case has nothing to report.
      if (!(wantLower ? counts[k].notLower : counts[k].notUpper)) continue;
      for (const ins of k ? model.stages[k - 1].instructions : loose) {
        const kw = ins.rawKeyword;
        if (casing(kw) & (wantLower ? LOWER : UPPER)) continue;
        const want = wantLower ? kw.toLowerCase() : kw.toUpperCase();
        report({
          range: ins.keywordRange,
          message: `\`${kw}\` should be \`${want}\`, like most instructions in this file (${wantLower ? 'lowercase' : 'uppercase'}).`,
          fixes: [{ title: `Write ${want}`, safety: 'safe', edits: [{ range: ins.keywordRange, newText: want }] }],
        });
      }
    }
  },
});
