// tree-sitter-bash through web-tree-sitter (WASM): a real shell grammar that never throws and reports
// UTF-16 offsets. The adapters load the two .wasm files and hand over the bytes, so this module needs
// no file system and runs unchanged in a browser worker.
import { Language, Parser, type Node } from 'web-tree-sitter';

export interface ShellWasm { treeSitter: Uint8Array; bash: Uint8Array }

let parser: Parser | null = null;

export async function initShellParser(wasm: ShellWasm): Promise<void> {
  if (parser) return;
  await Parser.init({ wasmBinary: wasm.treeSitter });
  const bash = await Language.load(wasm.bash);
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}

export function shellParserReady(): boolean { return parser !== null; }

/** Parses a script and hands its root node to `use`; the tree is freed afterwards (WASM memory). */
export function withShellTree<T>(script: string, use: (root: Node) => T): T {
  if (!parser) throw new Error('boxlint: shell parser not initialised (call initShellParser first)');
  const tree = parser.parse(script);
  if (!tree) throw new Error('boxlint: shell parse failed');
  try { return use(tree.rootNode); } finally { tree.delete(); }
}
