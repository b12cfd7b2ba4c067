// Writes what a lint run produced: the report (stdout or --output-file), the diff of --fix-dry-run, the
// fixed text of `--stdin --fix`, and one-line notices on stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FORMATS } from './formats';
import { WriteError } from './fix/write-atomic';
import type { CliOptions } from './options';
import type { FileResult } from './types';
import { version } from '../../package.json';

export interface Streams { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } }

function notices(results: FileResult[], opts: CliOptions): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) out.push(`${r.path}: ${r.error}`);
    for (const e of r.internalErrors) out.push(`${r.path}: internal error: ${e}`);
    if (r.fix?.refused) out.push(`${r.path}: ${r.fix.refused}`);
  }
  if (opts.fix === 'dry-run' || (opts.fix === 'write' && opts.format !== 'stylish')) {
    const fixed = results.filter(r => r.fix?.fixed.length);
    const n = fixed.reduce((s, r) => s + r.fix!.fixed.length, 0);
    if (n) out.push(`${opts.fix === 'write' ? 'fixed' : 'would fix'} ${n} problem${n === 1 ? '' : 's'} in ${fixed.length} file${fixed.length === 1 ? '' : 's'}`);
  }
  return out.map(l => `boxlint: ${l}\n`);
}

function writeOut(opts: CliOptions, streams: Streams, text: string): void {
  if (!opts.outputFile) { streams.stdout.write(text); return; }
  try {
    mkdirSync(dirname(opts.outputFile), { recursive: true });
    writeFileSync(opts.outputFile, text);
  } catch (e) {
    throw new WriteError(`${opts.outputFile}: cannot write the report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function writeResults(results: FileResult[], opts: CliOptions, streams: Streams): void {
  const ctx = { color: opts.color, cwd: process.cwd(), version };
  const report = () => FORMATS[opts.format](results, ctx);
  if (opts.fix === 'dry-run' && opts.format !== 'json') {
    // The diff is the output; the findings are on the unchanged files for a later plain run.
    writeOut(opts, streams, results.map(r => r.fix?.diff ?? '').join(''));
  } else if (opts.stdin && opts.fix === 'write') {
    streams.stdout.write(results[0]?.text ?? '');
    if (opts.outputFile) writeOut(opts, streams, report());
    else streams.stderr.write(FORMATS[opts.format](results, { ...ctx, color: false }));
  } else {
    writeOut(opts, streams, report());
  }
  for (const line of notices(results, opts)) streams.stderr.write(line);
}
