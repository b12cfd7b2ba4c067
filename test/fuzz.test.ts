// Property-based fuzzing, bounded for `npm test` (a few seconds); `npm run fuzz` runs the same properties for
// longer with random seeds (scripts/fuzz.ts). Invariants: the engine never throws nor reports an internal rule
// error, each lint returns within a bound, every finding's range and every fix's edit lies inside the document.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { checkLint, warmUp, generatedDockerfile, generatedVagrantfile, mutatedCorpus, regressionFiles } from './fuzz-properties';

// A fixed seed keeps `npm test` deterministic; FUZZ_SEED explores elsewhere.
const SEED = Number(process.env.FUZZ_SEED ?? 20240601);
const runs = (n: number) => ({ numRuns: n, seed: SEED, endOnFailure: true });

async function holds(text: string, kind: 'dockerfile' | 'vagrantfile'): Promise<void> {
  const v = await checkLint(text, kind);
  assert.deepEqual(v, [], `${kind} ${JSON.stringify(text.slice(0, 2000))}`);
}

describe('fuzz: the engine keeps its invariants on any input', function () {
  this.timeout(120000);
  before(warmUp);

  it('generated Dockerfiles', async () => {
    await fc.assert(fc.asyncProperty(generatedDockerfile, t => holds(t, 'dockerfile')), runs(100));
  });

  it('mutated corpus Dockerfiles', async function () {
    const arb = mutatedCorpus('dockerfile');
    if (!arb) return this.skip();
    await fc.assert(fc.asyncProperty(arb, c => holds(c.text, 'dockerfile')), runs(60));
  });

  it('generated Vagrantfiles', async () => {
    await fc.assert(fc.asyncProperty(generatedVagrantfile, t => holds(t, 'vagrantfile')), runs(80));
  });

  it('mutated corpus Vagrantfiles', async function () {
    const arb = mutatedCorpus('vagrantfile');
    if (!arb) return this.skip();
    await fc.assert(fc.asyncProperty(arb, c => holds(c.text, 'vagrantfile')), runs(40));
  });

  describe('regression fixtures (crashers found by fuzzing, test-fixtures/regressions/)', () => {
    for (const file of regressionFiles()) {
      it(basename(file), () => holds(readFileSync(file, 'utf8'), /vagrantfile$/i.test(file) ? 'vagrantfile' : 'dockerfile'));
    }
  });
});
