import { defineDockerfileRule } from '../../rule';
import { commandsNamed, hasFlag, type HostCommand } from '../../shell/commands';
import type { ShellHost, ShellSource } from '../../shell/host';
import { PIP, managerCalls } from '../../shell/packages';
import type { ShellScript } from '../../shell/script';
import { Memo } from '../../memo';
import type { DfShellSource, DockerfileModel } from '../../dockerfile/model';
import { envBefore, hasCacheMount, reachesFinalImage } from '../../dockerfile/run-scripts';

const TRUTHY = /^(1|true|on|yes)$/i;
const truthy = (w: { value: string | null }) => TRUTHY.test(/^PIP_NO_CACHE_DIR=(.*)$/.exec(w.value ?? '')?.[1] ?? '');

/**
 * What one script holds for this rule, as offsets in the script: its `pip install` calls without `--no-cache-dir` and
 * not prefixed by `PIP_NO_CACHE_DIR=1` (where the command, its name and its subcommand start or end), and where it
 * runs `export PIP_NO_CACHE_DIR=1`. Plain numbers: nothing of the document it was first seen in is kept.
 */
interface PipCall { command: number; name: number; subcommandEnd: number }
interface ScriptPips { calls: PipCall[]; exportsAt: number[] }
const NO_PIPS: ScriptPips = { calls: [], exportsAt: [] };

/**
 * Kept per parsed script (editors keep a script while its text stays): an edit then costs a lookup per RUN and the
 * scripts it changed, not the command index of the whole file.
 */
const pipsByScript = new Memo<ShellScript, ScriptPips>();

function pipsOf(model: DockerfileModel, script: ShellScript): ScriptPips {
  let pips = pipsByScript.get(script);
  if (!pips) pipsByScript.set(script, pips = findPips(model, script));
  return pips;
}

/** Apart from pipsOf: its closures capture `script`, which would cost a context object on every lookup. */
function findPips(model: DockerfileModel, script: ShellScript): ScriptPips {
  const sources: ShellSource[] = [{ script, offset: 0, heredoc: false }];
  const host: ShellHost = { kind: model.kind, lines: model.lines, shellSources: () => sources, memo: undefined };
  return collectPips(host).get(script) ?? NO_PIPS;
}

/** What each script of `host` holds for this rule (scripts holding nothing are left out). */
function collectPips(host: ShellHost): Map<ShellScript, ScriptPips> {
  // Equal RUN texts share one parsed script: its commands are read from its first source only.
  const first = new Map<ShellScript, ShellSource>();
  for (const source of host.shellSources()) if (!first.has(source.script)) first.set(source.script, source);
  const out = new Map<ShellScript, ScriptPips>();
  const entry = (c: HostCommand) => {
    if (first.get(c.source.script) !== c.source) return null;
    let pips = out.get(c.source.script);
    if (!pips) out.set(c.source.script, pips = { calls: [], exportsAt: [] });
    return pips;
  };
  for (const c of managerCalls(host, PIP)) {
    if (hasFlag(c.args, '--no-cache-dir') || c.command.command.assignments.some(truthy)) continue;
    entry(c.command)?.calls.push({ command: c.command.command.start, name: c.command.nameWord.start, subcommandEnd: c.subcommand.end });
  }
  for (const c of commandsNamed(host, 'export')) if (c.args.some(truthy)) entry(c)?.exportsAt.push(c.command.start);
  return out;
}

/**
 * Opening a file, or a lint without an editor: most scripts are new, and the other rules reading scripts build the
 * file's command index anyway, so every script is read from it at once.
 */
function fillFromFile(model: DockerfileModel, sources: readonly DfShellSource[]): void {
  const found = collectPips(model);
  for (const s of sources) if (pipsByScript.get(s.script) === undefined) pipsByScript.set(s.script, found.get(s.script) ?? NO_PIPS);
}

/** An `export PIP_NO_CACHE_DIR=1` earlier in the same RUN (its shell-form part or a heredoc script) than document offset `at`. */
function exportedBefore(model: DockerfileModel, sources: readonly DfShellSource[], source: DfShellSource, at: number): boolean {
  return sources.some(s => s.instruction === source.instruction && pipsOf(model, s.script).exportsAt.some(o => s.offset + o < at));
}

export default defineDockerfileRule({
  id: 'BXD063',
  name: 'require-pip-no-cache-dir',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3042', kind: 'same' }],
  fixable: 'safe',
  docs: {
    summary: '`pip install` in a `RUN` should use `--no-cache-dir`.',
    why: 'pip keeps every downloaded wheel and source archive in `~/.cache/pip`, inside the layer of that RUN: the image '
      + 'carries each dependency twice, often hundreds of megabytes.',
    fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1` once, or mount a cache on `/root/.cache/pip`.',
    bad: 'RUN pip install flask==3.0.3',
    good: 'RUN pip install --no-cache-dir flask==3.0.3',
    notes: 'A truthy `PIP_NO_CACHE_DIR` from `ENV` (in the stage or a stage it builds FROM), from a prefix assignment or an '
      + 'earlier `export` in the RUN counts, as does a cache/tmpfs mount on the pip cache. Unlike hadolint, stages that do '
      + 'not reach the final image are not checked: their cache is never shipped.',
  },
  check({ model, report }) {
    const sources = model.shellSources();
    let unknown = 0;
    for (const s of sources) if (pipsByScript.get(s.script) === undefined) unknown++;
    if (unknown * 2 > sources.length) fillFromFile(model, sources);
    for (const source of sources) {
      const { calls } = pipsOf(model, source.script);
      if (!calls.length) continue;
      const ins = source.instruction;
      if (!reachesFinalImage(ins) || hasCacheMount(ins, '/root/.cache/pip') || TRUTHY.test(envBefore(model, ins, 'PIP_NO_CACHE_DIR') ?? '')) continue;
      for (const call of calls) {
        if (exportedBefore(model, sources, source, source.offset + call.command)) continue;
        const end = source.offset + call.subcommandEnd;
        report({
          range: model.lines.range(source.offset + call.name, end),
          message: '`pip install` without `--no-cache-dir` leaves the download cache in this layer.',
          fixes: [{ title: 'Add `--no-cache-dir`', safety: 'safe', edits: [{ range: model.lines.range(end, end), newText: ' --no-cache-dir' }] }],
        });
      }
    }
  },
});
