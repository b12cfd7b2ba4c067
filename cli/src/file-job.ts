// The work for one file: read, lint, and with --fix / --fix-dry-run apply or diff the safe fixes. Runs in
// the main thread or in a worker thread (cli/src/worker.ts), so it takes and returns plain data only.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { lintFile } from '../../host/src/lint-file';
import { dockerignoreFor } from '../../host/src/dockerignore';
import type { Finding, LintConfig } from '../../rules/src';
import { safeFix } from './fix/safe-fix';
import { unifiedDiff } from './fix/diff';
import { writeFileAtomic } from './fix/write-atomic';
import { pinnedText } from './fix/pin-digests';
import type { FileJob, FileResult, FixOutcome, Pin } from './types';

const oneLine = (e: unknown) => ((e as NodeJS.ErrnoException)?.code ?? ((e as Error)?.message ?? String(e)).split('\n')[0]);

/** Path for diff headers: relative to the working folder when inside it (so `git apply` takes it). */
function diffLabel(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path).split(sep).join('/');
}

/** The file's path on disk, if any (stdin text may be named after one with --stdin-filename). */
const diskPath = (job: FileJob) => (job.path.startsWith('<') ? undefined : job.path);

/**
 * The config with what the engine reads beside the file (.dockerignore) resolved once, so --fix's fixAll
 * sees exactly what the lint saw.
 */
function configFor(job: FileJob): LintConfig {
  const path = diskPath(job);
  if (job.kind !== 'dockerfile' || !path || job.config.dockerignore !== undefined) return job.config;
  // '' (none found) rather than undefined, so lintFile does not look for it again.
  return { ...job.config, dockerignore: (!job.noDockerignore && dockerignoreFor(path)) || '' };
}

async function lintText(job: FileJob, text: string): Promise<{ findings: Finding[]; internalErrors: string[] }> {
  const r = await lintFile(text, job.kind, job.config, diskPath(job));
  return { findings: r.findings, internalErrors: r.errors.map(e => `rule ${e.ruleId} crashed (its findings are dropped): ${e.message.split('\n')[0]}`) };
}

export async function runJob(input: FileJob): Promise<FileResult> {
  const job = { ...input, config: configFor(input) };
  const base = { path: job.path, kind: job.kind };
  let raw: Buffer | null = null;
  let text: string;
  if (job.text !== undefined) text = job.text;
  else {
    try { raw = readFileSync(job.path); } catch (e) { return { ...base, text: '', findings: [], internalErrors: [], error: `cannot read: ${oneLine(e)}` }; }
    text = raw.toString('utf8');
  }
  let linted;
  try { linted = await lintText(job, text); }
  catch (e) { return { ...base, text, findings: [], internalErrors: [], error: `lint crashed: ${oneLine(e)}` }; }
  if (job.fix === 'off') return { ...base, text, ...linted };

  // fixAll re-lints in-process: only files with a safe fix get there (cheaper, and a Vagrantfile's parser
  // then only sees text the watched lint already parsed).
  const fixable = linted.findings.some(f => f.fixes.some(x => x.safety === 'safe' && !x.snippet));
  const fix = fixable ? planFix(job, text, raw, linted.internalErrors) : { fixed: [], written: false };
  if (job.pins) addPins(fix, text, raw, job.pins);
  // `output`: the text the fixes and pins make, when they change anything.
  const changed = fix.output !== undefined;
  if (!changed || job.fix === 'dry-run') {
    if (changed) fix.diff = unifiedDiff(job.text !== undefined ? job.path : diffLabel(job.path), text, fix.output!);
    delete fix.output;
    return { ...base, text, ...linted, fix };
  }
  const fixedText = fix.output!;
  if (raw) {
    try { writeFileAtomic(job.path, Buffer.from(fixedText, 'utf8'), raw); }
    catch (e) { return { ...base, text, ...linted, fix: { fixed: [], written: false }, error: `fixes not written: ${oneLine(e)}` }; }
    fix.written = true;
    delete fix.output;
  }
  // Report what is left after the fixes, on the text now on disk (or printed, for stdin).
  try { return { ...base, text: fixedText, ...(await lintText(job, fixedText)), fix }; }
  catch (e) { return { ...base, text: fixedText, findings: [], internalErrors: [], error: `lint crashed after fixing: ${oneLine(e)}`, fix }; }
}

/** The safe fixes for a file, or the reason none are applied. `output` holds the fixed text. */
function planFix(job: FileJob, text: string, raw: Buffer | null, crashed: string[]): FixOutcome {
  const r = safeFix(text, job.kind, job.config);
  const refuse = (why: string): FixOutcome => ({ fixed: [], written: false, refused: `not fixed: ${why}` });
  if (r.refused) return refuse(r.refused);
  if (!r.fixed.length) return { fixed: [], written: false };
  if (crashed.length) return refuse(crashed[0]);
  if (!roundTrips(text, raw)) return refuse(NOT_UTF8);
  return { fixed: r.fixed, written: false, output: r.text };
}

/** --pin-digests: the file's FROM references pinned, on top of the safe fixes. */
function addPins(fix: FixOutcome, text: string, raw: Buffer | null, pins: Pin[]): void {
  const r = pinnedText(fix.output ?? text, pins);
  if (!r.pinned.length) return;
  if (!roundTrips(text, raw)) { fix.refused ??= `not fixed: ${NOT_UTF8}`; return; }
  fix.output = r.text;
  fix.pinned = r.pinned;
}

/** Text that does not survive a UTF-8 round trip (invalid bytes) would be corrupted by a rewrite. */
const roundTrips = (text: string, raw: Buffer | null) => !raw || Buffer.from(text, 'utf8').equals(raw);
const NOT_UTF8 = 'the file is not valid UTF-8';
