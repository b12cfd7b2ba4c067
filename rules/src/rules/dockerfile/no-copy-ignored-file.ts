import { defineDockerfileRule } from '../../rule';
import { copyParts, fromFlag, unquote, withTriggers } from '../../dockerfile/stages';
import { isUrl } from '../../dockerfile/sources';
import { isIgnored, parseDockerignore } from '../../dockerfile/dockerignore';

export default defineDockerfileRule({
  id: 'BXD043',
  name: 'no-copy-ignored-file',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'CopyIgnoredFile', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: '`COPY`/`ADD` must not name a file that `.dockerignore` excludes from the build context.',
    why: 'An excluded file is not sent to the builder: the instruction fails with "not found", or a wildcard silently copies less '
      + 'than it seems to.',
    fix: 'Stop excluding the file (or add a `!path` exception), or remove it from the `COPY`.',
    bad: 'FROM node:22.11\nCOPY dist/app.js /app/',
    good: 'FROM node:22.11\nCOPY src/app.js /app/',
    notes: 'Reads the `.dockerignore` (or `<Dockerfile>.dockerignore`) beside the Dockerfile, taking its folder as the build context; '
      + 'the editor and the CLI provide it, so the documented example assumes a `.dockerignore` containing `dist`. As in BuildKit, a '
      + '`.dockerignore` with `!` exceptions is not judged (whether a path is excluded then depends on the whole context), and '
      + '`COPY . …` is only flagged when everything is excluded.',
    exampleConfig: { dockerignore: 'dist\n' },
  },
  check({ model, options, report }) {
    if (!options.dockerignore) return;
    const patterns = parseDockerignore(options.dockerignore);
    if (!patterns.length || patterns.some(p => p.negated)) return;
    const everything = patterns.some(p => ['*', '**', '**/*'].includes(p.source));
    for (const ins of withTriggers(model.instructions)) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || fromFlag(ins)) continue;
      for (const s of copyParts(ins, model).sources) {
        const src = unquote(s.value);
        if (isUrl(src) || src.startsWith('<<') || src.includes('$')) continue;
        const root = /^[./]*$/.test(src);
        if (root ? everything : isIgnored(patterns, src)) {
          report({ range: s.range, message: `\`${src}\` is excluded by .dockerignore, so it is not in the build context: ${ins.keyword} will not find it.` });
        }
      }
    }
  },
});
