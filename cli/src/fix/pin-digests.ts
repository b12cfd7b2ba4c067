// --pin-digests: before the lint run, the FROM references of every Dockerfile that can be pinned (an external
// image, literally spelled, with no digest yet) are asked of their registries, each reference once; the jobs
// carry the digests found and runJob writes them with the safe fixes (or shows them in the dry run's diff).
// Nothing here runs without the flag: boxlint uses no network otherwise.
import { readFileSync } from 'node:fs';
import { applyEdits, parse, type TextEdit } from '../../../rules/src';
import { digestPinEdit, pinnableReference } from '../../../rules/src/edits';
import { samePosition } from '../../../rules/src/text';
import type { DockerfileModel } from '../../../rules/src/dockerfile/model';
import { resolveDigest, type RegistryOptions } from '../../../host/src/registry';
import type { FileJob, Pin } from '../types';

/** Registries asked at once. */
const CONCURRENCY = 4;

function dockerfileModel(text: string): DockerfileModel {
  return parse(text, 'dockerfile') as DockerfileModel;
}

function references(job: FileJob): string[] {
  let text = job.text;
  if (text === undefined) {
    try { text = readFileSync(job.path, 'utf8'); } catch { return []; } // the lint reports it
  }
  if (text.length > job.config.maxFileSize) return []; // not linted either: the lint says so
  const model = dockerfileModel(text);
  const out = new Set<string>();
  for (const stage of model.stages) {
    const ref = pinnableReference(model, stage.from);
    if (ref) out.add(ref);
  }
  return [...out];
}

/**
 * Resolves the references of the Dockerfile jobs and sets each job's `pins`. Returns one message per reference
 * that could not be resolved (the run then exits 2; the files are still linted, fixed and pinned where possible).
 */
export async function resolvePins(jobs: FileJob[], registry: RegistryOptions = {}): Promise<string[]> {
  const wanted = new Map<FileJob, string[]>();
  for (const job of jobs) if (job.kind === 'dockerfile') wanted.set(job, references(job));
  const queue = [...new Set([...wanted.values()].flat())];
  const digests = new Map<string, string>();
  const failures: string[] = [];
  const worker = async () => {
    for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
      const r = await resolveDigest(ref, registry);
      if (r.ok) digests.set(ref, r.digest);
      else failures.push(`could not pin \`${ref}\` to a digest: ${r.message}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const [job, refs] of wanted) {
    const pins = refs.filter(r => digests.has(r)).map(image => ({ image, digest: digests.get(image)! }));
    if (pins.length) job.pins = pins;
  }
  return failures.sort();
}

/** `text` with its FROM references pinned to `pins`' digests, and the pins it made. */
export function pinnedText(text: string, pins: readonly Pin[]): { text: string; pinned: Pin[] } {
  const model = dockerfileModel(text);
  const edits: TextEdit[] = [];
  const pinned: Pin[] = [];
  for (const stage of model.stages) {
    const pin = pins.find(p => p.image === stage.from.resolved);
    const edit = pin && digestPinEdit(model, stage.from, pin.digest);
    // Stages built FROM the same ARG default share its spot: one edit there pins them all.
    if (!edit || edits.some(e => samePosition(e.range.start, edit.range.start))) continue;
    edits.push(edit);
    pinned.push(pin);
  }
  return { text: edits.length ? applyEdits(text, edits) : text, pinned };
}
