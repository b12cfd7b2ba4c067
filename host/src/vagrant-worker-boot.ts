// Entry of dist/vagrant-worker.js: runs the worker bundle (dist/vagrant-worker-main.js, host/src/vagrant-worker.ts)
// with its source read outside malloc. Node's own loader would read the ~1 MB file into a malloc'd buffer whose
// release raises glibc's trim threshold for the whole language server (host/src/read-outside-malloc.ts).
import { join } from 'node:path';
import { runBundle } from './read-outside-malloc';

runBundle(join(__dirname, 'vagrant-worker-main.js'));
