// Ruby's own parser, prism, compiled to WASM. Loaded synchronously from bytes the adapters inject (like the
// shell parser), so this module needs no file system and never runs Ruby: prism only builds a tree.
// WASI imports are stubs: prism needs no clock, files or environment. Only stderr writes (assertion
// messages) are honoured, and exit turns into an exception, so a failed assertion becomes a trap instead of
// a write loop. A trap leaves the instance's memory corrupt: the next parse starts from a fresh instance.
import { parsePrism } from '@ruby/prism/src/parsePrism.js';
import type { ProgramNode } from '@ruby/prism/src/nodes.js';

// The engine compiles without DOM or Node typings: the few WebAssembly members used here.
interface WasmMemory { buffer: ArrayBuffer }
interface WasmInstance { exports: Record<string, unknown> & { memory: WasmMemory; _initialize(): void } }
declare const WebAssembly: {
  Module: { new (bytes: Uint8Array): object; imports(m: object): { module: string; name: string }[] };
  Instance: new (m: object, imports: Record<string, Record<string, (...a: number[]) => number>>) => WasmInstance;
};

export interface PrismLocation { startOffset: number; length: number }
export interface PrismDiagnostic { type: string; message: string; location: PrismLocation; level: string }
export interface PrismResult {
  value: ProgramNode;
  errors: PrismDiagnostic[];
  comments: { location: PrismLocation }[];
}

export type RubyParse = { ok: true; result: PrismResult } | { ok: false; reason: string };

let wasmBytes: Uint8Array | null = null;
let wasmModule: object | null = null;
let instance: WasmInstance | null = null;

class WasmExit extends Error {}

function instantiate(mod: object): WasmInstance {
  let inst: WasmInstance | null = null;
  const wasi: Record<string, (...a: number[]) => number> = {};
  for (const imp of WebAssembly.Module.imports(mod)) {
    if (imp.module !== 'wasi_snapshot_preview1') continue;
    wasi[imp.name] = () => 0;
  }
  // fd_write(fd, iovs, iovsLen, nwrittenPtr): report everything written so libc does not retry forever.
  wasi.fd_write = (_fd, iovs, iovsLen, nwritten) => {
    const view = new DataView(inst!.exports.memory.buffer);
    let total = 0;
    for (let i = 0; i < iovsLen; i++) total += view.getUint32(iovs + i * 8 + 4, true);
    view.setUint32(nwritten, total, true);
    return 0;
  };
  wasi.proc_exit = code => { throw new WasmExit(`prism exited with status ${code}`); };
  inst = new WebAssembly.Instance(mod, { wasi_snapshot_preview1: wasi });
  inst.exports._initialize();
  return inst;
}

/**
 * Hands over prism's bytes; later calls are no-ops. It is compiled on the first parse: a language server or
 * CLI that meets no Vagrantfile never pays for the compile nor for prism's WASM memory.
 */
export function initRubyParser(wasm: Uint8Array): void {
  if (wasmBytes || wasmModule) return;
  wasmBytes = wasm;
}

export function rubyParserReady(): boolean { return wasmBytes !== null || wasmModule !== null; }

/**
 * Parses Ruby source. Never throws for any input: a trap inside prism, or a tree too deep for the
 * JavaScript deserialiser, comes back as `{ ok: false }` and the instance is replaced.
 */
export function parseRuby(source: string): RubyParse {
  if (!wasmModule) {
    if (!wasmBytes) throw new Error('boxlint: Ruby parser not initialised (call initRubyParser first)');
    wasmModule = new WebAssembly.Module(wasmBytes);
    wasmBytes = null;
  }
  try {
    instance ??= instantiate(wasmModule);
    return { ok: true, result: parsePrism(instance.exports, source, {}) as unknown as PrismResult };
  } catch (e) {
    instance = null;
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: e instanceof RangeError ? 'the syntax tree is too deep' : `the Ruby parser failed (${message})` };
  }
}
