// Syntax corners of the hand-written Dockerfile parser (rules/src/dockerfile/parse*.ts), with exact output.
import { strict as assert } from 'node:assert';
import { parseDockerfile, type DockerfileModel, type DfInstruction } from '../rules/src/dockerfile/model';
import { parse } from '../rules/src/engine';
import type { Range } from '../rules/src/types';

const r = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
const model = (text: string) => parseDockerfile(text);
const words = (i: DfInstruction) => i.args.map(a => a.value);
const text = (m: DockerfileModel, range: Range | null) => (range ? m.lines.textOf(range) : null);

describe('Dockerfile syntax', () => {
  it('parser directives: syntax, escape and check at the top, escape switches the continuation character', () => {
    const m = model('# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM a\nRUN echo `\n  hi\n');
    assert.deepEqual(m.directives.map(d => [d.name, d.value]), [['syntax', 'docker/dockerfile:1'], ['escape', '`'], ['check', 'skip=all']]);
    assert.equal(m.escapeChar, '`');
    assert.deepEqual(words(m.instructions[1]), ['echo', 'hi']);
    assert.deepEqual(m.instructions[1].range, r(4, 0, 5, 4));
  });

  it('a directive after a plain comment is a comment; other leading `# key=value` lines are comments', () => {
    const m = model('# hadolint ignore=DL3006\n# a comment\n# escape=`\nFROM a\n');
    assert.deepEqual(m.directives, []);
    assert.equal(m.escapeChar, '\\');
    assert.deepEqual(m.comments.map(c => c.text), ['# hadolint ignore=DL3006', '# a comment', '# escape=`']);
  });

  it('comment lines inside continuations are dropped from the words and kept as comments', () => {
    const m = model('FROM a\nRUN apt-get \\\n  # a comment\n  install \\\n\n  curl\n');
    assert.deepEqual(words(m.instructions[1]), ['apt-get', 'install', 'curl']);
    assert.deepEqual(m.comments.map(c => [c.text, c.line]), [['# a comment', 2]]);
    assert.deepEqual(m.instructions[1].range, r(1, 0, 5, 6));
  });

  it('blanks after the escape character still continue the line', () => {
    const m = model('FROM a\nRUN a \\  \n  b\n');
    assert.deepEqual(words(m.instructions[1]), ['a', 'b']);
    assert.deepEqual(m.instructions[1].args[1].range, r(2, 2, 2, 3));
  });

  it('keywords are case-insensitive; FROM reads --platform, the image, tag, digest and AS alias', () => {
    const m = model('ARG V=1.2\nfrom --platform=$P reg.io/img:$V@sha256:ab as Build\n');
    const ins = m.instructions[1];
    assert.equal(ins.keyword, 'FROM');
    assert.equal(ins.rawKeyword, 'from');
    assert.deepEqual(ins.flags, [{ name: 'platform', value: '$P', range: r(1, 5, 1, 18), nameRange: r(1, 7, 1, 15), valueRange: r(1, 16, 1, 18) }]);
    const f = m.stages[0].from;
    assert.equal(f.image, 'reg.io/img:$V@sha256:ab');
    assert.equal(f.resolved, 'reg.io/img:1.2@sha256:ab');
    assert.equal(text(m, f.tagRange), '$V');
    assert.equal(text(m, f.digestRange), 'sha256:ab');
    assert.equal(f.alias, 'Build');
    assert.deepEqual(f.aliasRange, r(1, 46, 1, 51));
    assert.deepEqual([...m.globalArgs], [['V', '1.2']]);
  });

  it('a `:` inside ${VAR:-default} is not a tag', () => {
    const m = model('FROM ${IMG:-debian}\n');
    assert.equal(m.stages[0].from.tagRange, null);
  });

  it('flags with and without values come before the arguments', () => {
    const m = model('FROM a\nCOPY --from=b --link src dst\nRUN --network=none echo --not-a-flag\n');
    assert.deepEqual(m.instructions[1].flags.map(f => [f.name, f.value]), [['from', 'b'], ['link', null]]);
    assert.deepEqual(words(m.instructions[1]), ['src', 'dst']);
    assert.deepEqual(words(m.instructions[2]), ['echo', '--not-a-flag']);
  });

  it('words split on blanks (quotes kept, an escaped blank still splits), `\\$` kept', () => {
    const m = model('FROM a\nRUN echo "a b" \\$HOME c\\ d\n');
    assert.deepEqual(words(m.instructions[1]), ['echo', '"a', 'b"', '\\$HOME', 'c', 'd']);
  });

  it('exec form is JSON-decoded from the source, whitespace inside strings kept', () => {
    const m = model('FROM a\nCMD ["sh", "-c", "echo hi  there \\"x\\""]\nENTRYPOINT [a]\nCMD []\n');
    assert.deepEqual(m.instructions[1].json?.map(w => w.value), ['sh', '-c', 'echo hi  there "x"']);
    assert.deepEqual(m.instructions[1].json?.[2].range, r(1, 17, 1, 39));
    assert.equal(m.instructions[2].json, null);
    assert.deepEqual(m.instructions[3].json, []);
  });

  it('ENV/ARG/LABEL properties: name=value pairs, quotes removed, and the legacy `ENV name value`', () => {
    const m = model('FROM a\nENV A=1 B="x y" C=\'$D\'\nENV LEGACY hello world\nARG NOVALUE\nLABEL "k"="v"\n');
    assert.deepEqual(m.instructions[1].properties.map(p => [p.name, p.value]), [['A', '1'], ['B', 'x y'], ['C', '$D']]);
    assert.deepEqual(m.instructions[1].properties[1].valueRange, r(1, 10, 1, 15));
    assert.deepEqual(m.instructions[2].properties.map(p => [p.name, p.value]), [['LEGACY', 'hello world']]);
    assert.deepEqual(m.instructions[3].properties.map(p => [p.name, p.value, p.valueRange]), [['NOVALUE', null, null]]);
    assert.deepEqual(m.instructions[4].properties.map(p => [p.name, p.value]), [['k', 'v']]);
  });

  it('heredocs: <<EOF, <<-EOF (tab-indented delimiter), quoted names, several per instruction', () => {
    const m = model('FROM a\nRUN <<EOF\necho hi\nEOF\nRUN <<-"X"\n\techo\n\tX\nCOPY <<A <<\'B\' /dst/\na\nA\nb\nB\nUSER me\n');
    const [, run, tabbed, copy, user] = m.instructions;
    assert.deepEqual(run.heredocs, [{ name: 'EOF', startRange: r(1, 4, 1, 9), nameRange: r(1, 6, 1, 9), contentRange: r(2, 0, 2, 7), delimiterRange: r(3, 0, 3, 3) }]);
    assert.deepEqual(words(run), ['<<EOF']);
    assert.equal(tabbed.heredocs[0].name, 'X');
    assert.deepEqual(tabbed.heredocs[0].delimiterRange, r(6, 1, 6, 2));
    assert.deepEqual(copy.heredocs.map(h => [h.name, text(m, h.contentRange), text(m, h.delimiterRange)]), [['A', 'a', 'A'], ['B', 'b', 'B']]);
    assert.deepEqual(words(copy), ['<<A', "<<'B'", '/dst/']);
    assert.equal(user.keyword, 'USER');
    assert.equal(m.instructions.length, 5);
  });

  it("`<< 'EOF'` with a blank after << is a heredoc, as BuildKit reads it (dockerfile-ast upstream #120 is not)", () => {
    const m = model("FROM a\nRUN cat << 'EOF' > /f\nFROM b\nEOF\nUSER me\n");
    assert.deepEqual(m.instructions.map(i => i.keyword), ['FROM', 'RUN', 'USER']);
    const h = m.instructions[1].heredocs[0];
    assert.deepEqual(h, { name: 'EOF', startRange: r(1, 8, 1, 16), nameRange: r(1, 12, 1, 15), contentRange: r(2, 0, 2, 6), delimiterRange: r(3, 0, 3, 3) });
    assert.deepEqual(words(m.instructions[1]), ['cat', '<<', "'EOF'", '>', '/f']);
  });

  it('ONBUILD triggers are instructions of their own, linked both ways', () => {
    const m = model('FROM a\nONBUILD RUN --mount=type=cache,target=/c make\n');
    const on = m.instructions[1];
    assert.equal(on.trigger?.keyword, 'RUN');
    assert.equal(on.trigger?.onbuild, on);
    assert.deepEqual(on.trigger?.flags.map(f => f.value), ['type=cache,target=/c']);
    assert.deepEqual(words(on.trigger!), ['make']);
    assert.deepEqual(on.trigger?.keywordRange, r(1, 8, 1, 11));
  });

  it('positions count UTF-16 code units; CRLF line ends are line ends', () => {
    const m = model('FROM a\r\nRUN echo \u{1F600} x \\\r\n  y\r\n');
    assert.deepEqual(m.instructions[1].args.map(a => [a.value, a.range]), [['echo', r(1, 4, 1, 8)], ['\u{1F600}', r(1, 9, 1, 11)], ['x', r(1, 12, 1, 13)], ['y', r(2, 2, 2, 3)]]);
    assert.deepEqual(m.instructions[1].range, r(1, 0, 2, 3));
  });

  it('a byte-order mark is read as a blank (positions unchanged)', () => {
    const m = parse('\uFEFFFROM a\n', 'dockerfile') as DockerfileModel;
    assert.deepEqual(m.instructions[0].keywordRange, r(0, 1, 0, 5));
  });

  it('shell text of a RUN keeps offsets: continuations and comment lines become blanks', () => {
    const src = 'FROM a\nRUN a \\\n  # c\n  b\n';
    const m = parseDockerfile(src, t => ({ commands: [], text: t }) as never);
    const [s] = m.shellSources();
    assert.equal(s.offset, src.indexOf('a \\'));
    assert.equal((s.script as unknown as { text: string }).text, `a${' '.repeat(11)}b`);
  });
});
