// Dockerfile-rule findings cached per instruction or per stage (rules/src/dockerfile-findings-cache.ts): valid only
// while every rule declaring a `scope` finds, on the sub-model of each part, exactly what it finds there on the
// whole file, and reports only inside that part. Checked rule by rule on every fixture and corpus Dockerfile, then
// through lint() with a cache over sessions of edits.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParseCache, defaultConfig, lint, parse, type LintConfig } from '../rules/src';
import type { DockerfileModel } from '../rules/src/dockerfile/model';
import { partModels, type PartScope as Scope } from '../rules/src/dockerfile-findings-cache';
import type { DockerfileRule, Report, RuleOptions } from '../rules/src/rule';
import { ALL_RULES } from '../rules/src/rules/index';
import type { Range } from '../rules/src/types';
import { FIXTURES, fixtureConfig } from './fixtures';

const CORPUS = process.env.BOXLINT_CORPUS ? join(process.env.BOXLINT_CORPUS, 'dockerfiles') : join(__dirname, '..', '..', 'shared', 'corpus', 'dockerfiles');

const SCOPED = ALL_RULES.filter((r): r is DockerfileRule & { scope: Scope } => r.language === 'dockerfile' && (r.scope === 'instruction' || r.scope === 'stage'));

/** Inside lines first..last; an edit may also end at the start of the next line (it deletes whole lines). */
function within(r: Report, first: number, last: number): boolean {
  const ok = (x: Range) => x.start.line >= first && (x.end.line <= last || (x.end.line === last + 1 && x.end.character === 0));
  return ok(r.range) && r.range.end.line <= last && (r.fixes ?? []).every(f => f.edits.every(e => ok(e.range)));
}

const key = (r: Report) => JSON.stringify([r.range, r.message, r.fixes ?? []]);

/** What is wrong with running `rule` per part of `scope` on `model`, or null when it equals the whole-file run. */
function splitProblem(rule: DockerfileRule, model: DockerfileModel, options: RuleOptions, scope: Scope): { problem: string | null; findings: number } {
  const whole: Report[] = [];
  rule.check({ model, options, report: r => whole.push(r) });
  const split: Report[] = [];
  for (const part of partModels(model, scope)) {
    const found: Report[] = [];
    rule.check({ model: part.host, options, report: r => found.push(r) });
    const outside = found.find(r => !within(r, part.firstLine, part.lastLine));
    if (outside) return { problem: `reports outside its ${scope} (lines ${part.firstLine + 1}-${part.lastLine + 1}): ${key(outside)}`, findings: whole.length };
    split.push(...found);
  }
  const a = whole.map(key).sort(), b = split.map(key).sort();
  const missing = a.filter(k => !b.includes(k)), extra = b.filter(k => !a.includes(k));
  if (a.length === b.length && !missing.length && !extra.length) return { problem: null, findings: whole.length };
  return { problem: `per ${scope}: ${b.length} findings, whole file: ${a.length}; only on the whole file: ${missing.slice(0, 2).join(' ')}; only per ${scope}: ${extra.slice(0, 2).join(' ')}`, findings: whole.length };
}

function dockerfiles(): { file: string; options: RuleOptions }[] {
  const fixtures = readdirSync(FIXTURES).flatMap(rule => readdirSync(join(FIXTURES, rule)).filter(f => /^(in)?valid.*\.Dockerfile$/.test(f)).map(f => join(FIXTURES, rule, f)));
  // The shared corpus beside the checkout when there is one (CI has it); the fixtures alone otherwise.
  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).map(f => join(CORPUS, f)) : [];
  return [...fixtures, ...corpus].map(file => {
    const config = { ...defaultConfig(), ...(file.startsWith(FIXTURES) ? fixtureConfig(file) : {}) };
    return { file, options: { trustedRegistries: config.trustedRegistries, settings: config.settings, dockerignore: config.dockerignore } };
  });
}

/** Deterministic edits an editor session makes: type on a line, insert or delete lines, duplicate one, change an ARG default. */
function editedVersions(text: string, seed: number, count: number): string[] {
  let state = seed;
  const random = (n: number) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
  const lines = text.split('\n');
  const out: string[] = [];
  for (let v = 0; v < count; v++) {
    const at = random(lines.length);
    switch (random(5)) {
      case 0: lines[at] += random(2) ? ' x' : ' \\'; break;
      case 1: lines.splice(at, 0, random(2) ? '' : '# note'); break;
      case 2: if (lines.length > 1) lines.splice(at, 1); break;
      case 3: lines.splice(at, 0, lines[at]); break;
      default: {
        const arg = lines.findIndex(l => /^ARG \w+=/.test(l));
        if (arg >= 0) lines[arg] += random(2) ? '-1' : ':latest'; else lines[at] = lines[at].toLowerCase();
      }
    }
    out.push(lines.join('\n'));
  }
  return out;
}

const model = (text: string) => parse(text, 'dockerfile') as DockerfileModel;
const OPTIONS: RuleOptions = { trustedRegistries: [], settings: {} };

describe('dockerfile findings cache', () => {
  it('every rule with a scope finds per part what it finds on the whole file, inside that part', function () {
    this.timeout(300_000);
    const files = dockerfiles();
    assert.ok(files.length > (existsSync(CORPUS) ? 500 : 200) && SCOPED.length > 20, `${files.length} files, ${SCOPED.length} scoped rules`);
    const found = new Map(SCOPED.map(r => [r.name, 0]));
    const problems: string[] = [];
    for (const { file, options } of files) {
      const m = model(readFileSync(file, 'utf8'));
      for (const rule of SCOPED) {
        const { problem, findings } = splitProblem(rule, m, options, rule.scope);
        if (problem) problems.push(`${rule.name} (scope ${rule.scope}) on ${file}: ${problem}`);
        found.set(rule.name, found.get(rule.name)! + findings);
      }
    }
    assert.deepEqual(problems.slice(0, 10), []);
    // Each rule was seen finding something, so the comparison covered it.
    assert.deepEqual([...found].filter(([, n]) => n === 0).map(([name]) => name), []);
  });

  it('an editor session gets the findings of a fresh lint on every version, re-running scoped rules only where edits were', function () {
    this.timeout(300_000);
    const files = dockerfiles().filter((_, n) => n % 6 === 0);
    let versions = 0, runs = 0, unsplit = 0;
    for (const { file } of files) {
      const config: Partial<LintConfig> = file.startsWith(FIXTURES) ? fixtureConfig(file) : { enableAll: true };
      const original = readFileSync(file, 'utf8');
      const cache = createParseCache();
      for (const text of [original, ...editedVersions(original, versions + 1, 6)]) {
        const before = cache.dockerfileFindings.checked;
        assert.deepEqual(lint(text, 'dockerfile', config, cache), lint(text, 'dockerfile', config), `${file}, version ${versions}`);
        versions++;
        runs += cache.dockerfileFindings.checked - before;
        const m = model(text);
        for (const rule of SCOPED) unsplit += partModels(m, rule.scope).length;
      }
      // Back to the original (undo), then the same text again: the second lint takes every scoped finding from the cache.
      lint(original, 'dockerfile', config, cache);
      const before = cache.dockerfileFindings.checked;
      lint(original, 'dockerfile', config, cache);
      assert.equal(cache.dockerfileFindings.checked, before, `${file}: scoped rules re-ran on an unchanged version`);
    }
    assert.ok(versions > (existsSync(CORPUS) ? 500 : 200), `${versions} versions`);
    assert.ok(runs < unsplit * 0.8, `scoped rules ran on ${runs} parts, ${unsplit} without the cache`);
  });

  it('detects a rule that reads another instruction, another stage, or reports outside its part', () => {
    const rule = (name: string, check: DockerfileRule['check']): DockerfileRule => ({ ...SCOPED[0], name, check });
    const text = ['ARG V=1', 'FROM a AS one', 'RUN x', 'RUN y', 'FROM b', 'ENV A=1', 'RUN z'].join('\n');
    const m = model(text);
    const afterRun = rule('after-run', ({ model, report }) => model.instructions.forEach((ins, n) => {
      if (n > 0 && model.instructions[n - 1].keyword === 'RUN' && ins.keyword === 'RUN') report({ range: ins.keywordRange, message: 'second RUN' });
    }));
    const manyStages = rule('many-stages', ({ model, report }) => {
      for (const s of model.stages) if (model.stages.length > 1) report({ range: s.from.instruction.keywordRange, message: 'one of several stages' });
    });
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
    const atTop = rule('at-top', ({ model, report }) => {
      for (const ins of model.instructions) if (ins.keyword === 'ENV') report({ range: top, message: `ENV on line ${ins.range.start.line + 1}` });
    });
    assert.match(splitProblem(afterRun, m, OPTIONS, 'instruction').problem ?? '', /whole file: 1/);
    assert.equal(splitProblem(afterRun, m, OPTIONS, 'stage').problem, null, 'a stage sees its consecutive RUNs');
    assert.match(splitProblem(manyStages, m, OPTIONS, 'stage').problem ?? '', /per stage: 0 findings, whole file: 2/);
    assert.match(splitProblem(atTop, m, OPTIONS, 'stage').problem ?? '', /reports outside its stage \(lines 5-7\)/);
    assert.match(splitProblem(atTop, m, OPTIONS, 'instruction').problem ?? '', /reports outside its instruction \(lines 6-6\)/);
  });
});
