// The one entry point Node adapters (CLI, language server) call to lint a file's text. Kinds whose parser
// can hang on hostile input are routed through a watchdog here, so adapters never call the engine directly.
import { lint, type FileKind, type LintConfig, type LintResult, type ParseCache } from '../../rules/src';
import { dockerignoreFor } from './dockerignore';
import { VagrantWatchdog } from './vagrant-watchdog';

let vagrant: VagrantWatchdog | null = null;

/**
 * `filePath`, when the text is a file on disk, lets Dockerfile rules read the `.dockerignore` beside it.
 * `cache`: the language server's per-document parse cache (Dockerfiles; Vagrantfiles run on the worker).
 */
export async function lintFile(text: string, kind: FileKind, config: Partial<LintConfig>, filePath?: string, cache?: ParseCache): Promise<LintResult> {
  if (kind === 'dockerfile' && filePath && config.dockerignore === undefined) config = { ...config, dockerignore: dockerignoreFor(filePath) };
  // prism may hang on hostile input: Vagrantfiles are parsed on a watched worker thread.
  if (kind === 'vagrantfile') return (vagrant ??= new VagrantWatchdog()).lint(text, config);
  return lint(text, kind, config, cache);
}
