// VS Code client: starts the bundled boxlint language server and points it at Dockerfiles and Vagrantfiles.
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { pattern: '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*,*.containerfile,*.dockerfile,Containerfile.*}' },
  { pattern: '**/{Vagrantfile,*.vagrantfile}' },
];

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps its V8 code cache (faster starts) in the extension's own storage, not in ~/.cache.
  const env = { ...process.env, BOXLINT_CACHE_DIR: context.globalStorageUri.fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'boxlint', fileEvents: workspace.createFileSystemWatcher('**/{.boxlint.yaml,.boxlint.yml,.hadolint.yaml,.hadolint.yml}') },
    initializationOptions: { settings: workspace.getConfiguration('boxlint') },
  };
  client = new LanguageClient('boxlint', 'boxlint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
