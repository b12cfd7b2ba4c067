// Package-manager invocations read as argv: which word is the subcommand and which words are packages,
// so rules can point at each. One spec per manager; rules add the manager-specific judgement.
import type { ShellWord } from './script';
import type { ShellHost } from './host';
import { commandsNamed, shellCommands, positionals, subcommand, type HostCommand } from './commands';

export interface ManagerSpec {
  /** Command basenames (`apt-get`), or a test for families like `pip3.11`. */
  matches(name: string, args: ShellWord[]): boolean;
  /** Subcommands that install packages. */
  subcommands: readonly string[];
  /** Options that take a separate value word. */
  withValue: ReadonlySet<string>;
  /** Words to skip before the subcommand (e.g. `-m pip` after `python`). */
  prefix?(args: ShellWord[]): number;
  /** The one command name that runs this manager, when there is exactly one: managerCalls then reads only that name's commands. */
  only?: string;
}

/** One run of a package manager: its argv (after any prefix), the subcommand word and what follows it. */
export interface ManagerCall {
  command: HostCommand;
  args: ShellWord[];
  subcommand: ShellWord;
  /** Arguments after the subcommand. */
  rest: ShellWord[];
}

export interface PackageInstall extends ManagerCall { packages: ShellWord[] }

/** Every call of the manager whose subcommand is one of `subcommands` (default: the install subcommands). */
export function managerCalls(model: ShellHost, spec: ManagerSpec, subcommands: readonly string[] = spec.subcommands): ManagerCall[] {
  const out: ManagerCall[] = [];
  for (const command of spec.only ? commandsNamed(model, spec.only) : shellCommands(model)) {
    if (!command.name || !spec.matches(command.name, command.args)) continue;
    const args = command.args.slice(spec.prefix?.(command.args) ?? 0);
    const sub = subcommand(args, spec.withValue);
    if (!sub || !subcommands.includes(sub.word.value ?? '')) continue;
    out.push({ command, args, subcommand: sub.word, rest: args.slice(sub.index + 1) });
  }
  return out;
}

/** Static, non-empty positional words of a call: the packages (dynamic words such as `$PKGS` are left out). */
export function packageWords(rest: ShellWord[], spec: ManagerSpec): ShellWord[] {
  return positionals(rest, spec.withValue).filter(w => w.value !== null && w.value !== '');
}

export function packageInstalls(model: ShellHost, spec: ManagerSpec, subcommands?: readonly string[]): PackageInstall[] {
  return managerCalls(model, spec, subcommands).map(c => ({ command: c.command, args: c.args, subcommand: c.subcommand, rest: c.rest, packages: packageWords(c.rest, spec) }));
}

function named(name: string, spec: Omit<ManagerSpec, 'matches' | 'only'>): ManagerSpec {
  return { ...spec, matches: n => n === name, only: name };
}

const APT_VALUE_OPTS = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release']);

export const APT_GET = named('apt-get', { subcommands: ['install'], withValue: APT_VALUE_OPTS });

/** `apt`, the interactive front end (same options as apt-get for what rules read). */
export const APT = named('apt', { subcommands: ['install'], withValue: APT_VALUE_OPTS });

export const APTITUDE = named('aptitude', { subcommands: ['install'], withValue: APT_VALUE_OPTS });

/** apt-get, apt and aptitude alike (update/upgrade/clean checks). */
export const APT_FAMILY: ManagerSpec = { subcommands: ['install'], withValue: APT_VALUE_OPTS, matches: n => n === 'apt-get' || n === 'apt' || n === 'aptitude' };

export const APK = named('apk', {
  subcommands: ['add'],
  withValue: new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file', '--cache-max-age']),
});

const PIP_VALUE_OPTS = ['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url',
  '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--src', '--upgrade-strategy', '--trusted-host', '--platform',
  '--python-version', '--implementation', '--abi', '--no-binary', '--only-binary', '--progress-bar', '--log', '--log-file', '--proxy',
  '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--cache-dir', '--global-option', '--install-option',
  '--config-settings', '-C', '--python', '--report', '--root-user-action', '-b', '--build', '-d', '--download'];

export const PIP: ManagerSpec = {
  matches: (n, args) => n.charCodeAt(0) === 112 /* p */ && (/^pip(\d+(\.\d+)?)?$/.test(n) || (/^python(\d+(\.\d+)?)?$/.test(n) && args[0]?.value === '-m' && /^pip\d*$/.test(args[1]?.value ?? ''))),
  prefix: args => (args[0]?.value === '-m' ? 2 : 0),
  subcommands: ['install'],
  withValue: new Set(PIP_VALUE_OPTS),
};

export const PIPX: ManagerSpec = {
  matches: (n, args) => n === 'pipx' || (/^python(\d+(\.\d+)?)?$/.test(n) && args[0]?.value === '-m' && args[1]?.value === 'pipx'),
  prefix: args => (args[0]?.value === '-m' ? 2 : 0),
  subcommands: ['install'],
  withValue: new Set(['--python', '--index-url', '-i', '--pip-args', '--suffix', '--spec', '--preinstall', '--fetch-missing-python']),
};

const RPM_VALUE_OPTS = ['-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--enablerepo', '--disablerepo',
  '-x', '--exclude', '--releasever', '--setopt', '-R', '--randomwait', '--downloaddir', '--destdir', '--repo', '--repoid',
  '--rpmverbosity', '--color', '--repofrompath', '--forcearch', '--advisory', '--advisories', '--bz', '--cve', '--sec-severity'];

export const YUM = named('yum', {
  subcommands: ['install', 'groupinstall', 'localinstall'],
  withValue: new Set(RPM_VALUE_OPTS),
});

/** dnf, dnf5 and microdnf (the minimal images' dnf). */
export const DNF: ManagerSpec = {
  matches: n => n === 'dnf' || n === 'dnf5' || n === 'microdnf' || n === 'dnf-3',
  subcommands: ['install', 'in', 'groupinstall', 'localinstall'],
  withValue: new Set(RPM_VALUE_OPTS),
};

export const ZYPPER = named('zypper', {
  subcommands: ['install', 'in'],
  withValue: new Set(['-c', '--config', '-R', '--root', '--reposd-dir', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
    '--pkg-cache-dir', '-r', '--repo', '-t', '--type', '--from', '-p', '--plus-repo', '--plus-content', '--installroot']),
});

export const NPM = named('npm', {
  subcommands: ['install', 'i', 'add', 'isntall'],
  withValue: new Set(['--registry', '--loglevel', '--prefix', '--cache', '--tag', '--userconfig', '--globalconfig', '-w', '--workspace',
    '--omit', '--include', '--install-strategy', '--before', '--location', '--fetch-retries', '--scope', '--otp', '-C']),
});

export const GEM = named('gem', {
  subcommands: ['install', 'i'],
  withValue: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '-P', '--trust-policy',
    '--platform', '-g', '--file', '--build-root', '--target-rbconfig', '-p', '--http-proxy']),
});

export const GO = named('go', {
  subcommands: ['install', 'get', 'run'],
  withValue: new Set(['-C', '-p', '-o', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-overlay', '-pkgdir',
    '-toolexec', '-exec', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix', '-pgo', '-covermode', '-coverpkg', '-buildvcs']),
});

export const YARN = named('yarn', {
  subcommands: ['install', 'add'],
  withValue: new Set(['--cwd', '--modules-folder', '--cache-folder', '--registry', '--network-timeout', '--mutex', '--global-folder']),
});

/** Words that name a local file, a URL or a variable: nothing to pin in the word itself. */
export function isPathOrUrl(v: string): boolean {
  return v.includes('/') || v.startsWith('.') || /^[a-z+]+:/.test(v);
}

/**
 * True for an RPM `name-version[-release]` spec (`httpd-2.4.6`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`, `git-2.4*`): from
 * some dash on, every part starts with a digit. `java-1.8.0-openjdk` is a name, not a pin. `.rpm` files are versioned.
 */
export function isRpmVersioned(v: string): boolean {
  if (v.endsWith('.rpm')) return true;
  const parts = v.split('-');
  for (let i = 1; i < parts.length; i++) {
    if (parts.slice(i).every(p => /^\d[A-Za-z0-9.~^_:+*]*$/.test(p))) return true;
  }
  return false;
}

export interface RpmPackage { command: HostCommand; word: ShellWord; /** `yum module install name:stream`. */ module: boolean }

/** Packages named by `yum|dnf install …` and modules by `yum|dnf module install …` (groups are left out). */
export function rpmInstallPackages(model: ShellHost, spec: ManagerSpec): RpmPackage[] {
  const out: RpmPackage[] = [];
  for (const call of managerCalls(model, spec, ['install', 'in', 'localinstall', 'module'])) {
    const module = call.subcommand.value === 'module';
    let rest = call.rest;
    if (module) {
      const sub = subcommand(rest, spec.withValue);
      if (!sub || sub.word.value !== 'install') continue;
      rest = rest.slice(sub.index + 1);
    }
    for (const word of packageWords(rest, spec)) {
      if (!word.value!.startsWith('@')) out.push({ command: call.command, word, module });
    }
  }
  return out;
}

/** `apt-get install -s` and friends only print what would happen: nothing is installed, nothing asks. */
export function isAptSimulation(args: ShellWord[]): boolean {
  return args.some(a => ['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act'].includes(a.value ?? ''));
}
