// Engine side of fixes: fix-all on every invalid fixture, snippet resolution, and the digest pin edit.
import { strict as assert } from 'node:assert';
import { basename } from 'node:path';
import { applyEdits, fixAll, lint, parse, resolveSnippet } from '../rules/src';
import { digestPinEdit } from '../rules/src/edits';
import type { DockerfileModel } from '../rules/src/dockerfile/model';
import { initEngine } from '../host/src/wasm';
import { fixtureConfig, fixtureDirs, fixtureFiles, kindOf } from './fixtures';
import { parseProblems } from './parse-problems';
import { readFileSync } from 'node:fs';

before(initEngine);

describe('fix-all on every invalid fixture', () => {
  for (const dir of fixtureDirs()) {
    for (const file of fixtureFiles(dir).filter(f => basename(f).startsWith('invalid'))) {
      it(`${dir}/${basename(file)}: reaches a fixed point without breaking the file`, () => {
        const text = readFileSync(file, 'utf8');
        const kind = kindOf(file);
        const config = fixtureConfig(file);
        const result = fixAll(text, kind, config);
        const left = lint(result.text, kind, config).findings.filter(f => f.fixes.some(x => x.safety === 'safe' && !x.snippet));
        assert.deepEqual(left.map(f => `${f.ruleName} line ${f.range.start.line + 1}: ${f.message}`), [], `safe fixes left after ${result.passes} passes:\n${result.text}`);
        assert.ok(parseProblems(result.text, kind).length <= parseProblems(text, kind).length, `fix-all broke the file: ${parseProblems(result.text, kind).join('; ')}\n${result.text}`);
        assert.equal(result.fixed.length > 0, result.text !== text, 'reports what it fixed');
      });
    }
  }

  it('applies each fix whole: overlapping fixes wait for the next pass', () => {
    const text = 'FROM debian:12.5\nEXPOSE 2375 2375/tcp\nUSER app\n';
    const result = fixAll(text, 'dockerfile', {});
    assert.equal(result.text, 'FROM debian:12.5\nEXPOSE 2376 2376/tcp\nUSER app\n');
    assert.equal(result.fixed.filter(f => f.ruleName === 'no-docker-daemon-tcp').length, 2);
  });

  it('leaves snippet and unsafe fixes to the user', () => {
    const text = 'FROM ubuntu:latest\nRUN apt-get install -y curl\n';
    assert.equal(fixAll(text, 'dockerfile', { rules: { 'require-apt-get-yes': 'off', 'require-apt-lists-cleanup': 'off' } }).text.split('\n')[0], 'FROM ubuntu:latest');
  });
});

describe('snippets', () => {
  it('resolve to their default text for clients without snippet support', () => {
    assert.equal(resolveSnippet('=${1:version}'), '=version');
    assert.equal(resolveSnippet('USER ${1:app}'), 'USER app');
    assert.equal(resolveSnippet('${1:a ${2:b}} c$0'), 'a b c');
    assert.equal(resolveSnippet('${1|x,y|}-$2-${3}'), 'x--');
    assert.equal(resolveSnippet('\\$HOME \\} \\\\ $HOME'), '$HOME } \\ $HOME');
  });

  it('applyEdits resolves them when asked', () => {
    assert.equal(applyEdits('RUN pip install flask\n', [{ range: { start: { line: 0, character: 21 }, end: { line: 0, character: 21 } }, newText: '==${1:version}' }], true), 'RUN pip install flask==version\n');
  });
});

describe('digest pin edit', () => {
  const digest = `sha256:${'d'.repeat(64)}`;
  const pin = (text: string, stage = 0) => {
    const model = parse(text, 'dockerfile') as DockerfileModel;
    const edit = digestPinEdit(model, model.stages[stage].from, digest);
    return edit && applyEdits(text, [edit]);
  };

  it('appends the digest to a written reference', () => {
    assert.equal(pin('FROM ubuntu:24.04 AS base\n'), `FROM ubuntu:24.04@${digest} AS base\n`);
    assert.equal(pin('FROM --platform=$BUILDPLATFORM ghcr.io/o/t:1\n'), `FROM --platform=$BUILDPLATFORM ghcr.io/o/t:1@${digest}\n`);
  });

  it('edits the ARG default when the reference is one ARG', () => {
    assert.equal(pin('ARG BASE=ubuntu:24.04\nFROM ${BASE}\n'), `ARG BASE=ubuntu:24.04@${digest}\nFROM \${BASE}\n`);
    assert.equal(pin('ARG BASE=old\nARG BASE=debian:12\nFROM $BASE\n'), `ARG BASE=old\nARG BASE=debian:12@${digest}\nFROM $BASE\n`);
  });

  it('refuses what it cannot edit with certainty', () => {
    assert.equal(pin(`FROM ubuntu:24.04@${digest}\n`), null, 'already pinned');
    assert.equal(pin('FROM scratch\n'), null);
    assert.equal(pin('FROM alpine:3 AS a\nFROM a\n', 1), null, 'a stage');
    assert.equal(pin('ARG T=1\nFROM node:$T\n'), null, 'composed reference');
    assert.equal(pin('ARG BASE="ubuntu:24.04"\nFROM $BASE\n'), null, 'quoted default');
    assert.equal(pin('FROM $UNSET\n'), null);
    const model = parse('FROM ubuntu:24.04\n', 'dockerfile') as DockerfileModel;
    assert.equal(digestPinEdit(model, model.stages[0].from, 'sha256:short'), null, 'malformed digest');
  });
});
