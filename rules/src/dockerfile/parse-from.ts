// FROM's parts: the image word, its tag and digest (a `:` or `@` inside `${VAR:-x}` does not count) and
// the `AS name` stage alias, with dockerfile-ast's ranges.
import type { Range } from '../types';
import type { RawArg, Source } from './parse';

export interface FromParts {
  imageRange: Range | null;
  tagRange: Range | null;
  digestRange: Range | null;
  alias: string | null;
  aliasRange: Range | null;
}

export function fromPartsOf(src: Source, raw: RawArg[], args: RawArg[]): FromParts {
  const aliasArg = args.length > 2 && args[1].value.toUpperCase() === 'AS' ? args[2] : null;
  const parts: FromParts = {
    imageRange: null, tagRange: null, digestRange: null,
    alias: aliasArg ? src.sub(aliasArg.start, aliasArg.end) : null, aliasRange: aliasArg ? src.range(aliasArg.start, aliasArg.end) : null,
  };
  if (!args.length) return parts;
  const image = args[0];
  const start = src.norm(image.start);
  const content = src.sub(image.start, image.end);
  const imageRange = src.range(image.start, image.end);
  parts.imageRange = imageRange;
  let vars: [number, number][] | null = null;
  const variables = () => (vars ??= raw.flatMap(a => variableSpans(src.esc, src.norm(a.start), src.sub(a.start, a.end))));
  const inVariable = (at: number) => variables().find(([s, e]) => s < at && at < e);
  const indexOf = (s: string): number => {
    let index = content.indexOf(s);
    for (let v = inVariable(start + index); v; v = inVariable(start + index)) {
      const sub = content.indexOf(s, v[1] - start);
      if (sub === -1) return -1;
      index = sub;
    }
    return index;
  };
  const lastIndexOf = (s: string): number => {
    let index = content.lastIndexOf(s);
    while (inVariable(start + index)) {
      index = index <= 0 ? -1 : content.lastIndexOf(s, index - 1);
      if (index === -1) return -1;
    }
    return index;
  };
  const at = indexOf('@');
  const slash = content.indexOf('/');
  let tag: Range | null | undefined;
  if (at === -1) {
    const colon = lastIndexOf(':');
    if (colon > slash) tag = { start: src.pos(start + colon + 1), end: imageRange.end };
  }
  if (tag === undefined) {
    const head = content.substring(0, at);
    const colon = head.indexOf(':');
    if (colon === -1) tag = null;
    else if (slash === -1) tag = src.range(start + colon + 1, start + at);
    else if (colon < slash) tag = null;
    else tag = src.range(start + colon + 1, start + head.length);
  }
  parts.tagRange = tag;
  const digestAt = lastIndexOf('@');
  if (digestAt !== -1) {
    parts.digestRange = { start: { line: imageRange.start.line, character: imageRange.start.character + digestAt + 1 }, end: { ...imageRange.end } };
  }
  return parts;
}

/** Offsets of each `$NAME` / `${…}` reference in a word written at `offset` (dockerfile-ast's variable scan). */
function variableSpans(esc: string, offset: number, arg: string): [number, number][] {
  const out: [number, number][] = [];
  const lastNl = arg.lastIndexOf('\n');
  scan: for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === esc) { if (arg[i + 1] === '$') i++; continue; }
    if (c !== '$') continue;
    if (arg[i + 1] === '{') {
      for (let j = i + 2; j < arg.length; j++) {
        const d = arg[j];
        if (d === esc) {
          // An escaped newline anywhere after continues the name after it.
          if (lastNl > j) j = arg.indexOf('\n', j + 1);
          continue;
        }
        if (d === '}') { out.push([offset + i, offset + j + 1]); i = j; continue scan; }
      }
      break;
    }
    const next = arg.charAt(i + 1);
    if (next === ' ' || next === '\t' || next === '\r' || next === '\n' || i === arg.length - 1) continue;
    for (let j = i + 1; j < arg.length; j++) {
      const d = arg[j];
      if (d === '\r' || d === '\n' || d === ' ' || d === '\t') continue;
      if (d === '$' || d === '\'' || d === '"') { out.push([offset + i, offset + j]); i = j - 1; continue scan; }
      if (d === esc) {
        if (lastNl > j) { j = arg.indexOf('\n', j + 1); continue; }
        out.push([offset + i, offset + j]);
        break scan;
      }
      if (!/[a-z0-9_]/i.test(d)) { out.push([offset + i, offset + j]); i = j - 1; continue scan; }
    }
    out.push([offset + i, offset + arg.length]);
    break;
  }
  return out;
}
