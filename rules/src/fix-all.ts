// Applies every safe fix, re-linting between passes so fixes that touch the same text never collide.
// Shared by the CLI's --fix and the editor's source.fixAll.boxlint.
import type { FileKind, Finding, Fix } from './types';
import type { LintConfig } from './config';
import { applyEdits } from './edits';
import { lint } from './engine';
import { LineIndex } from './text';

export interface FixAllResult { text: string; fixed: Finding[]; passes: number }

const MAX_PASSES = 10;

/**
 * A fix is applied whole or not at all: one whose edits touch (overlap, or meet at the same point) an
 * edit already chosen in this pass waits for the next pass, where it is recomputed on the new text.
 */
function chooseFixes(text: string, findings: Finding[]): { chosen: Finding[]; fixes: Fix[] } {
  const lines = new LineIndex(text);
  const taken: { start: number; end: number }[] = [];
  const chosen: Finding[] = [];
  const fixes: Fix[] = [];
  for (const f of findings) {
    const fix = f.fixes.find(x => x.safety === 'safe' && !x.snippet);
    if (!fix || !fix.edits.length) continue;
    const spans = fix.edits.map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }));
    if (spans.some(s => taken.some(t => s.start <= t.end && t.start <= s.end))) continue;
    taken.push(...spans);
    chosen.push(f);
    fixes.push(fix);
  }
  return { chosen, fixes };
}

export function fixAll(text: string, kind: FileKind, config: Partial<LintConfig>): FixAllResult {
  const fixed: Finding[] = [];
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const { chosen, fixes } = chooseFixes(text, lint(text, kind, config).findings);
    if (!fixes.length) break;
    const next = applyEdits(text, fixes.flatMap(x => x.edits));
    if (next === text) break;
    text = next;
    fixed.push(...chosen);
  }
  return { text, fixed, passes };
}
