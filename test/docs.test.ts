// Rule documentation: complete for every rule, truthful about fixes, rendered into docs/rules.md,
// and linked from the README.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES, CONCERN_TITLES, lint, ruleAnchor, rulesMarkdown, type Fix } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { fixtureFiles, lintFixture } from './fixtures';
import { ROOT } from './process';

before(initEngine);

/** The section of docs/rules.md for one rule: from its heading to the next heading. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `docs/rules.md has no "${heading}"`);
  const next = md.slice(start + heading.length + 2).search(/\n#{2,3} /);
  return next < 0 ? md.slice(start) : md.slice(start, start + heading.length + 2 + next);
}

describe('rule documentation', () => {
  const md = rulesMarkdown();

  it('every rule has a summary, why, how to fix, and distinct bad and good examples', () => {
    for (const r of ALL_RULES) {
      for (const k of ['summary', 'why', 'fix', 'bad', 'good'] as const) assert.ok(r.docs[k]?.trim(), `${r.id} ${r.name}: docs.${k} is empty`);
      assert.notEqual(r.docs.bad.trim(), r.docs.good.trim(), `${r.id}: bad and good examples are the same`);
      assert.ok(CONCERN_TITLES[r.concern], `${r.id}: concern ${r.concern} has no title`);
      assert.ok(['none', 'safe', 'unsafe'].includes(r.fixable), `${r.id}: fixable ${r.fixable}`);
    }
  });

  it('docs/rules.md lists every rule with concern, severity, aliases, fixability and examples', () => {
    for (const r of ALL_RULES) {
      const row = md.split('\n').find(l => l.startsWith(`| [${r.id}](#${ruleAnchor(r)}) |`));
      assert.ok(row, `${r.id}: no table row`);
      const cells = row.split('|').map(c => c.trim());
      assert.equal(cells[4], r.concern, `${r.id}: concern cell`);
      assert.equal(cells[7], r.fixable === 'none' ? '' : r.fixable, `${r.id}: fix cell`);
      for (const a of r.aliases) assert.ok(cells[6].split(', ').includes(a.id), `${r.id}: alias ${a.id} missing from the table`);
      const body = section(md, `### ${r.id} ${r.name}`);
      assert.ok(body.includes(` · fix: ${r.fixable}`), `${r.id}: the section does not state fixability`);
      assert.ok(body.includes(`default severity: ${r.severity}`), `${r.id}: severity`);
      assert.ok(body.includes('**Why it matters.**') && body.includes('**How to fix.**'), `${r.id}: why/how sections`);
      assert.ok(body.includes(r.docs.bad) && body.includes(r.docs.good), `${r.id}: examples missing`);
    }
  });

  it('docs/rules.md on disk is what the rule files generate', () => {
    assert.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), md, 'run `npm run generate`');
  });

  it('the README links docs/rules.md', () => {
    assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /\]\(docs\/rules\.md(#[^)]*)?\)/);
  });

  it("a rule's declared fixability matches the fixes it offers on its fixtures and examples", () => {
    const wrong: string[] = [];
    for (const r of ALL_RULES) {
      const fixes: Fix[] = [];
      for (const file of fixtureFiles(r.name)) {
        try { fixes.push(...lintFixture(file).findings.filter(f => f.ruleId === r.id).flatMap(f => f.fixes)); }
        catch (e) { wrong.push(`${file}: ${(e as Error).message}`); }
      }
      const kind = r.language === 'vagrantfile' ? 'vagrantfile' : 'dockerfile';
      fixes.push(...lint(r.docs.bad, kind, { enableAll: true, ...r.docs.exampleConfig }).findings.filter(f => f.ruleId === r.id).flatMap(f => f.fixes));
      const best = fixes.some(f => f.safety === 'safe') ? 'safe' : fixes.length ? 'unsafe' : 'none';
      if (best !== r.fixable) wrong.push(`${r.id} ${r.name}: declares fixable '${r.fixable}', offers '${best}'`);
    }
    assert.deepEqual(wrong, []);
  });
});
