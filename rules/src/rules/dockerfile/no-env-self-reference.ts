import { defineDockerfileRule, type Report } from '../../rule';
import { varRefs } from '../../dockerfile/vars';
import type { Fix } from '../../types';
import type { DfInstruction, DfProperty, DfStage, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, pick, picked } from '../../dockerfile/stages';
import { Memo } from '../../memo';

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

/** An ENV with two pairs or more and a `$` in a value after the first (values keep every `$` of the text). */
function mayReferBack(ins: DfInstruction): boolean {
  if (ins.keyword !== 'ENV') return false;
  for (let n = 1; n < ins.properties.length; n++) if (ins.properties[n].value?.includes('$')) return true;
  return false;
}
const memo = new Memo<DfStage, DfInstruction[]>();

/** Reports each reference to a name an earlier pair of the same ENV sets. */
function checkEnv(model: DockerfileModel, ins: DfInstruction, report: (r: Report) => void): void {
  const props = ins.properties;
  for (let n = 1; n < props.length; n++) {
    const p = props[n];
    if (!p.valueRange || !p.value?.includes('$')) continue;
    const raw = model.lines.textOf(p.valueRange);
    const base = model.lines.offsetAt(p.valueRange.start);
    for (const ref of varRefs(raw, model.escapeChar)) {
      if (!setBefore(props, n, ref.name)) continue;
      report({
        range: model.lines.range(base + ref.start, base + ref.end),
        message: `\`$${ref.name}\` is set earlier in this same \`ENV\`, so it still has its old value here: move it to a separate \`ENV\`.`,
        fixes: splitFix(model, ins, props[n - 1], p),
      });
    }
  }
}

/** A pair before the n-th sets `name`. */
function setBefore(props: DfProperty[], n: number, name: string): boolean {
  for (let k = 0; k < n; k++) if (props[k].name === name) return true;
  return false;
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
    // Runs on the whole file on every edit: only ENVs that may refer to an earlier pair are read, found once per stage object.
    for (const ins of pick(beforeFirstFrom(model), mayReferBack)) checkEnv(model, ins, report);
    for (const stage of model.stages) for (const ins of picked(memo, stage, mayReferBack)) checkEnv(model, ins, report);
  },
});
