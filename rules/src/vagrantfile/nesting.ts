// A cheap lexical estimate of how deeply a Ruby file nests, run before prism sees the text. prism's WASM
// build has a 64 KiB stack: past roughly 110-130 levels of brackets, blocks or string interpolations it
// overflows into its own data and then traps or loops forever. Real Vagrantfiles nest a dozen levels at
// most, so anything past MAX_NESTING is refused without parsing. The estimate errs high (it counts an
// opener it cannot pair as still open); the adapters' watchdog covers what slips through.

export const MAX_NESTING = 64;

export interface Nesting { depth: number; offset: number }

const OPENING_KEYWORDS = new Set(['begin', 'def', 'class', 'module', 'case', 'for', 'do']);
/** Open a block only at the start of an expression; as modifiers (`x if y`) they do not. */
const CONDITIONAL_KEYWORDS = new Set(['if', 'unless', 'while', 'until']);
const LOOP_KEYWORDS = new Set(['while', 'until', 'for']);

const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f';
const isIdent = (c: string) => isIdentStart(c) || (c >= '0' && c <= '9');

/**
 * The deepest point of the file and where it is, stopping early once `limit` is passed. Counts brackets,
 * `do`/`begin`/`def`/… blocks, `#{}` interpolations and chains of right-associative or prefix operators
 * (`a = b = c …`, `!!!…`), which prism also parses by recursion.
 */
export function estimateNesting(text: string, limit = MAX_NESTING): Nesting {
  let depth = 0;
  let chain = 0;
  let max: Nesting = { depth: 0, offset: 0 };
  // Open contexts: code brackets/keywords, or a string whose `#{` returns here with its closing quote.
  const stack: ({ kind: 'code'; keyword: boolean } | { kind: 'string'; close: string; interpolates: boolean })[] = [];
  const heredocs: { id: string; squiggly: boolean; interpolates: boolean }[] = [];
  let lineStartCode = true;
  let loopLine = false;
  let lastSignificant = '';
  let i = 0;
  const n = text.length;

  const bump = (at: number) => {
    if (depth + chain > max.depth) max = { depth: depth + chain, offset: at };
  };
  const open = (keyword: boolean, at: number) => { stack.push({ kind: 'code', keyword }); depth++; bump(at); };
  const close = () => {
    const top = stack[stack.length - 1];
    if (top && top.kind === 'code') { stack.pop(); depth = Math.max(0, depth - 1); }
  };
  const skipHeredocBodies = () => {
    // At a newline with heredocs pending: their bodies follow, each up to a line holding only its id.
    // Interpolations in a body count like brackets: `#{` opens, and inside one `(`, `[`, `{` nest too.
    for (const h of heredocs.splice(0)) {
      let inner = 0;
      while (i < n) {
        let end = text.indexOf('\n', i);
        if (end < 0) end = n;
        const line = text.slice(i, end).replace(/\r$/, '');
        i = end + 1;
        if ((h.squiggly ? line.trim() : line) === h.id) break;
        if (!h.interpolates || (inner === 0 && !line.includes('#{'))) continue;
        for (let k = 0; k < line.length; k++) {
          const c = line[k];
          if (c === '\\') k++;
          else if (c === '#' && line[k + 1] === '{') { inner++; k++; }
          else if (inner > 0 && (c === '(' || c === '[' || c === '{')) inner++;
          else if (inner > 0 && (c === ')' || c === ']' || c === '}')) inner--;
          if (depth + inner > max.depth) max = { depth: depth + inner, offset: i - line.length - 1 + k };
        }
      }
    }
  };
  /** Scans a string body from i up to `close`; on `#{` pushes the string and returns to code. */
  const scanString = (close: string, interpolates: boolean, openChar: string | null): void => {
    let nested = 0;
    while (i < n) {
      const c = text[i];
      if (c === '\\') { i += 2; continue; }
      if (interpolates && c === '#' && text[i + 1] === '{') {
        stack.push({ kind: 'string', close, interpolates });
        depth++; bump(i); i += 2;
        return;
      }
      if (openChar && c === openChar) nested++;
      else if (c === close) {
        if (nested === 0) { i++; return; }
        nested--;
      }
      if (c === '\n' && heredocs.length) { i++; skipHeredocBodies(); continue; }
      i++;
    }
  };

  while (i < n && max.depth <= limit) {
    const c = text[i];
    if (c === '\n') {
      // A line ending in an operator continues the expression (`!` / `a =` / `x &&` then a newline).
      if (!/[-!+~*&|^%=<>?:.\\]/.test(lastSignificant)) chain = 0;
      i++; lineStartCode = true; loopLine = false; lastSignificant = '';
      if (heredocs.length) skipHeredocBodies();
      if (text.startsWith('=begin', i)) {
        const end = text.indexOf('\n=end', i);
        i = end < 0 ? n : end + 5;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    const atStart = lineStartCode;
    lineStartCode = false;
    lastSignificant = c;
    if (c === '#') { while (i < n && text[i] !== '\n') i++; continue; }
    if (c === ';' || c === ',') { i++; chain = 0; lineStartCode = c === ';'; continue; }
    if (c === '(' || c === '[' || c === '{') { i++; open(false, i - 1); lineStartCode = true; continue; }
    if (c === ')' || c === ']') { i++; close(); continue; }
    if (c === '}') {
      i++;
      const top = stack[stack.length - 1];
      if (top && top.kind === 'string') { stack.pop(); depth = Math.max(0, depth - 1); scanString(top.close, top.interpolates, null); }
      else close();
      continue;
    }
    if (c === '"' || c === '`') { i++; scanString(c, true, null); continue; }
    if (c === "'") { i++; scanString("'", false, null); continue; }
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<([~-]?)(["'`]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(text.slice(i, i + 80));
      if (m) { heredocs.push({ id: m[3], squiggly: m[1] !== '', interpolates: m[2] !== "'" }); i += m[0].length; continue; }
    }
    if (c === '%') {
      const m = /^%[qQwWiIrsx]?([([{<|!\/^])/.exec(text.slice(i, i + 3));
      if (m && (atStart || /[\s(,=[{]/.test(text[i - 1] ?? ' '))) {
        const openChar = m[1];
        const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
        const closeChar = pairs[openChar] ?? openChar;
        i += m[0].length;
        const interpolates = !/^%[qwis]/.test(m[0]);
        depth++; bump(i); depth--;
        scanString(closeChar, interpolates, pairs[openChar] ? openChar : null);
        continue;
      }
    }
    if (c === '/' && (atStart || /[(,=!&|[{;]\s*$/.test(text.slice(Math.max(0, i - 3), i)))) {
      i++;
      scanString('/', true, null);
      continue;
    }
    if (c === '?' && /\s/.test(text[i - 1] ?? ' ')) { chain++; bump(i); i++; continue; }
    if (c === ':' && text[i + 1] === '"') { i += 2; scanString('"', true, null); continue; }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdent(text[j])) j++;
      const word = text.slice(i, j);
      const prev = text[i - 1];
      const isMethodOrSymbol = prev === '.' || prev === '$' || prev === '@' || (prev === ':' && text[i - 2] !== ':');
      const isLabel = text[j] === ':' && text[j + 1] !== ':';
      i = j;
      if (isMethodOrSymbol || isLabel || text[j] === '?' || text[j] === '!') continue;
      if (word === 'end') { close(); continue; }
      if (word === 'do' && loopLine) { loopLine = false; continue; }
      if (OPENING_KEYWORDS.has(word)) { open(true, i - word.length); lineStartCode = word !== 'do' ? lineStartCode : true; if (word === 'for') loopLine = true; continue; }
      if (CONDITIONAL_KEYWORDS.has(word) && (atStart || /[=(|&,]\s*$/.test(text.slice(Math.max(0, i - word.length - 3), i - word.length)))) {
        open(true, i - word.length);
        if (LOOP_KEYWORDS.has(word)) loopLine = true;
        lineStartCode = true;
        continue;
      }
      if (word === 'not' || word === 'defined') { chain++; bump(i); }
      continue;
    }
    // Operators: right-associative assignment/power and prefix operators recurse in prism.
    if (c === '=' && !/[=~>]/.test(text[i + 1] ?? '') && !/[=!<>]/.test(text[i - 1] ?? '')) { chain++; bump(i); }
    else if (c === '*' && text[i + 1] === '*') { chain++; bump(i); i++; }
    else if ((c === '!' && !/[=~]/.test(text[i + 1] ?? '')) || c === '~') { chain++; bump(i); }
    // Unary minus/plus hug their operand (`-x`), or end a line that an operator or the line start precedes.
    else if ((c === '-' || c === '+') && /[\s!\-+~(,=[]/.test(text[i - 1] ?? ' ')
      && (/[^\s=]/.test(text[i + 1] ?? ' ') || (text[i + 1] === '\n' && (atStart || /[-!+~*&|^%=<>?:]\s*$/.test(text.slice(Math.max(0, i - 3), i)))))) { chain++; bump(i); }
    else if (c === '-' && text[i + 1] === '>') { chain++; bump(i); i++; }
    i++;
  }
  return max;
}
