// Worker thread entry (bundled as dist/cli-worker.js): lints the files the main thread sends, one at a
// time and in order, so the pool's watchdog knows which file a stuck worker is on. That watchdog also
// stops a Vagrantfile parse that hangs, so Vagrantfiles are parsed here, not on one more thread.
import { parentPort } from 'node:worker_threads';
import { initEngine } from '../../host/src/wasm';
import { lintVagrantfilesInThisThread } from '../../host/src/lint-file';
import { runJob } from './file-job';
import type { FileJob } from './types';

const port = parentPort!;
lintVagrantfilesInThisThread();
let chain: Promise<unknown> = initEngine();
port.on('message', (msg: { index: number; job: FileJob }) => {
  chain = chain.then(async () => port.postMessage({ index: msg.index, result: await runJob(msg.job) }));
});
