import { defineDockerfileRule } from '../../rule';
import { dockerfileCommands } from '../../dockerfile/commands';

function isSocket(v: string): boolean {
  return /(^|[\s:=,])(unix:\/\/)?\/(var\/)?run\/docker\.sock\b/.test(v);
}

export default defineDockerfileRule({
  id: 'BXD202',
  name: 'no-docker-socket',
  concern: 'daemon-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'none',
  docs: {
    summary: 'Do not mount or use the host\'s Docker socket (`/var/run/docker.sock`) in an image.',
    why: 'Whoever can write to the Docker socket can start a privileged container that mounts the host\'s root '
      + 'filesystem: giving a container the socket gives it root on the host. A `VOLUME` for it invites everyone '
      + 'who runs the image to bind-mount it.',
    fix: 'Do not build images that need the host daemon. For CI builds use rootless BuildKit, Kaniko or a '
      + 'Docker-in-Docker sidecar with TLS; if a tool truly needs the API, put a filtering proxy in front of it.',
    bad: 'VOLUME /var/run/docker.sock',
    good: '# build with rootless BuildKit instead of the host socket\nFROM moby/buildkit:v0.16.0-rootless',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword === 'VOLUME') {
        for (const w of ins.json ?? ins.args) {
          if (isSocket(w.value)) report({ range: w.range, message: '`VOLUME` for the Docker socket invites mounting the host daemon: that is root on the host.' });
        }
      }
      const target = ins.trigger ?? ins;
      if (target.keyword === 'RUN') {
        for (const f of target.flags) {
          if (f.name === 'mount' && f.value && isSocket(f.value) && f.valueRange) report({ range: f.valueRange, message: '`RUN --mount` of the Docker socket gives the build step root on the host.' });
        }
      }
    }
    for (const c of dockerfileCommands(model)) {
      for (const w of [c.nameWord, ...c.args]) {
        if (w.value && isSocket(w.value)) report({ range: c.rangeOf(w), message: `\`${c.name ?? 'command'}\` uses the Docker socket: access to it is root on the host.` });
      }
    }
  },
});
