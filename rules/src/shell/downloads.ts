// URLs that scripts fetch, read from argv: downloaders' URL arguments, git remotes, package-index options.
import type { ShellHost } from './host';
import { Memo } from '../memo';
import type { ShellWord } from './script';
import { optionValues, positionals, shellCommands, subcommand, type HostCommand } from './commands';
import { PIP } from './packages';

export const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c', 'axel', 'http', 'https', 'xh']);
/** Options whose URL is not what gets downloaded (a proxy, a referer). */
const NOT_FETCHED = new Set(['-x', '--proxy', '--preproxy', '-e', '--referer', '--noproxy', '--proxy-user']);

export interface FetchedUrl { command: HostCommand; word: ShellWord; /** The URL text (literal prefix when dynamic). */ url: string; downloader: boolean }

/** The literal text of a word, or of its leading literal part when the rest is dynamic (`"http://$HOST/x"`). */
export function literalPrefix(w: ShellWord): string {
  if (w.value != null) return w.value;
  const m = /^["']?([^$`"']*)/.exec(w.text);
  return m ? m[1] : '';
}

function add(out: FetchedUrl[], command: HostCommand, word: ShellWord | null | undefined, downloader: boolean): void {
  if (!word) return;
  const url = literalPrefix(word).replace(/^--?[\w-]+=/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) out.push({ command, word, url, downloader });
}

/** Every URL a script downloads from or installs from. */
export function fetchedUrls(model: ShellHost): readonly FetchedUrl[] {
  let out = fetchedCache.get(model);
  if (!out) fetchedCache.set(model, out = collectFetchedUrls(model));
  return out;
}
const fetchedCache = new Memo<ShellHost, FetchedUrl[]>();

function collectFetchedUrls(model: ShellHost): FetchedUrl[] {
  const out: FetchedUrl[] = [];
  for (const c of shellCommands(model)) {
    if (!c.name) continue;
    if (DOWNLOADERS.has(c.name)) {
      c.args.forEach((a, i) => {
        const prev = c.args[i - 1]?.value ?? '';
        const name = (a.value ?? a.text).split('=')[0];
        if (!NOT_FETCHED.has(prev) && !NOT_FETCHED.has(name)) add(out, c, a, true);
      });
    } else if (c.name === 'git') {
      const sub = subcommand(c.args, new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']));
      if (sub && ['clone', 'fetch', 'pull', 'submodule', 'remote'].includes(sub.word.value ?? '')) {
        for (const a of c.args.slice(sub.index + 1)) add(out, c, a, false);
      }
    } else if (PIP.matches(c.name, c.args) || c.name === 'pipx') {
      for (const o of optionValues(c.args, ['-i', '--index-url', '--extra-index-url', '-f', '--find-links'])) add(out, c, o.valueWord, false);
      for (const a of positionals(c.args, PIP.withValue)) add(out, c, a, false);
    } else if (['npm', 'yarn', 'pnpm'].includes(c.name)) {
      for (const o of optionValues(c.args, ['--registry'])) add(out, c, o.valueWord, false);
      const p = positionals(c.args);
      if (p[0]?.value === 'config' || p[0]?.value === 'set') add(out, c, p[p.length - 1], false);
    } else if (c.name === 'gem') {
      for (const o of optionValues(c.args, ['--source', '-s', '--add', '-a'])) add(out, c, o.valueWord, false);
    }
  }
  return out;
}

/** Hosts on the machine itself, where no network path can tamper with the answer. */
export function isLoopback(url: string): boolean {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '0.0.0.0' || host === 'host.docker.internal';
}

/** True when the script checks a download: `sha256sum -c`, `shasum -a 256 -c`, `gpg --verify`, `gpgv`, `cosign verify-blob`. */
export function verifiesDownloads(commands: readonly HostCommand[]): boolean {
  return commands.some(c => {
    if (!c.name) return false;
    if (/^(sha(224|256|384|512)sum|shasum|b2sum|sha3sum)$/.test(c.name)) return c.args.some(a => a.value === '-c' || a.value === '--check' || /^-[a-z]*c$/.test(a.value ?? ''));
    if (c.name === 'gpg' || c.name === 'gpg2') return c.args.some(a => a.value === '--verify' || a.value === '--verify-files');
    if (c.name === 'gpgv' || c.name === 'minisign' || c.name === 'signify') return true;
    return c.name === 'cosign' && c.args.some(a => (a.value ?? '').startsWith('verify'));
  });
}
