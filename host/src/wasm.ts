// Loads the WASM grammars from disk for Node adapters (CLI, language server, tests). Bundles ship the
// .wasm files next to the JS; from source they come from node_modules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { initRubyParser } from '../../rules/src/vagrantfile/prism';
import { readFileOutsideMalloc } from './read-outside-malloc';

/**
 * `fromSource` resolves the file in node_modules when running unbundled (tests, tsx). Read outside malloc: the
 * bytes are dropped once compiled, and freeing a 0.5 MB Buffer would raise glibc's trim threshold for good.
 */
export function wasmFile(file: string, fromSource: () => string): Uint8Array {
  const bundled = join(__dirname, file);
  return readFileOutsideMalloc(existsSync(bundled) ? bundled : fromSource());
}

export async function initEngine(): Promise<void> {
  // WASM (prism) runs on V8's baseline compiler only. Optimising huge WASM functions with TurboFan burned
  // ~2 s of CPU and ~40 MB of RSS in every process and worker thread (measured on tree-sitter-bash, which
  // boxlint used before its own shell parser): see README "Performance". Process-wide, and set before any
  // module is compiled.
  setFlagsFromString('--liftoff-only');
  initRubyParser(wasmFile('prism.wasm', () => require.resolve('@ruby/prism/src/prism.wasm')));
}
