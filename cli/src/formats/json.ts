// The JSON report: a public contract CI tools parse. Extend it with new keys, never rename or remove.
import type { Formatter } from '../types';

export const json: Formatter = results => JSON.stringify({
  version: 1,
  files: results.map(r => ({
    path: r.path,
    kind: r.kind,
    findings: r.findings.map(f => ({
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      aliases: f.aliases,
      concern: f.concern,
      severity: f.severity,
      message: f.message,
      range: f.range,
      fixable: f.fixes.length > 0,
    })),
  })),
}, null, 2) + '\n';
