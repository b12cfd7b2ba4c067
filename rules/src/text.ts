import type { Position, Range } from './types';

/** Offset <-> position conversion for one document (UTF-16 code units, as LSP and JS strings use). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    // Most texts have no CR: the native search is several times faster than a loop over every character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  get lineCount(): number { return this.starts.length; }
  lineStart(line: number): number { return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)]; }
  lineEnd(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > this.lineStart(line) && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }
  lineText(line: number): string { return this.text.slice(this.lineStart(line), this.lineEnd(line)); }
  offsetAt(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    return Math.min(this.lineStart(p.line) + p.character, this.lineEnd(p.line));
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line] };
  }
  /** The line of an offset inside the text. */
  lineAt(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  range(start: number, end: number): Range { return { start: this.positionAt(start), end: this.positionAt(end) }; }
  textOf(r: Range): string { return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end)); }
}

/**
 * `s` as a string of its own. V8 keeps a slice of 13 or more characters as a view into the string it was cut
 * from, so a word kept across an editor's versions would keep that version's whole document in memory (the
 * young-generation collections of a typing session copied them again and again).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

export function rangeContains(outer: Range, p: Position): boolean {
  const afterStart = p.line > outer.start.line || (p.line === outer.start.line && p.character >= outer.start.character);
  const beforeEnd = p.line < outer.end.line || (p.line === outer.end.line && p.character <= outer.end.character);
  return afterStart && beforeEnd;
}

/** `{{name}}` substitution for rule messages. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}
