import { defineDockerfileRule } from '../../rule';
import { copyParts, unquote, withTriggers } from '../../dockerfile/stages';

export default defineDockerfileRule({
  id: 'BXD551',
  name: 'no-add-over-http',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: '`ADD` must not download over plain `http://`.',
    why: 'Plain HTTP can be read and rewritten by anyone on the network path (a Wi-Fi hotspot, a proxy, a compromised router): the '
      + 'file that lands in the image may not be the one published.',
    fix: 'Use `https://`, and pin the file with `--checksum=sha256:…`.',
    bad: 'FROM debian:12.5\nADD http://example.com/tool.tar.gz /opt/',
    good: 'FROM debian:12.5\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ba1ad5f https://example.com/tool.tar.gz /opt/',
    notes: 'Also flagged with `--checksum`: the content is then verified, but the download still reveals what you fetch. The quick fix '
      + 'switches to `https://`; it is unsafe because the server may not offer HTTPS.',
  },
  check({ model, report }) {
    for (const ins of withTriggers(model.instructions)) {
      if (ins.keyword !== 'ADD') continue;
      for (const s of copyParts(ins, model).sources) {
        const url = unquote(s.value);
        if (!/^http:\/\//i.test(url)) continue;
        const at = model.lines.offsetAt(s.range.start) + (s.value.length - url.length) / 2;
        report({
          range: s.range,
          message: `\`ADD ${url}\` downloads over plain HTTP, which anyone on the network path can tamper with: use https.`,
          fixes: [{ title: 'Use https://', safety: 'unsafe', edits: [{ range: model.lines.range(at, at + 'http://'.length), newText: 'https://' }] }],
        });
      }
    }
  },
});
