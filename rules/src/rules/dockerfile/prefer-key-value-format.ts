import { defineDockerfileRule } from '../../rule';
import type { Fix } from '../../types';
import { withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD041',
  name: 'prefer-key-value-format',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'LegacyKeyValueFormat', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'Write `ENV key=value` and `LABEL key=value`, not the legacy `ENV key value`.',
    why: 'In the legacy form everything after the first space is the value, so `ENV A 1 B 2` sets `A` to `1 B 2`: easy to misread, '
      + 'and it cannot set several variables at once.',
    fix: 'Use `key=value` (quote values with spaces: `ENV GREETING="hello world"`).',
    bad: 'FROM debian:12.5\nENV LANG C.UTF-8',
    good: 'FROM debian:12.5\nENV LANG=C.UTF-8',
    notes: 'The fix is offered when the value is one word, or several plain words that it can wrap in double quotes.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      const p = ins.properties.find(x => x.valueRange && model.text[model.lines.offsetAt(x.nameRange.end)] !== '=');
      if (!p || !p.valueRange) continue;
      const gapStart = model.lines.offsetAt(p.nameRange.end);
      const valueStart = model.lines.offsetAt(p.valueRange.start);
      const raw = model.lines.textOf(p.valueRange);
      const fixes: Fix[] = [];
      if (/^\S+$/.test(raw)) fixes.push({ title: 'Use key=value', safety: 'safe', edits: [{ range: model.lines.range(gapStart, valueStart), newText: '=' }] });
      else if (/^[\w.,:/@+%-]+(?: [\w.,:/@+%-]+)*$/.test(raw)) fixes.push({ title: 'Use key="value"', safety: 'safe', edits: [{ range: model.lines.range(gapStart, model.lines.offsetAt(p.valueRange.end)), newText: `="${raw}"` }] });
      report({ range: p.range, message: `\`${ins.keyword} ${p.name} …\` uses the legacy space-separated form: write \`${ins.keyword} ${p.name}=…\`.`, fixes });
    }
  },
});
