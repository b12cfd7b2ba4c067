// `npm run fuzz [-- --seconds 300 --seed 123]`: the properties of test/fuzz.test.ts with random seeds, for as
// long as asked (default 2 minutes per input family). Each failure is shrunk and saved under
// test-fixtures/regressions/ (where `npm test` replays it from then on); the exit code is 1 if any was found.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { FileKind } from '../rules/src';
import { checkLint, generatedDockerfile, generatedVagrantfile, mutatedCorpus, REGRESSIONS, warmUp } from '../test/fuzz-properties';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '120' }, seed: { type: 'string' } } });
const seconds = Number(values.seconds);
const baseSeed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

function save(kind: FileKind, text: string): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const file = join(REGRESSIONS, `fuzz-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.${kind === 'dockerfile' ? 'Dockerfile' : 'Vagrantfile'}`);
  writeFileSync(file, text);
  return file;
}

async function family(name: string, kind: FileKind, arb: fc.Arbitrary<string> | null, seed: number): Promise<boolean> {
  if (!arb) { console.log(`${name}: skipped (no corpus beside the repository)`); return true; }
  let runs = 0;
  const started = Date.now();
  const details = await fc.check(fc.asyncProperty(arb, async text => { runs++; return (await checkLint(text, kind)).length === 0; }),
    { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  if (!details.failed) { console.log(`${name}: ${runs} inputs in ${secs} s, no failure (seed ${seed})`); return true; }
  const text = details.counterexample![0];
  const file = save(kind, text);
  console.log(`${name}: FAILED after ${details.numRuns} inputs (seed ${seed}), shrunk input saved to ${file}:`);
  for (const v of await checkLint(text, kind)) console.log(`  - ${v}`);
  return false;
}

async function main(): Promise<number> {
  await warmUp();
  const withText = (a: fc.Arbitrary<{ text: string }> | null) => a && a.map(c => c.text);
  const results = [
    await family('generated Dockerfiles', 'dockerfile', generatedDockerfile, baseSeed),
    await family('mutated corpus Dockerfiles', 'dockerfile', withText(mutatedCorpus('dockerfile')), baseSeed + 1),
    await family('generated Vagrantfiles', 'vagrantfile', generatedVagrantfile, baseSeed + 2),
    await family('mutated corpus Vagrantfiles', 'vagrantfile', withText(mutatedCorpus('vagrantfile')), baseSeed + 3),
  ];
  return results.every(Boolean) ? 0 : 1;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(2); });
