// The language server's per-document parse cache: an edit re-parses only the scripts it touched, and
// findings with the cache are exactly the findings without it, edit after edit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initEngine } from '../host/src/wasm';
import { createParseCache, lint } from '../rules/src';
import { FIXTURES } from './fixtures';

before(initEngine);

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
});
