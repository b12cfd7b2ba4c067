import { defineDockerfileRule } from '../../rule';
import type { Fix, Range } from '../../types';
import type { DfWord } from '../../dockerfile/model';
import { dockerdHosts, dockerdTcpFix, isTcp, PLAIN_PORT, port } from '../../docker-daemon';


export default defineDockerfileRule({
  id: 'BXD201',
  name: 'no-docker-daemon-tcp',
  concern: 'daemon-exposure',
  severity: 'error',
  aliases: [],
  fixable: 'safe',
  scope: 'stage',
  docs: {
    summary: 'Do not expose or reach the Docker daemon over plain TCP in `ENV`, `EXPOSE`, `CMD` or `ENTRYPOINT` (`tcp://…:2375`, `EXPOSE 2375`, `DOCKER_TLS_VERIFY=0`).',
    why: 'The Docker API is an HTTP API that can start privileged containers and mount the host\'s disk. Anyone who can '
      + 'reach port 2375 without TLS owns the host: no password, no certificate, one HTTP request.',
    fix: 'Talk to the daemon through its Unix socket (`unix:///var/run/docker.sock`), or use TLS on port 2376 with '
      + '`--tlsverify` and client certificates (`DOCKER_TLS_VERIFY=1`). Never publish 2375.',
    bad: 'FROM docker:27-dind\nENV DOCKER_HOST=tcp://docker:2375\nEXPOSE 2375\nCMD ["dockerd", "-H", "tcp://0.0.0.0:2375"]',
    good: 'FROM docker:27-dind\nENV DOCKER_HOST=tcp://docker:2376 DOCKER_TLS_VERIFY=1\nCMD ["dockerd", "--tlsverify", "-H", "tcp://0.0.0.0:2376"]',
    notes: '`dockerd` started from a `RUN` script is checked by no-dockerd-tcp-without-tls (BXD203). The fix for `EXPOSE 2375` switches to the TLS port 2376; the daemon must then be started with `--tlsverify`. '
      + 'For `dockerd` in `CMD`/`ENTRYPOINT` the quick fix drops the TCP listener when the daemon listens elsewhere too, '
      + 'and otherwise moves it to the Unix socket.',
  },
  check({ model, report }) {
    const flagValue = (range: Range, what: string, fixes: Fix[] = []) => report({
      range, message: `${what}: the Docker API without TLS lets anyone who reaches it control the host. Use the Unix socket or TLS on 2376.`, fixes,
    });
    for (const stage of model.stages) {
      const tlsOn = stage.instructions.some(i => i.keyword === 'ENV' && i.properties.some(p => p.name === 'DOCKER_TLS_VERIFY' && p.value && p.value !== '0'));
      for (const ins of stage.instructions) {
        if (ins.keyword === 'ENV') {
          for (const p of ins.properties) {
            if (p.value == null || !p.valueRange) continue;
            if (p.name === 'DOCKER_HOST' && isTcp(p.value) && (port(p.value) === PLAIN_PORT || !tlsOn)) flagValue(p.valueRange, `\`DOCKER_HOST=${p.value}\` talks to the daemon over plain TCP`);
            if (p.name === 'DOCKER_TLS_VERIFY' && (p.value === '0' || p.value === '')) {
              flagValue(p.valueRange, '`DOCKER_TLS_VERIFY=0` turns TLS off for the Docker client',
                [{ title: 'Turn TLS verification on (`DOCKER_TLS_VERIFY=1`)', safety: 'unsafe', edits: [{ range: p.valueRange, newText: '1' }] }]);
            }
          }
        }
        if (ins.keyword === 'EXPOSE') {
          for (const a of ins.args) {
            if (/^2375(\/tcp)?$/i.test(a.value)) {
              report({
                range: a.range,
                message: '`EXPOSE 2375` publishes the Docker API without TLS: anyone who reaches it controls the host. Use 2376 with `--tlsverify`.',
                fixes: [{ title: 'Expose the TLS port 2376 instead', safety: 'safe', edits: [{ range: { start: a.range.start, end: { line: a.range.start.line, character: a.range.start.character + 4 } }, newText: '2376' }] }],
              });
            }
          }
        }
        if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && ins.json) {
          const words = ins.json.map(w => w.value);
          if (words.some(w => /(^|\/)dockerd$/.test(w)) && !words.includes('--tlsverify')) {
            const json = ins.json;
            const hosts = dockerdHosts(json);
            const at = { range: (w: DfWord) => w.range, raw: (w: DfWord) => model.lines.textOf(w.range) };
            for (const h of hosts) {
              if (!isTcp(h.host)) continue;
              const before = json[json.indexOf(h.flag ?? h.word) - 1] ?? null;
              const fix = dockerdTcpFix(hosts, h, before, at);
              flagValue(h.word.range, `\`dockerd\` listens on \`${h.host}\` without \`--tlsverify\``, fix ? [fix] : []);
            }
          }
        }
      }
    }
  },
});
