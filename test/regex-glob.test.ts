// Globs from the workspace (`ignorePaths`, `.dockerignore`) are matched by an automaton (rules/src/glob.ts), not
// a regex: the regex translation backtracks for minutes on `*a*a*a*…b` against a long name. The automaton must
// agree with that translation (checked here on small inputs, where backtracking is cheap) and stay fast.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { globMatcher, type GlobToken } from '../rules/src/glob';
import { ignoreMatcher } from '../host/src/ignore';

/** The regex the tokens used to be translated to: the reference semantics. */
function toRegExp(tokens: GlobToken[], anywhere: boolean, rest: 'none' | 'segment' | 'any'): RegExp {
  const body = tokens.map(t => {
    switch (t.kind) {
      case 'char': return t.ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      case 'one': return '[^/]';
      case 'star': return '[^/]*';
      case 'globstar': return '.*';
      case 'dirs': return '(?:.*/)?';
      case 'class': return `[${t.negate ? '^' : ''}${t.ranges.map(([a, b]) => `\\u${a.toString(16).padStart(4, '0')}-\\u${b.toString(16).padStart(4, '0')}`).join('')}]`;
    }
  }).join('');
  const tail = rest === 'none' ? '$' : rest === 'segment' ? '(?:/|$)' : '';
  return new RegExp(`${anywhere ? '(?:^|/)' : '^'}${body}${tail}`, 's');
}

const token: fc.Arbitrary<GlobToken> = fc.oneof(
  fc.constantFrom('a', 'b', '/', '.').map(ch => ({ kind: 'char' as const, ch })),
  fc.constantFrom<GlobToken>({ kind: 'one' }, { kind: 'star' }, { kind: 'globstar' }, { kind: 'dirs' }),
  fc.tuple(fc.boolean(), fc.constantFrom<[number, number]>([97, 97], [97, 98], [46, 47])).map(([negate, r]) => ({ kind: 'class' as const, negate, ranges: [r] })),
);
const path = fc.array(fc.constantFrom('a', 'b', '/', '.', 'c'), { maxLength: 12 }).map(cs => cs.join(''));

describe('glob matching without backtracking', () => {
  it('agrees with the regex translation', () => {
    fc.assert(fc.property(fc.array(token, { maxLength: 6 }), fc.boolean(), fc.constantFrom('none', 'segment', 'any') as fc.Arbitrary<'none' | 'segment' | 'any'>, path,
      (tokens, anywhere, rest, p) => {
        assert.equal(globMatcher(tokens, { anywhere, rest })(p), toRegExp(tokens, anywhere, rest).test(p), JSON.stringify({ tokens, anywhere, rest, p }));
      }), { numRuns: 3000, seed: 7 });
  });

  it('a hostile ignorePaths pattern against a long file name answers at once', () => {
    const hostile = '*a'.repeat(30) + '*b';
    const name = 'a'.repeat(4000);
    const t = performance.now();
    assert.equal(ignoreMatcher([hostile, `**/${hostile}`, `/x/**/${'?'.repeat(50)}**`])(name), false);
    assert.ok(performance.now() - t < 500, `${(performance.now() - t).toFixed(0)} ms`);
  });

  it('ignorePaths semantics: anchoring, folders, re-inclusion', () => {
    const m = ignoreMatcher(['build/', '*.log', '!keep.log', '/root-only', 'docs/**/*.md']);
    assert.equal(m('build/'), true);
    assert.equal(m('a/build/x'), true);
    assert.equal(m('build'), false);
    assert.equal(m('x/y.log'), true);
    assert.equal(m('keep.log'), false);
    assert.equal(m('root-only'), true);
    assert.equal(m('a/root-only'), false);
    assert.equal(m('docs/a/b/c.md'), true);
    assert.equal(m('docs/c.md'), true);
  });
});
