import { defineDockerfileRule, type Report } from '../../rule';
import type { DfInstruction, DockerfileModel } from '../../dockerfile/model';
import { beforeFirstFrom, copyParts, fromFlag, stageCopiesFrom, stageFromRef, unquote } from '../../dockerfile/stages';

/** `/`, `//`, `"/"`, `/.`: the whole filesystem. */
const isRoot = (p: string) => /^\/+$/.test(unquote(p).replace(/\/\.$/, '/'));

function checkCopy(model: DockerfileModel, ins: DfInstruction, report: (r: Report) => void): void {
  const from = ins.keyword === 'COPY' ? fromFlag(ins) : null;
  // An image (`--from=org/files:1`) published to be copied whole is fine; a build stage is not.
  if (!from || (/[:@/]/.test(from.value) && !stageFromRef(model, from.value, Infinity))) return;
  const { sources, dest } = copyParts(ins, model);
  if (dest && sources.length && sources.every(s => isRoot(s.value)) && isRoot(dest.value)) {
    report({ range: { start: sources[0].range.start, end: dest.range.end }, message: `\`COPY --from=${from.value} / /\` copies the whole filesystem of another stage: copy only the paths you need.` });
  }
}

export default defineDockerfileRule({
  id: 'BXD032',
  name: 'no-copy-entire-stage-filesystem',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'hadolint', id: 'DL3067', kind: 'same' }],
  fixable: 'none',
  docs: {
    summary: 'Do not `COPY --from=<stage> / /`: copy only the files you need.',
    why: 'Copying a whole filesystem brings the build stage\'s compilers, caches, package databases and any secret it saw into '
      + 'the final image, defeating the point of a multi-stage build and hiding what the image contains.',
    fix: 'Copy the build outputs by path (`COPY --from=build /app/bin /usr/local/bin`).',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:12.5\nCOPY --from=build / /',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:12.5\nCOPY --from=build /out/app /usr/local/bin/app',
    notes: 'Copying the root of an external image (`--from=org/rootfs:1 / /`) is not flagged: such images are published to be copied whole.',
  },
  check({ model, report }) {
    // Runs on the whole file on every edit: only the COPYs with --from are read, found once per stage object.
    for (const ins of beforeFirstFrom(model)) {
      checkCopy(model, ins, report);
      if (ins.trigger) checkCopy(model, ins.trigger, report);
    }
    for (const stage of model.stages) for (const ins of stageCopiesFrom(stage)) checkCopy(model, ins, report);
  },
});
