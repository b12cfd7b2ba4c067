import { defineDockerfileRule } from '../../rule';
import { unquote, withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD045',
  name: 'no-expose-host-mapping',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'ExposeInvalidFormat', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: '`EXPOSE` takes container ports only, not `ip:host:container` mappings.',
    why: '`EXPOSE` documents which ports the container listens on; it cannot publish or bind anything. Docker ignores the IP and '
      + 'host port, so `EXPOSE 127.0.0.1:8080:80` suggests a binding that does not exist, and it will become an error.',
    fix: 'Write only the container port (`EXPOSE 80`) and publish it at run time (`docker run -p 127.0.0.1:8080:80`).',
    bad: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80',
    good: 'FROM nginx:1.27\nEXPOSE 80',
    notes: 'The fix keeps the container port and protocol, which is all Docker used anyway.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const a of ins.args) {
        const spec = unquote(a.value);
        if (!spec.replace(/\$\{[^}$]*\}/g, 'x').includes(':')) continue;
        const container = spec.slice(spec.lastIndexOf(':') + 1);
        report({
          range: a.range,
          message: `\`EXPOSE ${spec}\` maps an address or host port, which EXPOSE cannot do: write \`EXPOSE ${container}\` and publish with \`docker run -p\`.`,
          fixes: container ? [{ title: `Expose ${container} only`, safety: 'safe', edits: [{ range: a.range, newText: container }] }] : [],
        });
      }
    }
  },
});
