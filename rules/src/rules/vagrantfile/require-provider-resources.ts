import { defineVagrantfileRule } from '../../rule';
import type { VagrantfileModel, VgProvider } from '../../vagrantfile/model';
import { strings } from '../../vagrantfile/values';
import { argTokens, hasDockerFlag, isV2 } from '../../vagrantfile/query';

/** Local providers and the settings that size the machine (cloud providers size by instance type). */
const SIZING: Record<string, { memory: string[]; cpus: string[]; flags?: { memory: string[]; cpus: string[] } }> = {
  virtualbox: { memory: ['memory'], cpus: ['cpus'], flags: { memory: ['--memory'], cpus: ['--cpus'] } },
  vmware_desktop: { memory: ['memory', 'vmx[memsize]'], cpus: ['cpus', 'vmx[numvcpus]'] },
  vmware_fusion: { memory: ['memory', 'vmx[memsize]'], cpus: ['cpus', 'vmx[numvcpus]'] },
  vmware_workstation: { memory: ['memory', 'vmx[memsize]'], cpus: ['cpus', 'vmx[numvcpus]'] },
  libvirt: { memory: ['memory'], cpus: ['cpus'] },
  hyperv: { memory: ['memory', 'maxmemory'], cpus: ['cpus'] },
  parallels: { memory: ['memory'], cpus: ['cpus'], flags: { memory: ['--memsize'], cpus: ['--cpus'] } },
  qemu: { memory: ['memory'], cpus: ['smp', 'cpus'] },
  docker: { memory: [], cpus: [] },
};

function sets(model: VagrantfileModel, p: VgProvider, what: 'memory' | 'cpus'): boolean {
  const spec = SIZING[p.type!];
  if (p.settings.some(s => spec[what].includes(s.path))) return true;
  if (p.type === 'docker') {
    const args = p.settings.filter(s => s.path === 'create_args').flatMap(s => argTokens(model, s.value));
    return hasDockerFlag(args, ...(what === 'memory' ? ['--memory', '-m'] : ['--cpus', '--cpu-shares', '--cpuset-cpus']));
  }
  const flags = spec.flags?.[what] ?? [];
  return p.calls.some(c => c.path === 'customize' && c.args.positional.some(v => strings(v).some(x => flags.includes(x.value))));
}

export default defineVagrantfileRule({
  id: 'BXV901',
  name: 'require-provider-resources',
  concern: 'resource-limits',
  severity: 'info',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Provider blocks of local hypervisors (VirtualBox, VMware, libvirt, Hyper-V, Parallels, QEMU) and the docker provider should set the memory size (and CPUs).',
    why: 'Without them the machine gets the box\'s defaults, which differ from box to box and version to version: the '
      + 'same environment is starved on one laptop and takes over the host on another, and one runaway VM can load the '
      + 'whole host.',
    fix: 'Set both in the provider block: `vb.memory = 2048` and `vb.cpus = 2` (docker: `--memory`/`--cpus` in `create_args`).',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provider "virtualbox" do |vb|\n    vb.cpus = 2\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provider "virtualbox" do |vb|\n    vb.memory = 2048\n    vb.cpus = 2\n  end\nend',
    notes: 'Only a missing memory size is reported (CPUs are named when missing too). A machine\'s provider block counts '
      + 'the global block of the same provider (and `customize` with `--memory`/`--cpus` for VirtualBox); a `customize` '
      + 'with a computed flag is taken as setting anything. Cloud providers are not checked: their size is the instance type.',
  },
  check({ model, report }) {
    for (const p of model.providers) {
      if (!p.type || !(p.type in SIZING) || !isV2(p.scope)) continue;
      // Blocks configuring the same provider for the same machine; a global block counts for every machine.
      const related = model.providers.filter(q => q.type === p.type
        && (p.scope.machine === null || q.scope.machine === null || q.scope.machine === p.scope.machine));
      // Report once, on the first block that configures the provider itself (not only its override).
      if ((related.find(q => q.settings.length || q.calls.length) ?? related[0]) !== p) continue;
      // `customize` with a computed flag may set anything.
      if (related.some(q => q.calls.some(c => c.path === 'customize' && c.args.positional.some(v => v.kind === 'array' && v.items.some(i => i.kind !== 'string' && i.kind !== 'symbol' && i.kind !== 'number'))))) continue;
      if (related.some(q => sets(model, q, 'memory'))) continue;
      const noCpus = !related.some(q => sets(model, q, 'cpus'));
      report({
        range: p.call.args.positional[0]?.range ?? p.call.nameRange,
        message: `This ${p.type} machine sets no memory${noCpus ? ' and no cpus' : ''}: it gets the box's defaults. Set \`memory\`${noCpus ? ' and `cpus`' : ''} so every host runs the same size.`,
      });
    }
  },
});
