// The hand-written Dockerfile parser (rules/src/dockerfile/parse*.ts) against the dockerfile-ast model it
// replaced (test/legacy-dockerfile-model.ts): identical models on every corpus Dockerfile and rule fixture,
// except the listed files where dockerfile-ast is wrong.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile, type DfInstruction, type DockerfileModel } from '../rules/src/dockerfile/model';
import type { ShellScript } from '../rules/src/shell/script';
import { normalizeText } from '../rules/src/engine';
import { parseDockerfileLegacy, type DfInstruction as LegacyInstruction, type DockerfileModel as LegacyModel } from './legacy-dockerfile-model';
import { FIXTURES } from './fixtures';

const CORPUS = process.env.BOXLINT_CORPUS ? join(process.env.BOXLINT_CORPUS, 'dockerfiles') : join(__dirname, '..', '..', 'shared', 'corpus', 'dockerfiles');

/**
 * Files where dockerfile-ast is wrong, and why. Each must differ (so the list stays honest).
 * - `<< EOF` / `<< 'EOF'` (a blank after `<<`): BuildKit's lexer keeps the blank in the heredoc word
 *   (shell/lex.go processPossibleHeredoc) so it is a heredoc; dockerfile-ast (upstream #120) does not see it and
 *   reads the body lines as instructions.
 */
const KNOWN_DIFFERENT: Record<string, string> = {
  // None in the corpus or the fixtures today; test/dockerfile-syntax.test.ts pins the BuildKit reading.
};

/** Fragments random Dockerfiles are built from: every syntax corner the scanner handles. */
const FRAGMENTS = ['RUN', 'run', 'FROM', 'ENV', 'ARG', 'LABEL', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'HEALTHCHECK', 'ONBUILD',
  'WORKDIR', 'USER', 'EXPOSE', ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\\', '\\\n', '\\ \n', '`', '`\n', '#', '# c\n', '"', "'", '=', 'a',
  'b', 'x=y', 'a="b c"', "'q r'", '${A:-b c}', '$A', '${A}', ':', '@', '/', '--', '--mount=type=cache', '--from=b', '--platform=$P', 'AS', 'as',
  's1', '[', ']', '"sh"', ',', '["a", "b"]', '<<EOF', '<<-EOF', "<<'EOF'", '<<"E"', 'EOF', '\tEOF', 'img:1.0', 'reg.io:5000/img@sha256:abc',
  '# escape=`\n', '# syntax=x\n', '# check=skip=all\n', '\uFEFF', '\u00e9', '\u{1F600}', '\0'];

type Any = Record<string, unknown>;

function heredoc(h: unknown): Any {
  const o = h as Any & { getName?: () => string };
  if (typeof o.getName !== 'function') return { ...o };
  const l = h as { getName(): string; getStartRange(): unknown; getNameRange(): unknown; getContentRange(): unknown; getDelimiterRange(): unknown };
  return { name: l.getName(), startRange: l.getStartRange(), nameRange: l.getNameRange(), contentRange: l.getContentRange(), delimiterRange: l.getDelimiterRange() };
}

function instruction(i: DfInstruction | LegacyInstruction): Any {
  return {
    keyword: i.keyword, rawKeyword: i.rawKeyword, keywordRange: i.keywordRange, range: i.range, argsRange: i.argsRange,
    args: i.args, flags: i.flags, properties: i.properties, json: i.json, heredocs: (i.heredocs as unknown[]).map(heredoc),
    stage: i.stage?.index ?? null, trigger: i.trigger ? instruction(i.trigger) : null, onbuild: i.onbuild ? i.onbuild.range : null,
  };
}

/** The model as plain acyclic data: stages and instructions by index, shell sources with the text handed to the shell parser. */
function project(m: DockerfileModel | LegacyModel, texts: Map<ShellScript, string>): Any {
  const ins = m.instructions as (DfInstruction | LegacyInstruction)[];
  return {
    escapeChar: m.escapeChar, comments: m.comments, directives: m.directives, globalArgs: [...m.globalArgs],
    instructions: ins.map(instruction),
    stages: m.stages.map(s => ({
      index: s.index, isLast: s.isLast, instructions: (s.instructions as unknown[]).map(i => ins.indexOf(i as DfInstruction)),
      from: { ...s.from, instruction: ins.indexOf(s.from.instruction as DfInstruction) },
    })),
    shellSources: m.shellSources().map(s => ({ range: s.instruction.range, offset: s.offset, heredoc: s.heredoc, text: texts.get(s.script) })),
  };
}

function both(text: string): { now: Any; before: Any | null } {
  const texts = new Map<ShellScript, string>();
  // The shell text handed over is what is compared (the shell parser is tested on its own): a stub script
  // with no commands makes every heredoc a script, so every heredoc body is handed over too.
  const record = (t: string) => { const s = { commands: [] } as unknown as ShellScript; texts.set(s, t); return s; };
  let before: Any | null = null;
  try { before = project(parseDockerfileLegacy(text, record), texts); } catch { /* dockerfile-ast throws on a few inputs */ }
  return { now: project(parseDockerfile(text, record), texts), before };
}

function fixtureFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES)) {
    for (const f of readdirSync(join(FIXTURES, dir))) if (/\.Dockerfile$/i.test(f)) out.push(join(FIXTURES, dir, f));
  }
  return out.sort();
}

describe('Dockerfile parser: same model as dockerfile-ast', function () {
  this.timeout(120000);

  it('on every corpus Dockerfile and rule fixture (except the listed dockerfile-ast bugs)', function () {
    const files = [...(existsSync(CORPUS) ? readdirSync(CORPUS).sort().map(f => join(CORPUS, f)) : []), ...fixtureFiles()];
    if (!existsSync(CORPUS)) console.log(`      (corpus skipped: none at ${CORPUS}; set BOXLINT_CORPUS to the folder holding dockerfiles/)`);
    let same = 0;
    const differing: string[] = [];
    for (const file of files) {
      const { now, before } = both(normalizeText(readFileSync(file, 'utf8')));
      const name = file.split('/').pop()!;
      if (name in KNOWN_DIFFERENT) { assert.notDeepStrictEqual(now, before, `${name} is listed as different but is equal`); continue; }
      try { assert.deepStrictEqual(now, before); same++; } catch (e) { differing.push(`${file}: ${(e as Error).message.slice(0, 3000)}`); }
    }
    console.log(`      ${same} identical, ${Object.keys(KNOWN_DIFFERENT).length} listed differences, of ${files.length} files`);
    assert.deepStrictEqual(differing, []);
  });

  it('on 3,000 random Dockerfiles made of syntax fragments', function () {
    let seed = 1;
    const random = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 40); n > 0; n--) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
      const { now, before } = both(text);
      if (!before) continue;
      assert.deepStrictEqual(now, before, JSON.stringify(text));
      compared++;
    }
    assert.ok(compared > 2900, `only ${compared} compared`);
  });
});
