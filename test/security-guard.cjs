// Preloaded (NODE_OPTIONS=--require) into the CLI and language server by test/security.test.ts: any attempt to
// start a process or open a network connection is refused and logged, so the test can prove there was none.
'use strict';
const report = what => { process.stderr.write(`BOXLINT-GUARD blocked ${what}\n`); throw new Error(`blocked by the security test: ${what}`); };
const cp = require('node:child_process');
for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[fn] = () => report(`child_process.${fn}`);
const net = require('node:net');
for (const fn of ['connect', 'createConnection']) net[fn] = () => report(`net.${fn}`);
for (const mod of ['node:http', 'node:https']) { const m = require(mod); m.request = () => report(`${mod}.request`); m.get = () => report(`${mod}.get`); }
require('node:dns').lookup = () => report('dns.lookup');
globalThis.fetch = () => report('fetch');
