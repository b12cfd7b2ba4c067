import { defineDockerfileRule } from '../../rule';
import { copyParts, withTriggers } from '../../dockerfile/stages';
import { isArchive, isGitSource, isUrl } from '../../dockerfile/sources';

/** ADD flags COPY does not know: the keyword cannot simply be swapped when one is present. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineDockerfileRule({
  id: 'BXD008',
  name: 'prefer-copy-over-add',
  concern: 'maintainability',
  severity: 'error',
  aliases: [{ tool: 'hadolint', id: 'DL3020', kind: 'same' }],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: 'Use `COPY`, not `ADD`, for local files and folders.',
    why: '`ADD` has hidden behaviour: it unpacks local archives and fetches URLs. Used for plain files it makes readers '
      + 'wonder which of those was meant, and a file that later turns into a tarball gets unpacked without anyone noticing.',
    fix: 'Replace `ADD` with `COPY`. Keep `ADD` only to unpack a local archive or to fetch a URL with `--checksum`.',
    bad: 'FROM debian:12.5\nADD app.conf /etc/app/',
    good: 'FROM debian:12.5\nCOPY app.conf /etc/app/\nADD rootfs.tar.gz /',
    notes: 'Sources with an archive extension (`.tar`, `.gz`, `.tgz`, `.xz`, …), URLs and git repositories are not flagged. '
      + 'The quick fix is marked unsafe: `ADD` recognises archives by their content, not their name, so a tarball named '
      + 'without an extension would stop being unpacked.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ADD') continue;
      const { sources } = copyParts(ins, model);
      if (!sources.length || sources.some(s => isUrl(s.value) || isGitSource(s.value) || isArchive(s.value))) continue;
      const swappable = !ins.flags.some(f => ADD_ONLY_FLAGS.has(f.name.toLowerCase()));
      report({
        range: ins.keywordRange,
        message: `\`ADD ${sources.map(s => s.value).join(' ')}\` copies local files: use \`COPY\`, which does only that.`,
        fixes: swappable ? [{ title: 'Replace ADD with COPY', safety: 'unsafe', edits: [{ range: ins.keywordRange, newText: ins.rawKeyword === ins.rawKeyword.toLowerCase() ? 'copy' : 'COPY' }] }] : [],
      });
    }
  },
});
