// Shell-rule findings cached per script (rules/src/shell-findings-cache.ts): valid only while every shell rule
// reports each finding from one script alone. Checked rule by rule on every fixture, then edit by edit.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initEngine } from '../host/src/wasm';
import { createParseCache, defaultConfig, lint, parse, type Finding } from '../rules/src';
import type { Report, RuleContext, ShellRule } from '../rules/src/rule';
import { ALL_RULES } from '../rules/src/rules/index';
import type { ShellHost } from '../rules/src/shell/host';
import { ShellFindingsCache } from '../rules/src/shell-findings-cache';
import { FIXTURES, fixtureConfig, kindOf } from './fixtures';

before(initEngine);

const SHELL_RULES = ALL_RULES.filter((r): r is ShellRule => r.language === 'shell');
const fixtures = () => readdirSync(FIXTURES).flatMap(rule => readdirSync(join(FIXTURES, rule)).filter(f => /^(in)?valid.*\.(Dockerfile|Vagrantfile)$/.test(f)).map(f => join(FIXTURES, rule, f)));
const key = (r: Report) => JSON.stringify(r);

describe('shell findings cache', () => {
  it('every shell rule finds per script what it finds on the whole file', function () {
    this.timeout(120_000);
    const files = fixtures();
    assert.ok(files.length > 100 && SHELL_RULES.length > 10);
    let compared = 0;
    for (const file of files) {
      const config = { ...defaultConfig(), ...fixtureConfig(file) };
      const options = { trustedRegistries: config.trustedRegistries, settings: config.settings, dockerignore: config.dockerignore };
      const model = parse(readFileSync(file, 'utf8'), kindOf(file)) as ShellHost;
      for (const rule of SHELL_RULES) {
        const whole: Report[] = [], split: Report[] = [];
        rule.check({ model, options, report: r => whole.push(r) });
        const ctx: RuleContext<ShellHost> = { model, options, report: r => split.push(r) };
        new ShellFindingsCache().check(rule, ctx);
        assert.deepEqual(split.map(key).sort(), whole.map(key).sort(), `${rule.name} on ${file}`);
        compared += whole.length;
      }
    }
    assert.ok(compared > 100, `only ${compared} findings compared`);
  });

  it('re-runs shell rules only on the script an edit changed, and shifts the others by the lines inserted', () => {
    const base = ['FROM debian:12', 'RUN curl http://example.com/a.sh | sh', 'RUN <<EOF', 'sudo apt-get install -y curl', 'EOF', 'RUN wget --no-check-certificate https://x/y'].join('\n');
    const config = { enableAll: true };
    const cache = createParseCache();
    const moved = base.replace('FROM debian:12', 'FROM debian:12\nUSER app\n\n');
    const versions = [base, moved, moved.replace('/a.sh', '/b.sh'), base.replace('/a.sh', '/b.sh')];
    const runs: number[] = [];
    for (const text of versions) {
      const before = cache.shellFindings.checked;
      const cached = lint(text, 'dockerfile', config, cache);
      assert.deepEqual(cached, lint(text, 'dockerfile', config));
      assert.ok(cached.findings.some((f: Finding) => f.ruleName === 'no-pipe-to-shell'));
      runs.push(cache.shellFindings.checked - before);
    }
    const perScript = SHELL_RULES.length;
    // Four scripts: two RUN lines, a RUN with a heredoc and its body.
    assert.deepEqual(runs, [4 * perScript, 0, perScript, 0], 'all scripts, none (lines moved), the changed one, none (lines moved back)');
  });

  it('forgets scripts no version uses any more, and re-runs rules on a script last used before the last lint', () => {
    const version = (n: number) => `FROM debian:12\nRUN apt-get install -y curl\nRUN curl http://example.com/${n}.sh | sh\n`;
    const cache = createParseCache();
    const config = { enableAll: true };
    for (let n = 0; n < 150; n++) assert.deepEqual(lint(version(n), 'dockerfile', config, cache), lint(version(n), 'dockerfile', config), `version ${n}`);
    const entries = (cache.shellFindings as unknown as { entries: Map<string, unknown[]> }).entries;
    const kept = [...entries.values()].reduce((n, list) => n + list.length, 0);
    assert.ok(kept <= 2 * 2 + 64, `${kept} entries kept for 2 scripts`);
    const before = cache.shellFindings.checked;
    assert.deepEqual(lint(version(0), 'dockerfile', config, cache), lint(version(0), 'dockerfile', config));
    assert.equal(cache.shellFindings.checked - before, SHELL_RULES.length, 'the first version\'s script is checked again, the unchanged one is not');
  });
});
