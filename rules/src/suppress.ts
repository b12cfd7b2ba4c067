// Inline suppression comments. Ids may be boxlint ids, rule names or aliases (DL3008, JSONArgsRecommended).
//   # boxlint ignore=BXD101,DL3008      next instruction
//   # boxlint global ignore=BXD101      whole file
//   # hadolint ignore=… / # hadolint global ignore=…   the same, hadolint's spelling
//   # hadolint stage ignore=DL3011      the build stage that follows (hadolint's; boxlint accepts it too)
//   # check=skip=JSONArgsRecommended    BuildKit's directive (whole file; `all` skips every BuildKit check, not boxlint's own rules)
// An id no rule knows is ignored and the others still apply (hadolint drops the whole pragma in that case).
import type { Finding, Range } from './types';

export interface Pragma {
  ids: string[];
  /** null = whole file; otherwise findings starting inside this range. */
  scope: Range | null;
}

// `s` flag and no `\s*` before the capture: with `\s*(.*)$` a `\r` in the comment made matching quadratic.
const PRAGMA = /^#\s*(boxlint|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=(.*)$/is;
const CHECK_SKIP = /^#\s*check\s*=(.*)$/is;

function splitIds(list: string): string[] {
  return list.split(/[\s,]+/).map(s => s.trim()).filter(Boolean);
}

/** `a,b  # why` -> `a,b`. Not `/\s+#.*$/`: that regex is quadratic on a long run of spaces without `#`. */
function withoutTrailingComment(list: string): string {
  const hash = /\s#/.exec(list);
  return hash ? list.slice(0, hash.index) : list;
}

/** Reads one comment; `next` is the range a next-line pragma governs, `stage` the range a stage pragma governs. */
export function parsePragma(comment: string, next: Range | null, stage: Range | null = next): Pragma | null {
  const m = PRAGMA.exec(comment.trim());
  if (!m) return null;
  const kind = m[2]?.toLowerCase();
  const scope = kind === 'global' ? null : (kind === 'stage' ? stage : next) ?? { start: { line: -1, character: 0 }, end: { line: -1, character: 0 } };
  return { ids: splitIds(withoutTrailingComment(m[3])), scope };
}

/** BuildKit's build checks: what `# check=skip=all` turns off (rules carry these names as aliases). */
const BUILDKIT_CHECKS = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
  'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
  'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile',
  'ExposeProtoCasing', 'ExposeInvalidFormat', 'InvalidBaseImagePlatform', 'InvalidDefinitionDescription',
];

/** BuildKit `# check=skip=a,b;error=true`. */
export function parseCheckDirective(comment: string): Pragma | null {
  const m = CHECK_SKIP.exec(comment.trim());
  if (!m) return null;
  for (const part of m[1].split(';')) {
    const [k, v] = part.split('=');
    if (k?.trim().toLowerCase() !== 'skip' || !v) continue;
    const ids = splitIds(v);
    return { ids: ids.some(id => id.toLowerCase() === 'all') ? BUILDKIT_CHECKS : ids, scope: null };
  }
  return null;
}

export function matchesId(f: Pick<Finding, 'ruleId' | 'ruleName' | 'aliases'>, id: string): boolean {
  const x = id.toLowerCase();
  return x === 'all' || f.ruleId.toLowerCase() === x || f.ruleName === x || f.aliases.some(a => a.toLowerCase() === x);
}

/** Pragmas by lower-cased id: file-wide ones, and line scopes sorted by start with the running maximum end. */
interface PragmaIndex { global: Set<string>; scoped: Map<string, { starts: number[]; maxEnds: number[] }> }

function pragmaIndex(pragmas: Pragma[]): PragmaIndex {
  const global = new Set<string>();
  const spans = new Map<string, [number, number][]>();
  for (const p of pragmas) for (const id of p.ids) {
    const key = id.toLowerCase();
    if (p.scope === null) global.add(key);
    else { const list = spans.get(key); const span: [number, number] = [p.scope.start.line, p.scope.end.line]; if (list) list.push(span); else spans.set(key, [span]); }
  }
  const scoped = new Map<string, { starts: number[]; maxEnds: number[] }>();
  for (const [key, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let max = -Infinity;
    scoped.set(key, { starts: list.map(s => s[0]), maxEnds: list.map(s => (max = Math.max(max, s[1]))) });
  }
  return { global, scoped };
}

/**
 * Whether one of `pragmas` covers a finding. Indexed (O(log n) a finding): a hostile file with 40,000 pragmas and as
 * many findings took over a minute when every finding scanned every pragma.
 */
export function suppressedBy(pragmas: Pragma[]): (f: Finding) => boolean {
  const { global, scoped } = pragmaIndex(pragmas);
  return f => isSuppressed(f, global, scoped);
}

function isSuppressed(f: Finding, global: PragmaIndex['global'], scoped: PragmaIndex['scoped']): boolean {
  const line = f.range.start.line;
  for (const key of ['all', f.ruleId.toLowerCase(), f.ruleName, ...f.aliases.map(a => a.toLowerCase())]) {
    if (global.has(key)) return true;
    const s = scoped.get(key);
    if (!s) continue;
    let lo = 0, hi = s.starts.length; // the last scope starting at or before the line
    while (lo < hi) { const mid = (lo + hi) >> 1; if (s.starts[mid] <= line) lo = mid + 1; else hi = mid; }
    if (lo > 0 && s.maxEnds[lo - 1] >= line) return true;
  }
  return false;
}

/** Where a suppression comment goes for a finding, per file kind. */
export interface SuppressionPlaces {
  /** 0-based line the governed statement starts on (the comment goes above it, same indent). */
  statementLine: number;
  /** First line after leading parser directives, where file-wide comments may go. */
  fileLine: number;
}

/** "Disable for this line/file" fixes: a new comment line, or the id appended to an existing one. */
export function suppressionFixes(lines: { lineText(line: number): string; lineCount: number }, f: Finding, at: SuppressionPlaces): import('./types').Fix[] {
  const make = (line: number, global: boolean, title: string): import('./types').Fix => {
    const prev = line > 0 ? lines.lineText(line - 1) : '';
    const m = PRAGMA.exec(prev.trim());
    if (m && m[1].toLowerCase() === 'boxlint' && (m[2]?.toLowerCase() === 'global') === global && m[2]?.toLowerCase() !== 'stage') {
      const end = { line: line - 1, character: prev.length };
      return { title, safety: 'safe', edits: [{ range: { start: end, end }, newText: `,${f.ruleId}` }] };
    }
    const indent = /^\s*/.exec(lines.lineText(line))?.[0] ?? '';
    const pos = { line, character: 0 };
    return { title, safety: 'safe', edits: [{ range: { start: pos, end: pos }, newText: `${global ? '' : indent}# boxlint ${global ? 'global ' : ''}ignore=${f.ruleId}\n` }] };
  };
  return [
    make(at.statementLine, false, `Disable ${f.ruleId} (${f.ruleName}) for this line`),
    make(at.fileLine, true, `Disable ${f.ruleId} (${f.ruleName}) for this file`),
  ];
}
