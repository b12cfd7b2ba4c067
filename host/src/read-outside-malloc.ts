// Reads a large file into memory that glibc's malloc does not own. Node allocates Buffers with malloc, and glibc
// serves a block of 128 KB or more with an mmap of its own; once such a block is freed, glibc raises its mmap
// threshold to that size and its trim threshold to twice it, for the rest of the process. From then on every malloc
// arena (one per thread that ever ran: V8's compiler and GC threads, the Vagrant worker) keeps up to that much free
// memory resident instead of returning it. Reading the server's 1.2 MB V8 code cache with readFileSync did that.
// WebAssembly memory is mapped by V8 itself and unmapped when collected, which moves no glibc threshold.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const WASM_PAGE = 65536;
/** Node's typings declare WebAssembly's types only. */
const { Memory } = (globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } } }).WebAssembly;

export function readFileOutsideMalloc(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(new Memory({ initial: Math.max(1, Math.ceil(size / WASM_PAGE)) }).buffer, 0, size);
    } catch {
      return readFileSync(fd); // no address space for a WebAssembly memory (ulimit -v): an ordinary Buffer
    }
    let at = 0;
    for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, bytes, at, size - at, at);
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** The file's text (UTF-8), decoded straight into a V8 string. */
export function readTextOutsideMalloc(path: string): string {
  const bytes = readFileOutsideMalloc(path);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/** Runs a CommonJS bundle as require() would, its source read outside malloc (Node's loader reads into a Buffer). */
export function runBundle(file: string): void {
  runAsModule(new Script(Module.wrap(readTextOutsideMalloc(file)), { filename: file }), file);
}

/** Runs a compiled `Module.wrap`ped script as the module `file`, as require() would, and returns its exports. */
export function runAsModule(script: Script, file: string): unknown {
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  return mod.exports;
}
