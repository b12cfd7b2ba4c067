// The text a Ruby string literal produces, with every produced character mapped back to the source span it
// came from, so findings inside an inline shell script land on the exact Vagrantfile column. Handles
// single/double quotes, %q/%Q, heredocs (`<<-`, squiggly `<<~` with its indentation removal, quoted ids)
// and escapes. Interpolations `#{…}` become a shell expansion placeholder covering the whole `#{…}`, so the
// words around them read as dynamic. When prism's own unescaped text cannot be reproduced exactly the
// literal is skipped rather than mapped approximately.
import * as P from '@ruby/prism/src/nodes.js';

type Loc = { startOffset: number; length: number };

export interface MappedText {
  text: string;
  /** Document offsets (UTF-16) of the source span each character of `text` came from. */
  from: number[];
  to: number[];
}

/** Placeholder for `#{…}`: a parameter expansion, so the shell word holding it has no static value. */
export const INTERPOLATION = '${__ruby}';

type Mode = 'double' | 'single' | 'raw';

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', s: ' ', r: '\r', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** One escape in double-quote mode at `s[i] === '\\'`: what it produces and how many source chars it takes. */
function doubleEscape(s: string, i: number): { out: string; len: number } | null {
  const c = s[i + 1];
  if (c === undefined) return null;
  if (c === '\n') return { out: '', len: 2 };
  if (c === '\r' && s[i + 2] === '\n') return { out: '', len: 3 };
  if (c in SIMPLE_ESCAPES) return { out: SIMPLE_ESCAPES[c], len: 2 };
  let m = /^u([0-9a-fA-F]{4})/.exec(s.slice(i + 1, i + 6));
  if (m) return { out: String.fromCharCode(parseInt(m[1], 16)), len: 6 };
  m = /^u\{\s*([0-9a-fA-F]{1,6}(?:\s+[0-9a-fA-F]{1,6})*)\s*\}/.exec(s.slice(i + 1, i + 64));
  if (m) return { out: m[1].split(/\s+/).map(h => String.fromCodePoint(parseInt(h, 16))).join(''), len: 1 + m[0].length };
  m = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1, i + 4));
  if (m) return { out: String.fromCharCode(parseInt(m[1], 16)), len: 1 + m[0].length };
  m = /^([0-7]{1,3})/.exec(s.slice(i + 1, i + 4));
  if (m) return { out: String.fromCharCode(parseInt(m[1], 8) & 0xff), len: 1 + m[0].length };
  if (c === 'c' || c === 'C' || c === 'M') return null;
  return { out: c, len: 2 };
}

function modeOf(opening: string): { mode: Mode; squiggly: boolean; delimiter: string } {
  if (opening.startsWith('<<')) {
    const squiggly = opening[2] === '~';
    const quote = opening.replace(/^<<[~-]?/, '')[0];
    return { mode: quote === "'" ? 'raw' : 'double', squiggly, delimiter: '' };
  }
  if (opening === "'") return { mode: 'single', squiggly: false, delimiter: "'" };
  if (opening === '`') return { mode: 'double', squiggly: false, delimiter: '`' };
  if (/^%[qw]/.test(opening)) return { mode: 'single', squiggly: false, delimiter: opening.slice(-1) };
  return { mode: 'double', squiggly: false, delimiter: opening.slice(-1) };
}

interface Part { src: string; srcStart: number; unescaped: string; atLineStart: boolean }

/** Aligns one literal part's source with prism's unescaped text; false when they cannot be matched. */
function alignPart(p: Part, mode: Mode, squiggly: boolean, delimiter: string, out: MappedText): boolean {
  const { src: s, unescaped: u } = p;
  const closeOf: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
  let i = 0, j = 0;
  let lineStart = p.atLineStart;
  const emit = (str: string, from: number, to: number) => {
    for (let k = 0; k < str.length; k++) { out.text += str[k]; out.from.push(p.srcStart + from); out.to.push(p.srcStart + to); }
  };
  while (i < s.length) {
    if (squiggly && lineStart) {
      // `<<~` removes the common indentation: drop the source whitespace prism did not keep.
      let ws = 0; while (s[i + ws] === ' ' || s[i + ws] === '\t') ws++;
      let wu = 0; while (u[j + wu] === ' ' || u[j + wu] === '\t') wu++;
      if (ws > wu) i += ws - wu;
      lineStart = false;
      continue;
    }
    const c = s[i];
    let produced: string, len: number;
    if (c === '\\' && mode === 'double') {
      const e = doubleEscape(s, i);
      if (!e) return false;
      produced = e.out; len = e.len;
    } else if (c === '\\' && mode === 'single' && (s[i + 1] === '\\' || s[i + 1] === delimiter || s[i + 1] === closeOf[delimiter])) {
      produced = s[i + 1]; len = 2;
    } else if (c === '\r' && s[i + 1] === '\n' && u[j] === '\n') {
      produced = '\n'; len = 2;
    } else {
      produced = c; len = 1;
    }
    if (!u.startsWith(produced, j)) return false;
    emit(produced, i, i + len);
    if (produced.endsWith('\n') || (len === 2 && s[i + 1] === '\n' && produced === '')) lineStart = true;
    i += len; j += produced.length;
  }
  return j === u.length;
}

/**
 * Maps a string literal node (a string, heredoc or backtick command, interpolated or not) to its text.
 * `toUtf16` converts prism byte offsets; `source` is the document text.
 */
export function mapStringLiteral(node: unknown, source: string, toUtf16: (b: number) => number): MappedText | null {
  const opening = (n: { openingLoc: Loc | null }) => (n.openingLoc ? source.slice(toUtf16(n.openingLoc.startOffset), toUtf16(n.openingLoc.startOffset + n.openingLoc.length)) : null);
  const span = (l: Loc) => ({ start: toUtf16(l.startOffset), end: toUtf16(l.startOffset + l.length) });
  const out: MappedText = { text: '', from: [], to: [] };
  const partOf = (s: P.StringNode | P.XStringNode): Part => {
    const { start, end } = span(s.contentLoc);
    return { src: source.slice(start, end), srcStart: start, unescaped: s.unescaped.value, atLineStart: start === 0 || source[start - 1] === '\n' };
  };
  if (node instanceof P.StringNode || node instanceof P.XStringNode) {
    const open = opening(node);
    if (!open) return null;
    const { mode, squiggly, delimiter } = modeOf(open);
    return alignPart(partOf(node), mode, squiggly, delimiter, out) ? out : null;
  }
  if (node instanceof P.InterpolatedStringNode) {
    const open = opening(node);
    if (!open) return null;
    const { mode, squiggly, delimiter } = modeOf(open);
    for (const part of node.parts) {
      if (part instanceof P.StringNode) {
        if (!alignPart(partOf(part), mode, squiggly, delimiter, out)) return null;
      } else if (part instanceof P.EmbeddedStatementsNode || part instanceof P.EmbeddedVariableNode) {
        const { start, end } = span(part.location);
        for (const ch of INTERPOLATION) { out.text += ch; out.from.push(start); out.to.push(end); }
      } else {
        return null;
      }
    }
    return out;
  }
  return null;
}
