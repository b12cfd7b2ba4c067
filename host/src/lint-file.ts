// The one entry point Node adapters (CLI, language server) call to lint a file's text. Kinds whose parser
// can hang on hostile input are routed through a watchdog here, so adapters never call the engine directly.
import { lint, type FileKind, type LintConfig, type LintResult, type ParseCache } from '../../rules/src';
import { dockerignoreFor } from './dockerignore';
import { lintVagrantfileHere, VagrantWatchdog } from './vagrant-watchdog';

let vagrant: VagrantWatchdog | null = null;
let vagrantHere = false;

/**
 * For a thread that is itself watched and stopped when stuck (a CLI pool worker): Vagrantfiles are then
 * parsed in this thread rather than sent to yet another one.
 */
export function lintVagrantfilesInThisThread(): void {
  vagrantHere = true;
}

/**
 * `filePath`, when the text is a file on disk, lets Dockerfile rules read the `.dockerignore` beside it.
 * `cache`: the language server's per-document parse cache (Dockerfiles; Vagrantfiles run on the worker).
 */
export async function lintFile(text: string, kind: FileKind, config: Partial<LintConfig>, filePath?: string, cache?: ParseCache): Promise<LintResult> {
  if (kind === 'dockerfile' && filePath && config.dockerignore === undefined) config = { ...config, dockerignore: dockerignoreFor(filePath) };
  // prism may hang on hostile input: Vagrantfiles are parsed on a watched worker thread.
  if (kind === 'vagrantfile') return vagrantHere ? lintVagrantfileHere(text, config) : (vagrant ??= new VagrantWatchdog()).lint(text, config);
  return lint(text, kind, config, cache);
}
