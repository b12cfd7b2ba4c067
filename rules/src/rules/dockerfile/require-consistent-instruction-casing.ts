import { defineDockerfileRule } from '../../rule';

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
      const k = ins.rawKeyword;
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    const wantLower = lower > upper;
    for (const ins of model.instructions) {
      const k = ins.rawKeyword;
      const want = wantLower ? k.toLowerCase() : k.toUpperCase();
      if (k === want) continue;
      report({
        range: ins.keywordRange,
        message: `\`${k}\` should be \`${want}\`, like most instructions in this file (${wantLower ? 'lowercase' : 'uppercase'}).`,
        fixes: [{ title: `Write ${want}`, safety: 'safe', edits: [{ range: ins.keywordRange, newText: want }] }],
      });
    }
  },
});
