// What shell rules need from a file, whatever its kind: its text positions and its shell scripts.
// Dockerfiles provide RUN bodies; Vagrantfiles provide inline shell provisioners. Shell rules are
// written once against this and run on both.
import type { FileKind } from '../types';
import type { LineIndex } from '../text';
import type { ShellScript } from './script';
import type { Memoized } from '../memo';

export interface ShellSource {
  /** Script text; document offset of script index i is `offset + i`. */
  script: ShellScript;
  offset: number;
  /** True for a heredoc body (its own script). */
  heredoc: boolean;
}

export interface ShellHost extends Memoized {
  kind: FileKind;
  lines: LineIndex;
  shellSources(): ShellSource[];
  /** Once shellSources() has run: document offset of the first script left out over SHELL_BUDGET. */
  shellSkippedAt?: number;
}

/**
 * Characters of shell script (plus SCRIPT_COST a script) analysed per file. Shell analysis is linear but costs ~30 µs a word, so a 1 MiB
 * RUN line took 36 s; real files hold under 11 KB of scripts. Scripts past the budget are left out and the
 * engine reports it (a hostile file must not hide a `curl | sh` behind padding silently).
 */
export const SHELL_BUDGET = 64 * 1024;

/** What one script costs on top of its characters: a tiny script that trips error recovery parses in ~0.5 ms. */
const SCRIPT_COST = 32;

/** A per-file budget: `take` says whether a script of `length` characters at `offset` may still be analysed. */
export class ShellBudget {
  /** Characters (plus SCRIPT_COST a script) asked for so far. */
  spent = 0;
  constructor(private readonly host: ShellHost) {}
  take(length: number, offset: number): boolean {
    this.spent += length + SCRIPT_COST;
    if (this.spent <= SHELL_BUDGET) return true;
    this.host.shellSkippedAt ??= offset;
    return false;
  }
}
