import { defineDockerfileRule } from '../../rule';
import { checkLabelFormat } from '../../dockerfile/labels';

/** local@domain.tld without whitespace or <>(): split by hand, a single regex for it backtracks on many dots. */
function isEmail(v: string): boolean {
  const at = v.indexOf('@');
  if (at <= 0 || at !== v.lastIndexOf('@') || /[\s<>()]/.test(v)) return false;
  const domain = v.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1;
}

export default defineDockerfileRule({
  id: 'BXD028',
  name: 'require-email-label',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3058', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Labels the label schema types as `email` must hold an email address.',
    why: 'Tools and people that read the label expect an email address; a malformed value breaks automation (links, sorting, license scans) silently.',
    fix: 'Write the value as an email address.',
    bad: 'FROM debian:12.5\nLABEL maintainer="Jane Doe"',
    good: 'FROM debian:12.5\nLABEL maintainer="jane@example.com"',
    notes: 'Active only for labels the `label-schema` types as `email`. Empty values are left to no-empty-schema-label (BXD022), values with variables are not judged.',
    exampleConfig: { settings: { 'label-schema': { 'maintainer': 'email' } } },
  },
  check({ model, options, report }) {
    checkLabelFormat(model, options, { type: 'email', what: 'an email address', valid: isEmail }, report);
  },
});
