import { defineShellRule } from '../../rule';
import { containerRuns, runOption, runRange } from '../../shell/docker-cli';

export default defineShellRule({
  id: 'BXD900',
  name: 'require-container-resource-limits',
  concern: 'resource-limits',
  severity: 'info',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: '`docker run` in scripts should set `--memory` and `--cpus`.',
    why: 'Without limits a container may take all the memory and CPU of the host: one leak or busy loop slows or '
      + 'OOM-kills every other container and service on the machine.',
    fix: 'Set limits that fit the workload: `docker run --memory 512m --cpus 1.5 …` (`--pids-limit` helps against fork bombs).',
    bad: 'RUN docker run -d my/worker:1.0',
    good: 'RUN docker run -d --memory 512m --cpus 1 my/worker:1.0',
    notes: '`-m`, `--memory`; `--cpus`, `--cpu-quota`, `--cpu-shares`/`-c` and `--cpuset-cpus` count. `docker create` is '
      + 'read too. Info by default: short one-shot containers (`--rm` tools) often do without.',
  },
  check({ model, report }) {
    for (const run of containerRuns(model)) {
      const missing: string[] = [];
      if (!runOption(run, '-m', '--memory').length) missing.push('`--memory`');
      if (!runOption(run, '--cpus', '--cpu-quota', '--cpu-shares', '-c', '--cpuset-cpus').length) missing.push('`--cpus`');
      if (!missing.length) continue;
      report({ range: runRange(run), message: `\`${run.command.name} ${run.subcommand.value}\` without ${missing.join(' and ')}: one container can starve the whole host.` });
    }
  },
});
