import { defineShellRule } from '../../rule';
import { containerRuns, runOption } from '../../shell/docker-cli';
import { removeOptionFix } from '../../shell/option-fix';

/** Capabilities that amount to root on the host or close to it. */
const DANGEROUS = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'SYS_BOOT', 'BPF', 'PERFMON', 'NET_ADMIN', 'SYS_TIME', 'MKNOD']);

export default defineShellRule({
  id: 'BXD301',
  name: 'no-added-capabilities',
  concern: 'kernel-sharing',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not add kernel capabilities to containers in scripts (`docker run --cap-add SYS_ADMIN`).',
    why: 'Capabilities are slices of root over the shared kernel: `SYS_ADMIN` alone allows mounting filesystems and '
      + 'escaping the container, `ALL` is `--privileged` without the devices, `NET_ADMIN` rewrites the host\'s network '
      + 'when combined with host networking, `SYS_PTRACE` reads other processes\' memory.',
    fix: 'Remove the capability, or keep it to the narrowest one the program needs (e.g. `NET_BIND_SERVICE` instead of '
      + 'running as root). Start from `--cap-drop ALL`.',
    bad: 'RUN docker run --cap-add SYS_ADMIN my/fuse:1.0',
    good: 'RUN docker run --cap-drop ALL --cap-add NET_BIND_SERVICE my/web:1.0',
    notes: 'Every `--cap-add` is reported; the message says when the capability is one that gives the host away. '
      + '`NET_BIND_SERVICE`, `CHOWN` and the other defaults Docker already grants are not reported. '
      + 'The quick fix removes a `--cap-add` that adds one capability, or the capability from a plainly written list '
      + '(`SYS_ADMIN,CHOWN` -> `CHOWN`); it is unsafe (never applied by `--fix`): the program may need the capability.',
  },
  check({ model, report }) {
    const defaults = new Set(['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE']);
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, '--cap-add')) {
        const caps = (o.value ?? '').split(',');
        // Where the list starts in the document, when the word is written plainly (no quotes or escapes) and has
        // no empty item (removing `A` from `A,` would leave an empty value, and the image would become the value).
        const word = o.word ?? o.flag;
        const listStart = word.text === word.value && caps.every(c => c !== '') ? run.command.source.offset + word.end - caps.join(',').length : null;
        let at = 0;
        for (const [n, raw] of caps.entries()) {
          const cap = raw.trim().toUpperCase().replace(/^CAP_/, '');
          const capStart = at;
          at += raw.length + 1;
          if (!cap || defaults.has(cap)) continue;
          // One capability: the option goes. In a list: this item and one comma go, the others stay.
          // In a plain list the finding covers its own item, so each item's fix sits on its own range.
          let range = run.command.rangeOf(word);
          let fixes = caps.length === 1 ? removeOptionFix(model, run, o) : [];
          if (caps.length > 1 && listStart !== null) {
            range = model.lines.range(listStart + capStart, listStart + capStart + raw.length);
            const [from, to] = n + 1 < caps.length ? [capStart, at] : [capStart - 1, capStart + raw.length];
            fixes = [{ title: `Remove \`${raw}\` from the list`, safety: 'unsafe', edits: [{ range: model.lines.range(listStart + from, listStart + to), newText: '' }] }];
          }
          report({
            range,
            message: DANGEROUS.has(cap)
              ? `\`--cap-add ${cap}\` hands the container power over the shared host kernel: drop it or use a narrower capability.`
              : `\`--cap-add ${cap}\` widens what the container may do to the host kernel: keep only capabilities the program needs.`,
            fixes,
          });
        }
      }
    }
  },
});
