import { defineVagrantfileRule } from '../../rule';
import { PLAIN_PORT, port } from '../../docker-daemon';

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const ENDPOINT_END = new Set([' ', '\t', '\n', '\r', '\f', '\v', '"', "'", ',', ']']);

/** Whether `"hosts"`, blanks, `:`, blanks end just before `end`. */
function hostsKeyBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isBlank(text[i - 1])) i--;
  if (text[i - 1] !== ':') return false;
  i--;
  while (i > 0 && isBlank(text[i - 1])) i--;
  return i >= 7 && text.startsWith('"hosts"', i - 7);
}

/** Whether what precedes a `tcp://` at `at` sets a daemon endpoint: `-H tcp://`, `--host=tcp://`, `"hosts": […, "tcp://`. */
function endpointOption(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (isBlank(text[i - 1]) || text[i - 1] === '=')) i--;
  if ((i >= 2 && text.startsWith('-H', i - 2)) || (i < at && i >= 6 && text.startsWith('--host', i - 6))) return true;
  // Inside a JSON `"hosts": [` list: the quote opens this endpoint, the `[` is at most 200 characters back.
  if (text[at - 1] !== '"') return false;
  for (let j = at - 2; j >= 0 && j >= at - 202; j--) {
    const c = text[j];
    if (c === ']' || c === '\n') return false;
    if (c === '[' && hostsKeyBefore(text, j)) return true;
  }
  return false;
}

/** A Docker daemon endpoint written into its configuration, as [start, end) offsets in `text`. A scan, not a regex: linear. */
function* tcpEndpoints(text: string): Generator<[number, number]> {
  for (let at = text.indexOf('tcp://'); at >= 0; at = text.indexOf('tcp://', at + 1)) {
    let end = at + 6;
    while (end < text.length && !ENDPOINT_END.has(text[end])) end++;
    if (end === at + 6 || !endpointOption(text, at)) continue;
    yield [at, end];
    at = end - 1;
  }
}
const TLS = /--tlsverify\b|"tlsverify"\s*:\s*true/;

export default defineVagrantfileRule({
  id: 'BXV203',
  name: 'no-docker-tcp-in-provisioner',
  concern: 'daemon-exposure',
  severity: 'error',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Shell provisioners must not configure the Docker daemon to listen on TCP without TLS (`DOCKER_OPTS="-H tcp://…"`, `"hosts": ["tcp://…"]` in daemon.json, a systemd `ExecStart=… -H tcp://…`).',
    why: 'Whoever reaches the Docker API controls the machine: it can start a privileged container that mounts the root '
      + 'filesystem. A daemon configured on a TCP port without `tlsverify` answers anyone who can reach that port, and '
      + 'a VM\'s ports are easy to reach (forwarded ports listen on every host interface by default).',
    fix: 'Leave the daemon on its Unix socket and use `vagrant ssh -c` or `DOCKER_HOST=ssh://…`; if TCP is required, '
      + 'configure `tlsverify` with client certificates and port 2376.',
    bad: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    echo \'DOCKER_OPTS="-H tcp://0.0.0.0:2375 -H unix:///var/run/docker.sock"\' > /etc/default/docker\n    service docker restart\n  SHELL\nend',
    good: 'Vagrant.configure("2") do |config|\n  config.vm.provision "shell", inline: <<~SHELL\n    usermod -aG docker vagrant\n    service docker restart\n  SHELL\nend',
    notes: 'Reads the text of inline shell provisioners, so daemon options written into files are seen; a script that also '
      + 'turns on `tlsverify` is not flagged. `dockerd -H tcp://…` run directly is reported by no-dockerd-tcp-without-tls (BXD203).',
  },
  check({ model, report }) {
    for (const source of model.shellSources()) {
      const { mapped, script } = source;
      if (TLS.test(mapped.text)) continue;
      // Words of a `dockerd` command itself belong to BXD203.
      const dockerdWords = script.commands.filter(c => c.name?.value?.split('/').pop() === 'dockerd').flatMap(c => c.args);
      for (const [at, stop] of tcpEndpoints(mapped.text)) {
        const endpoint = mapped.text.slice(at, stop);
        const start = mapped.from[at], end = mapped.to[stop - 1];
        if (dockerdWords.some(w => w.start <= start && end <= w.end)) continue;
        const plain = port(endpoint) === PLAIN_PORT;
        report({
          range: model.lines.range(start, end),
          message: `The provisioner configures the Docker daemon on \`${endpoint}\` without TLS${plain ? ' (2375 is the plain-text port)' : ''}: anyone who reaches it controls the VM. Keep the daemon on its Unix socket.`,
        });
      }
    }
  },
});
