// Prepares an e2e run: empties .e2e/artifacts/ (screenshots of an earlier failure would mislead) and bundles the
// extension-host suite (client/src/test) into .e2e/ext-tests/, the `extensionTestsPath` both runners hand to
// VS Code. `vscode` comes from the extension host; mocha resolves from the repo's node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('.e2e/artifacts', { recursive: true, force: true });
await build({
  entryPoints: ['client/src/test/index.ts', 'client/src/test/extension.test.ts'],
  outdir: '.e2e/ext-tests', bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline',
  external: ['vscode', 'mocha'], logLevel: 'error',
});
