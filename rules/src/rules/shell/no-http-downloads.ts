import { defineShellRule } from '../../rule';
import { shellCommands } from '../../shell/commands';
import type { ShellSource } from '../../shell/host';
import { fetchedUrls, isLoopback, verifiesDownloads } from '../../shell/downloads';

export default defineShellRule({
  id: 'BXD500',
  name: 'no-http-downloads',
  concern: 'untrusted-source',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not download or install over plain `http://` (curl/wget, `git clone`, pip/npm/gem index URLs).',
    why: 'Plain HTTP can be read and rewritten by anyone on the path (a Wi-Fi network, a proxy, a compromised router): '
      + 'the file that ends up in the image or on the VM may not be the one the author published.',
    fix: 'Use `https://`. If the server only speaks HTTP, verify what you got against a published SHA-256 or signature '
      + '(`sha256sum -c`, `gpg --verify`) in the same script.',
    bad: 'RUN curl -fsSLo /tmp/tool.tgz http://example.com/tool-1.2.tgz',
    good: 'RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool-1.2.tgz',
    notes: 'Downloads checked in the same script with `sha256sum -c`, `shasum -c`, `gpg --verify`, `gpgv` or `cosign` are '
      + 'not flagged; loopback hosts (`localhost`, `127.*`, `host.docker.internal`) neither. apt sources over http are '
      + 'left alone: apt verifies their signatures. Proxy and referer URLs are not downloads. The quick fix (switch to '
      + 'https) is unsafe: the server must support it.',
  },
  check({ model, report }) {
    const verified = new Map<ShellSource, boolean>();
    const isVerified = (s: ShellSource) => {
      let v = verified.get(s);
      if (v === undefined) verified.set(s, v = verifiesDownloads(shellCommands(model).filter(c => c.source === s)));
      return v;
    };
    for (const { command, word, url, downloader } of fetchedUrls(model)) {
      if (!/^http:\/\//i.test(url) || isLoopback(url) || (downloader && isVerified(command.source))) continue;
      const at = word.text.search(/http:\/\//i);
      const literal = at >= 0 && word.text.slice(0, at).replace(/^--?[\w-]+=/, '').replace(/^["']/, '') === '';
      const r = command.rangeOf(word);
      const shown = (word.value ?? word.text.replace(/^["']|["']$/g, '')).replace(/^--?[\w-]+=/, '');
      report({
        range: r,
        message: `\`${shown}\` is fetched over plain HTTP: anyone on the path can change it. Use https or verify a checksum.`,
        fixes: literal ? [{ title: 'Use https', safety: 'unsafe', edits: [{ range: command.rangeOf({ start: word.start + at, end: word.start + at + 'http'.length }), newText: 'https' }] }] : [],
      });
    }
  },
});
