import { defineDockerfileRule } from '../../rule';
import { withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD044',
  name: 'require-lowercase-expose-protocol',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'ExposeProtoCasing', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: 'Write the `EXPOSE` protocol in lowercase (`/tcp`, `/udp`).',
    why: 'Docker lowercases the protocol, so `53/UDP` works, but tools that read the Dockerfile or the image config literally may not recognise it.',
    fix: 'Write `EXPOSE 53/udp`.',
    bad: 'FROM coredns/coredns:1.11.3\nEXPOSE 53/UDP',
    good: 'FROM coredns/coredns:1.11.3\nEXPOSE 53/udp',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const a of ins.args) {
        const slash = a.value.lastIndexOf('/');
        const proto = slash >= 0 ? a.value.slice(slash + 1).replace(/["']$/, '') : '';
        if (!proto || proto === proto.toLowerCase() || proto.includes('$')) continue;
        const start = { line: a.range.start.line, character: a.range.start.character + slash + 1 };
        const range = { start, end: { line: start.line, character: start.character + proto.length } };
        report({ range, message: `Protocol \`${proto}\` should be lowercase: \`${proto.toLowerCase()}\`.`, fixes: [{ title: `Write ${proto.toLowerCase()}`, safety: 'safe', edits: [{ range, newText: proto.toLowerCase() }] }] });
      }
    }
  },
});
