// --print-config <file>: the config boxlint would use for a file (it need not exist), as JSON: the config
// file found, the merged settings, and each rule's resulting severity.
import { resolve } from 'node:path';
import { ALL_RULES, detectKind, effectiveSeverity, rulesFor } from '../../../rules/src';
import { CliConfig } from '../config';
import type { CliOptions } from '../options';

export function printConfig(file: string, opts: CliOptions): string {
  const cfg = new CliConfig(opts);
  const { config, threshold, file: configFile } = cfg.for(resolve(file));
  const kind = detectKind(file) ?? 'dockerfile';
  const applicable = new Set(rulesFor(kind).map(r => r.id));
  const rules = Object.fromEntries(ALL_RULES.filter(r => applicable.has(r.id)).map(r => [r.id, effectiveSeverity(r, config)]));
  return JSON.stringify({
    file,
    kind,
    configFile,
    ignored: cfg.isIgnored(resolve(file), false),
    failureThreshold: threshold,
    config,
    rules,
  }, null, 2) + '\n';
}
