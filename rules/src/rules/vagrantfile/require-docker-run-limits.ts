import { defineVagrantfileRule } from '../../rule';
import { argTokens, hasDockerFlag } from '../../vagrantfile/query';

export default defineVagrantfileRule({
  id: 'BXV902',
  name: 'require-docker-run-limits',
  concern: 'resource-limits',
  severity: 'info',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Containers started by the docker provisioner (`d.run`) should have `--memory` and `--cpus` limits.',
    why: 'A container without limits can take all the memory and CPU of the VM: one leaking or busy service starves the '
      + 'others and the VM itself (SSH and provisioning stop responding).',
    fix: 'Add limits to the run arguments: `args: "--memory 512m --cpus 1"`.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.run "redis:7.2.5"\n  end\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "docker" do |d|\n    d.run "redis:7.2.5", args: "--memory 256m --cpus 0.5"\n  end\nend',
  },
  check({ model, report }) {
    for (const p of model.provisioners.filter(x => x.type === 'docker')) {
      for (const c of p.calls.filter(x => x.path === 'run')) {
        const args = c.option('args');
        if (args && args.value.kind !== 'string' && args.value.kind !== 'array') continue;
        const tokens = argTokens(model, args?.value);
        const missing = [hasDockerFlag(tokens, '--memory', '-m') ? null : '--memory', hasDockerFlag(tokens, '--cpus', '--cpu-shares', '--cpuset-cpus') ? null : '--cpus'].filter((x): x is string => !!x);
        if (!missing.length) continue;
        const edit = !args ? { range: { start: c.args.end!, end: c.args.end! }, newText: `, ${c.args.style === 'rocket' ? ':args =>' : 'args:'} "--memory \${1:512m} --cpus \${2:1}"` } : null;
        report({
          range: c.nameRange,
          message: `This container runs without ${missing.map(m => `\`${m}\``).join(' or ')}: it can take all of the VM's ${missing.length === 2 ? 'memory and CPU' : missing[0] === '--memory' ? 'memory' : 'CPU'}. Add limits to \`args\`.`,
          fixes: edit && c.args.end ? [{ title: 'Add `--memory` and `--cpus`', safety: 'unsafe', snippet: true, edits: [edit] }] : [],
        });
      }
    }
  },
});
