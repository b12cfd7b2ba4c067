// A minimal LSP client over stdio (vscode-jsonrpc) for protocol tests of the language server process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER } from './process';

export interface Diag { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string; source: string; severity: number; message: string; codeDescription?: { href: string } }

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  private readonly diagnostics = new Map<string, { version?: number; diagnostics: Diag[] }>();
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = process.env) {
    this.proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.proc.stderr!.on('data', d => { this.stderr += d; });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.diagnostics.set(p.uri, p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  settings: Record<string, unknown> = {};

  async initialize(): Promise<unknown> {
    const result = await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'dockerfile', version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the diagnostics of `uri` once a publish satisfies `accept`. */
  async diagnosticsFor(uri: string, accept: (p: { version?: number; diagnostics: Diag[] }) => boolean = () => true, timeoutMs = 10000): Promise<Diag[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.diagnostics.get(uri);
      if (p && accept(p)) return p.diagnostics;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (stderr: ${this.stderr.slice(-500)})`);
      await new Promise<void>(res => { const t = setTimeout(res, 200); this.waiters.push(() => { clearTimeout(t); res(); }); });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch { /* the process may already be gone */ }
    this.conn.dispose();
    if (this.proc.exitCode === null && this.proc.pid) process.kill(this.proc.pid);
  }
}
