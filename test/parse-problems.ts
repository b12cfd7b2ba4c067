// What makes an edited file worse than before: fixes must never leave one of these behind.
import { parse, type FileKind } from '../rules/src';

const KEYWORDS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME',
  'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);

/**
 * What would make a file fail to parse: Ruby syntax errors in a Vagrantfile; unknown instructions in a
 * Dockerfile; shell syntax errors in either's scripts.
 */
export function parseProblems(text: string, kind: FileKind): string[] {
  const out: string[] = [];
  const model = parse(text, kind);
  if (model.kind === 'vagrantfile') {
    for (const e of model.syntaxErrors) out.push(`Ruby syntax error on line ${e.range.start.line + 1}: ${e.message}`);
    for (const s of model.shellSources()) if (s.script.hasErrors) out.push('shell syntax error in an inline provisioner');
    return out;
  }
  for (const ins of model.instructions) if (!KEYWORDS.has(ins.keyword)) out.push(`unknown instruction ${ins.rawKeyword}`);
  for (const s of model.shellSources()) if (s.script.hasErrors) out.push(`shell syntax error in the RUN on line ${s.instruction.range.start.line + 1}`);
  return out;
}
