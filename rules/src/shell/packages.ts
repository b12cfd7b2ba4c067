// Package-manager invocations read as argv: which words are packages, so pinning rules can point at each.
import type { ShellWord } from './script';
import type { ShellHost } from './host';
import { shellCommands, positionals, subcommand, type HostCommand } from './commands';

export interface ManagerSpec {
  /** Command basenames (`apt-get`), or a test for families like `pip3.11`. */
  matches(name: string, args: ShellWord[]): boolean;
  subcommands: readonly string[];
  /** Options that take a separate value word. */
  withValue: ReadonlySet<string>;
  /** Words to skip before the subcommand (e.g. `-m pip` after `python`). */
  prefix?(args: ShellWord[]): number;
}

export interface PackageInstall { command: HostCommand; subcommand: ShellWord; packages: ShellWord[] }

export function packageInstalls(model: ShellHost, spec: ManagerSpec): PackageInstall[] {
  const out: PackageInstall[] = [];
  for (const command of shellCommands(model)) {
    if (!command.name || !spec.matches(command.name, command.args)) continue;
    const args = command.args.slice(spec.prefix?.(command.args) ?? 0);
    const sub = subcommand(args, spec.withValue);
    if (!sub || !spec.subcommands.includes(sub.word.value ?? '')) continue;
    const packages = positionals(args.slice(sub.index + 1), spec.withValue).filter(w => w.value !== null && w.value !== '');
    out.push({ command, subcommand: sub.word, packages });
  }
  return out;
}

export const APT_GET: ManagerSpec = {
  matches: n => n === 'apt-get',
  subcommands: ['install'],
  withValue: new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release']),
};

export const APK: ManagerSpec = {
  matches: n => n === 'apk',
  subcommands: ['add'],
  withValue: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '--cache-max-age']),
};

const PIP_VALUE_OPTS = ['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src', '--upgrade-strategy', '--trusted-host', '--platform',
  '--python-version', '--implementation', '--abi', '--no-binary', '--only-binary', '--progress-bar', '--log', '--proxy',
  '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--cache-dir', '--global-option', '--install-option',
  '--config-settings', '-C', '--python', '--report', '--root-user-action'];

export const PIP: ManagerSpec = {
  matches: (n, args) => /^pip(\d+(\.\d+)?)?$/.test(n) || (/^python(\d+(\.\d+)?)?$/.test(n) && args[0]?.value === '-m' && /^pip\d*$/.test(args[1]?.value ?? '')),
  prefix: args => (args[0]?.value === '-m' ? 2 : 0),
  subcommands: ['install'],
  withValue: new Set(PIP_VALUE_OPTS),
};

/** Words that name a local file, a URL or a variable: nothing to pin in the word itself. */
export function isPathOrUrl(v: string): boolean {
  return v.includes('/') || v.startsWith('.') || /^[a-z+]+:/.test(v);
}
