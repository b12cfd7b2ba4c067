import { defineDockerfileRule, type Report } from '../../rule';
import type { Range } from '../../types';
import type { DfInstruction, DfStage, DockerfileModel } from '../../dockerfile/model';
import { perStage, stageChain, type StageMemo } from '../../dockerfile/stages';
import { PREDEFINED_ARGS, suggestName, varRefs } from '../../dockerfile/vars';
import { Memo } from '../../memo';

/** Instructions whose arguments Docker expands (shell-form RUN/CMD/ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'ARG', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Variables every Linux base image environment has. */
const ALWAYS = new Set(['PATH', 'HOME', 'HOSTNAME', 'TERM', 'PWD', 'SHELL', 'USER', 'LANG']);

/**
 * The parts of an instruction Docker expands that may hold a variable: values of ENV/ARG/LABEL pairs, otherwise flags
 * and arguments. Their parsed values keep every `$` of the text, so a part whose value has none is left out unread.
 */
function expandedRanges(ins: DfInstruction): Range[] {
  const out: Range[] = [];
  if (ins.keyword === 'ENV' || ins.keyword === 'ARG' || ins.keyword === 'LABEL') {
    for (const p of ins.properties) if (p.valueRange && p.value?.includes('$')) out.push(p.valueRange);
    return out;
  }
  for (const f of ins.flags) if (f.valueRange && f.value?.includes('$')) out.push(f.valueRange);
  for (const a of ins.json ?? ins.args) if (a.value.includes('$')) out.push(a.range);
  return out;
}

/** Names the `keyword` instructions (ENV or ARG) of these stages set. */
function namesSetBy(stages: DfStage[], keyword: string): Set<string> {
  const out = new Set<string>();
  for (const s of stages) for (const i of s.instructions) if (i.keyword === keyword) for (const p of i.properties) out.add(p.name);
  return out;
}

/** Findings of one stage: they depend on it, the stages it builds FROM and the global ARGs (kept per stage, see perStage). */
function stageFindings(model: DockerfileModel, stage: DfStage): Report[] {
  const out: Report[] = [];
  const globals = new Set(model.globalArgs.keys());
  const chain = stageChain(model, stage);
  const root = chain[chain.length - 1];
  const strict = (root.from.resolved ?? root.from.image)?.toLowerCase() === 'scratch';
  const defined = namesSetBy(chain.slice(1), 'ENV');
  // ARGs end with their stage: a child stage (`FROM base`) does not see them.
  const parentArgs = namesSetBy(chain.slice(1), 'ARG');
  for (const ins of stage.instructions) {
    if (EXPANDED.has(ins.keyword)) {
      let own: Set<string> | undefined;
      for (const range of expandedRanges(ins)) {
        const text = model.lines.textOf(range);
        if (!text.includes('$')) continue;
        const base = model.lines.offsetAt(range.start);
        for (const ref of varRefs(text, model.escapeChar)) {
          const n = ref.name;
          own ??= new Set(ins.properties.map(p => p.name));
          if (ref.modifier || defined.has(n) || own.has(n) || PREDEFINED_ARGS.has(n) || ALWAYS.has(n)) continue;
          const global = globals.has(n);
          const inherited = parentArgs.has(n);
          const hint = global || inherited ? null : suggestName(n, [...defined, ...ALWAYS, ...globals]);
          if (!strict && !global && !inherited && !hint) continue;
          out.push({
            range: model.lines.range(base + ref.start, base + ref.end),
            message: global
              ? `\`$${n}\` is a global ARG, which is not visible inside a stage: add \`ARG ${n}\` after this stage's FROM.`
              : inherited
                ? `\`$${n}\` is an ARG of the stage this one is built on, and ARGs end with their stage: declare \`ARG ${n}\` again here.`
                : `\`$${n}\` is not defined in this stage${hint ? ` (did you mean \`$${hint}\`?)` : ''}: it expands to nothing.`,
          });
        }
      }
    }
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') for (const p of ins.properties) defined.add(p.name);
  }
  return out;
}

const memo = new Memo<DfStage, StageMemo<Report[]>>();

export default defineDockerfileRule({
  id: 'BXD040',
  name: 'no-undefined-variable',
  concern: 'maintainability',
  severity: 'warning',
  aliases: [{ tool: 'buildkit', id: 'UndefinedVar', kind: 'inspired' }],
  fixable: 'none',
  docs: {
    summary: 'Variables used in `COPY`, `ENV`, `WORKDIR`, `USER`, `LABEL`… must be defined by an `ARG` or `ENV` in the stage.',
    why: 'An undefined variable silently expands to nothing: `COPY $SRC /app` copies the whole context, `WORKDIR /opt/$APP` '
      + 'becomes `/opt/`. The classic case is a global `ARG` (declared before `FROM`), which is not visible inside a stage until it is declared again.',
    fix: 'Declare it in the stage (`ARG NAME` after `FROM`, `ENV NAME=…`), or fix the spelling.',
    bad: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=$VERSION',
    good: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION',
    notes: 'BuildKit also knows the environment of the base image; boxlint cannot, so on stages built from an image it reports only '
      + 'global ARGs and ARGs of a parent stage used without redeclaration, and likely typos of a defined name (`$PAHT`). On `scratch`-based stages every undefined '
      + 'variable is reported. References with a default (`${NAME:-x}`) and shell-form `RUN`/`CMD`/`ENTRYPOINT` are not judged.',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const found = perStage(memo, model, stage, stageFindings);
      for (let k = 0; k < found.length; k++) report(found[k]);
    }
  },
});
