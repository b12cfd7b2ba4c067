// Bundles the CLI, the language server and the VS Code client into dist/ (no node_modules in the .vsix)
// and copies the WASM grammar (prism) beside them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
mkdirSync('dist', { recursive: true });

const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production,
  logLevel: 'error',
};
// The language server's bundles are minified in the dev build too (source maps map them back): V8 keeps a running
// bundle's whole source as a string, and the Vagrant worker parses its bundle again each time it starts. Server-main
// 1.57 -> 0.77 MB, vagrant-worker-main 1.09 -> 0.55 MB; after opening the corpus the server holds ~1 MB less V8 heap
// and the stopped worker leaves 2.8 MB in its malloc arena instead of 2.8-5 MB.
const resident = { minify: true };

await Promise.all([
  // The CLI and its worker thread (large trees are linted in parallel), each a standalone bundle.
  build({ ...common, entryPoints: { cli: 'cli/src/main.ts', 'cli-worker': 'cli/src/worker.ts' }, outdir: 'dist' }),
  // dist/server.js is a small loader that runs server-main.js through a V8 code cache (server/src/boot.ts). V8 checks
  // a cache against the source's length only, so the loader names its cache by the bundle's content hash.
  build({ ...common, ...resident, entryPoints: { 'server-main': 'server/src/main.ts' }, outdir: 'dist' }).then(() => {
    const id = createHash('sha256').update(readFileSync('dist/server-main.js')).digest('hex').slice(0, 16);
    return build({ ...common, ...resident, entryPoints: { server: 'server/src/boot.ts' }, outdir: 'dist', define: { SERVER_MAIN_ID: JSON.stringify(id) } });
  }),
  // Vagrantfiles are parsed on this worker thread, under a watchdog (host/src/vagrant-watchdog.ts); vagrant-worker.js
  // is a small loader of vagrant-worker-main.js (host/src/vagrant-worker-boot.ts).
  build({ ...common, ...resident, entryPoints: { 'vagrant-worker': 'host/src/vagrant-worker-boot.ts', 'vagrant-worker-main': 'host/src/vagrant-worker.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);

copyFileSync(require.resolve('@ruby/prism/src/prism.wasm'), 'dist/prism.wasm');

// V8 holds a source with any non-ASCII character as a two-byte string (twice the memory). Minified output escapes
// them; a comment esbuild keeps (a license) could still bring one in.
for (const file of ['dist/server-main.js', 'dist/vagrant-worker-main.js']) {
  if (/[^\x00-\x7f]/.test(readFileSync(file, 'utf8'))) throw new Error(`${file}: non-ASCII characters, V8 would hold it as a two-byte string`);
}
