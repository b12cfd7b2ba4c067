// Parse + lint time of a ~300-line Vagrantfile (warm, in-process, median), the figure issue 4 asks for.
// Run bundled like dist/ (tsx's wrappers cost ~15%):
//   npx esbuild bench/vagrant-300.ts --bundle --platform=node --outfile=/tmp/vagrant-300.js && cp dist/*.wasm /tmp/ && node /tmp/vagrant-300.js
import { initEngine } from '../host/src/wasm';
import { lint } from '../rules/src';

/** A deterministic multi-machine Vagrantfile of about `lines` lines shaped like the corpus ones. */
export function generatedVagrantfile(lines: number): string {
  const out = ['# -*- mode: ruby -*-', 'VAGRANTFILE_API_VERSION = "2"', 'BOX = "bento/ubuntu-22.04"', '',
    '$common = <<~SHELL', '  apt-get update', '  apt-get install -y curl git', '  echo "export EDITOR=vim" >> /home/vagrant/.bashrc', 'SHELL', '',
    'Vagrant.configure(VAGRANTFILE_API_VERSION) do |config|', '  config.vm.box = BOX', '  config.ssh.insert_key = false'];
  for (let m = 0; out.length < lines - 2; m++) {
    out.push('', `  config.vm.define "node${m}" do |node|`, `    node.vm.hostname = "node${m}.local"`,
      `    node.vm.network "private_network", ip: "192.168.56.${10 + (m % 200)}"`,
      `    node.vm.network "forwarded_port", guest: ${8000 + m}, host: ${18000 + m}`,
      '    node.vm.synced_folder ".", "/vagrant", type: "rsync", rsync__exclude: [".git", "node_modules"]',
      '    node.vm.provider "virtualbox" do |vb, override|', `      vb.name = "node${m}"`, '      vb.memory = 2048', '      vb.cpus = 2',
      '      vb.customize ["modifyvm", :id, "--natdnshostresolver1", "on"]', '      override.vm.box_check_update = false', '    end',
      '    node.vm.provision "shell", inline: $common', '    node.vm.provision "shell", privileged: false, inline: <<-SHELL',
      `      cd /vagrant && make build-${m}`, '      pip install --user -r requirements.txt', `      sudo systemctl restart app${m}`, '    SHELL',
      '    node.vm.provision "ansible" do |ansible|', '      ansible.playbook = "site.yml"', `      ansible.limit = "node${m}"`, '    end', '  end');
  }
  out.push('end', '');
  return out.join('\n');
}

async function main(): Promise<void> {
  await initEngine();
  const text = generatedVagrantfile(300);
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < 30; i++) lint(text, 'vagrantfile'); // warm-up
  for (let i = 0; i < 200; i++) {
    const t = performance.now(), c = process.cpuUsage();
    lint(text, 'vagrantfile');
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time is the steadier figure on a shared machine (wall time includes waiting for a core).
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1].toFixed(2);
  process.stdout.write(`Vagrantfile ${text.split('\n').length} lines, parse + lint (warm): median ${median(wall)} ms wall, ${median(cpu)} ms CPU\n`);
}

if (require.main === module) void main();
