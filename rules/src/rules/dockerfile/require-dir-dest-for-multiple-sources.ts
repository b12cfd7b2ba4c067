import { defineDockerfileRule } from '../../rule';
import { copyParts, unquote, withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD009',
  name: 'require-dir-dest-for-multiple-sources',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3021', kind: 'same' }],
  fixable: 'safe',
  scope: 'instruction',
  docs: {
    summary: '`COPY`/`ADD` with several sources needs a destination ending in `/`.',
    why: 'Docker refuses to copy several files onto one file name: the build fails with "When using COPY with more than one source file, the destination must be a directory and end with a /".',
    fix: 'End the destination with `/` so it is a directory.',
    bad: 'FROM node:22.11\nCOPY package.json package-lock.json /app',
    good: 'FROM node:22.11\nCOPY package.json package-lock.json /app/',
    notes: 'hadolint checks `COPY` only; `ADD` fails the same way and is checked too. The fix appends `/`; it is safe because the unfixed instruction cannot build.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const { sources, dest } = copyParts(ins, model);
      const sourceCount = sources.length;
      if (!dest || sourceCount < 2) continue;
      const d = ins.json ? dest.value : unquote(dest.value);
      if (d.endsWith('/') || d.endsWith('\\') || d.startsWith('$')) continue;
      // Insert before a closing quote: `"baz"` -> `"baz/"`, JSON `"baz"` -> `"baz/"`.
      const quoted = ins.json || /^["'].*["']$/.test(dest.value);
      const at = quoted ? { line: dest.range.end.line, character: dest.range.end.character - 1 } : dest.range.end;
      report({
        range: dest.range,
        message: `${ins.keyword} has ${sourceCount} sources but destination \`${d}\` is not a directory: end it with \`/\`.`,
        fixes: [{ title: 'Append / to the destination', safety: 'safe', edits: [{ range: { start: at, end: at }, newText: '/' }] }],
      });
    }
  },
});
