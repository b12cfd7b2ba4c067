// Loads the WASM grammars from disk for Node adapters (CLI, language server, tests). Bundles ship the
// .wasm files next to the JS; from source they come from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { initShellParser } from '../../rules/src/shell/parser';
import { initRubyParser } from '../../rules/src/vagrantfile/prism';

/** `fromSource` resolves the file in node_modules when running unbundled (tests, tsx). */
export function wasmFile(file: string, fromSource: () => string): Uint8Array {
  const bundled = join(__dirname, file);
  return readFileSync(existsSync(bundled) ? bundled : fromSource());
}

export async function initEngine(): Promise<void> {
  await initShellParser({
    treeSitter: wasmFile('tree-sitter.wasm', () => join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm')),
    bash: wasmFile('tree-sitter-bash.wasm', () => require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')),
  });
  initRubyParser(wasmFile('prism.wasm', () => require.resolve('@ruby/prism/src/prism.wasm')));
}
