import { defineDockerfileRule } from '../../rule';

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
    let lower = 0, upper = 0;
    for (const ins of model.instructions) {
      const c = casing(ins.rawKeyword);
      if (c & LOWER) lower++;
      else if (c & UPPER) upper++;
    }
    const wantLower = lower > upper;
    for (const ins of model.instructions) {
      const k = ins.rawKeyword;
      if (casing(k) & (wantLower ? LOWER : UPPER)) continue;
      const want = wantLower ? k.toLowerCase() : k.toUpperCase();
      report({
        range: ins.keywordRange,
        message: `\`${k}\` should be \`${want}\`, like most instructions in this file (${wantLower ? 'lowercase' : 'uppercase'}).`,
        fixes: [{ title: `Write ${want}`, safety: 'safe', edits: [{ range: ins.keywordRange, newText: want }] }],
      });
    }
  },
});
