// Human output: grouped by file, a code frame under each finding, what --fix changed, a summary line.
import type { Severity } from '../../../rules/src/types';
import type { FileResult, Formatter } from '../types';

const COLORS: Record<Severity | 'dim' | 'bold' | 'ok', [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], hint: [90, 39], dim: [2, 22], bold: [1, 22], ok: [32, 39],
};

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function codeFrame(lines: string[], f: FileResult['findings'][number], paint: (k: keyof typeof COLORS, s: string) => string): string[] {
  const { line, character } = f.range.start;
  const src = lines[line];
  if (src === undefined || src.length > 400) return [];
  const end = f.range.end.line === line ? Math.max(f.range.end.character, character + 1) : src.length;
  const gutter = `${line + 1} | `;
  return [
    paint('dim', `    ${gutter}`) + src.replace(/\t/g, ' '),
    `    ${' '.repeat(gutter.length + character)}${paint(f.severity, '^'.repeat(Math.max(1, Math.min(end, src.length) - character)))}`,
  ];
}

export const stylish: Formatter = (results, { color }) => {
  const paint = (k: keyof typeof COLORS, s: string) => (color ? `\u001b[${COLORS[k][0]}m${s}\u001b[${COLORS[k][1]}m` : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0, fixedCount = 0, fixedFiles = 0, pinnedCount = 0, pinnedFiles = 0;
  const out: string[] = [];
  for (const r of results) {
    const fixed = r.fix?.fixed ?? [], pinned = r.fix?.pinned ?? [];
    if (!r.findings.length && !fixed.length && !pinned.length && !r.error) continue;
    out.push(paint('bold', r.path));
    if (r.error) out.push(`  ${paint('error', 'error  ')}  ${r.error}`);
    if (fixed.length) { fixedCount += fixed.length; fixedFiles++; }
    for (const f of fixed) out.push(`  ${paint('ok', 'fixed')}  ${f.message}  ${paint('dim', `${f.ruleId} ${f.ruleName}`)}`);
    if (pinned.length) { pinnedCount += pinned.length; pinnedFiles++; }
    for (const p of pinned) out.push(`  ${paint('ok', 'pinned')}  \`${p.image}\` to ${p.digest}`);
    const lines = r.text.split(/\r?\n|\r/);
    for (const f of r.findings) {
      counts[f.severity]++;
      if (f.fixes.some(x => x.safety === 'safe' && !x.snippet)) fixable++;
      const { line, character } = f.range.start;
      out.push(`  ${paint('dim', `${line + 1}:${character + 1}`)}  ${paint(f.severity, f.severity.padEnd(7))}  ${f.message}  ${paint('dim', `${f.ruleId} ${f.ruleName}`)}`);
      out.push(...codeFrame(lines, f, paint));
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (fixedCount) out.push(paint('ok', `✔ fixed ${plural(fixedCount, 'problem')} in ${plural(fixedFiles, 'file')}`));
  if (pinnedCount) out.push(paint('ok', `✔ pinned ${plural(pinnedCount, 'image')} in ${plural(pinnedFiles, 'file')}`));
  if (!total) {
    out.push(paint('bold', `✔ ${plural(results.length, 'file')} checked, no problems`));
    return out.join('\n') + '\n';
  }
  const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).filter(s => counts[s]).map(s => (s === 'info' ? `${counts[s]} info` : plural(counts[s], s)));
  out.push(paint(counts.error ? 'error' : 'warning', `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${plural(results.length, 'file')}`));
  if (fixable) out.push(paint('dim', `  ${fixable} fixable with \`boxlint --fix\``));
  return out.join('\n') + '\n';
};
