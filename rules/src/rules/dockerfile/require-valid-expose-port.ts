import { defineDockerfileRule } from '../../rule';
import { unquote, withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD004',
  name: 'require-valid-expose-port',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3011', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: '`EXPOSE` ports must be between 0 and 65535.',
    why: 'A port number above 65535 does not exist: the build fails, or the port is silently never reachable.',
    fix: 'Use the port the service really listens on.',
    bad: 'FROM nginx:1.27\nEXPOSE 80000',
    good: 'FROM nginx:1.27\nEXPOSE 8000',
    notes: 'Ports or range ends given by a variable are not judged.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const a of ins.args) {
        const spec = unquote(a.value).split('/')[0];
        const container = spec.split(':').pop() ?? '';
        for (const p of container.split('-')) {
          if (/^\d+$/.test(p) && Number(p) > 65535) {
            report({ range: a.range, message: `Port ${p} is outside 0-65535: \`EXPOSE\` a real port number.` });
            break;
          }
        }
      }
    }
  },
});
