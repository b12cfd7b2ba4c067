import { defineShellRule } from '../../rule';
import { containerRuns, runOption } from '../../shell/docker-cli';
import { removeOptionFix } from '../../shell/option-fix';

const NAMESPACE_OPTIONS: Record<string, string> = {
  '--pid': 'sees and can signal every process on the host',
  '--net': 'shares the host network stack: its ports bind on the host and it reaches host-only services',
  '--network': 'shares the host network stack: its ports bind on the host and it reaches host-only services',
  '--ipc': 'shares the host\'s shared memory and semaphores',
  '--uts': 'can change the host\'s hostname',
  '--userns': 'runs without user-namespace remapping: root inside is root outside',
  '--cgroupns': 'sees the host\'s cgroup tree',
};

export default defineShellRule({
  id: 'BXD302',
  name: 'no-host-namespaces',
  concern: 'kernel-sharing',
  severity: 'warning',
  aliases: [],
  fixable: 'unsafe',
  docs: {
    summary: 'Do not share host namespaces with containers in scripts (`--pid=host`, `--net=host`/`--network host`, `--ipc=host`, `--uts=host`, `--userns=host`).',
    why: 'Namespaces are what makes a container look like its own machine on a shared kernel. Joining the host\'s removes '
      + 'that wall: with `--pid=host` it can see and signal host processes, with host networking it listens on the '
      + 'host\'s interfaces and reaches services bound to localhost.',
    fix: 'Use the default private namespaces; publish ports with `-p 127.0.0.1:8080:80`, share data through volumes.',
    bad: 'RUN docker run -d --network host my/proxy:2.1',
    good: 'RUN docker run -d -p 127.0.0.1:8080:80 my/proxy:2.1',
    notes: 'The quick fix removes the option (and its separate `host` value); it is unsafe (never applied by `--fix`): a '
      + 'container on host networking may serve ports that then need `-p`.',
  },
  check({ model, report }) {
    for (const run of containerRuns(model)) {
      for (const o of runOption(run, ...Object.keys(NAMESPACE_OPTIONS))) {
        if (o.value !== 'host') continue;
        const name = (o.flag.value ?? '').split('=')[0];
        report({
          range: o.word && o.word !== o.flag ? { start: run.command.rangeOf(o.flag).start, end: run.command.rangeOf(o.word).end } : run.command.rangeOf(o.flag),
          message: `\`${name}=host\`: the container ${NAMESPACE_OPTIONS[name]}. Keep its own namespace.`,
          fixes: removeOptionFix(model, run, o),
        });
      }
    }
  },
});
