// Loads the WASM grammars from disk for Node adapters (CLI, language server, tests). Bundles ship the
// .wasm files next to the JS; from source they come from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { initShellParser } from '../../rules/src/shell/parser';
import { initRubyParser } from '../../rules/src/vagrantfile/prism';

/** `fromSource` resolves the file in node_modules when running unbundled (tests, tsx). */
export function wasmFile(file: string, fromSource: () => string): Uint8Array {
  const bundled = join(__dirname, file);
  return readFileSync(existsSync(bundled) ? bundled : fromSource());
}

export async function initEngine(): Promise<void> {
  // WASM runs on V8's baseline compiler only. Optimising tree-sitter-bash's huge lexer and parse-table
  // functions with TurboFan burned ~2 s of CPU and ~40 MB of RSS in every process and worker thread (a
  // one-file CLI run took 5.8 s instead of 0.8 s) for a ~25% faster shell parse once done: see README
  // "Performance". Process-wide, and set before any module is compiled.
  setFlagsFromString('--liftoff-only');
  await initShellParser({
    treeSitter: wasmFile('tree-sitter.wasm', () => join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm')),
    bash: wasmFile('tree-sitter-bash.wasm', () => require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')),
  });
  initRubyParser(wasmFile('prism.wasm', () => require.resolve('@ruby/prism/src/prism.wasm')));
}
