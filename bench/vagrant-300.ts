// Parse + lint time of a ~300-line Vagrantfile (warm, in-process, median), the figure issue 4 asks for.
// Run bundled like dist/ (tsx's wrappers cost ~15%):
//   npx esbuild bench/vagrant-300.ts --bundle --platform=node --outfile=/tmp/vagrant-300.js && cp dist/*.wasm /tmp/ && node /tmp/vagrant-300.js
import { initEngine } from '../host/src/wasm';
import { lint } from '../rules/src';
import { generatedVagrantfile } from './inputs';

async function main(): Promise<void> {
  await initEngine();
  const text = generatedVagrantfile(300);
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < 30; i++) lint(text, 'vagrantfile'); // warm-up
  for (let i = 0; i < 200; i++) {
    const t = performance.now(), c = process.cpuUsage();
    lint(text, 'vagrantfile');
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time is the steadier figure on a shared machine (wall time includes waiting for a core).
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1].toFixed(2);
  process.stdout.write(`Vagrantfile ${text.split('\n').length} lines, parse + lint (warm): median ${median(wall)} ms wall, ${median(cpu)} ms CPU\n`);
}

if (require.main === module) void main();
