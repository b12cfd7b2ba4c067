import { defineDockerfileRule } from '../../rule';
import { positionals, shellCommands, type HostCommand } from '../../shell/commands';
import type { ShellWord } from '../../shell/script';
import { APK, APT, APT_GET, APTITUDE, DNF, YUM, ZYPPER, packageInstalls } from '../../shell/packages';
import { instructionOf, reachesFinalImage } from '../../dockerfile/run-scripts';

/** Server packages; apk's `openssh` and Debian's `ssh` metapackage pull the daemon in too. */
const SERVER_PACKAGE = /^(openssh-server|dropbear|dropbear-bin|tinysshd)([=<>~:].*|-\d.*)?$/;
const SERVER_PACKAGE_APK = /^(openssh|openssh-server|dropbear)([=<>~].*)?$/;
const SERVER_PACKAGE_DEB = /^ssh(=.*)?$/;

/** Commands startsSshd can return a word for: every other command is skipped before its arguments are read. */
const STARTERS = new Set(['sshd', 'dropbear', 'service', 'rc-service', 'ssh', 'systemctl', 'rc-update']);

function startsSshd(c: HostCommand): ShellWord | null {
  if (!c.name || !STARTERS.has(c.name)) return null;
  const p = positionals(c.args);
  const is = (w?: ShellWord) => /^sshd?$/.test(w?.value ?? '');
  if (c.name === 'sshd' || c.name === 'dropbear') return c.nameWord;
  if ((c.name === 'service' || c.name === 'rc-service') && is(p[0])) return p[0];
  if ((c.name === 'ssh' || c.name === 'sshd') && /^\/etc\/init\.d\//.test(c.nameWord.value ?? '')) return c.nameWord;
  if (c.name === 'systemctl' && ['enable', 'start'].includes(p[0]?.value ?? '') && p.slice(1).some(w => /^sshd?(\.service)?$/.test(w.value ?? ''))) return p[0];
  if (c.name === 'rc-update' && p[0]?.value === 'add' && is(p[1])) return p[1];
  return null;
}

const SERVER_SPECS: [typeof APK, RegExp[]][] = [
  [APT_GET, [SERVER_PACKAGE, SERVER_PACKAGE_DEB]], [APT, [SERVER_PACKAGE, SERVER_PACKAGE_DEB]], [APTITUDE, [SERVER_PACKAGE, SERVER_PACKAGE_DEB]],
  [APK, [SERVER_PACKAGE_APK, SERVER_PACKAGE]], [YUM, [SERVER_PACKAGE]], [DNF, [SERVER_PACKAGE]], [ZYPPER, [SERVER_PACKAGE]],
];

export default defineDockerfileRule({
  id: 'BXD800',
  name: 'no-ssh-server-in-image',
  concern: 'network-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Do not install or start an SSH server in an image (`apt-get install openssh-server`, `apk add openssh`, `service ssh start`).',
    why: 'An SSH daemon in a container is one more network service with its own host keys, users and passwords to keep '
      + 'safe and patched, usually baked identically into every copy of the image. Containers are entered with '
      + '`docker exec`/`kubectl exec`, which need no open port.',
    fix: 'Remove the server package and its setup; use `docker exec -it <container> sh` for a shell and volumes or '
      + '`docker cp` for files. Keep `openssh-client` if the image needs to connect out.',
    bad: 'RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.2p1-2',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends openssh-client=1:9.2p1-2',
    notes: 'Only stages that reach the final image are checked. `EXPOSE 22` and `CMD ["/usr/sbin/sshd", "-D"]` are '
      + 'reported by no-ssh-server. An image whose job is to be an SSH endpoint (bastion, git server) can turn the rule off.',
  },
  check({ model, report }) {
    for (const [spec, patterns] of SERVER_SPECS) {
      for (const { command, packages } of packageInstalls(model, spec)) {
        if (!reachesFinalImage(instructionOf(command))) continue;
        for (const p of packages) {
          if (patterns.some(re => re.test(p.value!))) report({ range: command.rangeOf(p), message: `\`${p.value}\` puts an SSH server in the image: enter containers with \`docker exec\` instead.` });
        }
      }
    }
    for (const c of shellCommands(model)) {
      const w = startsSshd(c);
      if (w && reachesFinalImage(instructionOf(c))) report({ range: c.rangeOf(w), message: 'This starts or enables an SSH server in the image: enter containers with `docker exec` instead.' });
    }
  },
});
