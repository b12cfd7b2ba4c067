// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/using-workflow-commands-for-github-actions
import type { Severity } from '../../../rules/src/types';
import type { Formatter } from '../types';
import { displayPath } from './paths';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escaping of the message part (`::…::message`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`file=…,title=…`): also `:` and `,`, which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, { cwd }) => {
  const out: string[] = [];
  for (const r of results) {
    const file = displayPath(r.path, cwd);
    if (r.error) out.push(`::error file=${escapeProperty(file)},title=boxlint::${escapeData(r.error)}\n`);
    for (const f of r.findings) {
      const { start, end } = f.range;
      // 1-based; the end column is inclusive, so a 0-based exclusive end keeps its number.
      const props = [
        `file=${escapeProperty(file)}`, `line=${start.line + 1}`, `col=${start.character + 1}`,
        `endLine=${end.line + 1}`, `endColumn=${Math.max(end.character, start.line === end.line ? start.character + 1 : 1)}`,
        `title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`,
      ];
      out.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`);
    }
  }
  return out.join('');
};
