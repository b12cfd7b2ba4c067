// Every real Vagrantfile of the shared corpus lints without a crash, a hang or a refusal, through the same
// watched worker the CLI and the language server use. The corpus is read in place, never copied.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFile } from '../host/src/lint-file';

const CORPUS = process.env.BOXLINT_CORPUS ? join(process.env.BOXLINT_CORPUS, 'vagrantfiles') : join(__dirname, '..', '..', 'shared', 'corpus', 'vagrantfiles');

describe('Vagrantfile corpus', function () {
  this.timeout(300_000);

  it('lints every corpus Vagrantfile without crash, hang or refusal', async function () {
    if (!existsSync(CORPUS)) {
      console.log(`      (skipped: no corpus at ${CORPUS}; set BOXLINT_CORPUS to the folder holding vagrantfiles/)`);
      this.skip();
    }
    const files = readdirSync(CORPUS).sort();
    assert.ok(files.length >= 80, `expected the 83 corpus files, found ${files.length}`);
    const problems: string[] = [];
    let findings = 0;
    for (const name of files) {
      const r = await lintFile(readFileSync(join(CORPUS, name), 'utf8'), 'vagrantfile', { enableAll: true });
      findings += r.findings.length;
      for (const e of r.errors) problems.push(`${name}: rule ${e.ruleId} crashed: ${e.message.split('\n')[0]}`);
      for (const f of r.findings) if (f.ruleName === 'no-excessive-nesting') problems.push(`${name}: ${f.message}`);
    }
    assert.deepEqual(problems, []);
    assert.ok(findings > 0);
  });
});
