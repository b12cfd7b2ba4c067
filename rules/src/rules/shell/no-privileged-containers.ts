import { defineShellRule } from '../../rule';
import { containerRuns, runOption } from '../../shell/docker-cli';
import { removeOptionFix } from '../../shell/option-fix';

export default defineShellRule({
  id: 'BXD300',
  name: 'no-privileged-containers',
  concern: 'kernel-sharing',
  severity: 'error',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not start containers with `--privileged` in scripts (`docker run --privileged`).',
    why: 'Containers share the host kernel; `--privileged` removes what keeps them apart: every capability, every device, '
      + 'no seccomp or AppArmor profile. Root in such a container is root on the host (mount the host disk, load kernel modules).',
    fix: 'Grant only what the workload needs: a specific `--cap-add`, a single `--device`, or a rootless/userns-remapped '
      + 'engine. For Docker-in-Docker builds prefer rootless BuildKit or a remote builder.',
    bad: 'RUN docker run --privileged -d my/agent:1.2',
    good: 'RUN docker run --cap-add NET_ADMIN -d my/agent:1.2',
    notes: 'Reads `docker`, `podman` and `nerdctl` `run`/`create` (also `container run`). Runs on Dockerfile `RUN` scripts '
      + 'and Vagrant inline shell provisioners. The quick fix removes `--privileged`; it is unsafe (never applied by `--fix`): '
      + 'a workload that needs some of those powers then fails, and you grant it just those instead.',
  },
  check({ model, report }) {
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, '--privileged')) {
        if (o.value !== 'true') continue;
        report({
          range: run.command.rangeOf(o.flag),
          message: `\`${run.command.name} ${run.subcommand.value} --privileged\` gives the container full control of the host kernel: grant only the capabilities or devices it needs.`,
          fixes: removeOptionFix(model, run, o),
        });
      }
    }
  },
});
