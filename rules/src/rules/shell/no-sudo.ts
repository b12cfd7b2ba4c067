import { defineShellRule } from '../../rule';

export default defineShellRule({
  id: 'BXD102',
  name: 'no-sudo',
  concern: 'root',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3004', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not use `sudo` in `RUN`.',
    why: 'Build steps already run as the current `USER`; `sudo` adds a setuid binary to the image, needs a sudoers '
      + 'entry that lets the runtime user become root again, and behaves unpredictably without a TTY.',
    fix: 'Run the step before switching `USER`, or switch with `USER root` … `USER app` around it. To drop privileges '
      + 'at runtime use `gosu` or `su-exec`.',
    bad: 'USER app\nRUN sudo apt-get install -y curl',
    notes: 'Dockerfiles only: in a Vagrant shell provisioner with `privileged: false`, `sudo` is the intended way to become root.',
    good: 'USER root\nRUN apt-get install -y curl\nUSER app',
  },
  check({ model, report }) {
    // Vagrant provisioners choose their user with `privileged:`; sudo inside an unprivileged one is how it
    // is meant to be used, and the advice about USER is Dockerfile advice.
    if (model.kind !== 'dockerfile') return;
    for (const source of model.shellSources()) {
      for (const cmd of source.script.commands) {
        if (cmd.name?.value !== 'sudo') continue;
        const range = model.lines.range(source.offset + cmd.name.start, source.offset + cmd.name.end);
        const next = cmd.args[0];
        // Deleting `sudo ` is certain only when no sudo option follows.
        const certain = next && next.value != null && !next.value.startsWith('-');
        report({
          range,
          message: '`sudo` in a build step: run the step as root before `USER`, or use gosu/su-exec at runtime.',
          fixes: certain ? [{ title: 'Remove `sudo`', safety: 'unsafe', edits: [{ range: model.lines.range(source.offset + cmd.name.start, source.offset + next.start), newText: '' }] }] : [],
        });
      }
    }
  },
});
