import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD151',
  name: 'prefer-numeric-user',
  concern: 'root',
  severity: 'info',
  optIn: true,
  aliases: [{ tool: 'hadolint', id: 'DL3066', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: '`USER` should name a numeric UID (and GID), not a user name.',
    why: 'Kubernetes `runAsNonRoot` and similar admission checks can only verify a numeric UID: with a name they cannot tell '
      + 'whether the container runs as root and refuse it, or someone turns the check off. A name also depends on the image\'s `/etc/passwd`.',
    fix: 'Use the UID you created the user with: `USER 10001:10001`.',
    bad: 'FROM debian:12.5\nRUN useradd --uid 10001 app\nUSER app',
    good: 'FROM debian:12.5\nRUN useradd --uid 10001 app\nUSER 10001:10001',
    notes: 'Off by default (hadolint rates it info). Values with variables are not judged.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'USER' || ins.args.length !== 1) continue;
      const value = ins.args[0].value;
      if (value.includes('$') || value.split(':')[0] === 'root' || value.split(':').every(p => /^\d+$/.test(p))) continue; // root: require-non-root-user's case
      report({ range: ins.args[0].range, message: `\`USER ${value}\` is a name: use the numeric UID[:GID] so runtimes can verify the container is not root.` });
    }
  },
});
