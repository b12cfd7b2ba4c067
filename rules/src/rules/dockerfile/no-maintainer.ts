import { defineDockerfileRule } from '../../rule';

/** The author as a LABEL value: kept when already quoted, otherwise double-quoted with `"`, `\` and `$` escaped. */
function labelValue(author: string): string {
  if (/^"(?:[^"\\]|\\.)*"$/.test(author)) return author;
  return `"${author.replace(/["\\$]/g, c => '\\' + c)}"`;
}

export default defineDockerfileRule({
  id: 'BXD033',
  name: 'no-maintainer',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL4000', kind: 'same' }, { tool: 'buildkit', id: 'MaintainerDeprecated', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: '`MAINTAINER` is deprecated: use the `org.opencontainers.image.authors` label.',
    why: '`MAINTAINER` fills a legacy image field that OCI tools and registries do not show; the standard label is what they read.',
    fix: 'Replace `MAINTAINER name` with `LABEL org.opencontainers.image.authors="name"`.',
    bad: 'FROM debian:12.5\nMAINTAINER Jane Doe <jane@example.com>',
    good: 'FROM debian:12.5\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const author = ins.argsRange ? model.lines.textOf(ins.argsRange).trim() : '';
      report({
        range: ins.keywordRange,
        message: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors=…` instead.',
        fixes: author && !author.includes('\n') ? [{
          title: 'Replace with LABEL org.opencontainers.image.authors',
          safety: 'safe',
          edits: [{ range: { start: ins.keywordRange.start, end: ins.range.end }, newText: `LABEL org.opencontainers.image.authors=${labelValue(author)}` }],
        }] : [],
      });
    }
  },
});
