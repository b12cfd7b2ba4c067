// Runs the extension-host suite in desktop VS Code through @vscode/test-electron, for machines that can
// download VS Code (a laptop, hosted CI). These offline machines cannot: there the same suite runs in
// code-server (vscode.e2e.ts). Usage: `npm run test:vscode-electron` (VSCODE_VERSION picks the build).
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../process';
import { sandbox } from './env';

async function main(): Promise<number> {
  const box = sandbox('electron');
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      cachePath: join(ROOT, '.e2e', 'vscode-test'), // the downloaded VS Code stays in the gitignored .e2e/
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, '.e2e', 'ext-tests', 'index.js'),
      extensionTestsEnv: { ...box.env },
      launchArgs: [box.workspace('ws'), '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(box.dir, 'user-data')],
    });
  } finally {
    box.remove();
  }
}

main().then(code => { process.exitCode = code; }, err => { console.error(err); process.exitCode = 1; });
