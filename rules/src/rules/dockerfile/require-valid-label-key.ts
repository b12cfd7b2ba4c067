import { defineDockerfileRule } from '../../rule';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a label key breaks Docker's key conventions, or null when it follows them. */
function problem(key: string): string | null {
  if (RESERVED.some(p => key.startsWith(p))) return `uses the namespace \`${RESERVED.find(p => key.startsWith(p))}\` that Docker reserves for itself`;
  if (!/^[a-z]/.test(key)) return 'must start with a lowercase letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lowercase letter or digit';
  if (/[^a-z0-9.-]/.test(key)) return 'may contain only lowercase letters, digits, `.` and `-`';
  if (/\.\.|--/.test(key)) return 'must not repeat `.` or `-`';
  return null;
}

export default defineDockerfileRule({
  id: 'BXD019',
  name: 'require-valid-label-key',
  concern: 'maintainability',
  severity: 'hint',
  aliases: [{ tool: 'hadolint', id: 'DL3048', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Label keys should follow Docker\'s conventions: lowercase reverse-DNS words, no reserved namespace.',
    why: 'Tools that read labels (registries, scanners, orchestrators) expect `org.opencontainers.image.*`-style keys; '
      + 'odd characters break queries, and `com.docker.*` / `io.docker.*` / `org.dockerproject.*` are reserved for Docker.',
    fix: 'Rename the key to lowercase letters, digits, `.` and `-`, in your own reverse-DNS namespace.',
    bad: 'FROM debian:12.5\nLABEL com.docker.version=1 Build_Date=2024',
    good: 'FROM debian:12.5\nLABEL org.example.version=1 org.opencontainers.image.created=2024-05-01T00:00:00Z',
    notes: 'Keys containing a variable are still checked as written.',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const target = ins.trigger ?? ins;
      if (target.keyword !== 'LABEL') continue;
      for (const p of target.properties) {
        const why = problem(p.name);
        if (why) report({ range: p.nameRange, message: `Label key \`${p.name}\` ${why}.` });
      }
    }
  },
});
