import { defineShellRule } from '../../rule';
import { containerRuns, runOption } from '../../shell/docker-cli';
import { removeOptionFix } from '../../shell/option-fix';

/** `seccomp=unconfined`, `apparmor:unconfined`, `label=disable`, `systempaths=unconfined`, `no-new-privileges=false`. */
function unconfined(opt: string): string | null {
  const m = /^(seccomp|apparmor|systempaths|label|no-new-privileges)[=:](.*)$/i.exec(opt);
  if (!m) return null;
  const [, kind, value] = m;
  if (/^unconfined$/i.test(value) || (kind.toLowerCase() === 'label' && /^disable$/i.test(value))
    || (kind.toLowerCase() === 'no-new-privileges' && /^false$/i.test(value))) return `${kind}=${value}`;
  return null;
}

export default defineShellRule({
  id: 'BXD303',
  name: 'no-unconfined-containers',
  concern: 'kernel-sharing',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not switch off the container\'s security profiles in scripts (`--security-opt seccomp=unconfined`, `apparmor=unconfined`, `label=disable`).',
    why: 'seccomp, AppArmor and SELinux are the filters between a container and the host kernel it shares: seccomp '
      + 'blocks the system calls behind most container escapes, AppArmor/SELinux confine file access. Unconfined, a '
      + 'kernel bug reachable from any syscall is reachable from the container.',
    fix: 'Keep the default profiles; if one system call is missing, ship a custom seccomp profile that allows just it '
      + '(`--security-opt seccomp=/path/profile.json`).',
    bad: 'RUN docker run --security-opt seccomp=unconfined my/app:1.0',
    good: 'RUN docker run --security-opt seccomp=/etc/docker/app-seccomp.json my/app:1.0',
    notes: 'The quick fix removes the `--security-opt` so the default profile applies; it is unsafe (never applied by '
      + '`--fix`): a program that needs a blocked system call then fails until it gets a custom profile.',
  },
  check({ model, report }) {
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, '--security-opt')) {
        const what = unconfined(o.value ?? '');
        if (!what) continue;
        report({
          range: run.command.rangeOf(o.word ?? o.flag),
          message: `\`--security-opt ${what}\` removes a filter between the container and the shared kernel: keep the default profile.`,
          fixes: removeOptionFix(model, run, o),
        });
      }
    }
  },
});
