// The Dockerfile syntax layer: a character scanner that splits a Dockerfile into parser directives,
// comments and instructions, and reads each instruction's flags, words, `name=value` properties, exec-form
// strings and heredocs. It reproduces the model dockerfile-ast 0.7.1 gave (every range and quirk the rules
// rely on, checked against it on the corpus by test/dockerfile-parser.test.ts) in one linear pass per
// instruction, and reads `<< EOF` / `<< 'EOF'` as BuildKit does (dockerfile-ast upstream #120).
import type { Position, Range } from '../types';
import { detach, samePosition, type LineIndex } from '../text';
import type { Memoized } from '../memo';
import { isWs, propertiesOf } from './parse-properties';
import { fromPartsOf, type FromParts } from './parse-from';

export interface DfWord { value: string; range: Range }
export interface DfProperty { name: string; value: string | null; nameRange: Range; valueRange: Range | null; range: Range }
export interface DfFlag { name: string; value: string | null; range: Range; nameRange: Range; valueRange: Range | null }
export interface DfHeredoc {
  /** The delimiter word (`EOF` for `<<-'EOF'`). */
  name: string;
  /** The `<<EOF` operator and word as written. */
  startRange: Range;
  nameRange: Range;
  /** The body, null when empty or missing. */
  contentRange: Range | null;
  /** The closing delimiter line, null when unterminated. */
  delimiterRange: Range | null;
}

/** A word of an instruction with document offsets (value with escapes resolved as dockerfile-ast did). */
export interface RawArg { value: string; start: number; end: number }

/** What the scanner reads of one instruction; the model (./model.ts) adds stages and links on top. */
export interface InstructionSyntax {
  /** Upper-cased keyword (`RUN`). */
  keyword: string;
  /** As written (`run`). */
  rawKeyword: string;
  keywordRange: Range;
  range: Range;
  argsRange: Range | null;
  /** Arguments after flags, split on whitespace (quotes kept, escapes resolved); heredoc bodies excluded. */
  args: DfWord[];
  flags: DfFlag[];
  /** `name=value` pairs of ENV, ARG and LABEL (value as Docker reads it: quotes removed, escapes resolved, variables kept; null when absent). */
  properties: DfProperty[];
  /** Exec (JSON) form strings, properly JSON-decoded; null for shell form. */
  json: DfWord[] | null;
  heredocs: DfHeredoc[];
}

export interface SyntaxInstruction extends InstructionSyntax, Memoized {
  trigger: SyntaxInstruction | null;
  from: FromParts | null;
  /** Unique per scan: an instruction reused from the previous version keeps its id (see SyntaxCache). */
  id: number;
}

export interface SyntaxTree {
  escapeChar: string;
  /** Every leading `# name=value` line (BuildKit's directives and look-alikes such as `# hadolint ignore=…`). */
  directives: { name: string; value: string; range: Range }[];
  comments: Range[];
  instructions: SyntaxInstruction[];
}

/** The text, escape character and offset <-> position mapping every syntax helper shares. */
export class Source {
  esc = '\\';
  constructor(readonly text: string, readonly lines: LineIndex) {}
  /** Offsets between `\r` and `\n` map to the `\r` (as LSP text documents do). */
  norm(o: number): number {
    const t = this.text;
    o = o < 0 ? 0 : o > t.length ? t.length : o;
    return o > 0 && t.charCodeAt(o) === 10 && t.charCodeAt(o - 1) === 13 ? o - 1 : o;
  }
  pos(o: number): Position {
    o = this.norm(o);
    // Positions are mostly asked in document order: try the line of the previous answer first.
    if (o >= this.lineFrom && o < this.lineTo) return { line: this.line, character: o - this.lineFrom };
    const p = this.lines.positionAt(o);
    this.line = p.line;
    this.lineFrom = this.lines.lineStart(p.line);
    this.lineTo = p.line + 1 < this.lines.lineCount ? this.lines.lineStart(p.line + 1) : Infinity;
    return p;
  }
  private line = 0;
  private lineFrom = 0;
  private lineTo = -1;
  range(a: number, b: number): Range { return { start: this.pos(a), end: this.pos(b) }; }
  /** Text between two offsets as an LSP document returns it (normalised, swapped when reversed). */
  sub(a: number, b: number): string { return this.text.substring(this.norm(a), this.norm(b)); }
}

/** One instruction as the scanner found it: keyword word and offsets; `raw`: its words once read (set up front so every node has one shape). */
export interface Node { word: string; keyword: string; start: number; kwEnd: number; end: number; raw: RawArg[] | undefined }

const JSON_FORM = new Set(['ADD', 'CMD', 'COPY', 'ENTRYPOINT', 'RUN', 'SHELL', 'VOLUME']);
const FLAGS_UNTIL_PLAIN = new Set(['ADD', 'COPY', 'RUN', 'FROM']);
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN']);
const PROPERTY_KEYWORDS = new Set(['ENV', 'ARG', 'LABEL']);

export function parseSyntax(text: string, lines: LineIndex, cache?: SyntaxCache): SyntaxTree {
  return new Parser(new Source(text, lines), cache).parse();
}

let lastId = 0;

interface Cached { ins: SyntaxInstruction; length: number; esc: string }
interface Scanned { nodes: Node[]; comments: Range[]; cached: Cached[] }

/**
 * Instructions of a document's previous version, reused by the next (editors): an instruction depends only on
 * its own text, where it starts and the escape character, and holds only values and ranges, so an instruction
 * with the same three is the same object, with the same id. Rules' findings are cached by those ids.
 */
export class SyntaxCache {
  private text = '';
  private esc = '';
  /** The previous version's nodes, comments and instructions (`cached[k]` read at `nodes[k]`), in document order. */
  private prev: Scanned = { nodes: [], comments: [], cached: [] };
  /** This version's, filled as the scanner and the model go. */
  private next: Scanned = { nodes: [], comments: [], cached: [] };
  /** This version equals the previous one before `same` and from `sameFrom` on (there shifted by `shift`). */
  private same = 0;
  private sameFrom = 0;
  private shift = 0;
  /** Where instruction() looks for the previous node next: it is asked in document order. */
  private cursor = 0;
  /** Nodes from `movedFrom` on were moved by suffixAt, `movedLines` lines down (columns unchanged). */
  private movedFrom = Infinity;
  private movedLines = 0;

  /** A new version: where it differs from the previous one is found once, by its common prefix and suffix. */
  begin(text: string, esc: string): void {
    const old = this.text;
    const p = common(old, text, (a, i, j) => a.slice(i, j), Math.min(old.length, text.length));
    const s = common(old, text, (a, i, j) => a.slice(a.length - j, a.length - i), Math.min(old.length, text.length) - p);
    this.same = p;
    this.sameFrom = text.length - s;
    this.shift = text.length - old.length;
    this.text = text;
    // Scanned under another escape character, the previous version tells nothing.
    this.prev = esc === this.esc ? this.next : { nodes: [], comments: [], cached: [] };
    this.next = { nodes: [], comments: [], cached: [] };
    this.esc = esc;
    this.cursor = 0;
    this.movedFrom = Infinity;
  }

  /** Nodes and comments the scanner takes over from the unchanged start of the file, and where it goes on scanning. */
  prefix(): { nodes: Node[]; comments: Range[]; resume: number } {
    const { nodes, comments, cached } = this.prev;
    // The last node that ends (its newline included) before the first change.
    let lo = 0, hi = nodes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (nodes[mid].end + 1 <= this.same) lo = mid + 1; else hi = mid; }
    const last = cached[lo - 1]?.ins;
    if (!last) return { nodes: [], comments: [], resume: 0 };
    const line = last.range.end.line;
    return { nodes: nodes.slice(0, lo), comments: comments.slice(0, firstComment(comments, c => c.start.line > line)), resume: nodes[lo - 1].end };
  }

  /**
   * At offset `at`, where a node starts, past the last change: the nodes and comments from there to the end, moved,
   * when the previous version had a node at the same place in the same text (the rest of the scan would repeat it).
   */
  suffixAt(src: Source, at: number): { nodes: Node[]; comments: Range[] } | null {
    if (at < this.sameFrom) return null;
    const pos = src.pos(at);
    if (src.lines.lineStart(pos.line) < this.sameFrom) return null;
    const old = at - this.shift;
    const { nodes: prevNodes, comments: prevComments, cached } = this.prev;
    let lo = 0, hi = prevNodes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (prevNodes[mid].start < old) lo = mid + 1; else hi = mid; }
    const before = prevNodes[lo]?.start === old ? cached[lo]?.ins.range.start : undefined;
    if (!before || before.character !== pos.character) return null;
    const shift = this.shift, lines = pos.line - before.line;
    this.movedFrom = at;
    this.movedLines = lines;
    const nodes = prevNodes.slice(lo).map(n => ({ word: n.word, keyword: n.keyword, start: n.start + shift, kwEnd: n.kwEnd + shift, end: n.end + shift, raw: undefined }));
    let comments = prevComments.slice(firstComment(prevComments, c => c.start.line >= before.line));
    if (lines) comments = comments.map(c => ({ start: { line: c.start.line + lines, character: c.start.character }, end: { line: c.end.line + lines, character: c.end.character } }));
    return { nodes, comments };
  }

  /** What this version's scan found, for the next version. */
  keep(nodes: Node[], comments: Range[]): void {
    this.next.nodes = nodes;
    this.next.comments = comments;
  }

  /** The instruction at node `nd`: the previous version's when its text (one character past the end included: a `\r\n` there moves the last range), escape character and start position are unchanged. */
  instruction(src: Source, nd: Node): SyntaxInstruction {
    const length = Math.min(nd.end + 1, src.text.length) - nd.start;
    const before = nd.start + length <= this.same;
    const old = before ? nd.start : nd.start >= this.sameFrom ? nd.start - this.shift : -1;
    let hit: Cached | undefined;
    if (old >= 0) {
      const nodes = this.prev.nodes;
      while (this.cursor < nodes.length && nodes[this.cursor].start < old) this.cursor++;
      if (nodes[this.cursor]?.start === old) hit = this.prev.cached[this.cursor];
    }
    // Before the change nothing moved; a moved node moved by whole lines; others are compared.
    if (hit && (hit.length !== length || hit.esc !== src.esc
      || !(before || (nd.start >= this.movedFrom ? this.movedLines === 0 : samePosition(hit.ins.range.start, src.pos(nd.start)))))) hit = undefined;
    hit ??= { ins: detached(instructionOf(src, nd, true)), length, esc: src.esc };
    // The node may be kept for the next version: its words (slices of this version's text) are read again if needed.
    nd.raw = undefined;
    this.next.cached.push(hit);
    return hit.ins;
  }
}

/** An instruction kept across versions holds strings of its own, not slices of this version's text (see detach). */
function detached(ins: SyntaxInstruction): SyntaxInstruction {
  ins.rawKeyword = detach(ins.rawKeyword);
  for (const w of ins.args) w.value = detach(w.value);
  for (const w of ins.json ?? []) w.value = detach(w.value);
  for (const f of ins.flags) { f.name = detach(f.name); if (f.value !== null) f.value = detach(f.value); }
  for (const p of ins.properties) { p.name = detach(p.name); if (p.value !== null) p.value = detach(p.value); }
  for (const h of ins.heredocs) h.name = detach(h.name);
  if (ins.from?.alias) ins.from.alias = detach(ins.from.alias);
  if (ins.trigger) detached(ins.trigger);
  return ins;
}

/**
 * Length of the common start (or, with `part` reading from the end, the common end) of two texts, at most `max`:
 * found by halving with string comparisons, which run as memory compares (a loop over characters cost ~1 ms a version).
 */
function common(a: string, b: string, part: (t: string, from: number, to: number) => string, max: number): number {
  let lo = 0, hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (part(a, lo, mid) === part(b, lo, mid)) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Index of the first comment (document order) for which `after` holds, or the length. */
function firstComment(comments: Range[], after: (c: Range) => boolean): number {
  let lo = 0, hi = comments.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (after(comments[mid])) hi = mid; else lo = mid + 1; }
  return lo;
}

class Parser {
  private readonly text: string;
  private readonly comments: Range[] = [];
  private readonly nodes: Node[] = [];
  /** The first `<` at or after the last instruction looked at for heredocs (-1: none left). */
  private nextLt = -2;
  constructor(private readonly src: Source, private readonly cache?: SyntaxCache) { this.text = src.text; }

  parse(): SyntaxTree {
    const { src, text } = this;
    const found = directivesOf(src);
    const directives = found.map(d => ({ name: src.sub(d.ns, d.ne), value: src.sub(d.vs, d.ve), range: src.range(d.start, d.end) }));
    src.esc = '\\';
    let offset = 0;
    if (directives.length) {
      const e = directives.find(d => d.name.toLowerCase() === 'escape' && (d.value === '\\' || d.value === '`'));
      if (e) src.esc = e.value;
      offset = src.lines.offsetAt({ line: directives.length, character: 0 });
    } else if (text.charCodeAt(0) === 0xfeff) offset = 1;
    const { cache } = this;
    // An edit changes a few lines: what the previous version scanned before and after them is taken over.
    cache?.begin(text, src.esc);
    const known = cache?.prefix();
    if (known && known.resume > offset) {
      for (const n of known.nodes) this.nodes.push(n);
      for (const c of known.comments) this.comments.push(c);
      offset = known.resume;
    }
    for (let i = offset; i < text.length; i++) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
      const rest = c !== '#' ? cache?.suffixAt(src, i) : null;
      if (rest) {
        for (const n of rest.nodes) this.nodes.push(n);
        for (const r of rest.comments) this.comments.push(r);
        break;
      }
      i = c === '#' ? this.comment(i) : this.instruction(c, i);
    }
    cache?.keep(this.nodes, this.comments);
    const instructions = this.nodes.map(n => cache ? cache.instruction(src, n) : instructionOf(src, n, true));
    return { escapeChar: src.esc, directives, comments: this.comments, instructions };
  }

  private comment(start: number): number {
    const t = this.text;
    let end = start + 1;
    while (end < t.length && t[end] !== '\r' && t[end] !== '\n') end++;
    this.comments.push(this.src.range(start, end));
    return end;
  }

  /** The keyword: letters up to whitespace, escaped newlines inside it joined (`RU\` + newline + `N`). */
  private instruction(first: string, start: number): number {
    const t = this.text, esc = this.src.esc, n = t.length;
    let word = first, kwEnd = -1, escaped = false;
    scan: for (let i = start + 1; i < n; i++) {
      let c = t[i];
      switch (c) {
        case esc:
          escaped = true;
          c = t.charAt(i + 1);
          if (c === '\r' || c === '\n') {
            if (kwEnd === -1) kwEnd = i;
            i++;
          } else if (c === ' ' || c === '\t') {
            for (let j = i + 2; j < n; j++) {
              const d = t[j];
              if (d === ' ' || d === '\t') continue;
              if (d === '\r' || d === '\n') { i = j; continue scan; }
              kwEnd = i + 1; word += esc; i = j - 2;
              continue scan;
            }
            kwEnd = i + 1; word += esc;
            break scan;
          } else { kwEnd = i + 1; word += esc; escaped = false; }
          break;
        case ' ': case '\t': {
          if (escaped) {
            let j = i + 1;
            for (; j < n; j++) {
              const d = t[j];
              if (d === ' ' || d === '\t') continue;
              if (d === '\r' || d === '\n') { i = j; continue scan; }
              break;
            }
            escaped = false;
          }
          if (kwEnd === -1) kwEnd = i;
          const end = this.args(word, start, kwEnd, i);
          this.nodes.push(node(word, start, kwEnd, end));
          return end;
        }
        case '\r': case '\n':
          if (escaped) continue;
          if (kwEnd === -1) kwEnd = i;
          this.nodes.push(node(word, start, i, i));
          return i;
        case '#':
          if (escaped) continue;
        // falls through
        default:
          kwEnd = i + 1; word += c; escaped = false;
      }
    }
    if (kwEnd === -1) kwEnd = n;
    this.nodes.push(node(word, start, kwEnd, n));
    return n;
  }

  /** Finds the end of the instruction: the first unescaped newline, then past any heredoc bodies. */
  private args(word: string, start: number, kwEnd: number, offset: number): number {
    const t = this.text, esc = this.src.esc, n = t.length;
    let escaped = false;
    scan: for (let i = offset + 1; i < n; i++) {
      const c = t[i];
      switch (c) {
        case '\r': case '\n':
          if (escaped) continue;
          return this.skipHeredocs(node(word, start, kwEnd, i), i);
        case esc: {
          const next = t.charAt(i + 1);
          if (next === '\n' || next === '\r') { escaped = true; i++; }
          else if (next === ' ' || next === '\t') {
            for (let j = i + 2; j < n; j++) {
              const d = t[j];
              if (d === ' ' || d === '\t') continue;
              if (d === '\r' || d === '\n') escaped = true;
              i = j;
              continue scan;
            }
            return n;
          }
          continue;
        }
        case '#':
          if (escaped) { i = this.comment(i); continue; }
          break;
        case ' ': case '\t':
          break;
        default:
          escaped = false;
      }
    }
    return n;
  }

  /** ADD/COPY/RUN (also as ONBUILD triggers) with heredocs: the bodies belong to the instruction. */
  private skipHeredocs(first: Node, offset: number): number {
    const src = this.src;
    // Every word comes from the text: no `<` on the line, no heredoc (BuildKit cuts off the same way). The next
    // `<` is remembered: instructions come in order, so one search serves all those before it (linear).
    if (this.nextLt !== -1 && this.nextLt < first.kwEnd) this.nextLt = this.text.indexOf('<', first.kwEnd);
    const lt = this.nextLt;
    if (lt === -1 || lt >= offset) return offset;
    const target = first.keyword === 'ONBUILD' ? triggerNode(src, first) : first;
    if (!target || !HEREDOC_KEYWORDS.has(target.keyword)) return offset;
    let tabbed = false;
    const names: string[] = [];
    for (const a of heredocWords(argsOf(src, target))) {
      if (a.value.startsWith('<<') && a.value.length > 2) {
        if (a.value.startsWith('<<-')) tabbed = true;
        const name = heredocName(a.value);
        if (name !== null) names.push(name);
      }
    }
    for (const name of names) offset = this.heredocEnd(name, offset, tabbed);
    return offset;
  }

  /** The offset of the newline ending the delimiter line of a body starting at `offset`. */
  private heredocEnd(name: string, offset: number, tabbed: boolean): number {
    const t = this.text, n = t.length;
    let word = -1, lineStart = true;
    for (let i = offset; i < n; i++) {
      const c = t[i];
      if (c === ' ') lineStart = false;
      else if (c === '\t') { if (!tabbed) lineStart = false; }
      else if (c === '\r' || c === '\n') {
        if (word !== -1 && i - word === name.length && t.startsWith(name, word)) return i;
        word = -1; lineStart = true;
      } else if (lineStart) { word = i; lineStart = false; }
    }
    return n;
  }
}

function node(word: string, start: number, kwEnd: number, end: number): Node {
  return { word, keyword: word.toUpperCase(), start, kwEnd, end, raw: undefined };
}

interface FoundDirective { start: number; end: number; ns: number; ne: number; vs: number; ve: number }

/** Leading `# name=value` lines, up to the first line that is not one. */
function directivesOf(src: Source): FoundDirective[] {
  const t = src.text, n = t.length;
  const out: FoundDirective[] = [];
  scan: for (let i = t.charCodeAt(0) === 0xfeff ? 1 : 0; i < n; i++) {
    const c = t[i];
    if (c === ' ' || c === '\t') continue;
    if (c !== '#') break;
    let ns = -1, ne = -1;
    for (let j = i + 1; j < n; j++) {
      const d = t[j];
      if (d === ' ' || d === '\t') { if (ns !== -1 && ne === -1) ne = j; continue; }
      if (d === '\r' || d === '\n') break scan;
      if (d !== '=') { if (ns === -1) ns = j; continue; }
      let vs = -1, ve = -1, lineEnd = n;
      if (ne === -1) ne = j;
      for (let k = j + 1; k < n; k++) {
        const e = t[k];
        if (e === '\r' || e === '\n') { if (vs !== -1 && ve === -1) ve = k; lineEnd = k; break; }
        if (e === ' ' || e === '\t') { if (vs !== -1 && ve === -1) ve = k; continue; }
        if (vs === -1) vs = k;
      }
      if (ns === -1) break scan;
      if (vs === -1) { vs = j + 1; ve = lineEnd; } else if (ve === -1) ve = n;
      out.push({ start: i, end: lineEnd, ns, ne, vs, ve });
      i = t[ve] === '\r' ? ve + 1 : ve;
      continue scan;
    }
    break;
  }
  return out;
}

/** Words after the keyword (flags included), with escapes resolved and comment lines inside continuations skipped. */
function rawArgsOf(src: Source, nd: Node): RawArg[] {
  if (nd.raw) return nd.raw;
  const t = src.text, esc = src.esc.charCodeAt(0);
  const a = src.norm(nd.kwEnd), b = src.norm(nd.end);
  const args: RawArg[] = [];
  let start = false, comment = false, found = -1, escapedWs = false, escaping = false, marker = -1, value = '';
  // The word's text is built from slices of the source: `value` holds what is done, runFrom..runTo the run of
  // characters copied as they are (one slice instead of a string per character).
  let runFrom = -1, runTo = -1;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === SP || c === TAB || c === CR || c === LF) {
      if (escaping) {
        escapedWs = true;
        if (c === CR || c === LF) {
          escapedWs = false;
          if (comment) { comment = false; start = true; }
        }
        continue;
      }
      if (found !== -1) {
        if (runFrom !== -1) { value += t.slice(runFrom, runTo); runFrom = -1; }
        args.push({ value, start: found, end: marker === -1 ? i : marker });
        value = ''; found = -1; marker = -1;
      }
    } else if (c === esc) {
      const next = i + 1 < b ? t.charCodeAt(i + 1) : -1;
      if (next === SP || next === TAB) {
        for (let j = i + 2; j < b; j++) {
          const d = t.charCodeAt(j);
          if (d === SP || d === TAB) continue;
          if (d === CR || d === LF) {
            comment = false; escaping = true; start = true;
            if (found !== -1) marker = i;
            i = d === CR ? j + 1 : j;
          } else {
            marker = i;
            if (found === -1) i = j - 1;
          }
          break;
        }
      } else if (next === CR || next === LF) {
        comment = false; escaping = true; start = true;
        if (found !== -1 && marker === -1) marker = i;
        i += next === CR ? 2 : 1;
      } else {
        if (runFrom !== -1) { value += t.slice(runFrom, runTo); runFrom = -1; }
        if (escapedWs && marker !== -1) { args.push({ value, start: found, end: marker }); value = ''; found = -1; }
        marker = -1; escapedWs = false; escaping = false;
        if (next === -1) break;
        value += next === DOLLAR ? t.slice(i, i + 2) : t[i + 1];
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && c === HASH) comment = true;
      else {
        if (escapedWs && marker !== -1) {
          if (runFrom !== -1) { value += t.slice(runFrom, runTo); runFrom = -1; }
          args.push({ value, start: found, end: marker }); value = ''; found = -1;
        }
        escapedWs = false; escaping = false; marker = -1;
        if (runFrom !== -1 && runTo === i) runTo = i + 1;
        else { if (runFrom !== -1) value += t.slice(runFrom, runTo); runFrom = i; runTo = i + 1; }
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) {
    if (runFrom !== -1) value += t.slice(runFrom, runTo);
    args.push({ value, start: found, end: marker === -1 ? b : marker });
  }
  nd.raw = args;
  return args;
}

const SP = 32, TAB = 9, CR = 13, LF = 10, DOLLAR = 36, HASH = 35;

/** The flag words before the arguments (dockerfile-ast's rules: which keywords take flags, where they stop). */
function flagArgsOf(src: Source, nd: Node): RawArg[] {
  const k = nd.keyword;
  if (!FLAGS_UNTIL_PLAIN.has(k) && k !== 'HEALTHCHECK') return [];
  const out: RawArg[] = [];
  for (const a of rawArgsOf(src, nd)) {
    const v = a.value;
    const stop = k === 'HEALTHCHECK' ? (v.toUpperCase() === 'CMD' || v.toUpperCase() === 'NONE') : v.indexOf('--') === -1;
    if (stop) break;
    if (v.startsWith('--')) out.push(a);
  }
  return out;
}

/** The arguments after the flags. */
function argsOf(src: Source, nd: Node): RawArg[] {
  const raw = rawArgsOf(src, nd);
  const flags = flagArgsOf(src, nd).length;
  return flags ? raw.slice(flags) : raw;
}

function flagOf(src: Source, a: RawArg): DfFlag {
  const raw = src.sub(a.start, a.end);
  const v = a.value;
  let dashes = 0, nameAt = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' || isWs(c)) continue;
    if (c === '-' && dashes < 2) { dashes++; continue; }
    nameAt = i;
    break;
  }
  const base = src.norm(a.start);
  const range = src.range(a.start, a.end);
  const nameStart = src.pos(base + nameAt);
  const rawEq = raw.indexOf('=');
  if (rawEq === -1) return { name: v.substring(2), value: null, range, nameRange: { start: nameStart, end: src.pos(a.end) }, valueRange: null };
  const nameEnd = src.pos(base + rawEq);
  if (rawEq === v.length - 1) return { name: v.substring(2, rawEq), value: '', range, nameRange: { start: nameStart, end: nameEnd }, valueRange: { start: src.pos(a.end), end: src.pos(a.end) } };
  const eq = v.indexOf('=');
  return { name: v.substring(2, eq), value: v.substring(eq + 1), range, nameRange: { start: nameStart, end: nameEnd }, valueRange: src.range(base + rawEq + 1, a.end) };
}

/** ONBUILD's trigger: its first word is the keyword, the rest of ONBUILD its arguments. */
function triggerNode(src: Source, nd: Node): Node | null {
  const raw = rawArgsOf(src, nd);
  if (!raw.length) return null;
  return node(src.sub(raw[0].start, raw[0].end), raw[0].start, raw[0].end, nd.end);
}

/** Heredoc operator words; `<<` or `<<-` followed by a separate word is one operator, as BuildKit lexes `<< 'EOF'`. */
function heredocWords(args: RawArg[]): RawArg[] {
  if (!args.some(a => a.value === '<<' || a.value === '<<-')) return args;
  const out: RawArg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if ((a.value === '<<' || a.value === '<<-') && i + 1 < args.length) {
      out.push({ value: a.value + args[i + 1].value, start: a.start, end: args[i + 1].end });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The delimiter of a `<<` word, null when its quotes do not match or it is `<<<`. */
function heredocName(value: string): string | null {
  value = value.substring(2);
  if (value.charAt(0) === '-') value = value.substring(1);
  if (value.charAt(0) === '"') {
    if (value.charAt(value.length - 1) !== '"') return null;
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === '\'') {
    if (value.charAt(value.length - 1) !== '\'') return null;
    value = value.substring(1, value.length - 1);
  }
  return value.charAt(0) === '<' ? null : value;
}

function jsonOf(src: Source, args: RawArg[]): DfWord[] | null {
  if (!args.length) return null;
  if (args.length === 1 && args[0].value === '[]') return [];
  if (args.length === 2 && args[0].value === '[' && args[1].value === ']') return [];
  const t = src.text;
  const base = src.norm(args[0].start), end = src.norm(args[args.length - 1].end);
  const strings: [number, number][] = [];
  let open = false, close = false, last = '', quoted = false, start = -1;
  scan: for (let i = base; i < end; i++) {
    const c = t[i];
    switch (c) {
      case '[':
        if (last === '') { open = true; last = '['; } else if (!quoted) break scan;
        break;
      case '"':
        if (last === '[' || last === ',') { start = i; quoted = true; last = '"'; continue; }
        if (last === '"' && quoted) { quoted = false; strings.push([start, i + 1]); break; }
        break scan;
      case ',':
        if (!quoted) { if (last === '"') last = ','; else break scan; }
        break;
      case ']':
        if (!quoted && last !== '') { close = true; break scan; }
        break;
      case ' ': case '\t':
        break;
      case '\\': {
        const next = i + 1 < end ? t[i + 1] : '';
        if (quoted) {
          if (next === '"' || next === '\\') { i++; continue; }
          if (next === ' ' || next === '\t') {
            for (let j = i + 2; j < end; j++) {
              const d = t[j];
              if (d === '\r' || d === '\n') { i = d === '\r' ? j + 1 : j; continue scan; }
              if (d !== ' ' && d !== '\t') break;
            }
            break scan;
          }
          i += next === '\r' ? 2 : 1;
          continue;
        }
        for (let j = i + 1; j < end; j++) {
          const d = t[j];
          if (d === '\r' || d === '\n') { i = d === '\r' ? j + 1 : j; continue scan; }
          if (d !== ' ' && d !== '\t') break;
        }
        break scan;
      }
      default:
        if (!quoted) break scan;
    }
  }
  if (!open || !close) return null;
  // Decode the source text: dockerfile-ast dropped whitespace inside the strings.
  return strings.map(([a, b]) => {
    const raw = src.sub(a, b);
    let value: string;
    try { value = JSON.parse(raw) as string; } catch { value = raw.replace(/^"|"$/g, ''); }
    return { value, range: src.range(a, b) };
  });
}

function instructionOf(src: Source, nd: Node, top: boolean): SyntaxInstruction {
  const raw = rawArgsOf(src, nd);
  const flagArgs = flagArgsOf(src, nd);
  const args = flagArgs.length ? raw.slice(flagArgs.length) : raw;
  const heredocs = args.some(a => a.value.startsWith('<<')) ? heredocsOf(src, nd, args) : [];
  const bodyLine = heredocs.reduce((m, h) => Math.min(m, h.contentRange ? h.contentRange.start.line : Infinity), Infinity);
  const words: DfWord[] = [];
  for (const a of args) {
    const range = src.range(a.start, a.end);
    if (range.start.line >= bodyLine) break; // words come in document order: the rest are body words
    words.push({ value: a.value, range });
  }
  const keyword = nd.keyword;
  const trig = top && keyword === 'ONBUILD' ? triggerNode(src, nd) : null;
  return {
    keyword, rawKeyword: nd.word, keywordRange: src.range(nd.start, nd.kwEnd), range: src.range(nd.start, nd.end),
    argsRange: args.length ? src.range(args[0].start, args[args.length - 1].end) : null,
    args: words, flags: flagArgs.map(a => flagOf(src, a)),
    properties: PROPERTY_KEYWORDS.has(keyword) ? propertiesOf(src, nd) : [],
    json: JSON_FORM.has(keyword) ? jsonOf(src, args) : null,
    heredocs, trigger: trig ? instructionOf(src, trig, false) : null,
    from: keyword === 'FROM' && top ? fromPartsOf(src, raw, args) : null,
    id: ++lastId, memo: undefined,
  };
}

// ---- heredocs ----

function heredoc(src: Source, a: RawArg, nr: [number, number], name: string, content: Range | null, delimiter: Range | null): DfHeredoc {
  return { name, startRange: src.range(a.start, a.end), nameRange: src.range(nr[0], nr[1]), contentRange: content, delimiterRange: delimiter };
}

/** Where `<<` words start bodies: bodies follow the first unescaped newline, in the order the words appear. */
function heredocsOf(src: Source, nd: Node, args: RawArg[]): DfHeredoc[] {
  const r = src.range(nd.start, nd.end);
  if (r.start.line === r.end.line) return singleLineHeredocs(src, args);
  const t = src.text, esc = src.esc;
  const base = src.norm(args[0].start), stop = src.norm(nd.end);
  const lastNl = t.lastIndexOf('\n', stop - 1);
  const defs: RawArg[] = [];
  const out: DfHeredoc[] = [];
  let processed = false, escaping = false, contentStart = -1, contentEnd = -1, lineStart = -1, current = 0;
  // Each heredoc's name is read once, not on every line of its body.
  const nameRanges: [number, number][] = [], names: string[] = [];
  const nameRange = (k: number) => (nameRanges[k] ??= nameRangeOf(src, defs[k]));
  const name = (k: number) => (names[k] ??= nameOf(src, nameRange(k)));
  const make = (k: number, content: Range | null, delimiter: Range | null) => heredoc(src, defs[k], nameRange(k), name(k), content, delimiter);
  scan: for (let i = base; i < stop; i++) {
    const c = t[i];
    if (c === esc) {
      escaping = true;
      for (let j = i + 1; j < stop; j++) {
        const d = t[j];
        if (d === ' ' || d === '\t') continue;
        i = d === '\r' ? j + 1 : j;
        continue scan;
      }
      continue;
    }
    if (c === '\r') continue;
    if (c === '\n') {
      if (escaping) continue;
      if (processed) {
        if (contentStart === -1) contentStart = i;
        contentEnd = i;
        const a = defs[current];
        if (!a) return [];
        const delimiter = delimiterRangeOf(src, a, name(current), lineStart === -1 ? base - 1 : lineStart, i);
        if (delimiter) {
          out.push(make(current, src.range(contentStart, lineStart === -1 ? base - 2 : lineStart - 1), delimiter));
          contentStart = -1;
          current++;
        }
        lineStart = -1;
      } else {
        for (const a of heredocWords(args)) {
          if (src.norm(a.start) >= i) break;
          if (a.value.startsWith('<<')) defs.push(a);
        }
        processed = true;
        lineStart = -1;
      }
      continue;
    }
    if ((c === ' ' || c === '\t') && escaping) continue;
    if (c === '#' && escaping) {
      // A comment line inside a continuation.
      const nl = i < lastNl ? t.indexOf('\n', i + 1) : -1;
      if (nl !== -1) { i = nl; continue; }
    }
    escaping = false;
    if (processed) {
      if (contentStart === -1) contentStart = i;
      if (lineStart === -1) lineStart = i;
    }
  }
  if (!processed) return singleLineHeredocs(src, args);
  const a = defs[current];
  if (!a) return [];
  const delimiter = delimiterRangeOf(src, a, name(current), lineStart === -1 ? base - 1 : lineStart, stop);
  let content: Range | null = null;
  const cs = contentStart === -1 ? base - 1 : contentStart;
  if (!delimiter) content = { start: src.pos(cs), end: r.end };
  else if (contentEnd !== -1) content = src.range(cs, contentEnd);
  out.push(make(current, content, delimiter));
  for (let k = current + 1; k < defs.length; k++) out.push(make(k, null, null));
  return out;

  function singleLineHeredocs(s: Source, words: RawArg[]): DfHeredoc[] {
    const hs: DfHeredoc[] = [];
    for (const w of heredocWords(words)) {
      if (w.value.startsWith('<<') && heredocName(w.value) !== null) {
        const nr = nameRangeOf(s, w);
        hs.push(heredoc(s, w, nr, nameOf(s, nr), null, null));
      }
    }
    return hs;
  }
}

/** The delimiter word inside a `<<-"EOF"` operator, as offsets. */
function nameRangeOf(src: Source, a: RawArg): [number, number] {
  const base = src.norm(a.start);
  const content = src.sub(a.start, a.end);
  const lastNl = content.lastIndexOf('\n');
  let endFound = false, hyphen = false, start = -1, end = -1, escaping = false, quote: string | null = null;
  scan: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === '"' || c === '\'') {
      if (quote === c) break;
      quote = c;
      continue;
    }
    if (c === src.esc) {
      if (lastNl > i) escaping = true;
      continue;
    }
    if (isWs(c)) continue;
    if (c === '<') { if (endFound) hyphen = true; else endFound = true; continue; }
    if (c === '-' && hyphen) { hyphen = false; continue; }
    if ((c === '-' || c === '#') && escaping) {
      const nl = lastNl > i ? content.indexOf('\n', i + 1) : -1;
      if (nl !== -1) { i = nl; continue scan; }
    }
    if (start === -1) start = i;
    if (quote !== null) { end = i + 1; continue; }
    break;
  }
  const endOffset = src.norm(a.end);
  if (start === -1) return [endOffset, endOffset];
  return [base + start, quote !== null ? base + end : endOffset];
}

/** The delimiter with escaped newlines and comment lines inside it removed. */
function nameOf(src: Source, [a, b]: [number, number]): string {
  const content = src.sub(a, b);
  const lastNl = content.lastIndexOf('\n');
  let escaping = false, name = '';
  scan: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === src.esc) {
      escaping = true;
      for (let j = i + 1; j < content.length; j++) {
        const d = content[j];
        if (d === ' ' || d === '\t') continue;
        if (d === '\r') { i = j + 1; continue scan; }
        if (d === '\n') { i = j; continue scan; }
        name += d; i = j;
        continue scan;
      }
      continue;
    }
    if (c === '#' && escaping) {
      const nl = lastNl > i ? content.indexOf('\n', i + 1) : -1;
      if (nl !== -1) { i = nl; continue; }
    }
    if ((c === '#' || isWs(c)) && escaping) continue;
    name += c;
  }
  return name;
}

function delimiterRangeOf(src: Source, a: RawArg, name: string, from: number, to: number): Range | null {
  const text = src.sub(from, to);
  if (a.value.startsWith('<<-')) {
    let index = 0;
    while (text.charAt(index) === '\t') index++;
    if (text.substring(index) !== name) return null;
    return { start: { line: src.pos(from).line, character: index }, end: src.pos(to) };
  }
  return text === name ? src.range(from, to) : null;
}
