import type { LintConfig } from '../../rules/src/config';
import type { FileKind, Finding, Severity } from '../../rules/src/types';

/** What `--fix` / `--fix-dry-run` do with a file. */
export type FixMode = 'off' | 'write' | 'dry-run';

/** One file to lint: built by the main thread, run inline or by a worker thread (plain data only). */
export interface FileJob {
  path: string;
  kind: FileKind;
  config: LintConfig;
  fix: FixMode;
  /** Text read from stdin; the file is not read nor written. */
  text?: string;
  /** The walk saw no `.dockerignore` beside this Dockerfile: none is looked for. */
  noDockerignore?: boolean;
  /** --pin-digests: the digests its registries gave for the file's FROM references. */
  pins?: Pin[];
}

/** A FROM reference and the digest its registry serves for it now. */
export interface Pin { image: string; digest: string }

export interface FixOutcome {
  /** Findings whose safe fix was applied (or would be, in a dry run). */
  fixed: Finding[];
  /** --pin-digests: the references pinned (or that would be, in a dry run). */
  pinned?: Pin[];
  /** True when the file on disk was rewritten. */
  written: boolean;
  /** The fixed text (stdin only: printed instead of written). */
  output?: string;
  /** Unified diff of the change (dry run). */
  diff?: string;
  /** Why fixes were found but not applied (the file is untouched). */
  refused?: string;
}

export interface FileResult {
  path: string;
  kind: FileKind;
  /** The text the findings refer to (after --fix: the fixed text); empty when reading failed. */
  text: string;
  findings: Finding[];
  fix?: FixOutcome;
  /** The file could not be read, written or linted (one line): the run exits 2. */
  error?: string;
  /** Rules that crashed on this file (their findings are dropped). */
  internalErrors: string[];
}

export interface FormatContext {
  color: boolean;
  /** Folder that relative paths in reports (SARIF, GitLab, GitHub) are relative to. */
  cwd: string;
  version: string;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;

/** The lowest severity that fails the run, per file (a file's config may set it), or none. */
export type Threshold = Severity | 'none';
