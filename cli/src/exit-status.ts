// The run's exit code: 2 when a file could not be processed or the run itself failed (a digest --pin-digests
// could not get), else 1 when findings reach the threshold or
// warnings exceed --max-warnings (unless --no-fail), else 0.
import { atLeast } from '../../rules/src';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './errors';
import type { CliOptions } from './options';
import type { RunOutcome } from './lint-run';

export interface ExitVerdict { code: number; reason?: string }

export function exitStatus({ results, thresholds, errors }: RunOutcome, opts: Pick<CliOptions, 'noFail' | 'maxWarnings'>): ExitVerdict {
  if (errors.length || results.some(r => r.error)) return { code: EXIT_ERROR };
  if (opts.noFail) return { code: EXIT_CLEAN };
  const warnings = results.reduce((n, r) => n + r.findings.filter(f => f.severity === 'warning').length, 0);
  if (opts.maxWarnings !== null && warnings > opts.maxWarnings) {
    return { code: EXIT_FINDINGS, reason: `${warnings} warnings, more than --max-warnings ${opts.maxWarnings}` };
  }
  const failing = results.some((r, i) => {
    const t = thresholds[i];
    return t !== 'none' && r.findings.some(f => atLeast(f.severity, t));
  });
  return { code: failing ? EXIT_FINDINGS : EXIT_CLEAN };
}
