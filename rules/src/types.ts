// Plain data types shared by the engine and every adapter. LSP-shaped on purpose (0-based lines,
// UTF-16 characters) so adapters pass them through unchanged, but nothing here imports LSP.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type FileKind = 'dockerfile' | 'vagrantfile';

export const CONCERNS = [
  'root', 'daemon-exposure', 'kernel-sharing', 'unpinned-image', 'untrusted-source',
  'non-reproducible', 'secrets', 'network-exposure', 'resource-limits', 'maintainability',
] as const;
export type Concern = (typeof CONCERNS)[number];

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }

/** safe: applied by --fix and fix-all; unsafe: offered as a quick fix only. */
export type FixSafety = 'safe' | 'unsafe';

export interface Fix {
  title: string;
  edits: TextEdit[];
  safety: FixSafety;
  /** newText contains LSP snippet placeholders (`${1:version}`) for values boxlint cannot know. */
  snippet?: boolean;
}

export interface Finding {
  ruleId: string;
  /** Rule name, kept beside the id so adapters need no registry lookup. */
  ruleName: string;
  aliases: string[];
  concern: Concern;
  severity: Severity;
  message: string;
  range: Range;
  fixes: Fix[];
}

export interface Alias {
  tool: 'hadolint' | 'buildkit';
  id: string;
  /** same: flags exactly what the other tool flags; inspired: overlaps. */
  kind: 'same' | 'inspired';
}

export interface RuleDocs {
  /** One sentence: what the rule flags. */
  summary: string;
  /** Why it is a risk, in plain words. */
  why: string;
  /** How to fix it. */
  fix: string;
  bad: string;
  good: string;
  /** Known limits or deliberate differences from the aliased tools. */
  notes?: string;
  /** Project settings the bad/good examples assume (rules that only act on a configured schema or registry list). */
  exampleConfig?: { trustedRegistries?: string[]; settings?: Record<string, unknown>; dockerignore?: string };
}
