// How boxlint's concerns map onto other tools' categories.
import type { Concern } from '../../../rules/src/types';

/** Concerns that are security risks: SARIF tags them `security` (GitHub's Security tab and severity). */
export const SECURITY_CONCERNS: ReadonlySet<Concern> = new Set<Concern>([
  'root', 'daemon-exposure', 'kernel-sharing', 'unpinned-image', 'untrusted-source', 'secrets', 'network-exposure',
]);

/** Code Climate categories (GitLab Code Quality). */
export function codeClimateCategory(c: Concern): string {
  if (SECURITY_CONCERNS.has(c)) return 'Security';
  if (c === 'resource-limits') return 'Performance';
  return 'Bug Risk';
}
