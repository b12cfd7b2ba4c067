// Applying text edits, for --fix, tests and fix-all. Edits are applied back to front so offsets hold.
import type { TextEdit } from './types';
import { LineIndex } from './text';

/** Replaces LSP snippet placeholders (`${1:version}`, `$1`) by their default text. */
export function resolveSnippet(text: string): string {
  return text.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

/** Applies non-overlapping edits; an edit that overlaps an earlier one is skipped. Returns the new text. */
export function applyEdits(text: string, edits: TextEdit[], snippet = false): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: snippet ? resolveSnippet(e.newText) : e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + text.slice(pos);
}
