// A hand-written bash parser (character lexer + recursive descent) producing the ShellScript rules read:
// every simple command at any depth (inside $(…), backticks, <(…), compound bodies, heredoc bodies) with its
// words and exact UTF-16 offsets. It never throws and never backtracks: each loop consumes input or stops, and
// nesting deeper than MAX_DEPTH abandons the rest of the script (hasErrors), so work is linear in the text.
import type { ShellCommand, ShellScript, ShellWord } from './script';

const MAX_DEPTH = 256;
const DECLARATIONS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
/** Reserved words that end a list when met in command position. */
const LIST_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** After `$`, what makes an expansion (`$x`, `${`, `$(`, `$1`, `$@`…); anything else leaves a literal `$`. */
const EXPANDS = /^[A-Za-z0-9_{(@*#?$!-]$/;

interface Heredoc { word: ShellWord; cmd: ShellCommand | null; delim: string; strip: boolean; expand: boolean }

// Character classes of ASCII codes (a table: the first pass over a corpus runs in V8's interpreter, where a
// lookup is far cheaper than a chain of comparisons). Codes >= 128 are plain word characters.
const ENDS_WORD = 1, QUOTING = 2, BLANK = 4, NAME_CHAR = 8;
const CLASS = new Uint8Array(128);
for (const c of ' \t\n\r;&|()<>') CLASS[c.charCodeAt(0)] |= ENDS_WORD;
for (const c of '\\\'"`$') CLASS[c.charCodeAt(0)] |= QUOTING;
for (const c of ' \t\r') CLASS[c.charCodeAt(0)] |= BLANK;
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9_]/.test(String.fromCharCode(c))) CLASS[c] |= NAME_CHAR;
const is = (code: number, cls: number) => code >= 0 && code < 128 && (CLASS[code] & cls) !== 0;

/** Characters that end an unquoted word (and the end of the text). */
function endsWord(c: string): boolean {
  return c === '' || is(c.charCodeAt(0), ENDS_WORD);
}

class BashParser {
  private i = 0;
  /** Exclusive bound of the text being parsed (the closing backtick inside `…`). */
  private end: number;
  private depth = 0;
  /** > 0 inside if/while/until/case/function bodies. */
  private guard = 0;
  private heredocs: Heredoc[] = [];
  /** peekWord()'s last answer, asked again at the same place by the list and the command parsers. */
  private peekedAt = -1;
  private peekedEnd = -1;
  private peeked = '';
  readonly commands: ShellCommand[] = [];
  /** Simple commands (declarations excluded). */
  simple = 0;
  errors = false;

  constructor(private readonly s: string) { this.end = s.length; }

  parse(): void {
    this.parseAll();
    if (this.heredocs.length) this.readHeredocs();
  }

  /** Lists up to the bound, skipping what closes nothing. */
  private parseAll(): void {
    while (this.i < this.end) {
      this.parseList();
      if (this.i >= this.end) break;
      // A `)`, `;;` or reserved word nothing opened: skip it and go on.
      this.errors = true;
      const w = this.peekWord();
      this.i += w && LIST_END.has(w) ? w.length : 1;
    }
  }

  private ch(k: number): string { return k < this.end ? this.s[k] : ''; }

  /** The first index from `k` whose character is in one of the `classes` (or the bound): one call a run of characters. */
  private scan(k: number, classes: number): number {
    const s = this.s, end = this.end;
    while (k < end) {
      const c = s.charCodeAt(k);
      if (c < 128 && (CLASS[c] & classes) !== 0) return k;
      k++;
    }
    return end;
  }

  /** Like scan(), for the first character NOT in `classes`. */
  private skip(k: number, classes: number): number {
    const s = this.s, end = this.end;
    while (k < end) {
      const c = s.charCodeAt(k);
      if (c >= 128 || (CLASS[c] & classes) === 0) return k;
      k++;
    }
    return end;
  }

  /** Nesting guard: past MAX_DEPTH the rest of the text is abandoned (linear work on hostile nesting). */
  private enter(): boolean {
    if (++this.depth <= MAX_DEPTH) return true;
    this.errors = true;
    this.i = this.end;
    return false;
  }

  /** Blanks, line continuations and a comment up to (not including) the newline. */
  private skipBlanks(): void {
    for (;;) {
      this.i = this.skip(this.i, BLANK);
      const c = this.ch(this.i);
      if (c !== '\\' && c !== '#') return;
      if (c === '\\' && this.ch(this.i + 1) === '\n') this.i += 2;
      else if (c === '\\' && this.i + 1 >= this.end) { this.errors = true; this.i++; }
      else if (c === '#') {
        const nl = this.s.indexOf('\n', this.i);
        this.i = nl < 0 || nl > this.end ? this.end : nl;
      } else return;
    }
  }

  private newline(): void {
    this.i++;
    if (this.heredocs.length) this.readHeredocs();
  }

  private skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      if (this.ch(this.i) === '\n') this.newline();
      else return;
    }
  }

  /** The plain word at the cursor when it is followed by a delimiter (to spot reserved words), else ''. */
  private peekWord(): string {
    if (this.peekedAt === this.i && this.peekedEnd === this.end) return this.peeked;
    const k = this.scan(this.i, ENDS_WORD | QUOTING);
    const word = k < this.end && is(this.s.charCodeAt(k), QUOTING) ? '' : this.s.slice(this.i, k);
    this.peekedAt = this.i;
    this.peekedEnd = this.end;
    this.peeked = word;
    return word;
  }

  private atListEnd(): boolean {
    const c = this.ch(this.i);
    if (c === '' || c === ')') return true;
    if (c === ';') return this.ch(this.i + 1) === ';' || this.ch(this.i + 1) === '&';
    return LIST_END.has(this.peekWord());
  }

  /** Commands separated by `;`, `&` and newlines, up to EOF, `)`, `;;` or a closing reserved word. */
  private parseList(): void {
    for (;;) {
      this.skipLinebreaks();
      if (this.atListEnd()) return;
      const before = this.i;
      this.parseAndOr();
      this.skipBlanks();
      const c = this.ch(this.i), next = this.ch(this.i + 1);
      if (c === ';' && next !== ';' && next !== '&') this.i++;
      else if (c === '&' && next !== '&') this.i++;
      else if (c === '\n') this.newline();
      else if (this.i === before) { this.errors = true; this.i++; }
    }
  }

  /** Pipelines joined by && / ||: every command of such a list runs under a condition. */
  private parseAndOr(): void {
    const first = this.commands.length;
    let isList = false;
    this.parsePipeline();
    for (;;) {
      this.skipBlanks();
      const c = this.ch(this.i);
      if (!((c === '&' || c === '|') && this.ch(this.i + 1) === c)) break;
      this.i += 2;
      isList = true;
      this.skipLinebreaks();
      if (this.atListEnd()) { this.errors = true; break; }
      this.parsePipeline();
    }
    if (isList) for (let k = first; k < this.commands.length; k++) this.commands[k].guarded = true;
  }

  private parsePipeline(): void {
    this.skipBlanks();
    if (this.ch(this.i) === '!' && endsWord(this.ch(this.i + 1))) { this.i++; this.skipBlanks(); }
    const members: ShellCommand[] = [];
    let piped = false;
    for (;;) {
      const at = this.i;
      const cmd = this.parseCommand();
      if (cmd) members.push(cmd);
      else if (this.i === at) this.errors = true; // `| |`, `&& ;`: an operator with no command
      this.skipBlanks();
      if (this.ch(this.i) !== '|' || this.ch(this.i + 1) === '|') break;
      this.i += this.ch(this.i + 1) === '&' ? 2 : 1;
      piped = true;
      this.skipLinebreaks();
      if (this.atListEnd()) { this.errors = true; break; }
    }
    if (piped) for (const m of members) m.pipeline = members;
  }

  /** One command; returns it when it is a simple command (a pipeline member), null for compound ones. */
  private parseCommand(): ShellCommand | null {
    this.skipBlanks();
    const c = this.ch(this.i);
    if (c === '(') {
      if (this.enter()) {
        if (this.ch(this.i + 1) === '(') { this.i += 2; this.scanArithmetic(); }
        else { this.i++; this.parseList(); this.expect(')'); }
      }
      this.depth--;
      this.trailingRedirects();
      return null;
    }
    const w = this.peekWord();
    switch (w) {
      case '{': case '[': case '[[': case 'if': case 'for': case 'select': case 'while': case 'until': case 'case': case 'function': {
        if (this.enter()) this.compound(w);
        this.depth--;
        this.trailingRedirects();
        return null;
      }
      default:
        if (DECLARATIONS.has(w)) { this.declaration(w); return null; }
        if (w === 'unset' || w === 'unsetenv') { this.unset(w); return null; }
        if (LIST_END.has(w)) return null;
        return this.simpleCommand();
    }
  }

  private compound(keyword: string): void {
    this.i += keyword.length;
    switch (keyword) {
      case '{': this.parseList(); this.expect('}'); return;
      case '[': case '[[': this.testCommand(keyword === '[' ? ']' : ']]'); return;
      case 'if':
        this.guard++;
        this.parseList(); this.expect('then'); this.parseList();
        for (;;) {
          this.skipLinebreaks();
          const w = this.peekWord();
          if (w === 'elif') { this.i += 4; this.parseList(); this.expect('then'); this.parseList(); }
          else if (w === 'else') { this.i += 4; this.parseList(); }
          else break;
        }
        this.expect('fi');
        this.guard--;
        return;
      case 'while': case 'until':
        this.guard++;
        this.parseList(); this.expect('do'); this.parseList(); this.expect('done');
        this.guard--;
        return;
      case 'for': case 'select': this.forLoop(); return;
      case 'case': this.guard++; this.caseStatement(); this.guard--; return;
      default: // function NAME [()] body
        this.skipBlanks();
        this.readWord();
        this.functionBody();
    }
  }

  /** After a function name: optional `()`, then the body (any compound command), which runs only when called. */
  private functionBody(): void {
    this.skipBlanks();
    if (this.ch(this.i) === '(') {
      this.i++;
      this.skipBlanks();
      this.expect(')');
    }
    this.skipLinebreaks();
    this.guard++;
    if (this.enter()) this.parseCommand(); // `f() g() h() …` nests
    this.depth--;
    this.guard--;
  }

  /** Consumes `token` (a reserved word or `)`) after optional linebreaks, or notes an error. */
  private expect(token: string): void {
    this.skipLinebreaks();
    if (token === ')' ? this.ch(this.i) === ')' : this.peekWord() === token) this.i += token.length;
    else this.errors = true;
  }

  private forLoop(): void {
    this.skipBlanks();
    if (this.ch(this.i) === '(' && this.ch(this.i + 1) === '(') { this.i += 2; this.scanArithmetic(); }
    else {
      this.readWord();
      this.skipLinebreaks();
      if (this.peekWord() === 'in') {
        this.i += 2;
        for (;;) {
          this.skipBlanks();
          if (endsWord(this.ch(this.i)) || !this.readWord()) break;
        }
      }
    }
    this.skipBlanks();
    if (this.ch(this.i) === ';') this.i++;
    this.skipLinebreaks();
    if (this.peekWord() === '{') { this.i++; this.parseList(); this.expect('}'); }
    else { this.expect('do'); this.parseList(); this.expect('done'); }
  }

  private caseStatement(): void {
    this.skipBlanks();
    this.readWord();
    this.expect('in');
    for (;;) {
      this.skipLinebreaks();
      const at = this.i;
      if (this.ch(at) === '' || this.peekWord() === 'esac') break;
      if (this.ch(this.i) === '(') this.i++;
      for (;;) { // patterns up to `)`
        this.skipBlanks();
        const c = this.ch(this.i);
        if (c === ')') { this.i++; break; }
        if (c === '|') { this.i++; continue; }
        if (c === '' || c === '\n' || !this.readWord()) { this.errors = true; break; }
      }
      this.parseList();
      this.skipLinebreaks();
      if (this.s.startsWith(';;&', this.i) && this.i + 3 <= this.end) this.i += 3;
      else if (this.ch(this.i) === ';' && (this.ch(this.i + 1) === ';' || this.ch(this.i + 1) === '&')) this.i += 2;
      if (this.i === at) { this.errors = true; this.i++; }
    }
    this.expect('esac');
  }

  /**
   * `[[ … ]]` and `[ … ]` (a test expression, not a command, as tree-sitter-bash had it): operators and words
   * (expansions inside them may hold commands) up to the closing bracket; `[ … ]` stays on its line.
   */
  private testCommand(close: string): void {
    for (;;) {
      if (close === ']') this.skipBlanks(); else this.skipLinebreaks();
      const c = this.ch(this.i);
      if (c === '' || c === '\n' || (close === ']' && (c === ';' || (c === '&' && this.ch(this.i + 1) !== '&') || (c === '|' && this.ch(this.i + 1) !== '|')))) { this.errors = true; return; }
      if (this.peekWord() === close) { this.i += close.length; return; }
      if ('()<>&|!;'.includes(c)) { this.i++; continue; }
      if (!this.readWord()) { this.errors = true; this.i++; }
    }
  }

  /** Redirections after a compound command (`done < <(cmd)`, `} 2>/dev/null`): scanned, attached to nothing. */
  private trailingRedirects(): void {
    for (;;) {
      this.skipBlanks();
      if (!this.atRedirect()) return;
      this.redirect(null);
    }
  }

  private atRedirect(): boolean {
    let k = this.i;
    let c = this.ch(k);
    if (c === '&') return this.ch(k + 1) === '>';
    while (c >= '0' && c <= '9') c = this.ch(++k);
    if (k === this.i && c === '{') { // {fd}>file
      const close = this.skip(k + 1, NAME_CHAR);
      if (close === k + 1 || this.ch(close) !== '}') return false;
      k = close + 1;
      c = this.ch(k);
    }
    return (c === '<' || c === '>') && this.ch(k + 1) !== '(';
  }

  private static readonly OPERATORS = ['<<<', '<<-', '&>>', '<<', '<>', '<&', '>>', '>&', '>|', '&>', '<', '>'];

  /** A redirection at the cursor (atRedirect() was true). Heredoc bodies are read at the next newline. */
  private redirect(cmd: ShellCommand | null): ShellWord {
    const start = this.i;
    if (this.ch(this.i) === '{') this.i = this.s.indexOf('}', this.i) + 1;
    else while (this.ch(this.i) >= '0' && this.ch(this.i) <= '9') this.i++;
    const op = BashParser.OPERATORS.find(o => this.s.startsWith(o, this.i))!;
    this.i += op.length;
    this.skipBlanks();
    const target = this.readWord();
    if (!target) this.errors = true;
    const word: ShellWord = { text: '', value: null, start, end: this.i };
    word.text = this.s.slice(start, word.end);
    if ((op === '<<' || op === '<<-') && target) {
      const quoted = /["'\\]/.test(target.text);
      this.heredocs.push({ word, cmd, delim: target.value ?? target.text, strip: op === '<<-', expand: !quoted });
    }
    return word;
  }

  /** Bodies of the pending heredocs, from the cursor (the start of a line); the cursor ends on the last terminator's newline. */
  private readHeredocs(): void {
    const pending = this.heredocs;
    this.heredocs = [];
    pending.forEach((h, n) => {
      const bodyStart = this.i;
      let bodyEnd = this.end, end = this.end, found = false;
      while (this.i < this.end) {
        let nl = this.s.indexOf('\n', this.i);
        if (nl < 0 || nl > this.end) nl = this.end;
        let k = this.i;
        if (h.strip) while (k < nl && this.s[k] === '\t') k++;
        const lineEnd = nl > k && this.s[nl - 1] === '\r' ? nl - 1 : nl;
        if (lineEnd - k === h.delim.length && this.s.startsWith(h.delim, k)) {
          bodyEnd = this.i;
          end = lineEnd;
          found = true;
          this.i = nl < this.end && n < pending.length - 1 ? nl + 1 : nl;
          break;
        }
        this.i = nl < this.end ? nl + 1 : nl;
      }
      // Unterminated (a Dockerfile `RUN cat <<EOF > f` line holds no body): the redirect stays `<<EOF`.
      if (!found) { this.errors = true; bodyEnd = this.i = this.end; end = h.word.end; }
      if (h.expand) this.scanExpansions(bodyStart, bodyEnd);
      h.word.end = end;
      h.word.text = this.s.slice(h.word.start, end);
      if (h.cmd && h.cmd.end < end) h.cmd.end = end;
    });
  }

  /** Expansions of an unquoted heredoc body: commands inside `$(…)` and backticks there run too. */
  private scanExpansions(from: number, to: number): void {
    const saved = this.i, savedEnd = this.end;
    this.i = from;
    this.end = to;
    while (this.i < to) {
      const c = this.s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '$') this.dollar();
      else if (c === '`') this.backticks();
      else this.i++;
    }
    this.i = saved;
    this.end = savedEnd;
  }

  /** `export A=1 B`, `local -r x`: the keyword is the name, the rest are arguments (as tree-sitter-bash did). */
  private declaration(keyword: string): void {
    const start = this.i;
    const cmd: ShellCommand = {
      name: { text: keyword, value: keyword, start, end: start + keyword.length },
      args: [], assignments: [], start, end: start + keyword.length, pipeline: null, redirects: [], guarded: this.guard > 0,
    };
    this.i += keyword.length;
    for (;;) {
      this.skipBlanks();
      if (endsWord(this.ch(this.i)) && !this.atRedirect()) break;
      if (this.atRedirect()) { this.redirect(null); continue; }
      const w = this.assignment() ?? this.readWord();
      if (!w) break;
      // A bare name (`export PATH`) is a variable name, not a word with a value.
      if (w.value !== null && !w.text.includes('=') && NAME.test(w.text)) w.value = null;
      cmd.args.push(w);
      cmd.end = w.end;
    }
    this.commands.push(cmd);
  }

  /** `unset NAME…`: tree-sitter-bash made it a statement of its own, not a command; its words are scanned. */
  private unset(keyword: string): void {
    this.i += keyword.length;
    for (;;) {
      this.skipBlanks();
      if (endsWord(this.ch(this.i)) || !this.readWord()) return;
    }
  }

  private simpleCommand(): ShellCommand | null {
    const cmd: ShellCommand = { name: null, args: [], assignments: [], start: this.i, end: this.i, pipeline: null, redirects: [], guarded: this.guard > 0 };
    for (;;) {
      this.skipBlanks();
      if (this.atRedirect()) {
        const r = this.redirect(cmd);
        cmd.redirects.push(r);
        cmd.end = r.end;
        continue;
      }
      const c = this.ch(this.i);
      if (endsWord(c) && !((c === '<' || c === '>') && this.ch(this.i + 1) === '(')) break;
      if (!cmd.name) {
        const a = this.assignment();
        if (a) { cmd.assignments.push(a); cmd.end = a.end; continue; }
      }
      const w = this.readWord();
      if (!w) break;
      cmd.end = w.end;
      if (cmd.name) { cmd.args.push(w); continue; }
      cmd.name = w;
      if (!cmd.assignments.length && !cmd.redirects.length && this.atFunctionParens()) { this.functionBody(); return null; }
    }
    if (this.ch(this.i) === '(') this.errors = true;
    if (!cmd.name) return null;
    this.commands.push(cmd);
    this.simple++;
    return cmd;
  }

  private atFunctionParens(): boolean {
    let k = this.i;
    while (this.ch(k) === ' ' || this.ch(k) === '\t') k++;
    if (this.ch(k) !== '(') return false;
    k++;
    while (this.ch(k) === ' ' || this.ch(k) === '\t') k++;
    if (this.ch(k) !== ')') return false;
    this.i = k + 1;
    return true;
  }

  /** `NAME=value`, `NAME+=value`, `NAME[i]=value`, `NAME=(a b)`: value null when it expands (arrays always). */
  private assignment(): ShellWord | null {
    const start = this.i;
    const c = this.s.charCodeAt(start);
    if (!is(c, NAME_CHAR) || (c >= 48 && c <= 57)) return null; // a name starts with a letter or _
    let k = this.skip(start, NAME_CHAR);
    if (this.ch(k) === '[') {
      while (k < this.end && this.s[k] !== ']' && !is(this.s.charCodeAt(k), ENDS_WORD)) k++; // within the word
      if (this.ch(k) !== ']') return null;
      k++;
    }
    if (this.ch(k) === '+') k++;
    if (this.ch(k) !== '=') return null;
    const nameEnd = k + 1; // past `=`
    this.i = nameEnd;
    let value: string | null;
    if (this.ch(this.i) === '(') {
      this.i++;
      for (;;) {
        this.skipLinebreaks();
        const c = this.ch(this.i);
        if (c === ')') { this.i++; break; }
        if (c === '' || !this.readWord()) { this.errors = true; break; }
      }
      value = null;
    } else {
      const w = this.readWord();
      value = w ? w.value : '';
    }
    const text = this.s.slice(start, this.i);
    return { text, value: value === null ? null : text.slice(0, nameEnd - start) + value, start, end: this.i };
  }

  /** One shell word from the cursor, or null when none starts there. */
  private readWord(): ShellWord | null {
    const start = this.i;
    let value: string | null = '';
    for (;;) {
      // Plain characters, the bulk of a script.
      const k = this.scan(this.i, ENDS_WORD | QUOTING);
      if (k > this.i) {
        if (value !== null) value += this.s.slice(this.i, k);
        this.i = k;
      }
      const c = this.ch(this.i);
      if (endsWord(c)) {
        if ((c === '<' || c === '>') && this.ch(this.i + 1) === '(') { this.i += 2; this.subList(); value = null; continue; }
        if (c === '(' && this.i > start && '?*+@!'.includes(this.s[this.i - 1])) {
          const glob = this.extglob();
          if (value !== null) value += glob;
          continue;
        }
        break;
      }
      let v: string | null;
      switch (c) {
        case '\\':
          if (this.ch(this.i + 1) === '') { this.errors = true; this.i++; v = ''; }
          else { v = this.s[this.i + 1]; this.i += 2; }
          break;
        case "'": {
          const close = this.s.indexOf("'", this.i + 1);
          const stop = close < 0 || close >= this.end ? this.end : close;
          if (stop === this.end) this.errors = true;
          v = this.s.slice(this.i + 1, stop);
          this.i = Math.min(stop + 1, this.end);
          break;
        }
        case '"': v = this.doubleQuoted(); break;
        case '`': this.backticks(); v = null; break;
        default: v = this.dollar(); // '$'
      }
      value = value === null || v === null ? null : value + v;
    }
    if (this.i === start) return null;
    return { text: this.s.slice(start, this.i), value, start, end: this.i };
  }

  /** `@(a|b)` after an extglob operator: kept literal, balanced parentheses. */
  private extglob(): string {
    const start = this.i;
    let depth = 0;
    for (;;) {
      const c = this.ch(this.i);
      if (c === '' || c === '\n') { this.errors = true; break; }
      this.i++;
      if (c === '\\') this.i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    this.i = Math.min(this.i, this.end);
    return this.s.slice(start, this.i);
  }

  /** `"…"`: its value after quote removal, or null when it holds an expansion. */
  private doubleQuoted(): string | null {
    let value: string | null = '';
    this.i++;
    for (;;) {
      const c = this.ch(this.i);
      if (c === '') { this.errors = true; return value; }
      if (c === '"') { this.i++; return value; }
      if (c === '\\') {
        const next = this.ch(this.i + 1);
        if (value !== null) value += next === '$' || next === '`' || next === '"' || next === '\\' || next === '\n' ? next : c + next;
        this.i += next ? 2 : 1;
      } else if (c === '$') {
        const v = this.dollar(true);
        value = value === null || v === null ? null : value + v;
      } else if (c === '`') { this.backticks(); value = null; }
      else {
        const k = this.scan(this.i + 1, QUOTING); // stops at ' too, plain here: the next turn goes on
        if (value !== null) value += this.s.slice(this.i, k);
        this.i = k;
      }
    }
  }

  /** At `$`: an expansion (returns null, parsing the commands it holds) or a literal `$` (returns '$'). */
  private dollar(inDoubleQuotes = false): string | null {
    const next = this.ch(this.i + 1);
    if (!EXPANDS.test(next) && (inDoubleQuotes || (next !== "'" && next !== '"'))) { this.i++; return '$'; }
    if (next === "'") { // $'…': ANSI-C quoting (tree-sitter-bash gave it no value)
      this.i += 2;
      for (;;) {
        const c = this.ch(this.i);
        if (c === '') { this.errors = true; break; }
        this.i += c === '\\' ? 2 : 1;
        if (c === "'") break;
      }
      this.i = Math.min(this.i, this.end);
      return null;
    }
    if (next === '"') { this.i++; this.doubleQuoted(); return null; }
    if (next === '(') {
      if (this.ch(this.i + 2) === '(') { this.i += 3; this.scanArithmetic(); }
      else { this.i += 2; this.subList(); }
      return null;
    }
    if (next === '{') {
      this.i += 2;
      if (this.enter()) this.scanBraces();
      this.depth--;
      return null;
    }
    this.i += 2;
    if (is(next.charCodeAt(0), NAME_CHAR) && !(next >= '0' && next <= '9')) this.i = this.skip(this.i, NAME_CHAR);
    return null;
  }

  /** The inside of `$(…)`, `<(…)`, `>(…)` from after the `(`: a full list of commands, then `)`. */
  private subList(): void {
    if (this.enter()) {
      this.parseList();
      this.expect(')');
    }
    this.depth--;
  }

  /** `` `…` ``: the commands between the backticks, parsed in place. */
  private backticks(): void {
    let k = this.i + 1;
    for (;;) {
      const c = this.ch(k);
      if (c === '' || c === '`') break;
      k += c === '\\' ? 2 : 1;
    }
    k = Math.min(k, this.end);
    if (k >= this.end) this.errors = true;
    const savedEnd = this.end;
    this.i++;
    if (this.enter()) {
      this.end = k;
      this.parseAll();
      this.end = savedEnd;
    }
    this.depth--;
    this.i = Math.min(k + 1, savedEnd);
  }

  /** `${…}` from after the `{` to its `}`: nested expansions and quotes inside are parsed. */
  private scanBraces(): void {
    for (;;) {
      const c = this.ch(this.i);
      if (c === '') { this.errors = true; return; }
      if (c === '}') { this.i++; return; }
      this.skipNestedChar(c);
    }
  }

  /** One step inside `${…}` or `$((…))`: an escape, a nested expansion or quote, or a plain character. */
  private skipNestedChar(c: string): void {
    if (c === '\\') this.i = Math.min(this.i + 2, this.end);
    else if (c === '$') this.dollar();
    else if (c === '`') this.backticks();
    else if (c === '"') this.doubleQuoted();
    else if (c === "'") {
      const close = this.s.indexOf("'", this.i + 1);
      this.i = close < 0 || close >= this.end ? this.end : close + 1;
    } else this.i++;
  }

  /** `((…))` / `$((…))` from after the opening parentheses to the matching `))`. */
  private scanArithmetic(): void {
    let depth = 0;
    for (;;) {
      const c = this.ch(this.i);
      if (c === '') { this.errors = true; return; }
      if (c === ')') {
        if (depth === 0 && this.ch(this.i + 1) === ')') { this.i += 2; return; }
        if (depth > 0) depth--;
        this.i++;
      } else if (c === '(') { depth++; this.i++; }
      else this.skipNestedChar(c);
    }
  }
}

export function parseBash(text: string): ShellScript {
  const p = new BashParser(text);
  p.parse();
  const commands = p.commands.sort((a, b) => a.start - b.start);
  // The tree-sitter-based conversion linked pipelines only when the script had more than one simple command.
  if (p.simple <= 1) for (const c of commands) c.pipeline = null;
  return { text, commands, hasErrors: p.errors, memo: undefined };
}
