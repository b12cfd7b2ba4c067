// Bundles the CLI, the language server and the VS Code client into dist/ (no node_modules in the .vsix)
// and copies the WASM grammar (prism) beside them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
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
