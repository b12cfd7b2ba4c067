import { defineVagrantfileRule } from '../../rule';
import { commandName, unwrap } from '../../shell/script';
import { isFalse } from '../../vagrantfile/values';
import { addOption, isV2 } from '../../vagrantfile/query';

/** Commands that need root whatever their arguments. */
const ROOT_COMMANDS = new Set([
  'apt', 'apt-get', 'aptitude', 'dpkg', 'dpkg-reconfigure', 'debconf-set-selections', 'add-apt-repository', 'apt-key', 'yum', 'dnf',
  'rpm', 'zypper', 'apk', 'pacman', 'emerge', 'snap', 'systemctl', 'service', 'update-rc.d', 'chkconfig', 'useradd', 'userdel',
  'usermod', 'adduser', 'deluser', 'groupadd', 'groupdel', 'addgroup', 'passwd', 'chpasswd', 'visudo', 'mount', 'umount', 'swapon',
  'swapoff', 'mkswap', 'modprobe', 'sysctl', 'iptables', 'ip6tables', 'ufw', 'firewall-cmd', 'nft', 'hostnamectl', 'timedatectl',
  'localectl', 'locale-gen', 'update-locale', 'update-alternatives', 'ldconfig', 'reboot', 'shutdown', 'fdisk', 'parted', 'setenforce',
  'chown', 'chroot', 'ip', 'nmcli', 'netplan', 'docker', 'su', 'sudo', 'dd', 'make',
]);
const SYSTEM_PATH = /(^|[\s=>'"])\/(etc|usr|opt|var|lib|lib64|boot|root|srv|sys|proc|bin|sbin|dev\/(?!null\b))/;

export default defineVagrantfileRule({
  id: 'BXV102',
  name: 'prefer-unprivileged-provisioner',
  concern: 'root',
  severity: 'info',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'An inline shell provisioner runs as root (the default) although none of its commands needs root.',
    why: 'Vagrant runs shell provisioners with sudo unless `privileged: false` is given. A script that only builds, '
      + 'downloads or configures things in the user\'s home does not need it, and running it as root leaves root-owned '
      + 'files in the home directory and gives every mistake in it full control of the machine.',
    fix: 'Add `privileged: false` to the provisioner.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: "git config --global user.name dev"\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: "git config --global user.name dev", privileged: false\nend',
    notes: 'Only inline scripts are read. A script counts as needing root when it runs a package manager, service, '
      + 'user, mount or network tool, `sudo`, `docker`, or touches a system path (`/etc`, `/usr`, `/opt`, `/var` …). '
      + 'Scripts with `#{}` interpolation in a command position are skipped.',
  },
  check({ model, report }) {
    for (const source of model.shellSources()) {
      const { script } = source;
      if (script.hasErrors || !script.commands.length) continue;
      const needsRoot = script.commands.some(c => {
        const u = unwrap(c);
        const name = u ? commandName(u.name) : null;
        if (name === null) return true;
        if (ROOT_COMMANDS.has(name) || name.startsWith('mkfs') || (name === 'pip' || name === 'pip3' || name === 'gem' || name === 'npm')) return true;
        return [c.name, ...c.args, ...c.redirects].some(w => w && SYSTEM_PATH.test(w.text));
      });
      if (needsRoot) continue;
      for (const p of source.provisioners) {
        const privileged = p.setting('privileged');
        if (!isV2(p.scope) || (privileged && privileged.value.kind !== 'boolean') || isFalse(privileged?.value)) continue;
        const edit = privileged ? { range: privileged.value.range, newText: 'false' } : addOption(p.call, 'privileged', 'false');
        report({
          range: privileged?.value.range ?? p.call.args.positional[0]?.range ?? p.call.nameRange,
          message: 'This shell provisioner runs as root, but none of its commands needs root: add `privileged: false`.',
          fixes: edit ? [{ title: 'Run it unprivileged (`privileged: false`)', safety: 'unsafe', edits: [edit] }] : [],
        });
      }
    }
  },
});
