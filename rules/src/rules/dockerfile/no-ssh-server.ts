import { defineDockerfileRule } from '../../rule';
import type { DfWord } from '../../dockerfile/model';
import { unquote, withTriggers } from '../../dockerfile/stages';

/** The word that starts an SSH daemon in a CMD/ENTRYPOINT, or null. */
function sshdWord(words: DfWord[]): DfWord | null {
  for (let i = 0; i < words.length; i++) {
    const base = unquote(words[i].value).split('/').pop();
    if (base === 'sshd') return words[i];
    if ((base === 'service' || base === 'rc-service') && /^sshd?$/.test(unquote(words[i + 1]?.value ?? ''))) return words[i + 1];
  }
  return null;
}

export default defineDockerfileRule({
  id: 'BXD830',
  name: 'no-ssh-server',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Do not run an SSH server in a container (`EXPOSE 22`, `sshd` as the command).',
    why: 'An SSH daemon is one more internet-facing service with its own keys, users and patches to manage, and it invites '
      + 'password logins and key reuse. Containers are entered with `docker exec` / `kubectl exec`, which need no open port.',
    fix: 'Remove sshd and the exposed port; use `docker exec -it <container> sh` to get a shell. For file transfer use volumes or `docker cp`.',
    bad: 'FROM debian:12.5\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]',
    good: 'FROM debian:12.5\nCMD ["app"]',
    notes: 'An image whose purpose is to be an SSH endpoint (a bastion, a git server) can turn the rule off.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword === 'EXPOSE') {
        for (const a of ins.args) {
          if (/^22(\/tcp)?$/i.test(unquote(a.value))) report({ range: a.range, message: '`EXPOSE 22` publishes SSH: containers are entered with `docker exec`, not an SSH server.' });
        }
      }
      if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
        const w = sshdWord(ins.json ?? ins.args);
        if (w) report({ range: w.range, message: `The container runs an SSH server (\`${unquote(w.value)}\`): use \`docker exec\` instead of exposing SSH.` });
      }
    }
  },
});
