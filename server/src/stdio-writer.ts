// The --stdio transport's writer: each message goes out in one write, header and body together.
// vscode-jsonrpc's stream writer writes the header, waits for its callback, then writes the body: two pipe
// writes, so the editor is woken for the header, reads it, sleeps, and is woken again for the body. A long
// Dockerfile's diagnostics (43 KB on each edit of the 2,000-line file) paid that on every keystroke.
import { Console } from 'node:console';
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: Writable) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (e: unknown) => { this.fireError(e, msg, ++this.errors); reject(e); };
      try {
        const json = JSON.stringify(msg);
        // Corked, the two writes leave as one (no copy of the body into a joined string first).
        this.out.cork();
        this.out.write(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n`, 'ascii');
        this.out.write(json, 'utf8', e => (e ? fail(e) : resolve()));
        this.out.uncork();
      } catch (e) {
        fail(e);
      }
    });
  }

  end(): void {
    this.out.end();
  }
}

/**
 * stdout carries the protocol: anything a dependency prints with console.* goes to stderr instead (the
 * library does this itself only when it opens stdio on its own).
 */
export function consoleToStderr(): void {
  globalThis.console = new Console(process.stderr, process.stderr);
}
