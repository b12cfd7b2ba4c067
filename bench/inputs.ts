// Benchmark inputs: the shared corpus (read in place, never copied) and generated large Dockerfiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = process.env.BOXLINT_CORPUS ?? join(__dirname, '..', '..', 'shared', 'corpus');

export interface Input { name: string; text: string; lines: number }

function readDir(dir: string): Input[] {
  return readdirSync(dir).sort().map(name => {
    const text = readFileSync(join(dir, name), 'utf8');
    return { name, text, lines: text.split('\n').length };
  });
}

export const dockerfiles = (): Input[] => readDir(join(CORPUS, 'dockerfiles'));
export const vagrantfiles = (): Input[] => readDir(join(CORPUS, 'vagrantfiles'));

/**
 * A deterministic Dockerfile of about `lines` lines shaped like real ones: multi-stage, ARG-parameterised
 * FROMs, long RUN chains with continuations, package installs, downloads, ENV/LABEL/COPY, comments.
 */
export function generatedDockerfile(lines: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE_TAG=3.12-slim', 'ARG APP_VERSION=1.0.0'];
  let stage = 0;
  while (out.length < lines) {
    const s = stage++;
    out.push('', `FROM python:\${BASE_TAG} AS stage${s}`, `LABEL org.opencontainers.image.version="$APP_VERSION" stage="${s}"`,
      `ENV PATH=/opt/venv${s}/bin:$PATH LANG=C.UTF-8 PIP_NO_CACHE_DIR=1`, `WORKDIR /srv/app${s}`, '# system packages');
    out.push('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends \\');
    for (let i = 0; i < 12; i++) out.push(`       libpkg${s}-${i}=1.${i}.0-1 \\`);
    out.push('    && rm -rf /var/lib/apt/lists/*');
    out.push(`RUN curl -fsSL https://example.com/tool${s}.tar.gz -o /tmp/tool.tgz \\`, '    && tar -xzf /tmp/tool.tgz -C /usr/local/bin \\',
      '    # unpack and clean', '    && rm /tmp/tool.tgz');
    out.push(`COPY --chown=app:app requirements${s}.txt /srv/app${s}/`, `RUN pip install --no-cache-dir -r requirements${s}.txt flask==3.0.${s % 10}`);
    out.push('RUN <<EOF', 'set -eux', `echo building ${s}`, 'useradd -r app', 'EOF');
    out.push(`EXPOSE ${8000 + (s % 1000)}`, 'USER app', `HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:${8000 + (s % 1000)}/health"]`,
      `CMD ["python", "-m", "app${s}", "--port", "${8000 + (s % 1000)}"]`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

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
