// --list-rules: the catalog as an aligned table, or as JSON with --format json.
import { CATALOG, ruleDocUrl } from '../../../rules/src';

export function listRules(format: string): string {
  if (format === 'json') {
    return JSON.stringify(CATALOG.map(r => ({
      id: r.id, name: r.name, language: r.language, concern: r.concern, severity: r.severity, optIn: !!r.optIn,
      fixable: r.fixable, aliases: r.aliases, summary: r.docs.summary, docs: ruleDocUrl(r),
    })), null, 2) + '\n';
  }
  const head = ['ID', 'NAME', 'FILE', 'CONCERN', 'DEFAULT', 'FIX', 'ALIASES'];
  const rows = CATALOG.map(r => [
    r.id, r.name, r.language, r.concern, r.optIn ? `off(${r.severity})` : r.severity, r.fixable === 'none' ? '' : r.fixable,
    r.aliases.map(a => a.id).join(','),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map(r => r[i].length)));
  return all.map(r => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}
