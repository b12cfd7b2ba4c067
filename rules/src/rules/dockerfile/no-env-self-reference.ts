import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';
import { varRefs } from '../../dockerfile/vars';
import type { Fix } from '../../types';
import type { DfInstruction, DfProperty, DockerfileModel } from '../../dockerfile/model';

/**
 * Splits the ENV before `p` into a second ENV (`ONBUILD ENV` for a trigger), keeping the keyword's spelling.
 * Only when blanks, line continuations and comment lines separate `p` from the property before it; the comment
 * lines stay, between the two instructions (a pragma is not moved: it would start applying to the new ENV).
 * Unsafe: it changes the value the author wrote, even if that value was surely a mistake.
 */
function splitFix(model: DockerfileModel, ins: DfInstruction, prev: DfProperty, p: DfProperty): Fix[] {
  const from = model.lines.offsetAt(prev.range.end), to = model.lines.offsetAt(p.range.start);
  const gap = model.lines.text.slice(from, to);
  const esc = model.escapeChar;
  const eol = model.lines.text.includes('\r\n') ? '\r\n' : '\n';
  const comments: string[] = [];
  let lineStart = false;
  for (let i = 0; i < gap.length;) {
    const newline = /^\r?\n/.exec(gap.slice(i + 1, i + 3));
    if (gap[i] === ' ' || gap[i] === '\t') i++;
    else if (gap[i] === esc && newline) { i += 1 + newline[0].length; lineStart = true; }
    else if (gap[i] === '#' && lineStart) {
      const end = gap.indexOf('\n', i);
      if (end < 0) return [];
      const comment = gap.slice(i, end).replace(/\r$/, '');
      if (/^#\s*(hadolint|boxlint)\b/i.test(comment)) return [];
      comments.push(comment + eol);
      i = end + 1;
    } else return [];
  }
  const keyword = ins.onbuild ? `${ins.onbuild.rawKeyword} ${ins.rawKeyword}` : ins.rawKeyword;
  return [{ title: `Split the \`ENV\` before \`${p.name}\``, safety: 'unsafe', edits: [{ range: model.lines.range(from, to), newText: `${eol}${comments.join('')}${keyword} ` }] }];
}

export default defineDockerfileRule({
  id: 'BXD016',
  name: 'no-env-self-reference',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3044', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'An `ENV` value must not use a variable set earlier in the same `ENV` instruction.',
    why: 'All values of one `ENV` are expanded before any of them is set, so `ENV A=1 B=$A` gives `B` the old value of `A` '
      + '(usually empty), not `1`.',
    fix: 'Split the instruction: set the variable in one `ENV`, use it in the next.',
    bad: 'FROM debian:12.5\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
    good: 'FROM debian:12.5\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
    notes: 'Using a variable on the right of its own assignment (`ENV PATH=/x:$PATH`) is fine: it reads the previous value on purpose. '
      + 'The quick fix splits the `ENV` before the assignment that reads the variable. It is unsafe (never applied by `--fix`): '
      + 'it changes that value, and a file may rely on the old one on purpose (`ENV V=2 OLD_V=$V`).',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      // A reference to an earlier name of the same ENV needs two pairs and a `$` (values keep every `$` of the text).
      if (ins.keyword !== 'ENV' || ins.properties.length < 2) continue;
      const earlier = new Set<string>();
      ins.properties.forEach((p, n) => {
        if (p.valueRange && p.value?.includes('$')) {
          const raw = model.lines.textOf(p.valueRange);
          const base = model.lines.offsetAt(p.valueRange.start);
          for (const ref of varRefs(raw, model.escapeChar)) {
            if (!earlier.has(ref.name)) continue;
            report({
              range: model.lines.range(base + ref.start, base + ref.end),
              message: `\`$${ref.name}\` is set earlier in this same \`ENV\`, so it still has its old value here: move it to a separate \`ENV\`.`,
              fixes: splitFix(model, ins, ins.properties[n - 1], p),
            });
          }
        }
        earlier.add(p.name);
      });
    }
  },
});
