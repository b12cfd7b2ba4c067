// Human output: grouped by file, a code frame under each finding, a summary line.
import type { Severity } from '../../../rules/src/types';
import type { Formatter } from '../types';

const COLORS: Record<Severity | 'dim' | 'bold', [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], hint: [90, 39], dim: [2, 22], bold: [1, 22],
};

export const stylish: Formatter = (results, { color }) => {
  const paint = (k: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[k][0]}m${s}\u001b[${COLORS[k][1]}m` : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  const out: string[] = [];
  for (const r of results) {
    if (!r.findings.length) continue;
    out.push(paint('bold', r.path));
    const lines = r.text.split(/\r?\n|\r/);
    for (const f of r.findings) {
      counts[f.severity]++;
      if (f.fixes.length) fixable++;
      const { line, character } = f.range.start;
      out.push(`  ${paint('dim', `${line + 1}:${character + 1}`)}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', `${f.ruleId} ${f.ruleName}`)}`);
      const src = lines[line];
      if (src !== undefined && src.length <= 400) {
        const end = f.range.end.line === line ? Math.max(f.range.end.character, character + 1) : src.length;
        const gutter = `${line + 1} | `;
        out.push(paint('dim', `    ${gutter}`) + src.replace(/\t/g, ' '));
        out.push(`    ${' '.repeat(gutter.length + character)}${paint(f.severity, '^'.repeat(Math.max(1, Math.min(end, src.length) - character)))}`);
      }
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (!total) return `${paint('bold', `✔ ${results.length} file${results.length === 1 ? '' : 's'} checked, no problems`)}\n`;
  const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).filter(s => counts[s]).map(s => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
  out.push(paint(counts.error ? 'error' : 'warning', `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${results.length} file${results.length === 1 ? '' : 's'}`));
  if (fixable) out.push(paint('dim', `  ${fixable} with a quick fix in the editor`));
  return out.join('\n') + '\n';
};
