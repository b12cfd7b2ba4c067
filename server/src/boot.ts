#!/usr/bin/env node
// Entry of dist/server.js: loads the language server bundle (dist/server-main.js) through a V8 code cache,
// so a start after the first skips compiling the ~1.5 MB bundle and the functions the first lint ran
// (Node 20 has no module.enableCompileCache). V8 accepts a cache only for the same source length, V8 version
// and flags, and silently recompiles otherwise (the cache is then rewritten); the file is named by the bundle's
// content hash, so another build never meets this one's cache. Kept in the user's cache folder
// (BOXLINT_CACHE_DIR, else $XDG_CACHE_HOME/boxlint or ~/.cache/boxlint), never in a shared temp folder.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { readFileOutsideMalloc, readTextOutsideMalloc, runAsModule } from '../../host/src/read-outside-malloc';

/**
 * Every V8 flag the server process sets later (initEngine), set before compiling: V8 rejects a
 * cache made under other flags, and the cache is written after they are set. Less cumulative inlining (as
 * the CLI): TurboFan compiles the incremental lint's functions for the first hundred or so edits after a file
 * is opened, on the same cores as the editor. Smaller jobs, on the 2,000-line file: process CPU over edits
 * 10-210 9.3-10.3 -> 5.3-7.1 ms an edit in-process, server CPU 9.1-11.6 -> 7.8-8.6 ms through LSP; once warm,
 * the lint itself is as fast within the noise (main thread 1.7-2.4 vs 1.9-2.9 ms an edit).
 */
const SERVER_V8_FLAGS = ['--liftoff-only', '--max-inlined-bytecode-size-cumulative=200'];
const BUNDLE = join(__dirname, 'server-main.js');

/**
 * The bundle's content hash, set by the build (scripts/build.mjs). V8 accepts a cache for any source of the same
 * length (its check is the length, the V8 version and the flags), so a build of the same length (an upgrade that
 * changes a version string) would run the previous build's compiled functions: the cache is named by content.
 */
declare const SERVER_MAIN_ID: string;

function cacheFile(): string {
  const dir = process.env.BOXLINT_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'boxlint');
  return join(dir, `server-${process.versions.v8}-${SERVER_MAIN_ID}.v8cache`);
}

function load(): void {
  for (const f of SERVER_V8_FLAGS) setFlagsFromString(f);
  const bundle = BUNDLE;
  // Both are read outside malloc: freeing a Buffer of this size would leave every malloc arena of the process
  // keeping ~2x that much free memory (host/src/read-outside-malloc.ts).
  const source = readTextOutsideMalloc(bundle).replace(/^#!.*/, ''); // a shebang is only valid at the start of a file
  const file = cacheFile();
  let cachedData: Uint8Array | undefined;
  try { cachedData = readFileOutsideMalloc(file); } catch { cachedData = undefined; }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  (runAsModule(script, bundle) as { start(): void }).start();
  if (cachedData && !script.cachedDataRejected) return;
  // Written at exit, with every function the session compiled. Not earlier: serialising frees a buffer of ~1-2 MB
  // that glibc had mmapped, which raises its trim threshold to twice that for the rest of the process, and every
  // malloc arena then keeps that much free memory (corpus settled 73-81 MB instead of ~70 on a first start). A
  // session killed by a signal writes none; the next start compiles and tries again.
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    try {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.${process.pid}`, script.createCachedData());
      renameSync(`${file}.${process.pid}`, file);
      // Caches of other builds (another bundle or V8) are never read again: each upgrade would leave ~1.2 MB behind.
      for (const name of readdirSync(dirname(file))) {
        if (/^server-.*\.v8cache$/.test(name) && name !== basename(file)) rmSync(join(dirname(file), name), { force: true });
      }
    } catch { /* a read-only home only costs the next start its compile time */ }
  };
  process.on('exit', write);
}

// BOXLINT_NO_CODE_CACHE=1: plain load (debugging, measuring the cold start).
if (process.env.BOXLINT_NO_CODE_CACHE === '1') {
  for (const f of SERVER_V8_FLAGS) setFlagsFromString(f);
  (Module.createRequire(__filename)(BUNDLE) as { start(): void }).start();
}
else load();
