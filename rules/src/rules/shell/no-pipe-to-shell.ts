import { defineShellRule } from '../../rule';
import { shellCommands, type HostCommand } from '../../shell/commands';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
const INTERPRETERS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node', 'php']);

function isDownload(c: HostCommand): boolean {
  return c.name !== null && DOWNLOADERS.has(c.name);
}

export default defineShellRule({
  id: 'BXD604',
  name: 'no-pipe-to-shell',
  concern: 'non-reproducible',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not pipe a download straight into a shell (`curl … | sh`).',
    why: 'The script runs the moment it arrives: nobody reviewed it, nothing checks it is the script you expect, '
      + 'and it can change between two builds (or be cut off half-way and run truncated). The build is neither '
      + 'reproducible nor verifiable.',
    fix: 'Download to a file, check it against a known SHA-256, then run it: '
      + '`curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. '
      + 'Better, install a pinned package or copy a vendored script.',
    bad: 'RUN curl -fsSL https://get.example.com | sh',
    good: 'RUN curl -fsSLo /tmp/install.sh https://get.example.com/v1.2.3/install.sh \\\n'
      + ' && echo "3f2a…  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh',
    notes: 'Also catches `sh -c "$(curl …)"` and `bash <(curl …)`. hadolint\'s DL4006 (pipefail) is a different check: '
      + 'see require-pipefail.',
  },
  check({ model, report }) {
    const commands = shellCommands(model);
    for (const c of commands) {
      if (!c.name || !INTERPRETERS.has(c.name)) continue;
      const pipe = c.command.pipeline;
      const viaPipe = pipe && pipe.indexOf(c.command) > 0 && commands.some(d => d.source === c.source && isDownload(d) && pipe.indexOf(d.command) >= 0 && pipe.indexOf(d.command) < pipe.indexOf(c.command));
      const viaSubst = !viaPipe && commands.some(d => d.source === c.source && isDownload(d)
        && c.args.some(a => a.start <= d.command.start && d.command.end <= a.end));
      if (!viaPipe && !viaSubst) continue;
      report({
        range: c.rangeOf(c.nameWord),
        message: `A download is run directly by \`${c.name}\`: save it to a file, verify its SHA-256, then run it.`,
      });
    }
  },
});
