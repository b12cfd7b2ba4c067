// Applying text edits, for --fix, tests and fix-all. Edits are applied back to front so offsets hold.
import type { Range, TextEdit } from './types';
import { LineIndex } from './text';
import type { DockerfileModel, DfFrom } from './dockerfile/model';
import { literalReference } from './dockerfile/image-info';

const DIGEST = /^sha(256:[a-f0-9]{64}|512:[a-f0-9]{128})$/;

/**
 * The edit that pins a FROM reference to `digest` (`ubuntu:24.04` -> `ubuntu:24.04@sha256:…`), written
 * where the reference is literally spelled (the FROM word or its one ARG default). Null when the
 * reference already has a digest, is composed of several parts, or the digest is malformed.
 */
export function digestPinEdit(model: DockerfileModel, from: DfFrom, digest: string): TextEdit | null {
  const spot = DIGEST.test(digest) ? pinSpot(model, from) : null;
  return spot && { range: { start: spot.range.end, end: spot.range.end }, newText: `@${digest}` };
}

/** The reference a FROM could be pinned by digest (an external image, literally spelled, with no digest yet), or null. */
export function pinnableReference(model: DockerfileModel, from: DfFrom): string | null {
  return pinSpot(model, from) && from.resolved;
}

function pinSpot(model: DockerfileModel, from: DfFrom): { range: Range } | null {
  return !from.ref || from.ref.digest || from.isStageOrScratch ? null : literalReference(model, from);
}

/**
 * The text an LSP snippet inserts when nobody edits it: placeholders (`${1:version}`, nested ones) become
 * their default text, choices (`${1|a,b|}`) their first choice, tab stops (`$1`, `${2}`) nothing, and
 * `\$`, `\}`, `\\` their literal character.
 */
export function resolveSnippet(text: string): string {
  let i = 0;
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '\\' && i + 1 < text.length && '$}\\'.includes(text[i + 1])) { out += text[i + 1]; i += 2; continue; }
      if (inPlaceholder && c === '}') return out;
      if (c === '$') {
        const tab = /^\$(\d+)/.exec(text.slice(i));
        if (tab) { i += tab[0].length; continue; }
        const open = /^\$\{(\d+)(:|\||\})/.exec(text.slice(i));
        if (open) {
          i += open[0].length;
          if (open[2] === '}') continue;
          if (open[2] === ':') { out += parse(true); i++; continue; }
          const end = text.indexOf('|}', i);
          if (end < 0) { out += text.slice(i - open[0].length); i = text.length; continue; }
          out += text.slice(i, end).split(',')[0];
          i = end + 2;
          continue;
        }
      }
      out += c;
      i++;
    }
    return out;
  };
  return parse(false);
}

/** Applies non-overlapping edits; an edit that overlaps an earlier one is skipped. Returns the new text. */
export function applyEdits(text: string, edits: TextEdit[], snippet = false): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map(e => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: snippet ? resolveSnippet(e.newText) : e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + text.slice(pos);
}
