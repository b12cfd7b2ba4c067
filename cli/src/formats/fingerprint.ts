// Finding fingerprints that stay the same across runs and when unrelated lines move: built from the path,
// the rule, the flagged text and its line's content (not line numbers), plus a counter for exact repeats.
import { createHash } from 'node:crypto';
import { LineIndex } from '../../../rules/src/text';
import type { FileResult } from '../types';

export function fingerprints(r: FileResult, path: string): string[] {
  const lines = new LineIndex(r.text);
  const seen = new Map<string, number>();
  return r.findings.map(f => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const key = [path, f.ruleId, squash(lines.textOf(f.range)), squash(lines.lineText(f.range.start.line))].join('\0');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\0${n}`).digest('hex').slice(0, 32);
  });
}
