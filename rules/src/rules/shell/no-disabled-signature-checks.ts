import { defineShellRule } from '../../rule';
import { hasFlag, optionValues, shellCommands, type HostCommand } from '../../shell/commands';
import type { ShellWord } from '../../shell/script';
import { APK, DNF, YUM, ZYPPER } from '../../shell/packages';

interface Hit { word: ShellWord; what: string }

function flagWords(c: HostCommand, names: string[], what: string): Hit[] {
  return c.args.filter(a => { const v = a.value ?? ''; return names.includes(v) || names.some(n => n.startsWith('--') && v.startsWith(n + '=') && !/=(false|0|no)$/i.test(v)); })
    .map(word => ({ word, what }));
}

function hits(c: HostCommand): Hit[] {
  const name = c.name ?? '';
  const out: Hit[] = [];
  if (name === 'apt-get' || name === 'apt' || name === 'aptitude') {
    out.push(...flagWords(c, ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'], 'apt signature checks'));
    for (const o of optionValues(c.args, ['-o', '--option'])) {
      if (/^(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)=(true|1|yes)$/i.test(o.value ?? '') && o.valueWord) out.push({ word: o.valueWord, what: 'apt signature checks' });
    }
  }
  if (YUM.matches(name, c.args) || DNF.matches(name, c.args)) {
    out.push(...flagWords(c, ['--nogpgcheck', '--no-gpgchecks'], `${name} signature checks`));
    out.push(...c.args.filter(a => /^--setopt=([\w.*-]+\.)?(gpgcheck|repo_gpgcheck|localpkg_gpgcheck)=(0|false|no)$/i.test(a.value ?? '')).map(word => ({ word, what: `${name} signature checks` })));
  }
  if (ZYPPER.matches(name, c.args)) out.push(...flagWords(c, ['--no-gpg-checks', '--no-gpg-check'], 'zypper signature checks'));
  if (name === 'rpm') out.push(...flagWords(c, ['--nosignature', '--nodigest', '--nogpg'], 'rpm signature checks'));
  if (APK.matches(name, c.args) && hasFlag(c.args, '--allow-untrusted')) out.push(...flagWords(c, ['--allow-untrusted'], 'apk signature checks'));
  if (name === 'dpkg') out.push(...flagWords(c, ['--force-bad-verify', '--no-debsig'], 'dpkg signature checks'));
  // `echo "deb [trusted=yes] http://… ./" > /etc/apt/sources.list.d/x.list`, `gpgcheck=0` into a .repo file.
  if (name === 'echo' || name === 'printf' || name === 'tee') {
    for (const a of c.args) {
      const v = a.value ?? '';
      // The includes() checks rule out most words before the regexes run.
      if (v.includes('deb') && v.split('\n').some(line => /^[ \t]*deb(-src)?[ \t]+\[[^\]]*\b(trusted|allow-insecure|allow-weak)=yes\b/.test(line))) out.push({ word: a, what: 'apt signature checks for that repository' });
      else if (v.includes('gpgcheck') && /(^|\n|\s)(repo_)?gpgcheck\s*=\s*0\b/.test(v)) out.push({ word: a, what: 'signature checks for that yum/dnf repository' });
    }
  }
  return out;
}

export default defineShellRule({
  id: 'BXD502',
  name: 'no-disabled-signature-checks',
  concern: 'untrusted-source',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not turn off package signature checks (`apt-get --allow-unauthenticated`, `[trusted=yes]`, `yum/dnf --nogpgcheck`, `gpgcheck=0`, `rpm --nosignature`, `apk --allow-untrusted`).',
    why: 'Package signatures are what proves a package comes from the distribution or vendor and was not altered on a '
      + 'mirror, a cache or the network. Without them, whoever controls any of those decides what gets installed as root.',
    fix: 'Import the repository\'s signing key (`curl -fsSL https://repo.example.com/key.asc | gpg --dearmor -o '
      + '/usr/share/keyrings/example.gpg` and `[signed-by=/usr/share/keyrings/example.gpg]`; `rpm --import KEY`) and '
      + 'keep checks on.',
    bad: 'RUN apt-get update && apt-get install -y --allow-unauthenticated --no-install-recommends tool=1.2',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends tool=1.2',
    notes: 'Severity error: it switches a security control off on purpose. `--force-yes` is flagged because apt treats it '
      + 'as permission to install unauthenticated packages.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      for (const { word, what } of hits(c)) {
        const shown = (word.value ?? word.text).split('\n')[0].trim();
        report({ range: c.rangeOf(word), message: `\`${shown.length > 60 ? shown.slice(0, 57) + '…' : shown}\` turns off ${what}: a mirror or the network can slip in any package. Import the signing key instead.` });
      }
    }
  },
});
