// Ruby expressions reduced to what rules compare: literals with their values, interpolated strings kept as
// templates, everything else dynamic. Locals, constants and globals assigned exactly once, to a literal,
// resolve to that literal (with the literal's own range kept as `origin`).
import * as P from '@ruby/prism/src/nodes.js';
import type { Range } from '../types';

type Node = { location: { startOffset: number; length: number } };

interface Base {
  /** Where the expression is written (the use site). */
  range: Range;
  /** The literal a variable resolved to, when the value came through one. */
  origin: Range | null;
  /** The literal node itself (string, heredoc …), for mapping its text back to the document. */
  node: Node;
}

export interface VgHashEntry { key: string | null; keyRange: Range; value: VgValue; range: Range }

export type VgValue = Base & (
  | { kind: 'string'; value: string }
  | { kind: 'symbol'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'nil' }
  | { kind: 'array'; items: VgValue[] }
  | { kind: 'hash'; entries: VgHashEntry[] }
  /** An interpolated string: `text` has each `#{…}` replaced by `#{…}` literally, `value` is null. */
  | { kind: 'template'; text: string }
  | { kind: 'dynamic' }
);

/** The text of a string or symbol, else null. */
export function text(v: VgValue | null | undefined): string | null {
  return v && (v.kind === 'string' || v.kind === 'symbol') ? v.value : null;
}

/** A string, symbol or template's text (templates keep `#{…}` markers), else null. */
export function textOrTemplate(v: VgValue | null | undefined): string | null {
  return v?.kind === 'template' ? v.text : text(v);
}

export function isTrue(v: VgValue | null | undefined): boolean { return v?.kind === 'boolean' && v.value; }
export function isFalse(v: VgValue | null | undefined): boolean { return v?.kind === 'boolean' && !v.value; }

/** Every string in a value (array items and hash values included), with the value holding it. */
export function strings(v: VgValue | null | undefined): { value: string; at: VgValue }[] {
  if (!v) return [];
  if (v.kind === 'string' || v.kind === 'symbol') return [{ value: v.value, at: v }];
  if (v.kind === 'array') return v.items.flatMap(strings);
  if (v.kind === 'hash') return v.entries.flatMap(e => strings(e.value));
  return [];
}

export function hashGet(v: VgValue | null | undefined, key: string): VgHashEntry | null {
  return v?.kind === 'hash' ? v.entries.find(e => e.key === key) ?? null : null;
}

export interface ValueContext {
  range(loc: { startOffset: number; length: number }): Range;
  /** The value of the single literal assigned to a variable, or null (computed once per variable). */
  literalOf(node: P.LocalVariableReadNode | P.ConstantReadNode | P.GlobalVariableReadNode, hops: number): VgValue | null;
  /** Names bound by an enclosing block or method parameter: never resolved. */
  isShadowed(name: string): boolean;
}

/** How many variables deep a value is followed (`A = B`, `B = "x"`); also stops self-references. */
export const MAX_RESOLVE = 8;

export function valueOf(node: unknown, ctx: ValueContext, hops = 0): VgValue {
  const n = node as Node;
  const range = ctx.range(n.location);
  if (node instanceof P.StringNode) return { range, origin: null, node: n, kind: 'string', value: node.unescaped.value };
  if (node instanceof P.XStringNode) return { range, origin: null, node: n, kind: 'dynamic' };
  if (node instanceof P.SymbolNode) return { range, origin: null, node: n, kind: 'symbol', value: node.unescaped.value };
  if (node instanceof P.InterpolatedStringNode || node instanceof P.InterpolatedSymbolNode) {
    let out = '';
    for (const part of node.parts) {
      if (part instanceof P.StringNode) out += part.unescaped.value;
      else out += '#{…}';
    }
    return { range, origin: null, node: n, kind: 'template', text: out };
  }
  if (node instanceof P.IntegerNode || node instanceof P.FloatNode) return { range, origin: null, node: n, kind: 'number', value: Number(node.value) };
  if (node instanceof P.TrueNode) return { range, origin: null, node: n, kind: 'boolean', value: true };
  if (node instanceof P.FalseNode) return { range, origin: null, node: n, kind: 'boolean', value: false };
  if (node instanceof P.NilNode) return { range, origin: null, node: n, kind: 'nil' };
  if (node instanceof P.ArrayNode) return { range, origin: null, node: n, kind: 'array', items: node.elements.map(e => valueOf(e, ctx, hops)) };
  if (node instanceof P.HashNode || node instanceof P.KeywordHashNode) return { range, origin: null, node: n, kind: 'hash', entries: hashEntries(node.elements, ctx, hops) };
  if (node instanceof P.ParenthesesNode && node.body instanceof P.StatementsNode && node.body.body.length === 1) {
    return { ...valueOf(node.body.body[0], ctx, hops), range };
  }
  if ((node instanceof P.LocalVariableReadNode || node instanceof P.ConstantReadNode || node instanceof P.GlobalVariableReadNode)
    && hops < MAX_RESOLVE && !ctx.isShadowed(node.name)) {
    const v = ctx.literalOf(node, hops);
    if (v && v.kind !== 'dynamic') return { ...v, range, origin: v.origin ?? v.range };
  }
  if (node instanceof P.CallNode && node.name === '[]' && node.receiver && node.arguments_?.arguments_.length === 1) {
    // `BOXES["web"]`, `SERVERS[0]` on a literal hash or array.
    const recv = valueOf(node.receiver, ctx, hops);
    const key = valueOf(node.arguments_.arguments_[0], ctx, hops);
    const k = key.kind === 'number' ? key.value : text(key);
    if (recv.kind === 'hash' && typeof k === 'string') { const e = hashGet(recv, k); if (e) return { ...e.value, range, origin: e.value.origin ?? e.value.range }; }
    if (recv.kind === 'array' && typeof k === 'number' && recv.items[k]) { const it = recv.items[k]; return { ...it, range, origin: it.origin ?? it.range }; }
  }
  return { range, origin: null, node: n, kind: 'dynamic' };
}

export function hashEntries(elements: unknown[], ctx: ValueContext, hops = 0): VgHashEntry[] {
  const out: VgHashEntry[] = [];
  for (const el of elements) {
    if (!(el instanceof P.AssocNode)) continue;
    const key = valueOf(el.key, ctx, hops);
    out.push({ key: text(key), keyRange: key.range, value: valueOf(el.value, ctx, hops), range: ctx.range(el.location) });
  }
  return out;
}
