// The JSON report: a public contract CI tools parse (schema of the foundation issue). Extend it with new
// keys, never rename or remove. Added since: per file `error` (file not processed), and with --fix /
// --fix-dry-run `fixed` (what was or would be fixed), `pinned` (--pin-digests) and `diff` (dry run).
import type { Finding } from '../../../rules/src/types';
import type { FileResult, Formatter } from '../types';

const finding = (f: Finding) => ({
  ruleId: f.ruleId,
  ruleName: f.ruleName,
  aliases: f.aliases,
  concern: f.concern,
  severity: f.severity,
  message: f.message,
  range: f.range,
  fixable: f.fixes.length > 0,
});

const jsonFile = (r: FileResult) => ({
  path: r.path,
  kind: r.kind,
  findings: r.findings.map(finding),
  ...(r.error ? { error: r.error } : {}),
  ...(r.fix ? {
    fixed: r.fix.fixed.map(f => ({ ruleId: f.ruleId, ruleName: f.ruleName, message: f.message, range: f.range })),
    ...(r.fix.pinned ? { pinned: r.fix.pinned } : {}),
    ...(r.fix.diff ? { diff: r.fix.diff } : {}),
  } : {}),
});

export const json: Formatter = results => JSON.stringify({ version: 1, files: results.map(jsonFile) }, null, 2) + '\n';

/** Text gathered before a write: one write per file would be 10,000 system calls on a large run. */
const CHUNK = 1 << 16;

/**
 * The same bytes as `json`, written file by file as results arrive (in order), so a large run's report is
 * built while the files are being linted instead of after. Nothing is written before the first file.
 * JSON strings hold no raw newline, so indenting a file's object is indenting its lines.
 */
export function jsonWriter(write: (text: string) => void): { add(r: FileResult): void; end(): void } {
  let pending = '', files = 0;
  return {
    add(r) {
      pending += (files++ ? ',\n    ' : '{\n  "version": 1,\n  "files": [\n    ') + JSON.stringify(jsonFile(r), null, 2).replace(/\n/g, '\n    ');
      if (pending.length >= CHUNK) { write(pending); pending = ''; }
    },
    end() {
      write(files ? `${pending}\n  ]\n}\n` : '{\n  "version": 1,\n  "files": []\n}\n');
    },
  };
}
