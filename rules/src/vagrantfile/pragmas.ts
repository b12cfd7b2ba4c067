// Suppression comments in a Vagrantfile: `# boxlint ignore=ID` on a line of its own governs the statement that
// starts on the next code line (the whole statement, block and heredoc body included); after code, the statement
// on its own line. `# boxlint global ignore=ID` governs the file.
import type { VagrantfileModel } from './model';
import { parsePragma, type Pragma, type SuppressionPlaces } from '../suppress';
import type { Range } from '../types';

/** The largest statement starting on `line` (the one a comment above that line governs). */
function outermostAt(model: VagrantfileModel, line: number): Range | null {
  let best: Range | null = null;
  for (const s of model.statements) {
    if (s.start.line !== line) continue;
    if (!best || s.end.line > best.end.line || (s.end.line === best.end.line && s.end.character > best.end.character)) best = s;
  }
  return best;
}

export function vagrantfilePragmas(model: VagrantfileModel): Pragma[] {
  const out: Pragma[] = [];
  // Lines holding only a comment (a trailing comment after code does not count).
  const commentLines = new Set(model.comments.filter(c => model.lines.lineText(c.line).slice(0, c.range.start.character).trim() === '').map(c => c.line));
  for (const c of model.comments) {
    let next = c.line + 1;
    while (next < model.lines.lineCount && (commentLines.has(next) || model.lines.lineText(next).trim() === '')) next++;
    // A pragma after code on the same line governs that line's statement.
    const scope = commentLines.has(c.line) ? outermostAt(model, next) : outermostAt(model, c.line) ?? { start: { line: c.line, character: 0 }, end: c.range.start };
    const p = parsePragma(c.text, scope);
    if (p) out.push(p);
  }
  return out;
}

/** Leading lines that must stay first: shebang, encoding/frozen-string magic comments, editor modelines. */
const LEADING = /^(#!|#.*(-\*-|coding[:=]|frozen_string_literal|\bvim?:|\bvi:))/;

/** The innermost statement holding the finding's line, and the line after the file's leading magic comments. */
export function vagrantfileSuppressionPlaces(model: VagrantfileModel, line: number): SuppressionPlaces {
  let inner: Range | null = null;
  for (const s of model.statements) {
    if (s.start.line <= line && line <= s.end.line && (!inner || s.start.line >= inner.start.line)) inner = s;
  }
  let fileLine = 0;
  while (fileLine < model.lines.lineCount && LEADING.test(model.lines.lineText(fileLine).trim())) fileLine++;
  return { statementLine: inner ? inner.start.line : line, fileLine };
}
