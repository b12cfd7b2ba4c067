// Entry point VS Code's extension host calls (`extensionTestsPath`) under both runners: @vscode/test-electron
// and code-server's `?payload=` URL. Runs the mocha suites bundled beside this file; the promise's outcome
// becomes the window's exit code. With BOXLINT_E2E_RESULTS set, also keeps a JSON summary there, rewritten
// after every test so a runner that gives up still sees how far the suite got (the extension host's console
// is not visible to a code-server runner).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

const SUITES = ['extension.test.js'];

interface TestResult { title: string; state: 'passed' | 'failed'; ms: number; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90000, reporter: 'spec' });
  for (const s of SUITES) mocha.addFile(join(__dirname, s));
  const tests: TestResult[] = [];
  const save = (done: boolean) => {
    const out = process.env.BOXLINT_E2E_RESULTS;
    const passes = tests.filter(r => r.state === 'passed').length;
    if (out) writeFileSync(out, JSON.stringify({ done, passes, failures: tests.length - passes, tests }, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      save(true);
      if (failures) reject(new Error(`${failures} extension-host test(s) failed`)); else resolve();
    });
    runner.on('pass', t => { tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration ?? 0 }); save(false); });
    runner.on('fail', (t, err: Error) => { tests.push({ title: t.fullTitle(), state: 'failed', ms: t.duration ?? 0, error: err?.stack ?? String(err) }); save(false); });
  });
}
