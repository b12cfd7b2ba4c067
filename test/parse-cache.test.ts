// The language server's per-document parse cache: an edit re-parses only the scripts it touched, and
// findings with the cache are exactly the findings without it, edit after edit.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initEngine } from '../host/src/wasm';
import { createParseCache, lint } from '../rules/src';
import { parseSyntax, SyntaxCache } from '../rules/src/dockerfile/parse';
import { parseDockerfile, type DockerfileModel } from '../rules/src/dockerfile/model';
import { LineIndex } from '../rules/src/text';
import { FIXTURES } from './fixtures';

before(initEngine);

const CORPUS = process.env.BOXLINT_CORPUS ? join(process.env.BOXLINT_CORPUS, 'dockerfiles') : join(__dirname, '..', '..', 'shared', 'corpus', 'dockerfiles');

/** Deterministic pseudo-random numbers (mulberry32), so a failure names a reproducible edit. */
function random(seed: number): (n: number) => number {
  return n => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * Edits that change what parts of a file depend on: typing in a line, lines inserted, deleted and moved, and
 * lines that set context for others (FROM, global ARG, SHELL, the escape directive, a shell pragma).
 */
const CONTEXT_LINES = ['FROM alpine:3.19 AS build', 'FROM build', 'ARG BASE=ubuntu:22.04', 'FROM $BASE', 'SHELL ["pwsh", "-c"]', 'SHELL ["/bin/bash", "-c"]',
  '# escape=`', '# hadolint shell=powershell', 'USER root', 'ONBUILD RUN apt-get update', 'RUN <<EOF', 'EOF', 'WORKDIR app', 'ENV A=1 B=$A', 'RUN cd /x && curl http://e.x/a | sh \\'];

const dockerfileFixtures = () => readdirSync(FIXTURES).flatMap(rule => readdirSync(join(FIXTURES, rule)).filter(f => /\.Dockerfile$/.test(f)).map(f => join(FIXTURES, rule, f)));

function edit(lines: string[], next: (n: number) => number): string[] {
  const out = lines.slice();
  const at = next(out.length + 1);
  switch (next(5)) {
    case 0: if (out[at] !== undefined) { const col = next(out[at].length + 1); out[at] = out[at].slice(0, col) + 'x' + out[at].slice(col); } break;
    case 1: out.splice(at, 1); break;
    case 2: out.splice(at, 0, CONTEXT_LINES[next(CONTEXT_LINES.length)]); break;
    case 3: out.splice(at, 0, out[next(out.length)] ?? ''); break;
    default: if (out[at] !== undefined) out[at] = out[at].slice(0, -1);
  }
  return out;
}

const BASE = [
  'FROM debian:12',
  'RUN apt-get update && apt-get install -y curl',
  'RUN curl -fsSL https://example.com/x.sh | sh',
  'RUN <<EOF',
  'pip install flask',
  'EOF',
  'USER app',
].join('\n');

describe('parse cache', () => {
  it('re-parses only the RUN an edit touched', () => {
    const cache = createParseCache();
    lint(BASE, 'dockerfile', {}, cache);
    const first = cache.shell.parsed;
    assert.equal(first, 4, 'three RUN scripts and one heredoc body');
    lint(BASE.replace('curl -fsSL', 'curl -sSL'), 'dockerfile', {}, cache);
    assert.equal(cache.shell.parsed, first + 1);
    lint(BASE.replace('curl -fsSL', 'curl -sSL'), 'dockerfile', {}, cache);
    assert.equal(cache.shell.parsed, first + 1, 'the same text again parses nothing');
  });

  it('parses one script per edit when typing moves from stage to stage (kept stages keep their parses)', () => {
    const stage = (n: number) => `FROM debian:12 AS s${n}\nRUN apt-get update\nRUN curl -fsSL https://x/${n} -o /tmp/f\nRUN <<EOF\necho ${n}\nEOF\n`;
    const lines = Array.from({ length: 12 }, (_, n) => stage(n)).join('\n').split('\n');
    const cache = createParseCache();
    lint(lines.join('\n'), 'dockerfile', {}, cache);
    const targets = lines.map((l, i) => (l.startsWith('RUN apt-get') ? i : -1)).filter(i => i >= 0);
    // Each version types into one RUN of another stage (earlier edits stay): one new script a version.
    for (let k = 0; k < 3 * targets.length; k++) {
      const at = targets[(k * 5) % targets.length];
      lines[at] += ` x${k}`;
      const before = cache.shell.parsed;
      lint(lines.join('\n'), 'dockerfile', {}, cache);
      assert.equal(cache.shell.parsed - before, 1, `edit ${k} on line ${at}`);
    }
  });

  it('gives the same findings as an uncached lint across a sequence of edits', function () {
    this.timeout(180_000);
    const docs = readdirSync(FIXTURES).flatMap(rule => readdirSync(join(FIXTURES, rule)).filter(f => /^(in)?valid.*\.Dockerfile$/.test(f)).map(f => join(FIXTURES, rule, f)));
    assert.ok(docs.length > 50);
    const cache = createParseCache();
    // One "document" edited into each fixture in turn, then each fixture edited line by line.
    for (const file of docs) {
      const text = readFileSync(file, 'utf8');
      const versions = [text, ...text.split('\n').map((_, i, all) => all.map((l, j) => (j === i ? `${l} x` : l)).join('\n')).slice(0, 3)];
      for (const v of versions) assert.deepEqual(lint(v, 'dockerfile', {}, cache), lint(v, 'dockerfile'), `${file}: ${JSON.stringify(v.slice(0, 80))}`);
    }
  });

  it('scans to the same syntax tree as a fresh scan, reusing what lies before and after each edit', function () {
    this.timeout(300_000);
    const files = [...dockerfileFixtures(), ...(existsSync(CORPUS) ? readdirSync(CORPUS).sort().map(f => join(CORPUS, f)) : [])];
    // Instruction ids differ between scans by design; everything else must be equal.
    const plain = (text: string, cache?: SyntaxCache) => JSON.stringify(parseSyntax(text, new LineIndex(text), cache), (k, v) => (k === 'id' ? undefined : v));
    const next = random(11);
    let versions = 0;
    for (const file of files) {
      const cache = new SyntaxCache();
      let lines = readFileSync(file, 'utf8').split('\n');
      for (let k = 0; k < 8; k++) {
        const text = lines.join('\n');
        assert.equal(plain(text, cache), plain(text), `${file}, edit ${k}:\n${text}`);
        versions++;
        lines = edit(lines, next);
      }
    }
    assert.ok(versions > (existsSync(CORPUS) ? 4000 : 1500), `${versions} versions`);
  });

  it('builds the same model as a fresh parse when the previous version\'s stages are taken over', function () {
    this.timeout(300_000);
    const files = [...dockerfileFixtures(), ...(existsSync(CORPUS) ? readdirSync(CORPUS).sort().map(f => join(CORPUS, f)) : [])];
    const view = (m: DockerfileModel) => JSON.stringify({
      comments: m.comments, directives: m.directives, globalArgs: [...m.globalArgs],
      instructions: m.instructions.map(i => ({
        k: i.keyword, r: i.range, args: i.args, flags: i.flags, props: i.properties, json: i.json, heredocs: i.heredocs,
        stage: i.stage?.index ?? null, trigger: i.trigger?.range ?? null, onbuild: i.onbuild?.range ?? null,
      })),
      stages: m.stages.map(s => ({
        index: s.index, isLast: s.isLast, reachesFinal: s.reachesFinal, linked: s.instructions.every(i => i.stage === s),
        from: { ...s.from, instruction: m.instructions.indexOf(s.from.instruction) }, instructions: s.instructions.map(i => m.instructions.indexOf(i)),
      })),
      sources: m.shellSources().map(s => ({ at: s.offset, heredoc: s.heredoc, text: s.script.text, ins: s.instruction.range })),
    });
    const next = random(13);
    let versions = 0, reused = 0;
    for (const file of files) {
      const syntax = new SyntaxCache();
      let previous: DockerfileModel | undefined;
      let lines = readFileSync(file, 'utf8').split('\n');
      for (let k = 0; k < 8; k++) {
        const text = lines.join('\n');
        const stages = new Set(previous?.stages);
        const model = parseDockerfile(text, undefined, syntax, previous);
        reused += model.stages.filter(s => stages.has(s)).length;
        assert.equal(view(model), view(parseDockerfile(text)), `${file}, edit ${k}:\n${text}`);
        versions++;
        previous = model;
        lines = edit(lines, next);
      }
    }
    assert.ok(versions > (existsSync(CORPUS) ? 4000 : 1500) && reused > (existsSync(CORPUS) ? 1000 : 500), `${versions} versions, ${reused} stages reused`);
  });

  it('gives the same findings as an uncached lint under random edits that move lines and change context', function () {
    this.timeout(300_000);
    const fixtures = dockerfileFixtures();
    const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).sort().map(f => join(CORPUS, f)) : [];
    const next = random(8);
    let versions = 0;
    for (const file of [...fixtures, ...corpus]) {
      const cache = createParseCache();
      let lines = readFileSync(file, 'utf8').split('\n');
      for (let k = 0; k < 5; k++) {
        const text = lines.join('\n');
        const config = { enableAll: true };
        assert.deepEqual(lint(text, 'dockerfile', config, cache), lint(text, 'dockerfile', config), `${file}, edit ${k}:\n${text}`);
        versions++;
        lines = edit(lines, next);
      }
    }
    assert.ok(versions > (existsSync(CORPUS) ? 2000 : 1000), `${versions} versions`);
  });
});
