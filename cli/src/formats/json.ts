// The JSON report: a public contract CI tools parse (schema of the foundation issue). Extend it with new
// keys, never rename or remove. Added since: per file `error` (file not processed), and with --fix /
// --fix-dry-run `fixed` (what was or would be fixed) and `diff` (dry run).
import type { Finding } from '../../../rules/src/types';
import type { Formatter } from '../types';

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

export const json: Formatter = results => JSON.stringify({
  version: 1,
  files: results.map(r => ({
    path: r.path,
    kind: r.kind,
    findings: r.findings.map(finding),
    ...(r.error ? { error: r.error } : {}),
    ...(r.fix ? {
      fixed: r.fix.fixed.map(f => ({ ruleId: f.ruleId, ruleName: f.ruleName, message: f.message, range: f.range })),
      ...(r.fix.diff ? { diff: r.fix.diff } : {}),
    } : {}),
  })),
}, null, 2) + '\n';
