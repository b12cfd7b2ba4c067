// Questions several Vagrantfile rules ask of the model, and the edits their quick fixes make.
import type { Range, TextEdit } from '../types';
import type { VagrantfileModel, VgCall, VgMachine, VgScope, VgSetting } from './model';
import { strings, type VgValue } from './values';

/** Rules written for the v2 configuration skip settings made inside `Vagrant::Config.run` (flagged as a whole). */
export function isV2(scope: VgScope): boolean { return !scope.configure?.v1; }

export function configSettings(model: VagrantfileModel, path: string): VgSetting[] {
  return model.settings.filter(s => s.scope.kind === 'config' && s.path === path && isV2(s.scope));
}

export function configCalls(model: VagrantfileModel, path: string): VgCall[] {
  return model.calls.filter(c => c.scope.kind === 'config' && c.path === path && isV2(c.scope));
}

/** The text of the whole lines a statement occupies, when nothing else shares them (a comment may follow). */
function wholeLines(model: VagrantfileModel, r: Range): { start: number; end: number } | null {
  const { lines } = model;
  const before = lines.lineText(r.start.line).slice(0, r.start.character);
  const after = lines.lineText(r.end.line).slice(r.end.character);
  if (before.trim() !== '' || !/^\s*(#.*)?$/.test(after)) return null;
  const start = lines.lineStart(r.start.line);
  const end = r.end.line + 1 < lines.lineCount ? lines.lineStart(r.end.line + 1) : lines.text.length;
  return { start, end };
}

/** Deletes a statement with its line(s), or null when it shares a line with other code. */
export function deleteStatement(model: VagrantfileModel, r: Range): TextEdit | null {
  const span = wholeLines(model, r);
  return span ? { range: model.lines.range(span.start, span.end), newText: '' } : null;
}

/** Inserts a line after a statement, indented like it; null when the statement shares its line. */
export function insertLineAfter(model: VagrantfileModel, r: Range, line: string): TextEdit | null {
  if (!wholeLines(model, r)) return null;
  const indent = /^\s*/.exec(model.lines.lineText(r.start.line))![0];
  const at = { line: r.end.line, character: model.lines.lineText(r.end.line).length };
  return { range: { start: at, end: at }, newText: `\n${indent}${line}` };
}

/** Appends a keyword option to a call, written in the call's own hash style. */
export function addOption(call: VgCall, key: string, rubyValue: string): TextEdit | null {
  if (!call.args.end) return null;
  const text = call.args.style === 'rocket' ? `, :${key} => ${rubyValue}` : `, ${key}: ${rubyValue}`;
  return { range: { start: call.args.end, end: call.args.end }, newText: text };
}

/** The receiver text of a setting (`config.vm` in `config.vm.box = …`), for writing a sibling setting. */
export function receiverText(model: VagrantfileModel, s: VgSetting): string {
  const line = model.lines.lineText(s.range.start.line);
  return line.slice(s.range.start.character, s.nameRange.start.character).replace(/\.$/, '');
}

export interface ArgToken { value: string; range: Range }

/**
 * Docker CLI arguments written as one string (`"--privileged -v /a:/b"`) or an array of strings, split
 * into words with their exact ranges (quotes inside a word are dropped from its value).
 */
export function argTokens(model: VagrantfileModel, v: VgValue | null | undefined): ArgToken[] {
  if (!v) return [];
  const out: ArgToken[] = [];
  for (const { at } of strings(v)) {
    const mapped = model.mapLiteral(at);
    if (!mapped) continue;
    const re = /(?:[^\s"']+|"[^"]*"|'[^']*')+/g;
    for (let m = re.exec(mapped.text); m; m = re.exec(mapped.text)) {
      const start = mapped.from[m.index];
      const end = mapped.to[m.index + m[0].length - 1];
      out.push({ value: m[0].replace(/["']/g, ''), range: model.lines.range(start, end) });
    }
  }
  return out;
}

/** A flag's value in docker-style args: `--memory 512m`, `--memory=512m`, `-m512m` forms. */
export function hasDockerFlag(tokens: ArgToken[], ...names: string[]): boolean {
  return tokens.some(t => names.some(n => t.value === n || t.value.startsWith(`${n}=`) || (/^-[a-z]$/.test(n) && t.value.startsWith(n) && t.value.length > 2)));
}

/** `"web"`, `"node#{…}"` or `the machine` for messages. */
export function machineLabel(m: VgMachine | null): string {
  if (!m) return 'every machine';
  const v = m.name;
  const name = v.kind === 'string' || v.kind === 'symbol' ? v.value : v.kind === 'template' ? v.text : null;
  return name === null ? 'this machine' : `machine \`${name}\``;
}
