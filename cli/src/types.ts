import type { FileKind, Finding } from '../../rules/src/types';

export interface FileResult {
  path: string;
  kind: FileKind;
  /** The text that was linted (for code frames); empty when reading failed. */
  text: string;
  findings: Finding[];
}

export interface FormatContext { color: boolean }

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
