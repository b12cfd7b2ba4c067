import { defineShellRule } from '../../rule';
import { containerRuns, runOption } from '../../shell/docker-cli';
import { removeOptionFix } from '../../shell/option-fix';

export default defineShellRule({
  id: 'BXD304',
  name: 'no-host-devices',
  concern: 'kernel-sharing',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not pass host devices into containers in scripts (`--device /dev/sda`, `--device-cgroup-rule`).',
    why: 'A device node is a direct line to a host driver in the shared kernel: a raw disk can be read or rewritten '
      + 'under the host\'s filesystems, `/dev/mem` or `/dev/kmsg` expose the host itself, and driver bugs become '
      + 'container escapes.',
    fix: 'Pass only the one device the workload needs, read-only where possible (`--device /dev/video0:/dev/video0:r`), '
      + 'and never whole disks or memory devices.',
    bad: 'RUN docker run --device /dev/sda my/backup:1.0',
    good: 'RUN docker run -v backup-data:/data my/backup:1.0',
    notes: 'Every `--device` and `--device-cgroup-rule` is reported: whether a given device is acceptable is a judgement '
      + 'to record with an ignore comment. The quick fix removes the option; it is unsafe (never applied by `--fix`): the '
      + 'workload may need the device.',
  },
  check({ model, report }) {
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, '--device', '--device-cgroup-rule')) {
        const name = (o.flag.value ?? '').split('=')[0];
        report({
          range: run.command.rangeOf(o.word ?? o.flag),
          message: `\`${name} ${o.value ?? ''}\` exposes a host device to the container: the driver behind it runs in the shared kernel.`,
          fixes: removeOptionFix(model, run, o),
        });
      }
    }
  },
});
