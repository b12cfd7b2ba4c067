// Applies every safe fix, re-linting between passes so fixes that touch the same text never collide.
// Shared by the CLI's --fix and the editor's source.fixAll.boxlint.
import type { FileKind, Finding } from './types';
import type { LintConfig } from './config';
import { applyEdits } from './edits';
import { lint } from './engine';

export interface FixAllResult { text: string; fixed: Finding[]; passes: number }

const MAX_PASSES = 10;

export function fixAll(text: string, kind: FileKind, config: Partial<LintConfig>): FixAllResult {
  const fixed: Finding[] = [];
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const findings = lint(text, kind, config).findings;
    const chosen: Finding[] = [];
    const edits = [];
    for (const f of findings) {
      const fix = f.fixes.find(x => x.safety === 'safe' && !x.snippet);
      if (!fix) continue;
      chosen.push(f);
      edits.push(...fix.edits);
    }
    if (!edits.length) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
    fixed.push(...chosen);
  }
  return { text, fixed, passes };
}
