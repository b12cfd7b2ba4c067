#!/usr/bin/env node
// boxlint CLI. Exit 0 clean, 1 findings at/above the threshold, 2 usage, config or I/O error.
import { ConfigError } from '../../rules/src';
import { OperandError } from '../../host/src/discover';
import { EXIT_CLEAN, EXIT_ERROR, UsageError } from './errors';
import { HELP, parseOptions } from './options';
import { lintRun } from './lint-run';
import { reportStream, writeResults } from './report';
import { exitStatus } from './exit-status';
import { WriteError } from './fix/write-atomic';
import { listRules } from './commands/list-rules';
import { explain } from './commands/explain';
import { printConfig } from './commands/print-config';
import { version } from '../../package.json';

async function main(argv: string[]): Promise<number> {
  const opts = parseOptions(argv, process.env, process.stdout.isTTY === true);
  const print = (s: string) => { process.stdout.write(s); return EXIT_CLEAN; };
  switch (opts.command) {
    case 'help': return print(HELP);
    case 'version': return print(`${version}\n`);
    case 'list-rules': return print(listRules(opts.format));
    case 'explain': return print(explain(opts.subject!));
    case 'print-config': return print(printConfig(opts.subject!, opts));
  }
  const stream = reportStream(opts, process);
  const run = await lintRun(opts, stream && (r => stream.add(r)));
  writeResults(run.results, opts, process, stream);
  for (const e of run.errors) process.stderr.write(`boxlint: ${e}\n`);
  const verdict = exitStatus(run, opts);
  if (verdict.reason) process.stderr.write(`boxlint: ${verdict.reason}\n`);
  return verdict.code;
}

// `boxlint … | head`: a reader that goes away early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN); else throw e; });

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: unknown) => {
  const known = e instanceof UsageError || e instanceof ConfigError || e instanceof OperandError || e instanceof WriteError;
  const message = known ? (e as Error).message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
  process.stderr.write(`boxlint: ${message.split('\n')[0]}\n`);
  if (!known && process.env.BOXLINT_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
  process.exitCode = EXIT_ERROR;
});
