// The Dockerfile model as boxlint built it from dockerfile-ast 0.7.1 before rules/src/dockerfile/parse.ts
// replaced it: kept (test-only, never shipped) as the reference of test/dockerfile-parser.test.ts.
import { DockerfileParser, type Instruction, type From, type Run, type Onbuild, type JSONInstruction, type Heredoc, type ModifiableInstruction, type PropertyInstruction } from 'dockerfile-ast';
import type { Range } from '../rules/src/types';
import { LineIndex } from '../rules/src/text';
import { parseShell, type ShellScript } from '../rules/src/shell/script';
import { ShellBudget, type ShellHost, type ShellSource } from '../rules/src/shell/host';
import { expandVars, parseImageRef, type ImageRef } from '../rules/src/dockerfile/image-ref';

export interface DfWord { value: string; range: Range }
export interface DfProperty { name: string; value: string | null; nameRange: Range; valueRange: Range | null; range: Range }
export interface DfFlag { name: string; value: string | null; range: Range; nameRange: Range; valueRange: Range | null }

export interface DfInstruction {
  /** Upper-cased keyword (`RUN`). */
  keyword: string;
  /** As written (`run`). */
  rawKeyword: string;
  keywordRange: Range;
  range: Range;
  argsRange: Range | null;
  /** Arguments after flags, as dockerfile-ast splits them (whitespace-separated, escapes kept); heredoc bodies excluded. */
  args: DfWord[];
  flags: DfFlag[];
  /** `name=value` pairs of ENV, ARG and LABEL (value as Docker reads it: quotes removed, escapes resolved, variables kept; null when absent). */
  properties: DfProperty[];
  /** Exec (JSON) form strings, properly JSON-decoded; null for shell form. */
  json: DfWord[] | null;
  heredocs: Heredoc[];
  stage: DfStage | null;
  /** For `ONBUILD X`, the trigger X; for a trigger, its ONBUILD. */
  trigger: DfInstruction | null;
  onbuild: DfInstruction | null;
  node: Instruction;
}

export interface DfFrom {
  instruction: DfInstruction;
  /** The image reference as written (may contain `$VAR`), null when FROM has no argument. */
  image: string | null;
  imageRange: Range | null;
  /** The reference after ARG defaults are substituted, null when it cannot be resolved. */
  resolved: string | null;
  ref: ImageRef | null;
  /** Ranges of the tag and digest as written (null when absent or produced by an ARG). */
  tagRange: Range | null;
  digestRange: Range | null;
  /** Stage name (`AS name`) and its range. */
  alias: string | null;
  aliasRange: Range | null;
  /** True when the image is an earlier stage of this file, or `scratch`. */
  isStageOrScratch: boolean;
}

export interface DfStage {
  index: number;
  from: DfFrom;
  instructions: DfInstruction[];
  isLast: boolean;
}

export interface DfComment { text: string; range: Range; line: number }

/** A shell script found in the file: a RUN in shell form, an ONBUILD RUN, or a heredoc body. */
export interface DfShellSource extends ShellSource {
  instruction: DfInstruction;
}

export interface DockerfileModel extends ShellHost {
  kind: 'dockerfile';
  text: string;
  lines: LineIndex;
  escapeChar: string;
  /** Every top-level instruction in order (ARGs before the first FROM included). */
  instructions: DfInstruction[];
  stages: DfStage[];
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Map<string, string | null>;
  comments: DfComment[];
  directives: { name: string; value: string; range: Range }[];
  /** Shell scripts, parsed lazily (needs the shell parser); empty when the file sets a non-POSIX shell. */
  shellSources(): DfShellSource[];
}

function flagsOf(node: Instruction): DfFlag[] {
  const getFlags = (node as ModifiableInstruction).getFlags;
  if (typeof getFlags !== 'function') return [];
  return (node as ModifiableInstruction).getFlags().map(f => ({
    name: f.getName(), value: f.getValue(), range: f.getRange(), nameRange: f.getNameRange(), valueRange: f.getValueRange(),
  }));
}

function jsonOf(node: Instruction, lines: LineIndex): DfWord[] | null {
  const strings = (node as JSONInstruction).getJSONStrings;
  if (typeof strings !== 'function') return null;
  const open = (node as JSONInstruction).getOpeningBracket();
  const close = (node as JSONInstruction).getClosingBracket();
  if (!open || !close) return null;
  // dockerfile-ast drops whitespace inside JSON strings: decode the source text instead.
  return (node as JSONInstruction).getJSONStrings().map(s => {
    const raw = lines.textOf(s.getRange());
    let value: string;
    try { value = JSON.parse(raw); } catch { value = raw.replace(/^"|"$/g, ''); }
    return { value, range: s.getRange() };
  });
}

function propertiesOf(node: Instruction): DfProperty[] {
  const get = (node as PropertyInstruction).getProperties;
  if (typeof get !== 'function') return [];
  return (node as PropertyInstruction).getProperties().map(p => ({
    name: p.getName(), value: p.getValue(), nameRange: p.getNameRange(), valueRange: p.getValueRange(), range: p.getRange(),
  }));
}

function heredocsOf(node: Instruction): Heredoc[] {
  const get = (node as Run).getHeredocs;
  if (typeof get !== 'function') return [];
  // A heredoc needs an argument starting with `<<`; the full scan costs ~13% of parsing when there is none.
  if (!node.getArguments().some(a => a.getValue().startsWith('<<'))) return [];
  // dockerfile-ast throws on some continued lines with quotes in a comment (`FROM \` + `# "a\"b"`): no heredoc then.
  try { return (node as Run).getHeredocs(); } catch { return []; }
}

function toInstruction(node: Instruction, stage: DfStage | null): DfInstruction {
  const heredocs = heredocsOf(node);
  // dockerfile-ast splits heredoc bodies into arguments too: keep only the words before the first body.
  const bodyStart = heredocs.map(h => h.getContentRange()?.start.line ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
  return {
    keyword: node.getKeyword(), rawKeyword: node.getInstruction(), keywordRange: node.getInstructionRange(), range: node.getRange(),
    argsRange: node.getArgumentsRange(),
    args: (node.getArguments() ?? []).filter(a => a.getRange().start.line < bodyStart).map(a => ({ value: a.getValue(), range: a.getRange() })),
    flags: flagsOf(node), properties: propertiesOf(node), json: null, heredocs, stage, trigger: null, onbuild: null, node,
  };
}

const DIRECTIVES = new Set(['escape', 'syntax', 'check']);
const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox']);

/**
 * Turns the shell-form part of a RUN into bash text of the same length: line continuations and
 * comment lines become spaces (Docker removes them before the shell sees the command), heredoc bodies
 * are blanked (they are parsed on their own).
 */
function shellText(model: DockerfileModel, ins: DfInstruction): { text: string; offset: number } | null {
  if (!ins.argsRange) return null;
  const { lines, escapeChar } = model;
  const start = lines.offsetAt(ins.argsRange.start);
  const end = lines.offsetAt(ins.range.end);
  const chars = model.text.slice(start, end).split('');
  for (const h of ins.heredocs) {
    const c = h.getContentRange();
    const from = lines.offsetAt(c ? c.start : h.getStartRange().end);
    const d = h.getDelimiterRange();
    const to = d ? lines.offsetAt(d.end) : end;
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) if (chars[i - start] !== '\n') chars[i - start] = ' ';
  }
  let lineStart = true;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (lineStart && i > 0) {
      let j = i;
      while (j < chars.length && (chars[j] === ' ' || chars[j] === '\t')) j++;
      if (chars[j] === '#') { while (j < chars.length && chars[j] !== '\n') chars[j++] = ' '; }
    }
    lineStart = false;
    if (ch === escapeChar) {
      let j = i + 1;
      while (j < chars.length && (chars[j] === ' ' || chars[j] === '\t')) j++;
      if (j < chars.length && (chars[j] === '\n' || chars[j] === '\r')) { for (let k = i; k < j; k++) chars[k] = ' '; }
    }
    if (ch === '\r') chars[i] = ' ';
    if (ch === '\n') { chars[i] = ' '; lineStart = true; }
  }
  return { text: chars.join(''), offset: start };
}

/** A heredoc is a script when it feeds a shell (`RUN <<EOF`, `RUN bash <<EOF`), data otherwise (`cat <<EOF > f`). */
function isHeredocScript(script: ShellScript, offsetInScript: number): boolean {
  // The heredoc belongs to the nearest command that starts before its `<<` marker.
  const owner = script.commands.filter(c => c.start <= offsetInScript).pop();
  if (!owner || !owner.name) return true;
  const name = owner.name.value?.split('/').pop() ?? '';
  return SHELL_NAMES.has(name);
}

/** `# hadolint shell=powershell` or `SHELL ["powershell", …]` turn the shell rules off. */
function usesPosixShell(model: DockerfileModel): boolean {
  for (const c of model.comments) {
    const m = /^#\s*hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    if (m) return SHELL_NAMES.has(m[1].split('/').pop()!);
  }
  return true;
}

function shellOf(ins: DfInstruction): string | null {
  if (ins.keyword !== 'SHELL' || !ins.json?.length) return null;
  return ins.json[0].value.split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
}

function collectShellSources(model: DockerfileModel, parseScript: (text: string) => ShellScript): DfShellSource[] {
  const out: DfShellSource[] = [];
  if (!usesPosixShell(model)) return out;
  const budget = new ShellBudget(model);
  const within = (length: number, offset: number) => budget.take(length, offset);
  const visit = (ins: DfInstruction, posix: boolean) => {
    const target = ins.trigger ?? ins;
    if (target.keyword !== 'RUN' || target.json || !posix) return;
    const shell = shellText(model, target);
    if (!shell || !within(shell.text.length, shell.offset)) return;
    const script = parseScript(shell.text);
    out.push({ instruction: target, script, offset: shell.offset, heredoc: false });
    for (const h of target.heredocs) {
      const c = h.getContentRange();
      if (!c) continue;
      const at = model.lines.offsetAt(h.getStartRange().start) - shell.offset;
      if (!isHeredocScript(script, at)) continue;
      const from = model.lines.offsetAt(c.start);
      const to = model.lines.offsetAt(c.end);
      if (!within(to - from, from)) continue;
      out.push({ instruction: target, script: parseScript(model.text.slice(from, to)), offset: from, heredoc: true });
    }
  };
  let posix = true;
  for (const ins of model.instructions) {
    if (ins.keyword === 'FROM') posix = true;
    const sh = shellOf(ins);
    if (sh) posix = SHELL_NAMES.has(sh);
    visit(ins, posix);
  }
  return out;
}

/** `parseScript` lets the language server reuse the shell parses of the document's previous version. */
export function parseDockerfileLegacy(text: string, parseScript: (text: string) => ShellScript = parseShell): DockerfileModel {
  const lines = new LineIndex(text);
  const ast = DockerfileParser.parse(text);
  const model: DockerfileModel = {
    kind: 'dockerfile', text, lines, escapeChar: ast.getEscapeCharacter(), instructions: [], stages: [],
    globalArgs: new Map(), comments: [], directives: [], shellSources: () => [], memo: undefined,
  };
  // dockerfile-ast reads any leading `# key=value` as a directive; only Docker's own are directives,
  // the rest (`# hadolint ignore=…`) are comments.
  for (const d of ast.getDirectives()) {
    const name = d.getName().toLowerCase();
    if (DIRECTIVES.has(name)) model.directives.push({ name, value: d.getValue(), range: d.getRange() });
    else model.comments.push({ text: lines.lineText(d.getRange().start.line).trim(), range: d.getRange(), line: d.getRange().start.line });
  }
  for (const c of ast.getComments()) model.comments.push({ text: lines.textOf(c.getRange()).trim(), range: c.getRange(), line: c.getRange().start.line });

  let stage: DfStage | null = null;
  const stageNames = new Set<string>();
  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword();
    if (keyword === 'FROM') {
      const ins = toInstruction(node, null);
      const from = makeFrom(model, node as From, ins, stageNames);
      stage = { index: model.stages.length, from, instructions: [], isLast: false };
      ins.stage = stage;
      model.stages.push(stage);
      if (from.alias) stageNames.add(from.alias.toLowerCase());
      model.instructions.push(ins);
      stage.instructions.push(ins);
      continue;
    }
    const ins = toInstruction(node, stage);
    ins.json = jsonOf(node, lines);
    if (keyword === 'ONBUILD') {
      const t = (node as Onbuild).getTriggerInstruction();
      if (t) {
        const trig = toInstruction(t, stage);
        trig.json = jsonOf(t, lines);
        trig.onbuild = ins;
        ins.trigger = trig;
      }
    }
    if (!stage && keyword === 'ARG') for (const p of ins.properties) model.globalArgs.set(p.name, p.value);
    model.instructions.push(ins);
    stage?.instructions.push(ins);
  }
  if (model.stages.length) model.stages[model.stages.length - 1].isLast = true;
  let sources: DfShellSource[] | null = null;
  model.shellSources = () => (sources ??= collectShellSources(model, parseScript));
  return model;
}

function makeFrom(model: DockerfileModel, node: From, ins: DfInstruction, earlierStages: Set<string>): DfFrom {
  const imageRange = node.getImageRange();
  const image = imageRange ? model.lines.textOf(imageRange) : null;
  const resolved = image == null ? null : expandVars(image, name => model.globalArgs.get(name));
  const ref = resolved ? parseImageRef(resolved) : null;
  const alias = node.getBuildStage();
  const lower = resolved?.toLowerCase() ?? '';
  return {
    instruction: ins, image, imageRange, resolved, ref, tagRange: node.getImageTagRange(), digestRange: node.getImageDigestRange(), alias, aliasRange: node.getBuildStageRange(),
    isStageOrScratch: lower === 'scratch' || earlierStages.has(lower),
  };
}
