import { defineDockerfileRule } from '../../rule';
import { copyParts, unquote, withTriggers } from '../../dockerfile/stages';
import { isGitSource, isUrl } from '../../dockerfile/sources';

export default defineDockerfileRule({
  id: 'BXD550',
  name: 'require-add-checksum',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: '`ADD <url>` must pin the download with `--checksum=sha256:…`.',
    why: 'Without a checksum the build takes whatever the server returns today: a compromised server, a hijacked domain or a '
      + 'silently replaced release puts different code into your image with no change to the Dockerfile.',
    fix: 'Add `--checksum=sha256:<digest of the file you reviewed>` (needs `# syntax=docker/dockerfile:1.6` or newer), or download '
      + 'in a `RUN` step and verify the checksum or signature there.',
    bad: 'FROM debian:12.5\nADD https://example.com/tool-1.2.tar.gz /opt/',
    good: 'FROM debian:12.5\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ba1ad5f https://example.com/tool-1.2.tar.gz /opt/',
    notes: 'Git sources (`ADD https://github.com/org/repo.git#v1.2 …`) are not flagged: pin them to a tag or commit instead. The quick fix inserts a placeholder digest to fill in.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ADD' || ins.flags.some(f => f.name.toLowerCase() === 'checksum')) continue;
      const urls = copyParts(ins, model).sources.filter(s => isUrl(s.value) && !isGitSource(s.value));
      for (const u of urls) {
        const at = ins.keywordRange.end;
        report({
          range: u.range,
          message: `\`ADD ${unquote(u.value)}\` downloads without \`--checksum\`: whatever the server returns goes into the image. Pin its sha256.`,
          fixes: [{ title: 'Add --checksum', safety: 'unsafe', snippet: true, edits: [{ range: { start: at, end: at }, newText: ' --checksum=sha256:${1:digest}' }] }],
        });
      }
    }
  },
});
