// What shell rules need from a file, whatever its kind: its text positions and its shell scripts.
// Dockerfiles provide RUN bodies; Vagrantfiles provide inline shell provisioners. Shell rules are
// written once against this and run on both.
import type { FileKind } from '../types';
import type { LineIndex } from '../text';
import type { ShellScript } from './script';

export interface ShellSource {
  /** Script text; document offset of script index i is `offset + i`. */
  script: ShellScript;
  offset: number;
  /** True for a heredoc body (its own script). */
  heredoc: boolean;
}

export interface ShellHost {
  kind: FileKind;
  lines: LineIndex;
  shellSources(): ShellSource[];
}
