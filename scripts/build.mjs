// Bundles the CLI, the language server and the VS Code client into dist/ (no node_modules in the .vsix)
// and copies the WASM grammar (prism) beside them.
import { build, transformSync } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production,
  logLevel: 'error',
};

await Promise.all([
  // The CLI and its worker thread (large trees are linted in parallel), each a standalone bundle.
  build({ ...common, entryPoints: { cli: 'cli/src/main.ts', 'cli-worker': 'cli/src/worker.ts' }, outdir: 'dist' }),
  // dist/server.js is a small loader that runs server-main.js through a V8 code cache (server/src/boot.ts).
  build({ ...common, entryPoints: { server: 'server/src/boot.ts', 'server-main': 'server/src/main.ts' }, outdir: 'dist' }),
  // Vagrantfiles are parsed on this worker thread, under a watchdog (host/src/vagrant-watchdog.ts); vagrant-worker.js
  // is a small loader of vagrant-worker-main.js (host/src/vagrant-worker-boot.ts).
  build({ ...common, entryPoints: { 'vagrant-worker': 'host/src/vagrant-worker-boot.ts', 'vagrant-worker-main': 'host/src/vagrant-worker.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);

copyFileSync(require.resolve('@ruby/prism/src/prism.wasm'), 'dist/prism.wasm');

// The unminified bundles keep source comments, some with non-ASCII characters ('…', '→'): V8 then holds the whole
// source of a running bundle as a two-byte string (server-main.js: 3 MB instead of 1.5). esbuild escapes every other
// non-ASCII character, so those are comment text: each becomes '?' per UTF-16 unit (source-map columns unchanged),
// and the minified code is checked to be identical before and after.
if (!production) {
  for (const file of ['dist/server-main.js', 'dist/vagrant-worker-main.js']) {
    const text = readFileSync(file, 'utf8');
    const ascii = text.replace(/[^\x00-\x7f]/g, '?');
    if (ascii === text) continue;
    if (transformSync(text, { minify: true }).code !== transformSync(ascii, { minify: true }).code) throw new Error(`${file}: non-ASCII text outside comments`);
    writeFileSync(file, ascii);
  }
}
