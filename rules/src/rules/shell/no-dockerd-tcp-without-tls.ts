import { defineShellRule } from '../../rule';
import { hasFlag, shellCommands } from '../../shell/commands';
import { dockerdHosts, dockerdTcpFix, isTcp, PLAIN_PORT, port } from '../../docker-daemon';
import type { ShellWord } from '../../shell/script';

export default defineShellRule({
  id: 'BXD203',
  name: 'no-dockerd-tcp-without-tls',
  concern: 'daemon-exposure',
  severity: 'error',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Scripts must not start `dockerd` on a TCP address without `--tlsverify`, nor point `DOCKER_HOST` at plain port 2375.',
    why: 'The Docker API can start privileged containers that mount the host\'s disk. A daemon listening on TCP without '
      + 'TLS client verification gives that power to anyone who can reach the port: no password, one HTTP request.',
    fix: 'Keep the daemon on its Unix socket, or add `--tlsverify` with `--tlscacert/--tlscert/--tlskey` and use port 2376.',
    bad: 'RUN dockerd -H tcp://0.0.0.0:2375 &',
    good: 'RUN dockerd --tlsverify --tlscacert=ca.pem --tlscert=cert.pem --tlskey=key.pem -H tcp://0.0.0.0:2376 &',
    notes: 'Runs on Dockerfile `RUN` scripts and on Vagrant inline shell provisioners. The quick fix drops the TCP '
      + 'listener when `dockerd` also listens elsewhere, and otherwise moves it to the Unix socket; `DOCKER_HOST` has no '
      + 'fix, since only you know whether the daemon can offer TLS.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      if (c.name === 'dockerd' && !hasFlag(c.args, '--tlsverify')) {
        const hosts = dockerdHosts(c.args);
        const at = { range: (w: ShellWord) => c.rangeOf(w), raw: (w: ShellWord) => w.text };
        for (const h of hosts) {
          if (!isTcp(h.host)) continue;
          const i = c.args.indexOf(h.flag ?? h.word);
          const fix = dockerdTcpFix(hosts, h, i > 0 ? c.args[i - 1] : c.nameWord, at);
          report({
            range: c.rangeOf(h.word),
            message: `\`dockerd\` listens on \`${h.host}\` without \`--tlsverify\`: anyone who reaches it controls the host. Use the Unix socket or TLS on 2376.`,
            fixes: fix ? [fix] : [],
          });
        }
      }
      const words = c.name === 'export' ? c.args : c.command.assignments;
      for (const a of words) {
        const m = /^DOCKER_HOST=(tcp:\/\/.*)$/i.exec(a.value ?? '');
        if (m && port(m[1]) === PLAIN_PORT) report({ range: c.rangeOf(a), message: `\`DOCKER_HOST=${m[1]}\` talks to the daemon over plain TCP: use the Unix socket or TLS on 2376.` });
      }
    }
  },
});
