import { defineShellRule } from '../../rule';
import { isFlag, positionals, shellCommands, type HostCommand } from '../../shell/commands';
import type { ShellWord } from '../../shell/script';
import { PIP } from '../../shell/packages';

/** Environment settings that turn certificate checks off. */
const ENV_OFF: [RegExp, string][] = [
  [/^GIT_SSL_NO_VERIFY=(1|true|yes)?$/i, 'git'],
  [/^NODE_TLS_REJECT_UNAUTHORIZED=0$/, 'Node.js'],
  [/^PYTHONHTTPSVERIFY=0$/, 'Python'],
  [/^(CURL_CA_BUNDLE|REQUESTS_CA_BUNDLE)=$/, 'curl/requests'],
  [/^npm_config_strict_ssl=false$/i, 'npm'],
];
/** The names ENV_OFF can match, upper-cased: most words are ruled out without a regex. */
const ENV_NAMES = new Set(['GIT_SSL_NO_VERIFY', 'NODE_TLS_REJECT_UNAUTHORIZED', 'PYTHONHTTPSVERIFY', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'NPM_CONFIG_STRICT_SSL']);

const SKIP_TLS_VERIFY = ['--insecure-skip-tls-verify', '--tls-verify=false', '--insecure-skip-verify', '--skip-tls-verify'];

interface Hit { word: ShellWord; what: string }

function words(c: HostCommand): Hit[] {
  const out: Hit[] = [];
  const flag = (names: readonly string[], what: string) => {
    for (const a of c.args) if (isFlag(a.value ?? '', names)) out.push({ word: a, what });
  };
  const name = c.name ?? '';
  if (name === 'curl') flag(['-k', '--insecure', '--proxy-insecure'], '`curl` certificate checks');
  if (name === 'wget') flag(['--no-check-certificate'], '`wget` certificate checks');
  if (name === 'aria2c') c.args.filter(a => /^--check-certificate=false$/.test(a.value ?? '')).forEach(a => out.push({ word: a, what: '`aria2c` certificate checks' }));
  if (PIP.matches(name, c.args) || name === 'pipx') flag(['--trusted-host'], 'pip certificate checks for that host');
  if (name === 'git') {
    c.args.forEach((a, i) => {
      if (/^http\..*sslverify=(false|0|no|off)$/i.test(a.value ?? '') && c.args[i - 1]?.value === '-c') out.push({ word: a, what: 'git certificate checks' });
    });
    const p = positionals(c.args, new Set(['-c', '-C']));
    const key = p.findIndex(w => /^http\..*sslverify$/i.test(w.value ?? ''));
    if (p[0]?.value === 'config' && key > 0 && /^(false|0|no|off)$/i.test(p[key + 1]?.value ?? '')) out.push({ word: p[key], what: 'git certificate checks' });
  }
  if (name === 'npm' || name === 'yarn' || name === 'pnpm') {
    flag(['--strict-ssl=false'], `${name} certificate checks`);
    const p = positionals(c.args);
    const key = p.findIndex(w => /^strict-ssl$/i.test(w.value ?? '') || /^strict-ssl=false$/i.test(w.value ?? ''));
    if (key >= 0 && (p[key].value!.endsWith('=false') || /^false$/i.test(p[key + 1]?.value ?? ''))) out.push({ word: p[key], what: `${name} certificate checks` });
  }
  if (name !== 'curl' && name !== 'wget') flag(SKIP_TLS_VERIFY, `\`${name}\` certificate checks`);
  const envWords = name === 'export' ? c.args : c.command.assignments;
  for (const a of envWords) {
    const v = a.value ?? '';
    const eq = v.indexOf('=');
    if (eq < 0 || !ENV_NAMES.has(v.slice(0, eq).toUpperCase())) continue;
    const hit = ENV_OFF.find(([re]) => re.test(v));
    if (hit) out.push({ word: a, what: `${hit[1]} certificate checks` });
  }
  return out;
}

export default defineShellRule({
  id: 'BXD501',
  name: 'no-disabled-tls-verification',
  concern: 'untrusted-source',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not turn off TLS certificate checks (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, `npm strict-ssl false`, `GIT_SSL_NO_VERIFY`, `git -c http.sslVerify=false`).',
    why: 'With certificate checks off, HTTPS no longer proves who answered: anyone on the network path can serve their own '
      + 'package, script or binary and it is installed as if it came from the real site.',
    fix: 'Fix the trust instead: install the CA bundle (`ca-certificates`), or add your company\'s proxy CA to the trust '
      + 'store (`COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`).',
    bad: 'RUN curl -kfsSLo /tmp/tool.tgz https://example.com/tool-1.2.tgz',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311 \\\n'
      + ' && curl -fsSLo /tmp/tool.tgz https://example.com/tool-1.2.tgz',
    notes: 'Severity error: it switches a security control off on purpose, and there is always a way to trust the right '
      + 'certificate instead. Also catches `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0` and '
      + '`--insecure-skip-tls-verify` (helm, kubectl). `ENV GIT_SSL_NO_VERIFY=1` instructions are outside this rule '
      + '(it reads scripts only).',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      for (const { word, what } of words(c)) {
        report({ range: c.rangeOf(word), message: `\`${word.value ?? word.text}\` turns off ${what}: anyone on the network path can serve a forged file. Trust the right CA instead.` });
      }
    }
  },
});
