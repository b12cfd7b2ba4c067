import { defineDockerfileRule } from '../../rule';
import { shellCommands } from '../../shell/commands';

/** hadolint's list: interactive tools and commands about a running system that a build step has no use for. */
const IRRELEVANT: Record<string, string> = {
  ssh: 'there is no remote host to log in to during a build',
  vim: 'nobody is there to type into an editor',
  shutdown: 'a build step cannot shut a machine down',
  service: 'a service started in a RUN stops when the step ends; start it from CMD/ENTRYPOINT',
  ps: 'the build step runs alone: there are no other processes to list',
  free: 'memory figures at build time say nothing about the container at run time',
  top: 'it is interactive and never ends',
  kill: 'no process outlives the step it started in',
  mount: 'mounts do not persist into the image; use volumes or `RUN --mount`',
  ifconfig: 'the build network is not the network the container runs in',
};

export default defineDockerfileRule({
  id: 'BXD064',
  name: 'no-container-irrelevant-commands',
  concern: 'maintainability',
  severity: 'info',
  aliases: [{ tool: 'hadolint', id: 'DL3001', kind: 'same' }],
  fixable: 'none',
  scope: 'instruction',
  docs: {
    summary: 'Commands that make no sense in a build step (`ssh`, `vim`, `service`, `shutdown`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`).',
    why: 'A RUN step is a short non-interactive process in a throw-away container: services it starts stop with it, '
      + 'editors hang the build, and system figures it prints describe the build host, not the container.',
    fix: 'Start services from `CMD`/`ENTRYPOINT`, edit files with `sed`/`COPY`, and drop diagnostics.',
    bad: 'RUN service nginx start',
    good: 'CMD ["nginx", "-g", "daemon off;"]',
    notes: 'Only Dockerfiles: in a Vagrant provisioner the same commands act on a real machine and are fine.',
  },
  check({ model, report }) {
    for (const c of shellCommands(model)) {
      const why = c.name ? IRRELEVANT[c.name] : undefined;
      if (why) report({ range: c.rangeOf(c.nameWord), message: `\`${c.name}\` in a build step: ${why}.` });
    }
  },
});
