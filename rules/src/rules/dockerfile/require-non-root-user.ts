import { defineDockerfileRule, type Report } from '../../rule';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { perStage, stageChain, type StageMemo } from '../../dockerfile/stages';
import { Memo } from '../../memo';

const ROOT = new Set(['root', '0']);

function userOf(ins: DfInstruction): string {
  return (ins.args[0]?.value ?? '').split(':')[0];
}

/** The findings on the last stage: they depend on it and on the stages it builds FROM. */
function lastStageFindings(model: DockerfileModel, stage: DfStage): Report[] {
  const out: Report[] = [];
  const users = stage.instructions.filter(i => i.keyword === 'USER');
  const last = users[users.length - 1];
  if (last) {
    if (ROOT.has(userOf(last)) && last.args[0]) {
      out.push({
        range: last.args[0].range,
        message: `The final stage runs as \`${last.args[0].value}\`: switch to a non-root user with \`USER <name>\`.`,
        fixes: [{ title: 'Replace with a non-root user', safety: 'unsafe', snippet: true, edits: [{ range: last.args[0].range, newText: '${1:app}' }] }],
      });
    }
    return out;
  }
  // No USER here: the user is inherited from the stage this one is built on, if any.
  const chain = stageChain(model, stage);
  const inherited = chain.slice(1).map(s => s.instructions.filter(i => i.keyword === 'USER').pop()).find(Boolean);
  if (inherited && !ROOT.has(userOf(inherited))) return out;
  const root = chain[chain.length - 1];
  if (!inherited && (root.from.ref?.path === 'scratch' || root.from.resolved === 'scratch')) return out;
  const end = stage.instructions[stage.instructions.length - 1].range.end;
  const anchor = stage.from.imageRange ?? stage.from.instruction.keywordRange;
  out.push({
    range: anchor,
    message: inherited
      ? `The final stage inherits \`USER ${inherited.args[0]?.value}\` from stage \`${inherited.stage?.from.alias}\`, so the container runs as root: add \`USER <non-root user>\`.`
      : `The final stage (from \`${stage.from.image ?? 'FROM'}\`) never sets \`USER\`, so the container runs as root: add \`USER <non-root user>\`.`,
    fixes: [{ title: 'Add a USER line at the end of the final stage', safety: 'unsafe', snippet: true, edits: [{ range: { start: end, end }, newText: '\nUSER ${1:app}' }] }],
  });
  return out;
}

const memo = new Memo<DfStage, StageMemo<Report[]>>();

export default defineDockerfileRule({
  id: 'BXD101',
  name: 'require-non-root-user',
  concern: 'root',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3002', kind: 'inspired' }],
  fixable: 'unsafe',
  docs: {
    summary: 'The final stage must switch to a non-root `USER`.',
    why: 'Without a `USER`, or with `USER root`/`USER 0` last, every process in the container runs as root. '
      + 'Root in a container is root on the shared kernel: one escape bug or one writable host mount and the '
      + 'attacker owns the host, and files the container writes to volumes belong to root.',
    fix: 'Create an unprivileged user in the image and end the final stage with `USER <name>` (or a numeric UID). '
      + 'Only the final stage matters: build stages may run as root.',
    bad: 'FROM debian:12\nRUN apt-get update\nCMD ["app"]',
    good: 'FROM debian:12\nRUN useradd --system app\nUSER app\nCMD ["app"]',
    notes: 'hadolint (DL3002) flags only an explicit `USER root` last; boxlint also flags a final stage with no '
      + '`USER` at all, since the default user is root. A final stage built on an earlier stage (`FROM base`) inherits that '
      + 'stage\'s last `USER`. Images from `scratch` are not flagged when they set no user because they usually hold a single '
      + 'static binary; add `USER` there too if you can. Only the final stage is judged: hadolint also flags a build stage that '
      + 'ends as root even when the final image does not use it, which says nothing about how the container runs.',
  },
  check({ model, report }) {
    const stage = model.stages[model.stages.length - 1];
    if (!stage) return;
    // Kept per stage object (perStage): an edit elsewhere in the file reads nothing of the last stage again.
    const found = perStage(memo, model, stage, lastStageFindings);
    for (let k = 0; k < found.length; k++) report(found[k]);
  },
});
