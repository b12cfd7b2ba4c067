// Neither the CLI nor the language server may hang or die on a Vagrantfile: prism runs on a worker thread
// under a watchdog (host/src/vagrant-watchdog.ts), after a nesting pre-check in the engine.
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFile } from '../host/src/lint-file';
import { VagrantWatchdog } from '../host/src/vagrant-watchdog';

const NORMAL = 'Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\nend\n';

describe('Vagrantfile watchdog', () => {
  before(async function () {
    this.timeout(120_000); // the first request starts the worker (unbundled: compiles the engine)
    await lintFile(NORMAL, 'vagrantfile', {});
  });

  it('answers 10,000 nested `[` within 3 s with one diagnostic, then keeps serving', async () => {
    const started = Date.now();
    const hostile = await lintFile('x = ' + '['.repeat(10_000), 'vagrantfile', {});
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.deepEqual(hostile.findings.map(f => f.ruleName), ['no-excessive-nesting']);
    const normal = await lintFile(NORMAL, 'vagrantfile', {});
    assert.ok(normal.findings.some(f => f.ruleName === 'require-box-version'));
  });

  it('answers requests in order, one at a time', async () => {
    const texts = [NORMAL, '[[[', NORMAL.replace('ubuntu/jammy64', 'x/y')];
    const results = await Promise.all(texts.map(t => lintFile(t, 'vagrantfile', {})));
    assert.match(results[0].findings[0].message, /ubuntu\/jammy64/);
    assert.equal(results[1].findings[0].ruleName, 'no-ruby-syntax-error');
    assert.match(results[2].findings[0].message, /x\/y/);
  });

  describe('with a worker that hangs', () => {
    // Stands in for prism looping forever: the same protocol as host/src/vagrant-worker.ts.
    const dir = mkdtempSync(join(tmpdir(), 'boxlint-watchdog-'));
    const workerFile = join(dir, 'hanging-worker.js');
    writeFileSync(workerFile, `
      const { parentPort } = require('node:worker_threads');
      parentPort.postMessage({ type: 'ready' });
      parentPort.on('message', ({ text }) => {
        if (text === 'hang') for (;;) {}
        if (text === 'die') process.exit(3);
        parentPort.postMessage({ type: 'result', result: { findings: [], errors: [{ ruleId: 'echo', message: text }] } });
      });
    `);
    let watchdog: VagrantWatchdog;
    beforeEach(() => { watchdog = new VagrantWatchdog({ timeoutMs: 300, workerFile }); });
    afterEach(() => watchdog.close());

    it('stops a parse past the time limit, reports it, and serves the next request from a new worker', async () => {
      const [stuck, next] = await Promise.all([watchdog.lint('hang', {}), watchdog.lint('after', {})]);
      assert.equal(stuck.findings.length, 1);
      assert.equal(stuck.findings[0].ruleName, 'no-excessive-nesting');
      assert.match(stuck.findings[0].message, /longer than 900 ms/, "a fresh worker gets three times the limit");
      assert.deepEqual(next.errors.map(e => e.message), ['after']);
    });

    it('reports a worker that dies, and recovers', async () => {
      const dead = await watchdog.lint('die', {});
      assert.match(dead.findings[0].message, /parser thread stopped/);
      const next = await watchdog.lint('again', {});
      assert.deepEqual(next.errors.map(e => e.message), ['again']);
    });

    it('stops an idle worker and starts a new one for the next request', async () => {
      const idle = new VagrantWatchdog({ timeoutMs: 300, idleStopMs: 50, workerFile });
      try {
        assert.deepEqual((await idle.lint('one', {})).errors.map(e => e.message), ['one']);
        assert.ok(idle.running, 'the worker stays for requests that follow closely');
        await new Promise(r => setTimeout(r, 200));
        assert.ok(!idle.running, 'the worker is stopped once idle');
        assert.deepEqual((await idle.lint('two', {})).errors.map(e => e.message), ['two']);
      } finally { await idle.close(); }
    });

    it('honours the rule being turned off', async () => {
      const off = await watchdog.lint('hang', { rules: { 'no-excessive-nesting': 'off' } });
      assert.deepEqual(off.findings, []);
    });
  });
});
