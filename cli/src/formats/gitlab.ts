// GitLab Code Quality report (a subset of Code Climate's format): shown in merge request widgets.
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
import type { Severity } from '../../../rules/src/types';
import type { Formatter } from '../types';
import { codeClimateCategory } from './concerns';
import { fingerprints } from './fingerprint';
import { displayPath } from './paths';

const SEVERITY: Record<Severity, string> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

export const gitlab: Formatter = (results, { cwd }) => {
  const issues: object[] = [];
  for (const r of results) {
    const path = displayPath(r.path, cwd);
    const prints = fingerprints(r, path);
    r.findings.forEach((f, i) => issues.push({
      type: 'issue',
      description: f.message,
      check_name: `${f.ruleId} ${f.ruleName}`,
      fingerprint: prints[i],
      severity: SEVERITY[f.severity],
      categories: [codeClimateCategory(f.concern)],
      location: { path, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
    }));
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
