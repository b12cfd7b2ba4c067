// Command line -> typed options. Every check on the arguments themselves happens here, so a bad command
// line fails before any file is read.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { findRule, toSeveritySetting, type SeveritySetting } from '../../rules/src';
import { isForeignRuleCode } from '../../host/src/config-files';
import { FORMATS } from './formats';
import { UsageError } from './errors';
import type { FixMode, Threshold } from './types';

export const HELP = `Usage: boxlint [options] <file|folder>...
       boxlint [options] --stdin [--stdin-filename NAME] < Dockerfile

Lints Dockerfiles and Vagrantfiles. Folders are searched for Dockerfile, Containerfile,
*.Dockerfile, Dockerfile.*, *.containerfile and Vagrantfile (skipping node_modules, .git and
the config's ignorePaths). Files given by name are linted whatever their name.

Output:
  -f, --format <name>             ${Object.keys(FORMATS).join(' | ')} (default: stylish)
  -o, --output-file <file>        write the report to a file instead of stdout
      --no-color                  plain output (also: NO_COLOR=1)

Rules and config:
  -c, --config <file>             use this .boxlint.yaml or .hadolint.yaml instead of looking upward
      --rule <id>=<severity>      set a rule's severity (off|hint|info|warning|error); repeatable;
                                  ids, names and aliases (DL3007) work
      --ignore <rule>             turn a rule off (same as --rule <rule>=off); repeatable
      --trusted-registry <name>   allow images from this registry (added to the config's list); repeatable
      --enable-all                turn on every rule, including opt-in ones

Exit status:
  -t, --failure-threshold <sev>   lowest severity that fails the run: error | warning | info | hint
                                  | none (default: the config's failureThreshold, else warning)
      --max-warnings <n>          also fail when there are more than n warnings
      --no-fail                   exit 0 even with findings (errors still exit 2)

Fixes:
      --fix                       apply the safe fixes in place and report what changed
      --fix-dry-run               print the safe fixes as a unified diff; change nothing
      --pin-digests               with --fix or --fix-dry-run, also pin each FROM image to the digest
                                  its registry serves now (asks the registries: network)

Input:
      --stdin                     lint the text on standard input
      --stdin-filename <name>     name for stdin text: picks the file kind and the config lookup
  -j, --jobs <n>                  worker threads for large trees (default: CPU count; 1 = none)

Information:
      --list-rules                print the rule catalog (with --format json: as JSON)
      --explain <rule>            print a rule's documentation
      --print-config <file>       print the effective config for a file as JSON
  -v, --version                   print the version
  -h, --help                      print this help

Exit codes: 0 no findings at or above the threshold, 1 findings, 2 usage, config or I/O error.
`;

export interface CliOptions {
  operands: string[];
  format: string;
  formatGiven: boolean;
  outputFile: string | null;
  color: boolean;
  config: string | null;
  ruleFlags: Record<string, SeveritySetting>;
  /** --trusted-registry values, added to each config's list. */
  trustedRegistries: string[];
  enableAll: boolean;
  threshold: Threshold | null;
  maxWarnings: number | null;
  noFail: boolean;
  fix: FixMode;
  /** --pin-digests: ask registries for the digests of FROM images and pin them with the fixes. */
  pinDigests: boolean;
  stdin: boolean;
  stdinFilename: string | null;
  jobs: number;
  /** --jobs was given: use worker threads even for a small tree. */
  jobsGiven: boolean;
  command: 'lint' | 'help' | 'version' | 'list-rules' | 'explain' | 'print-config';
  /** The rule (--explain) or file (--print-config) the command is about. */
  subject: string | null;
}

const known = (id: string) => !!findRule(id) || isForeignRuleCode(id);

function parseRuleFlags(values: string[], ignored: string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const id of ignored) {
    if (!known(id)) throw new UsageError(`--ignore ${id}: unknown rule (see --list-rules)`);
    out[id] = 'off';
  }
  for (const v of values) {
    const eq = v.lastIndexOf('=');
    const id = eq > 0 ? v.slice(0, eq) : '';
    const sev = toSeveritySetting(eq > 0 ? v.slice(eq + 1) : '');
    if (!id || !sev) throw new UsageError(`--rule ${v}: expected <id>=off|hint|info|warning|error`);
    if (!known(id)) throw new UsageError(`--rule ${v}: unknown rule \`${id}\` (see --list-rules)`);
    out[id] = sev;
  }
  return out;
}

function parseThreshold(v: string | undefined): Threshold | null {
  if (v === undefined) return null;
  const s = toSeveritySetting(v);
  if (s === 'off') return 'none';
  if (!s) throw new UsageError(`--failure-threshold ${v}: use error, warning, info, hint or none`);
  return s;
}

function parseCount(flag: string, v: string | undefined, min: number): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${flag} ${v}: expected a whole number${min ? ` of at least ${min}` : ''}`);
  return Number(v);
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        'no-color': { type: 'boolean', default: false },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true, default: [] },
        ignore: { type: 'string', multiple: true, default: [] },
        'trusted-registry': { type: 'string', multiple: true, default: [] },
        'enable-all': { type: 'boolean', default: false },
        'failure-threshold': { type: 'string', short: 't' },
        'max-warnings': { type: 'string' },
        'no-fail': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'pin-digests': { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'list-rules': { type: 'boolean', default: false },
        explain: { type: 'string' },
        'print-config': { type: 'string' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see --help)`);
  }
  const { values: v, positionals } = parsed;
  const format = v.format ?? 'stylish';
  if (!FORMATS[format]) throw new UsageError(`unknown format \`${format}\` (use ${Object.keys(FORMATS).join(', ')})`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (v['pin-digests'] && !v.fix && !v['fix-dry-run']) throw new UsageError('--pin-digests changes files: use it with --fix or --fix-dry-run');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename needs --stdin');

  const command: CliOptions['command'] = v.help ? 'help' : v.version ? 'version' : v['list-rules'] ? 'list-rules'
    : v.explain !== undefined ? 'explain' : v['print-config'] !== undefined ? 'print-config' : 'lint';
  if (command === 'lint') {
    if (v.stdin && positionals.length) throw new UsageError('--stdin reads standard input: give no files with it');
    if (!v.stdin && !positionals.length) throw new UsageError('no files given (see --help)');
  }
  return {
    operands: positionals,
    format,
    formatGiven: v.format !== undefined,
    outputFile: v['output-file'] ?? null,
    color: !v['no-color'] && !env.NO_COLOR && stdoutIsTTY && !v['output-file'],
    config: v.config ?? null,
    ruleFlags: parseRuleFlags(v.rule!, v.ignore!),
    trustedRegistries: v['trusted-registry']!,
    enableAll: v['enable-all']!,
    threshold: parseThreshold(v['failure-threshold']),
    maxWarnings: parseCount('--max-warnings', v['max-warnings'], 0),
    noFail: v['no-fail']!,
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : 'off',
    pinDigests: v['pin-digests']!,
    stdin: v.stdin!,
    stdinFilename: v['stdin-filename'] ?? null,
    jobs: parseCount('--jobs', v.jobs, 1) ?? Math.min(availableParallelism(), 8),
    jobsGiven: v.jobs !== undefined,
    command,
    subject: command === 'explain' ? v.explain! : command === 'print-config' ? v['print-config']! : null,
  };
}
