// `name=value` properties of ENV, ARG and LABEL (and the legacy `ENV name value`): the words are split
// honouring quotes, `${…}` and escaped newlines, and values read as Docker does (quotes removed, escapes
// resolved, variables kept), with the ranges dockerfile-ast gave.
import type { DfProperty, Node, Source } from './parse';

interface Word { value: string; start: number; end: number }

export const isWs = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';

export function propertiesOf(src: Source, nd: Node): DfProperty[] {
  const args = propertyWords(src, nd);
  if (args.length === 0) return [];
  if (args.length === 1) return [property(src, args[0])];
  if (args.length === 2) {
    return args[0].value.indexOf('=') === -1 ? [property(src, args[0], args[1])] : [property(src, args[0]), property(src, args[1])];
  }
  if (args[0].value.indexOf('=') === -1) {
    const last = args[args.length - 1];
    return [property(src, args[0], { value: src.sub(args[1].start, last.end), start: args[1].start, end: last.end })];
  }
  return args.map(a => property(src, a));
}

/** Index of the first character that is not blank or an escaped newline, -1 when none. */
function leadingNonWhitespace(content: string, esc: string): number {
  scan: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c === ' ' || c === '\t') continue;
    if (c !== esc) return i;
    for (let j = i + 1; j < content.length; j++) {
      const d = content[j];
      if (d === ' ' || d === '\t') continue;
      if (d === '\r') { i = j + 1; continue scan; }
      if (d === '\n') { i = j; continue scan; }
      break;
    }
    return -1;
  }
  return -1;
}

function trailingNonWhitespace(content: string, esc: string): number {
  for (let i = content.length - 1; i >= 0; i--) {
    const c = content[i];
    if (c === ' ' || c === '\t') continue;
    if (c !== '\n' && c !== '\r') return i;
    if (c === '\n' && content[i - 1] === '\r') i--;
    for (let j = i - 1; j >= 0; j--) {
      const d = content[j];
      if (!isWs(d) && d !== esc) return j;
    }
    return content.length;
  }
  return content.length;
}

function propertyWords(src: Source, nd: Node): Word[] {
  const esc = src.esc;
  const nameEnd = src.norm(nd.kwEnd);
  const full = src.text.substring(nameEnd, Math.max(nameEnd, src.norm(nd.end)));
  const start = leadingNonWhitespace(full, esc);
  if (start === -1) return [];
  const base = nameEnd + start;
  let escaped = src.pos(nd.start).line !== src.pos(base).line;
  let endingEscape = false, mark = -1;
  const content = full.substring(start, trailingNonWhitespace(full, esc) + 1);
  const out: Word[] = [];
  const push = (from: number, to: number) => out.push({ value: content.substring(from, to), start: base + from, end: base + to });
  let argStart = escaped ? -1 : 0;
  let spaced = false;
  const spacedWord = () => { if (argStart !== -1) push(argStart, mark); };
  scan: for (let i = 0; i < content.length; i++) {
    const c = content[i];
    switch (c) {
      case esc: {
        if (i + 1 === content.length) { endingEscape = true; break scan; }
        if (!escaped) mark = i;
        const next = content[i + 1];
        if (next === ' ' || next === '\t') {
          if (!isWs(content.charAt(i + 2))) { i++; continue scan; }
          for (let j = i + 2; j < content.length; j++) {
            const d = content[j];
            if (d === '\r' || d === '\n') { escaped = true; i = d === '\r' ? j + 1 : j; continue scan; }
            if (d === ' ' || d === '\t') continue;
            out.push({ value: content.substring(argStart, i), start: base + argStart, end: base + i + 2 });
            argStart = j;
            break;
          }
          i = argStart - 1;
          continue scan;
        }
        if (next === '\r' || next === '\n') { escaped = true; i += next === '\r' ? 2 : 1; continue scan; }
        if (argStart === -1) argStart = i;
        if (next === esc) i++;
        continue scan;
      }
      case '\'': case '"': {
        if (spaced) { spacedWord(); argStart = i; spaced = false; }
        if (argStart === -1) argStart = i;
        for (let j = i + 1; j < content.length; j++) {
          const d = content[j];
          if (d === c) {
            const after = content.charAt(j + 1);
            if (after !== ' ' && after !== '') { i = j; continue scan; }
            push(argStart, j + 1);
            i = j; argStart = -1;
            continue scan;
          }
          if (d === esc) j++;
        }
        break scan;
      }
      case ' ': case '\t':
        if (escaped) { if (argStart !== -1) spaced = true; }
        else if (argStart !== -1) { push(argStart, i); argStart = -1; }
        break;
      case '\r': case '\n':
        if (c === '\r') i++;
        spaced = false;
        break;
      case '#':
        if (escaped) {
          for (let j = i + 1; j < content.length; j++) {
            const d = content[j];
            if (d === '\r' || d === '\n') { i = d === '\r' ? j + 1 : j; spaced = false; continue scan; }
          }
          if (argStart !== -1) { push(argStart, mark); argStart = -1; }
          break scan;
        }
        if (argStart === -1) argStart = i;
        break;
      default:
        if (spaced) { spacedWord(); argStart = i; spaced = false; }
        escaped = false;
        if (argStart === -1) argStart = i;
        if (c === '$' && content[i + 1] === '{') {
          // `${a:-x y}`: blanks inside quotes or after an escape do not end the word.
          let single = false, double = false, esc2 = false;
          for (let j = i + 1; j < content.length; j++) {
            const d = content[j];
            if (d === esc) esc2 = true;
            else if (d === '\r' || d === '\n') continue;
            else if (d === '\'') { single = !single; esc2 = false; }
            else if (d === '"') { double = !double; esc2 = false; }
            else if (d === ' ' || d === '\t') {
              if (esc2 || single || double) continue;
              i = j - 1;
              continue scan;
            } else if (d === '}') { i = j; continue scan; }
            else esc2 = false;
          }
          break scan;
        }
    }
  }
  if (argStart !== -1 && argStart !== content.length) {
    const end = endingEscape ? content.length - 1 : content.length;
    push(argStart, end);
  }
  return out;
}

function property(src: Source, arg: Word, arg2?: Word): DfProperty {
  const esc = src.esc;
  const [ns, ne] = nameSpan(src, arg);
  const nameRange = src.range(ns, ne);
  const name = valueOf(src.sub(ns, ne), esc);
  if (arg2) {
    const valueRange = src.range(arg2.start, arg2.end);
    return { name, value: valueOf(src.sub(arg2.start, arg2.end), esc), nameRange, valueRange, range: { start: nameRange.start, end: valueRange.end } };
  }
  const range = src.range(arg.start, arg.end);
  if (src.norm(ns) === src.norm(arg.start) && src.norm(ne) === src.norm(arg.end)) return { name, value: null, nameRange, valueRange: null, range };
  const vs = src.norm(arg.start) + arg.value.indexOf('=') + 1;
  return { name, value: valueOf(src.sub(vs, arg.end), esc), nameRange, valueRange: src.range(vs, arg.end), range };
}

function nameSpan(src: Source, arg: Word): [number, number] {
  const v = arg.value;
  const index = v.indexOf('=');
  if (index !== -1) {
    const first = v.charAt(0), before = v.charAt(index - 1);
    if ((first === '"' && before === '"') || (first === '\'' && before === '\'') || (first !== '"' && first !== '\'')) {
      return [arg.start, src.norm(arg.start) + index];
    }
  }
  return [arg.start, arg.end];
}

/** A name or value as Docker reads it: surrounding quotes removed, escapes resolved, comment lines dropped. */
function valueOf(value: string, esc: string): string {
  let escaped = false;
  const skip = leadingNonWhitespace(value, esc);
  if (skip !== 0 && value.charAt(skip) === '#') escaped = true;
  value = value.substring(skip);
  const first = value.charAt(0), last = value.charAt(value.length - 1);
  const literal = first === '\'' || first === '"';
  const inSingle = first === '\'' && last === '\'';
  let inDouble = false;
  if (first === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value.charAt(i) === esc) i++;
      else if (value.charAt(i) === '"' && i === value.length - 1) inDouble = true;
    }
  }
  if (inSingle || inDouble) value = value.substring(1, value.length - 1);
  let commentCheck = -1;
  let out = '';
  scan: for (let i = 0; i < value.length; i++) {
    let c = value.charAt(i);
    switch (c) {
      case esc:
        if (i + 1 === value.length) { out += esc; break scan; }
        c = value.charAt(i + 1);
        if (c === ' ' || c === '\t') {
          blanks: for (let j = i + 2; j < value.length; j++) {
            const d = value.charAt(j);
            switch (d) {
              case ' ': case '\t': break;
              case '\r': case '\n':
                escaped = true;
                i = d === '\r' ? j + 1 : j;
                continue scan;
              default:
                if (!inDouble && !inSingle && !literal) {
                  if (d === esc) { out += c; i++; } else { out += c + d; i = j; }
                  continue scan;
                }
                break blanks;
            }
          }
        }
        if (inDouble) {
          if (c === '\r') { escaped = true; i += 2; }
          else if (c === '\n') { escaped = true; i++; }
          else if (c !== '"') { if (c === esc) i++; out += esc; }
          continue scan;
        }
        if (inSingle || literal) {
          if (c === '\r') { escaped = true; i += 2; }
          else if (c === '\n') { escaped = true; i++; }
          else out += esc;
          continue scan;
        }
        if (c === esc) { out += esc; i++; }
        else if (c === '\r') { escaped = true; i += 2; }
        else if (c === '\n') { escaped = true; i++; }
        else { out += c; i++; }
        break;
      case ' ': case '\t':
        if (escaped && commentCheck === -1) commentCheck = i;
        out += c;
        break;
      case '\r': case '\n':
        if (c === '\r') i++;
        if (escaped && commentCheck !== -1) {
          out = out.substring(0, out.length - (i - commentCheck - 1));
          commentCheck = -1;
        }
        break;
      case '#':
        if (escaped) {
          if (commentCheck !== -1) {
            out = out.substring(0, out.length - (i - commentCheck));
            commentCheck = -1;
          }
          for (let j = i + 1; j < value.length; j++) {
            const d = value.charAt(j);
            if (d === '\r' || d === '\n') { i = d === '\r' ? j + 1 : j; break; }
          }
          continue scan;
        }
      // falls through
      default:
        if (escaped) { escaped = false; commentCheck = -1; }
        out += c;
    }
  }
  return out;
}
