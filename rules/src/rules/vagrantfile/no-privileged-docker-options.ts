import { defineVagrantfileRule } from '../../rule';
import { isTrue } from '../../vagrantfile/values';
import { argTokens, type ArgToken } from '../../vagrantfile/query';

/** `docker run` options that hand the container host kernel facilities. */
function hostAccess(tokens: ArgToken[]): { token: ArgToken; what: string }[] {
  const out: { token: ArgToken; what: string }[] = [];
  tokens.forEach((t, i) => {
    const v = t.value;
    const next = tokens[i + 1]?.value ?? '';
    const opt = (name: string) => (v === name ? next : v.startsWith(`${name}=`) ? v.slice(name.length + 1) : null);
    if (v === '--privileged' || v === '--privileged=true') out.push({ token: t, what: 'runs the container privileged (all devices, no confinement)' });
    const cap = opt('--cap-add');
    if (cap !== null) out.push({ token: t, what: `adds the kernel capability \`${cap || '…'}\`` });
    for (const ns of ['--pid', '--net', '--network', '--ipc', '--uts', '--userns', '--cgroupns']) {
      if (opt(ns) === 'host') out.push({ token: t, what: `shares the host's ${ns.slice(2).replace('net', 'network')} namespace` });
    }
    const sec = opt('--security-opt');
    if (sec !== null && /unconfined|label[:=]disable|no-new-privileges[:=]false/.test(sec)) out.push({ token: t, what: `turns off a kernel confinement (\`${sec}\`)` });
    if (opt('--device') !== null) out.push({ token: t, what: 'passes a host device into the container' });
  });
  return out;
}

export default defineVagrantfileRule({
  id: 'BXV301',
  name: 'no-privileged-docker-options',
  concern: 'kernel-sharing',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Docker containers started by the docker provider or provisioner must not get `--privileged`, `--cap-add`, host namespaces, unconfined security profiles or host devices.',
    why: 'Containers share the kernel of the machine they run on; their isolation is only the namespaces, capabilities '
      + 'and security profiles Docker applies. Each of these options removes part of it, and `--privileged` removes '
      + 'all of it: a process in the container can load kernel modules or mount the host\'s disks.',
    fix: 'Drop the option. Grant the single capability or device the service really needs, or run the service in the VM itself.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.run "nginx:1.27", args: "--privileged --net=host"\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.run "nginx:1.27", args: "-p 127.0.0.1:8080:80"\n  end\nend',
  },
  check({ model, report }) {
    for (const p of model.providers.filter(x => x.type === 'docker')) {
      for (const s of p.settings) {
        if ((s.path === 'privileged') && isTrue(s.value)) report({ range: s.range, message: '`privileged = true` runs the container privileged: it can control the host kernel. Remove it.' });
        if (s.path === 'create_args') for (const f of hostAccess(argTokens(model, s.value))) report({ range: f.token.range, message: `\`${f.token.value}\` ${f.what}: the container's isolation from the kernel is weakened. Remove it.` });
      }
    }
    for (const p of model.provisioners.filter(x => x.type === 'docker')) {
      for (const c of p.calls.filter(x => x.path === 'run')) {
        for (const f of hostAccess(argTokens(model, c.option('args')?.value))) report({ range: f.token.range, message: `\`${f.token.value}\` ${f.what}: the container's isolation from the kernel is weakened. Remove it.` });
      }
    }
  },
});
