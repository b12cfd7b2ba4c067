// Child process of gc-retention.test.ts: lints every fixture file over and over, one file at a time and keeping
// nothing (as the CLI does), while V8 traces its garbage collections (--trace-gc-nvp) on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initEngine } from '../host/src/wasm';
import { lint } from '../rules/src';
import { kindOf } from './fixtures';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? filesUnder(join(dir, e.name)) : /(dockerfile|vagrantfile)$/i.test(e.name) ? [join(dir, e.name)] : []);
}

async function main(): Promise<void> {
  await initEngine();
  const files = filesUnder(join(__dirname, '..', 'test-fixtures')).map(f => ({ text: readFileSync(f, 'utf8'), kind: kindOf(f) }));
  const rounds = Number(process.argv[2]);
  for (let r = 0; r < rounds; r++) for (const f of files) lint(f.text, f.kind, { enableAll: true });
}

void main();
