// Hostile inputs of the sizes an attacker would use (up to the 1 MiB default maxFileSize, and past it): every
// lint returns within a bound, without internal errors, with every range inside the document. Times are
// printed after the suite (they are the numbers SECURITY.md quotes).
import { strict as assert } from 'node:assert';
import { lintFile } from '../host/src/lint-file';
import type { FileKind, LintConfig, LintResult } from '../rules/src';
import { FUZZ_CONFIG, violations, warmUp } from './fuzz-properties';

const MiB = 1 << 20;
/** Under the 1 MiB cap: the size an attacker gets linted. */
const NEAR_CAP = MiB - 64;

interface Case { name: string; kind: FileKind; make: () => string; boundMs: number; config?: Partial<LintConfig>; expect?: (r: LintResult) => void }

const hasRule = (id: string, re?: RegExp) => (r: LintResult) =>
  assert.ok(r.findings.some(f => f.ruleId === id && (!re || re.test(f.message))), `expected ${id} ${re ?? ''}: ${JSON.stringify(r.findings.map(f => [f.ruleId, f.message]))}`);

// Bounds are generous for loaded CI machines (and a Vagrantfile after a watchdog stop pays a parser-thread
// restart); the measured times are printed below the suite.
const CASES: Case[] = [
  { name: '1 MiB single RUN line of words', kind: 'dockerfile', boundMs: 30000, make: () => 'FROM a\nRUN ' + 'a '.repeat((NEAR_CAP - 11) >> 1), expect: hasRule('BXG001', /not analysed/) },
  { name: '1 MiB single comment line', kind: 'dockerfile', boundMs: 10000, make: () => 'FROM a\n# ' + 'x'.repeat(NEAR_CAP - 9) },
  { name: '1 MiB single FROM line', kind: 'dockerfile', boundMs: 20000, make: () => 'FROM ' + 'a'.repeat(NEAR_CAP - 6) + '\n' },
  { name: 'pragma with 1 MiB of spaces', kind: 'dockerfile', boundMs: 10000, make: () => 'FROM a\n# boxlint ignore=a' + ' '.repeat(NEAR_CAP - 40) + 'b\nRUN x\n' },
  { name: '100k continuation lines', kind: 'dockerfile', boundMs: 30000, make: () => 'FROM a\nRUN a \\\n' + ' b \\\n'.repeat(100000) + ' c\n' },
  { name: '100k escaped newlines only', kind: 'dockerfile', boundMs: 30000, make: () => 'FROM a\nRUN ' + '\\\n'.repeat(100000) },
  { name: '100k heredocs on one RUN', kind: 'dockerfile', boundMs: 30000, make: () => 'FROM a\nRUN ' + '<<E '.repeat(100000) + '\n' + 'E\n'.repeat(100000) },
  { name: '40k heredoc RUN instructions', kind: 'dockerfile', boundMs: 30000, make: () => 'FROM a\n' + 'RUN <<E\nx\nE\n'.repeat(40000) },
  { name: '1 MiB of NUL bytes', kind: 'dockerfile', boundMs: 20000, make: () => 'FROM a\nRUN ' + '\0'.repeat(NEAR_CAP - 11) },
  { name: 'NUL bytes in every token', kind: 'dockerfile', boundMs: 20000, make: () => 'FROM a\0b:\0\nUSER \0\nRUN apt-get\0 install \0x && curl \0 | sh\0\n'.repeat(8000) },
  { name: 'lone surrogates', kind: 'dockerfile', boundMs: 20000, make: () => 'FROM a\nRUN echo ' + '\ud800'.repeat(100000) + 'x\udc00'.repeat(100000) + '\nLABEL a="\udfff"\n' },
  { name: 'over maxFileSize: one BXG001, nothing parsed', kind: 'dockerfile', boundMs: 2000, make: () => 'RUN a\n'.repeat(2 * MiB / 6), expect: hasRule('BXG001', /over the/) },
  { name: '10k nested Ruby brackets', kind: 'vagrantfile', boundMs: 30000, make: () => 'x = ' + '['.repeat(10000) + ']'.repeat(10000) + '\n' },
  { name: '10k unclosed Ruby brackets', kind: 'vagrantfile', boundMs: 30000, make: () => 'x = ' + '[('.repeat(5000) + '\n' },
  { name: '10k nested do-blocks', kind: 'vagrantfile', boundMs: 30000, make: () => 'a do\n'.repeat(10000) + 'end\n'.repeat(10000) },
  { name: '100k Ruby heredocs', kind: 'vagrantfile', boundMs: 30000, make: () => 'x = [' + '<<A,'.repeat(100000) + ']\n' + 'A\n'.repeat(100000) },
  { name: 'Vagrantfile: a 5 MB string literal (over maxFileSize)', kind: 'vagrantfile', boundMs: 30000, make: () => 'x = "' + 'a'.repeat(5 * 1000 * 1000) + '"\n', expect: hasRule('BXG001', /over the/) },
  { name: 'Vagrantfile: a 5 MB string literal, maxFileSize raised', kind: 'vagrantfile', boundMs: 45000, config: { maxFileSize: 8 * MiB }, make: () => 'x = "' + 'a'.repeat(5 * 1000 * 1000) + '"\n' },
  { name: 'Vagrantfile: 1 MiB inline shell provisioner', kind: 'vagrantfile', boundMs: 30000, make: () => 'Vagrant.configure("2") do |c|\n  c.vm.provision "shell", inline: "' + 'a '.repeat((NEAR_CAP - 80) >> 1) + '"\nend\n' },
  { name: 'Vagrantfile: NUL bytes and lone surrogates', kind: 'vagrantfile', boundMs: 20000, make: () => 'Vagrant.configure("2") do |c|\n  c.vm.box = "\0\ud800"\n  c.vm.provision "shell", inline: "curl \0 | sh \udc00"\nend\n'.repeat(5000) },
];

describe('pathological inputs: bounded time, no errors, ranges inside the document', function () {
  this.timeout(120000);
  const measured: string[] = [];
  before(warmUp);
  after(() => { if (measured.length) console.log(`\n    measured (ms, characters):\n${measured.map(m => `      ${m}`).join('\n')}\n`); });

  for (const c of CASES) {
    it(c.name, async () => {
      const text = c.make();
      const t = performance.now();
      const result = await lintFile(text, c.kind, { ...FUZZ_CONFIG, ...c.config });
      const ms = performance.now() - t;
      // The Vagrantfile watchdog stopping prism is the designed bound, not a failure: it is reported as a finding.
      const stopped = result.findings.some(f => /^Not linted: parsing took/.test(f.message));
      measured.push(`${ms.toFixed(0).padStart(6)}  ${String(text.length).padStart(8)}  ${c.kind} ${c.name}${stopped ? ' (stopped by the watchdog)' : ''}`);
      assert.ok(ms < c.boundMs, `${ms.toFixed(0)} ms (bound ${c.boundMs})`);
      const bad = violations(text, result, 0).filter(v => !/Not linted: parsing took/.test(v));
      assert.deepEqual(bad, []);
      c.expect?.(result);
    });
  }
});
