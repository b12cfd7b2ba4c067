// Computes what --fix would write: every safe fix (via the engine's fixAll), kept only when the result is
// at least as healthy as the original. Pure text in, text out: writing is fix/write-atomic.ts's job.
import { fixAll, lint, parse, type FileKind, type Finding, type LintConfig } from '../../../rules/src';

export interface SafeFix {
  /** The fixed text, or the original when nothing is applied. */
  text: string;
  fixed: Finding[];
  /** Set when fixes exist but are not applied, with the reason. */
  refused?: string;
}

const KNOWN_INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/**
 * Syntax problems a fix must not add: Ruby syntax errors in a Vagrantfile, unknown instructions in a
 * Dockerfile, and shell scripts (RUN bodies, inline provisioners) that no longer parse.
 */
export function syntaxProblems(text: string, kind: FileKind): number {
  const model = parse(text, kind);
  let n = model.shellSources().filter(s => s.script.hasErrors).length;
  if (model.kind === 'vagrantfile') n += model.syntaxErrors.length;
  else for (const i of model.instructions) if (!KNOWN_INSTRUCTIONS.has(i.keyword)) n++;
  return n;
}

/** Keeps the file's line-ending style: inserted `\n` become `\r\n` in a file that only uses `\r\n`. */
function keepCrlf(original: string, fixed: string): string {
  if (!original.includes('\r\n') || /(^|[^\r])\n/.test(original)) return fixed;
  return fixed.replace(/\r?\n/g, '\r\n');
}

const message = (e: unknown) => ((e as Error)?.message ?? String(e)).split('\n')[0];

/** `fixer` is the engine's fixAll; tests pass a broken one to prove the checks hold. */
export function safeFix(text: string, kind: FileKind, config: LintConfig, fixer: typeof fixAll = fixAll): SafeFix {
  let result;
  try { result = fixer(text, kind, config); }
  catch (e) { return { text, fixed: [], refused: `lint crashed while fixing: ${message(e)}` }; }
  if (result.text === text || !result.fixed.length) return { text, fixed: [] };
  const fixed = keepCrlf(text, result.text);
  const refuse = (why: string): SafeFix => ({ text, fixed: [], refused: why });
  try {
    const crashed = lint(fixed, kind, config).errors;
    if (crashed.length) return refuse(`rule ${crashed[0].ruleId} crashed on the fixed text`);
    if (syntaxProblems(fixed, kind) > syntaxProblems(text, kind)) return refuse('the fixed text would not parse');
    // Idempotence: running --fix again must change nothing.
    if (fixer(fixed, kind, config).text !== fixed) return refuse('the fixes do not settle (a second run would change the file again)');
  } catch (e) {
    return refuse(`lint crashed on the fixed text: ${message(e)}`);
  }
  return { text: fixed, fixed: result.fixed };
}
