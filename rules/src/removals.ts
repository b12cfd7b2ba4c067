// Deletion edits for quick fixes: whole lines (an instruction with its continuation lines), and words taken
// out of a line with the blank that separated them, so neighbours stay apart and no empty continuation is left.
import type { TextEdit } from './types';
import type { LineIndex } from './text';

/** Deletes lines `first`..`last` whole, their line break included. */
export function deleteLines(lines: LineIndex, first: number, last: number): TextEdit {
  const end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.text.length;
  return { range: lines.range(lines.lineStart(first), end), newText: '' };
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * Deletes document text [start, end) — words on one line — with the blanks after them when another word
 * follows on the line, else with the blanks before them. A continued line (ending in `continuation`) that
 * holds nothing else goes whole. Null when the words span lines or nothing separates them from their neighbours.
 */
export function removeWords(lines: LineIndex, start: number, end: number, continuation: string): TextEdit | null {
  const line = lines.positionAt(start).line;
  if (lines.positionAt(end).line !== line) return null;
  const text = lines.text;
  const before = text.slice(lines.lineStart(line), start);
  const after = text.slice(end, lines.lineEnd(line));
  let gapAfter = 0;
  while (isBlank(after[gapAfter])) gapAfter++;
  const rest = after.slice(gapAfter);
  if (rest && rest !== continuation && gapAfter > 0) return { range: lines.range(start, end + gapAfter), newText: '' };
  if (before.trim() === '') {
    return rest === continuation && line + 1 < lines.lineCount ? deleteLines(lines, line, line) : null;
  }
  let gapBefore = 0;
  while (isBlank(before[before.length - 1 - gapBefore])) gapBefore++;
  return gapBefore > 0 ? { range: lines.range(start - gapBefore, end), newText: '' } : null;
}
