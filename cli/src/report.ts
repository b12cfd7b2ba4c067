// Writes what a lint run produced: the report (stdout or --output-file), the diff of --fix-dry-run, the
// fixed text of `--stdin --fix`, and one-line notices on stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FORMATS } from './formats';
import { jsonWriter } from './formats/json';
import { plural } from './formats/stylish';
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
    const write = opts.fix === 'write';
    const fixed = results.filter(r => r.fix?.fixed.length), pinned = results.filter(r => r.fix?.pinned?.length);
    const n = fixed.reduce((s, r) => s + r.fix!.fixed.length, 0), p = pinned.reduce((s, r) => s + r.fix!.pinned!.length, 0);
    if (n) out.push(`${write ? 'fixed' : 'would fix'} ${plural(n, 'problem')} in ${plural(fixed.length, 'file')}`);
    if (p) out.push(`${write ? 'pinned' : 'would pin'} ${plural(p, 'image')} in ${plural(pinned.length, 'file')}`);
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

/** The part of the report written as results arrive, or undefined when the report is written at the end. */
export interface ReportStream { add(r: FileResult): void; end(): void }

/** A JSON report on stdout is written file by file: 10,000 files make ~54 MB, ~0.7 s to build and
 * convert after the last file, with the workers idle. */
export function reportStream(opts: CliOptions, streams: Streams): ReportStream | undefined {
  if (opts.format !== 'json' || opts.outputFile || (opts.stdin && opts.fix === 'write')) return undefined;
  return jsonWriter(text => { streams.stdout.write(text); });
}

/** `streamed`: the report itself was written through `reportStream`, which this ends. */
export function writeResults(results: FileResult[], opts: CliOptions, streams: Streams, streamed?: ReportStream): void {
  const ctx = { color: opts.color, cwd: process.cwd(), version };
  const report = () => FORMATS[opts.format](results, ctx);
  if (opts.fix === 'dry-run' && opts.format !== 'json') {
    // The diff is the output; the findings are on the unchanged files for a later plain run.
    writeOut(opts, streams, results.map(r => r.fix?.diff ?? '').join(''));
  } else if (opts.stdin && opts.fix === 'write') {
    streams.stdout.write(results[0]?.text ?? '');
    if (opts.outputFile) writeOut(opts, streams, report());
    else streams.stderr.write(FORMATS[opts.format](results, { ...ctx, color: false }));
  } else if (streamed) {
    streamed.end();
  } else {
    writeOut(opts, streams, report());
  }
  for (const line of notices(results, opts)) streams.stderr.write(line);
}
