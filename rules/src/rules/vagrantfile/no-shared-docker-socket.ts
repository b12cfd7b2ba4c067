import { defineVagrantfileRule } from '../../rule';
import { isDockerSocket } from '../../docker-daemon';
import { text } from '../../vagrantfile/values';
import { argTokens, configCalls } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV202',
  name: 'no-shared-docker-socket',
  concern: 'daemon-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not share or mount the Docker socket (`/var/run/docker.sock`) through a synced folder, the docker provider or docker provisioner containers.',
    why: 'Whoever can write to the Docker socket controls the daemon, and the daemon runs as root: a container given '
      + 'the socket can start a privileged container that mounts the host\'s root filesystem. Syncing the host\'s '
      + 'socket into a VM hands the VM root on your workstation.',
    fix: 'Do not pass the socket. Run the Docker commands inside the VM, or give the container a Docker-in-Docker '
      + 'sidecar with TLS, or a filtering socket proxy if a tool truly needs the API.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provider "docker" do |d|\n    d.image = "portainer/portainer-ce:2.21.0"\n    d.volumes = ["/var/run/docker.sock:/var/run/docker.sock"]\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provider "docker" do |d|\n    d.image = "portainer/portainer-ce:2.21.0"\n    d.volumes = ["./data:/data"]\n  end\nend',
  },
  check({ model, report }) {
    for (const call of configCalls(model, 'vm.synced_folder')) {
      const host = call.args.positional[0];
      if (host && isDockerSocket(text(host) ?? '')) report({ range: host.range, message: 'Syncing the host\'s Docker socket into the VM gives the VM root on the host: do not share it.' });
    }
    const mounts = [
      ...model.providers.filter(p => p.type === 'docker').flatMap(p => p.settings.filter(s => ['volumes', 'create_args'].includes(s.path)).map(s => s.value)),
      ...model.provisioners.filter(p => p.type === 'docker').flatMap(p => p.calls.filter(c => c.path === 'run').map(c => c.option('args')?.value)),
    ];
    for (const v of mounts) {
      for (const t of argTokens(model, v)) {
        if (!isDockerSocket(t.value)) continue;
        report({ range: t.range, message: `\`${t.value}\` mounts the Docker socket into a container: that container controls the daemon, which is root on the machine. Remove the mount.` });
      }
    }
  },
});
