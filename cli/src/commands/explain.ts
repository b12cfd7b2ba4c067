// --explain <rule>: a rule's documentation in the terminal (id, name or alias).
import { findRule } from '../../../rules/src';
import { UsageError } from '../errors';
import { ruleText } from '../rule-text';

export function explain(idOrAlias: string): string {
  const rule = findRule(idOrAlias);
  if (!rule) throw new UsageError(`--explain ${idOrAlias}: unknown rule (see --list-rules)`);
  return ruleText(rule);
}
