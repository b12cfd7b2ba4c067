import { defineDockerfileRule } from '../../rule';
import { runScripts } from '../../dockerfile/run-scripts';

export default defineDockerfileRule({
  id: 'BXD066',
  name: 'no-wget-and-curl',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL4001', kind: 'same' }],
  fixable: 'none',
  scope: 'stage',
  docs: {
    summary: 'Use either `wget` or `curl` in a stage, not both.',
    why: 'Both do the same job: installing or keeping both in the image adds size and one more tool to patch, and mixing '
      + 'them makes download flags (retries, TLS, redirects) inconsistent across the file.',
    fix: 'Pick one (curl is usually already present) and rewrite the other downloads with it.',
    bad: 'FROM debian:12.5\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    good: 'FROM debian:12.5\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    notes: 'Counted per stage, as in hadolint: every RUN that uses one of them once both have been seen is reported.',
  },
  check({ model, report }) {
    const seen = new Map<unknown, Set<string>>();
    for (const { instruction, commands } of runScripts(model)) {
      const tools = commands.filter(c => c.name === 'curl' || c.name === 'wget');
      const inStage = seen.get(instruction.stage) ?? new Set<string>();
      seen.set(instruction.stage, inStage);
      for (const t of tools) inStage.add(t.name!);
      if (!tools.length || inStage.size < 2) continue;
      const t = tools[0];
      report({ range: t.rangeOf(t.nameWord), message: 'This stage uses both `wget` and `curl`: pick one for every download.' });
    }
  },
});
