import { defineDockerfileRule, type Report } from '../../rule';
import type { Fix, Range } from '../../types';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, inheritsKeyword, perStage, type StageMemo } from '../../dockerfile/stages';
import { Memo } from '../../memo';

/** Words a shell would pass through unchanged: no quotes, expansions, globs, operators or escapes. */
const PLAIN_WORD = /^[A-Za-z0-9_./:@%+,=-]+$/;

/** The shell-form command of CMD / ENTRYPOINT / HEALTHCHECK CMD, or null when it is exec form or absent. */
function shellForm(model: DockerfileModel, ins: DfInstruction): { range: Range; words: string[] } | null {
  if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') {
    if (ins.json || !ins.args.length) return null;
    return { range: { start: ins.args[0].range.start, end: ins.args[ins.args.length - 1].range.end }, words: ins.args.map(a => a.value) };
  }
  if (ins.keyword === 'HEALTHCHECK') {
    const i = ins.args.findIndex(a => a.value.toUpperCase() === 'CMD');
    const rest = ins.args.slice(i + 1);
    if (i < 0 || !rest.length) return null;
    const range = { start: rest[0].range.start, end: rest[rest.length - 1].range.end };
    if (model.lines.textOf(range).startsWith('[')) return null;
    return { range, words: rest.map(a => a.value) };
  }
  return null;
}

/** Reports CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form among `instructions`, unless a SHELL (or an inherited one) comes first. */
function reportShellForms(model: DockerfileModel, instructions: DfInstruction[], inherited: boolean, report: (r: Report) => void): void {
  let shellSet = inherited;
  for (const ins of instructions) {
    if (ins.keyword === 'SHELL') shellSet = true;
    const form = shellSet ? null : shellForm(model, ins);
    if (!form) continue;
    const fixes: Fix[] = form.words.every(w => PLAIN_WORD.test(w))
      ? [{ title: 'Convert to exec (JSON) form', safety: 'unsafe', edits: [{ range: form.range, newText: `[${form.words.map(w => JSON.stringify(w)).join(', ')}]` }] }]
      : [];
    report({
      range: form.range,
      message: ins.keyword === 'HEALTHCHECK'
        ? 'HEALTHCHECK CMD in shell form needs `/bin/sh` in the image and runs through it: use the JSON form.'
        : `${ins.keyword} in shell form runs under \`/bin/sh -c\`, which does not pass signals on: use the JSON form.`,
      fixes,
    });
  }
}

/** A stage's findings: they depend on it and on the SHELL instructions of the stages it builds FROM. */
function stageFindings(model: DockerfileModel, stage: DfStage): Report[] {
  const out: Report[] = [];
  const inherited = inheritsKeyword(model, stage, 'SHELL');
  reportShellForms(model, stage.instructions, inherited, r => out.push(r));
  return out;
}

const memo = new Memo<DfStage, StageMemo<Report[]>>();

export default defineDockerfileRule({
  id: 'BXD013',
  name: 'prefer-exec-form-cmd',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3025', kind: 'same' }, { tool: 'buildkit', id: 'JSONArgsRecommended', kind: 'same' }],
  fixable: 'unsafe',
  docs: {
    summary: 'Write `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` in exec (JSON) form.',
    why: 'In shell form the program runs as a child of `/bin/sh -c`, which does not forward signals: `docker stop` waits '
      + 'its full timeout and then kills the process without a clean shutdown. A shell-form `ENTRYPOINT` also ignores `CMD` and `docker run` arguments.',
    fix: 'Use the JSON form `CMD ["program", "arg"]`. If you need shell features, write `CMD ["sh", "-c", "…"]` and `exec` the program.',
    bad: 'FROM node:22.11\nCMD node server.js',
    good: 'FROM node:22.11\nCMD ["node", "server.js"]',
    notes: 'Not flagged in a stage that sets `SHELL` (BuildKit does the same: the shell is then a deliberate choice, e.g. PowerShell). '
      + 'The quick fix is offered only when every word is plain (no quotes, variables, globs or operators) and is unsafe: '
      + 'exec form changes how `ENTRYPOINT` combines with `CMD`.',
  },
  check({ model, report }) {
    // Instructions before the first FROM inherit no SHELL; a stage's findings are kept per stage (perStage).
    reportShellForms(model, beforeFirstFrom(model), false, report);
    for (const stage of model.stages) {
      const found = perStage(memo, model, stage, stageFindings);
      for (let k = 0; k < found.length; k++) report(found[k]);
    }
  },
});
