// Worker thread entry (bundled as dist/vagrant-worker-main.js, loaded by dist/vagrant-worker.js): parses and lints the Vagrantfiles the main thread
// sends, one at a time. prism runs here so that a parse that never ends can be stopped by terminating the
// thread (host/src/vagrant-watchdog.ts) without taking the CLI or the language server with it.
import { parentPort } from 'node:worker_threads';
import { lint, type LintConfig } from '../../rules/src';
import { initEngine } from './wasm';

const port = parentPort!;
void initEngine().then(() => port.postMessage({ type: 'ready' }));
port.on('message', (msg: { text: string; config: Partial<LintConfig> }) => {
  try {
    port.postMessage({ type: 'result', result: lint(msg.text, 'vagrantfile', msg.config) });
  } catch (e) {
    port.postMessage({ type: 'crash', message: (e as Error)?.message ?? String(e) });
  }
});
