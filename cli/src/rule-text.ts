// A rule's documentation as plain terminal text: `--explain` and the SARIF `help.text`.
import { CONCERN_TITLES, ruleDocUrl, type RuleMeta } from '../../rules/src';

const indent = (s: string) => s.split('\n').map(l => (l ? `    ${l}` : l)).join('\n');

export function ruleText(rule: RuleMeta): string {
  const aliases = rule.aliases.map(a => `${a.id} (${a.tool}${a.kind === 'inspired' ? ', similar' : ''})`).join(', ');
  const parts = [
    `${rule.id} ${rule.name}`,
    `${rule.docs.summary}`,
    [
      `File: ${rule.language} · concern: ${rule.concern} (${CONCERN_TITLES[rule.concern]})`,
      `Default severity: ${rule.severity}${rule.optIn ? ' (off unless enabled)' : ''} · fix: ${rule.fixable}`,
      ...(aliases ? [`Aliases: ${aliases}`] : []),
    ].join('\n'),
    `Why it matters: ${rule.docs.why}`,
    `How to fix: ${rule.docs.fix}`,
    `Bad:\n\n${indent(rule.docs.bad)}`,
    `Good:\n\n${indent(rule.docs.good)}`,
    ...(rule.docs.notes ? [`Notes: ${rule.docs.notes}`] : []),
    `Docs: ${ruleDocUrl(rule)}`,
  ];
  return parts.join('\n\n') + '\n';
}
