// SPDX license expressions (`MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`),
// checked against the SPDX license list shipped by spdx-license-ids.
import ids from 'spdx-license-ids/index.json';
import deprecated from 'spdx-license-ids/deprecated.json';

const KNOWN = new Set([...ids, ...deprecated].map(s => s.toLowerCase()));

function isLicense(token: string): boolean {
  const t = token.replace(/\+$/, '');
  return KNOWN.has(t.toLowerCase()) || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(t);
}

/** True for a valid SPDX expression: licenses joined by AND / OR / WITH <exception>, with parentheses. */
export function isSpdxExpression(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let depth = 0;
  let expectLicense = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(') { if (!expectLicense) return false; depth++; continue; }
    if (t === ')') { if (expectLicense || --depth < 0) return false; continue; }
    if (expectLicense) { if (!isLicense(t)) return false; expectLicense = false; continue; }
    const op = t.toUpperCase();
    if (op === 'WITH') { if (!/^[A-Za-z0-9.+-]+$/.test(tokens[++i] ?? '')) return false; continue; }
    if (op !== 'AND' && op !== 'OR') return false;
    expectLicense = true;
  }
  return depth === 0 && !expectLicense;
}
