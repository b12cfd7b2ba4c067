#!/usr/bin/env node
// boxlint CLI: a thin adapter over the engine. Exit 0 clean, 1 findings at/above the threshold, 2 errors.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { atLeast, CATALOG, ConfigError, defaultConfig, detectKind, toSeveritySetting, type LintConfig, type Severity } from '../../rules/src';
import { initEngine } from '../../host/src/wasm';
import { ConfigResolver, readConfigFile } from '../../host/src/config-files';
import { discover } from '../../host/src/discover';
import { lintFile } from '../../host/src/lint-file';
import { FORMATS } from './formats';
import type { FileResult } from './types';
import { version } from '../../package.json';

const HELP = `Usage: boxlint [options] <file|folder>...

Lints Dockerfiles and Vagrantfiles. Folders are searched for Dockerfile, Containerfile,
*.Dockerfile, Dockerfile.*, *.containerfile and Vagrantfile.

Options:
  -f, --format <name>             ${Object.keys(FORMATS).join(' | ')} (default: stylish)
  -c, --config <file>             use this .boxlint.yaml or .hadolint.yaml instead of looking upward
      --rule <id>=<severity>      set a rule's severity (off|hint|info|warning|error); repeatable
      --enable-all                turn on every rule, including opt-in ones
      --failure-threshold <sev>   lowest severity that fails the run (default: warning; none never fails)
      --list-rules                print the rule catalog and exit
      --no-color                  plain output
  -v, --version                   print the version
  -h, --help                      print this help

Exit codes: 0 no findings at or above the threshold, 1 findings, 2 usage, config or I/O error.
`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`boxlint: ${message}\n`);
  process.exit(2);
}

function parseRuleFlags(values: string[]): Record<string, ReturnType<typeof toSeveritySetting>> {
  const out: Record<string, ReturnType<typeof toSeveritySetting>> = {};
  for (const v of values) {
    const [id, sev] = v.split('=');
    const s = toSeveritySetting(sev);
    if (!id || !s) throw new UsageError(`--rule ${v}: expected <id>=off|hint|info|warning|error`);
    out[id] = s;
  }
  return out;
}

function listRules(): string {
  const rows = CATALOG.map(r => [r.id, r.name, r.language, r.concern, r.optIn ? `off(${r.severity})` : r.severity, r.aliases.map(a => a.id).join(',')]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  return rows.map(r => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true, default: [] },
      'enable-all': { type: 'boolean', default: false },
      'failure-threshold': { type: 'string' },
      'list-rules': { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(HELP); return 0; }
  if (values.version) { process.stdout.write(`${version}\n`); return 0; }
  if (values['list-rules']) { process.stdout.write(listRules()); return 0; }
  const format = FORMATS[values.format!];
  if (!format) throw new UsageError(`unknown format \`${values.format}\` (use ${Object.keys(FORMATS).join(', ')})`);
  if (!positionals.length) throw new UsageError('no files given (see --help)');
  const thresholdArg = values['failure-threshold'];
  if (thresholdArg && thresholdArg !== 'none' && !toSeveritySetting(thresholdArg)) throw new UsageError(`--failure-threshold ${thresholdArg}: use error, warning, info, hint or none`);

  const overrides: Partial<LintConfig> = { enableAll: values['enable-all'] };
  const ruleFlags = parseRuleFlags(values.rule!);
  const base = defaultConfig();
  const resolver = new ConfigResolver(values.config ? resolve(values.config) : null, base);
  if (values.config) readConfigFile(resolve(values.config), base); // fail early, before any file is read

  await initEngine();
  const files = discover(positionals, { ignorePaths: [], root: process.cwd() });
  const results: FileResult[] = [];
  let ioErrors = 0;
  let threshold: Severity | 'none' = (thresholdArg as Severity | 'none' | undefined) ?? 'warning';
  for (const path of files) {
    const config = { ...resolver.configFor(path), ...overrides };
    config.rules = { ...config.rules, ...ruleFlags } as LintConfig['rules'];
    if (!thresholdArg && config.failureThreshold) threshold = config.failureThreshold;
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch (e) { ioErrors++; process.stderr.write(`boxlint: ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`); continue; }
    const kind = detectKind(path) ?? 'dockerfile';
    const result = await lintFile(text, kind, config);
    for (const err of result.errors) process.stderr.write(`boxlint: internal error in rule ${err.ruleId} on ${path} (its findings are dropped): ${err.message.split('\n')[0]}\n`);
    results.push({ path, kind, text, findings: result.findings });
  }
  const color = !values['no-color'] && !process.env.NO_COLOR && process.stdout.isTTY === true;
  process.stdout.write(format(results, { color }));
  if (ioErrors) return 2;
  const failing = threshold !== 'none' && results.some(r => r.findings.some(f => atLeast(f.severity, threshold as Severity)));
  return failing ? 1 : 0;
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; }, (e: unknown) => {
  if (e instanceof UsageError || e instanceof ConfigError) fail(e.message);
  if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) fail(`${(e as Error).message} (see --help)`);
  if (e instanceof Error && /no such file or directory/.test(e.message)) fail(e.message);
  fail(`unexpected error: ${(e as Error)?.stack ?? String(e)}`);
});
