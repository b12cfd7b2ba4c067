// Checkstyle XML, read by Jenkins (warnings-ng), reviewdog, SonarQube and many CI dashboards.
import type { Severity } from '../../../rules/src/types';
import type { Formatter } from '../types';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/**
 * Escapes text for an XML attribute. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD so the document always parses.
 */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export const checkstyle: Formatter = results => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<checkstyle version="4.3">`];
  for (const r of results) {
    out.push(`  <file name="${xmlEscape(r.path)}">`);
    for (const f of r.findings) {
      out.push(`    <error line="${f.range.start.line + 1}" column="${f.range.start.character + 1}" severity="${SEVERITY[f.severity]}" message="${xmlEscape(f.message)}" source="boxlint.${xmlEscape(f.ruleId)}.${xmlEscape(f.ruleName)}"/>`);
    }
    if (r.error) out.push(`    <error line="1" column="1" severity="error" message="${xmlEscape(`boxlint: ${r.error}`)}" source="boxlint.error"/>`);
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
};
