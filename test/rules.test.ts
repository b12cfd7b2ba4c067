import { strict as assert } from 'node:assert';
import { basename } from 'node:path';
import { ALL_RULES, CATALOG, CONCERNS, applyEdits, lint } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { coveredText, fixtureConfig, fixtureDirs, fixtureFiles, kindOf, lintFixture, parseExpectations } from './fixtures';

before(initEngine);

describe('rule catalog', () => {
  it('has unique ids and names, one known concern each, and full docs', () => {
    const ids = new Set<string>(), names = new Set<string>();
    for (const r of CATALOG) {
      assert.match(r.id, /^BX[DVG]\d{3}$/, r.id);
      assert.match(r.name, /^[a-z]+(-[a-z0-9]+)+$/, r.name);
      assert.ok(!ids.has(r.id) && !names.has(r.name), `duplicate ${r.id} ${r.name}`);
      ids.add(r.id); names.add(r.name);
      assert.ok((CONCERNS as readonly string[]).includes(r.concern), `${r.id} concern ${r.concern}`);
      for (const k of ['summary', 'why', 'fix', 'bad', 'good'] as const) assert.ok(r.docs[k].trim().length > 0, `${r.id} docs.${k}`);
    }
  });

  it('every rule has a fixture folder with valid and invalid cases', () => {
    const dirs = new Set(fixtureDirs());
    for (const r of ALL_RULES) {
      assert.ok(dirs.has(r.name), `test-fixtures/rules/${r.name}/ is missing`);
      const files = fixtureFiles(r.name).map(f => basename(f));
      assert.ok(files.some(f => f.startsWith('valid')), `${r.name}: no valid* fixture`);
      assert.ok(files.some(f => f.startsWith('invalid')), `${r.name}: no invalid* fixture`);
    }
    for (const d of dirs) assert.ok(ALL_RULES.some(r => r.name === d), `fixture folder ${d} names no rule`);
  });

  it("every rule's documented bad example is flagged and its good example is not", () => {
    for (const r of ALL_RULES) {
      const kind = r.language === 'vagrantfile' ? 'vagrantfile' : 'dockerfile';
      const config = { enableAll: true, ...r.docs.exampleConfig };
      const bad = lint(r.docs.bad, kind, config).findings.filter(f => f.ruleId === r.id);
      const good = lint(r.docs.good, kind, config).findings.filter(f => f.ruleId === r.id);
      assert.ok(bad.length > 0, `${r.id} ${r.name}: docs.bad is not flagged`);
      assert.deepEqual(good.map(f => f.message), [], `${r.id} ${r.name}: docs.good is flagged`);
    }
  });
});

describe('rule fixtures', () => {
  for (const dir of fixtureDirs()) {
    describe(dir, () => {
      for (const file of fixtureFiles(dir)) {
        const name = basename(file);
        it(name, () => {
          const { text, findings } = lintFixture(file);
          const mine = findings.filter(f => f.ruleName === dir);
          const expected = parseExpectations(text).filter(e => e.rule === dir);
          if (name.startsWith('valid')) {
            assert.equal(expected.length, 0, 'valid fixtures carry no expect comments');
            assert.deepEqual(mine.map(f => `${f.range.start.line + 1}: ${f.message}`), []);
            return;
          }
          assert.ok(expected.length > 0, 'an invalid fixture needs at least one `# expect:` comment');
          const unmatched = [...mine];
          for (const e of expected) {
            const i = unmatched.findIndex(f => f.range.start.line === e.line && (e.text === null || coveredText(text, f) === e.text));
            assert.ok(i >= 0, `missing ${e.rule} on line ${e.line + 1} ${e.text ?? ''} -- found ${JSON.stringify(mine.map(f => [f.range.start.line + 1, coveredText(text, f)]))}`);
            unmatched.splice(i, 1);
          }
          assert.deepEqual(unmatched.map(f => `${f.range.start.line + 1}: "${coveredText(text, f)}" ${f.message}`), [], 'unexpected findings');
        });
        if (name.startsWith('invalid')) {
          it(`${name}: every fix removes its finding`, () => {
            const { text, findings } = lintFixture(file);
            const mine = findings.filter(f => f.ruleName === dir);
            for (const f of mine) {
              for (const fix of f.fixes) {
                const fixed = applyEdits(text, fix.edits, fix.snippet);
                const after = lint(fixed, kindOf(file), fixtureConfig(file)).findings.filter(g => g.ruleName === dir);
                assert.ok(after.length < mine.length, `fix "${fix.title}" left ${after.length} of ${mine.length} findings:\n${fixed}`);
              }
            }
          });
        }
      }
    });
  }
});
