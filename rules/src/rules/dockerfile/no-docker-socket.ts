import { defineDockerfileRule } from '../../rule';
import { isDockerSocket } from '../../docker-daemon';
import type { DfInstruction, DfWord } from '../../dockerfile/model';
import type { Fix } from '../../types';

/** Drops the socket from the VOLUME: the whole instruction when it is the only path, else the word (shell form). */
function removeVolume(ins: DfInstruction, w: DfWord): Fix[] {
  const words = ins.json ?? ins.args;
  const title = 'Remove the Docker socket `VOLUME`';
  if (words.length === 1) {
    const start = { line: ins.range.start.line, character: 0 };
    return [{ title, safety: 'unsafe', edits: [{ range: { start, end: { line: ins.range.end.line + 1, character: 0 } }, newText: '' }] }];
  }
  if (ins.json) return [];
  const i = words.indexOf(w);
  // Take the space before the word, or after it when it is the first path.
  const range = i > 0 ? { start: words[i - 1].range.end, end: w.range.end } : { start: w.range.start, end: words[1].range.start };
  return [{ title, safety: 'unsafe', edits: [{ range, newText: '' }] }];
}


export default defineDockerfileRule({
  id: 'BXD202',
  name: 'no-docker-socket',
  concern: 'daemon-exposure',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  scope: 'instruction',
  docs: {
    summary: 'Do not declare a `VOLUME` for, or `RUN --mount`, the host\'s Docker socket (`/var/run/docker.sock`).',
    why: 'Whoever can write to the Docker socket can start a privileged container that mounts the host\'s root '
      + 'filesystem: giving a container the socket gives it root on the host. A `VOLUME` for it invites everyone '
      + 'who runs the image to bind-mount it.',
    fix: 'Do not build images that need the host daemon. For CI builds use rootless BuildKit, Kaniko or a '
      + 'Docker-in-Docker sidecar with TLS; if a tool truly needs the API, put a filtering proxy in front of it.',
    bad: 'VOLUME /var/run/docker.sock',
    good: '# build with rootless BuildKit instead of the host socket\nFROM moby/buildkit:v0.16.0-rootless',
    notes: 'Scripts that touch the socket (`chmod 666 /var/run/docker.sock`) are checked by no-docker-socket-in-scripts (BXD204). '
      + 'The quick fix removes the socket from the `VOLUME`; a `RUN --mount` of it has no fix, since the step needs another way to build.',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword === 'VOLUME') {
        const words = ins.json ?? ins.args;
        for (const w of words) {
          if (isDockerSocket(w.value)) report({ range: w.range, message: '`VOLUME` for the Docker socket invites mounting the host daemon: that is root on the host.', fixes: removeVolume(ins, w) });
        }
      }
      const target = ins.trigger ?? ins;
      if (target.keyword === 'RUN') {
        for (const f of target.flags) {
          if (f.name === 'mount' && f.value && isDockerSocket(f.value) && f.valueRange) report({ range: f.valueRange, message: '`RUN --mount` of the Docker socket gives the build step root on the host.' });
        }
      }
    }
  },
});
