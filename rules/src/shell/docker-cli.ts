// `docker run`/`docker create` (and podman/nerdctl) read as argv: the options before the image, so the
// kernel-sharing and resource-limit rules never mistake the container's own arguments for docker flags.
import type { ShellHost } from './host';
import type { ShellWord } from './script';
import { shellCommands, subcommand, type HostCommand } from './commands';

const ENGINES = new Set(['docker', 'podman', 'nerdctl']);
const GLOBAL_WITH_VALUE = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert',
  '--tlskey', '--namespace', '-n', '--address', '-a', '--url', '--connection', '--root', '--runroot', '--storage-driver']);
/** Options of run/create that take no value (everything else takes one). */
const BOOLEAN = new Set(['--privileged', '--rm', '-d', '--detach', '-i', '--interactive', '-t', '--tty', '--init', '--read-only',
  '--no-healthcheck', '--oom-kill-disable', '-P', '--publish-all', '--sig-proxy', '--disable-content-trust', '-q', '--quiet',
  '--help', '--use-api-socket', '--replace', '--no-hosts', '--rmi', '--read-only-tmpfs', '--http-proxy', '--env-host', '--passwd',
  '--tls-verify', '--rootfs', '--sdnotify', '--stop-signal-proxy']);
const BOOLEAN_SHORT = 'ditPq';

export interface ContainerRun {
  command: HostCommand;
  /** `run` or `create`. */
  subcommand: ShellWord;
  /** Option words between the subcommand and the image (values included). */
  options: ShellWord[];
  /** The image word, or null when it could not be found. */
  image: ShellWord | null;
}

/** Every `docker|podman|nerdctl [container] run|create …` in the file's scripts. */
export function containerRuns(model: ShellHost): ContainerRun[] {
  const out: ContainerRun[] = [];
  for (const command of shellCommands(model)) {
    if (!command.name || !ENGINES.has(command.name)) continue;
    let sub = subcommand(command.args, GLOBAL_WITH_VALUE);
    if (sub?.word.value === 'container') {
      const next = subcommand(command.args.slice(sub.index + 1), GLOBAL_WITH_VALUE);
      sub = next && { word: next.word, index: sub.index + 1 + next.index };
    }
    if (!sub || (sub.word.value !== 'run' && sub.word.value !== 'create')) continue;
    const rest = command.args.slice(sub.index + 1);
    let i = 0;
    for (; i < rest.length; i++) {
      // A dynamic word is still an option when its text starts with a dash (`--memory="$MEM"`).
      const v = rest[i].value ?? rest[i].text;
      if (v === '--') { i++; break; }
      if (!v.startsWith('-') || v === '-') break;
      if (v.includes('=') || BOOLEAN.has(v)) continue;
      if (!v.startsWith('--') && v.length > 2) {
        const letters = /^-[A-Za-z]+$/.test(v) ? v.slice(1) : '';
        if (letters && [...letters].every(ch => BOOLEAN_SHORT.includes(ch))) continue; // `-dit`
        if (letters && [...letters.slice(0, -1)].every(ch => BOOLEAN_SHORT.includes(ch))) { i++; continue; } // `-dp 80:80`
        continue; // `-m512m`, `-p8080:80`: value attached
      }
      i++; // the option's value
    }
    out.push({ command, subcommand: sub.word, options: rest.slice(0, Math.min(i, rest.length)).filter(w => w.value !== '--'), image: rest[i] ?? null });
  }
  return out;
}

/** Values of an option among the run options (`--network host`, `--network=host`). */
export function runOption(run: ContainerRun, ...names: string[]): { flag: ShellWord; value: string | null; word: ShellWord | null }[] {
  const out: { flag: ShellWord; value: string | null; word: ShellWord | null }[] = [];
  const o = run.options;
  for (let i = 0; i < o.length; i++) {
    const v = o[i].value ?? o[i].text;
    const eq = v.indexOf('=');
    const attached = names.find(n => /^-[A-Za-z]$/.test(n) && v.startsWith(n) && v.length > 2 && !v.startsWith('--'));
    if (attached) { out.push({ flag: o[i], value: o[i].value === null ? null : v.slice(2), word: o[i] }); continue; }
    const name = v.startsWith('--') && eq > 0 ? v.slice(0, eq) : v;
    if (!names.includes(name)) continue;
    if (name !== v) out.push({ flag: o[i], value: o[i].value === null ? null : v.slice(eq + 1), word: o[i] });
    else if (BOOLEAN.has(name)) out.push({ flag: o[i], value: 'true', word: o[i] });
    else { out.push({ flag: o[i], value: o[i + 1]?.value ?? null, word: o[i + 1] ?? null }); i++; }
  }
  return out;
}

/** Range of `docker run` (the engine word through the subcommand). */
export function runRange(run: ContainerRun) {
  return { start: run.command.rangeOf(run.command.nameWord).start, end: run.command.rangeOf(run.subcommand).end };
}
