// No regular expression in the code that reads workspace files may backtrack catastrophically (ReDoS): a
// hostile Dockerfile must not stall the editor. Three layers:
//   1. recheck (a ReDoS analyser: automata + fuzzing) proves each literal linear, or gives an attack string;
//   2. each literal runs on long runs of what its pattern repeats, and must stay linear;
//   3. each Dockerfile rule runs on documents full of such runs, and must stay linear.
// Regexes built at run time are listed below with why they are safe; a new one fails until reviewed.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import { ALL_RULES, defaultConfig, lint, lintModel, parse, type LintConfig } from '../rules/src';
import { initEngine } from '../host/src/wasm';
import { patternPumps, regexInventory, ROOT } from './regex-inventory';

const { literals, dynamic } = regexInventory();

/** Files that build a RegExp at run time, and why each is safe. */
const REVIEWED_DYNAMIC: Record<string, string> = {
  'rules/src/rules/dockerfile/require-valid-from-arg-default.ts': 'built from constants of the file (Docker reference grammar), no workspace text',
  'rules/src/dockerfile/dockerignore.ts': '.dockerignore globs: every metacharacter escaped; tested below with hostile globs',
  'host/src/ignore.ts': 'ignorePaths globs from the config: tested below with hostile globs',
};

/** Time of `f()` in ms, the best of `tries` (the minimum filters GC pauses and a busy machine). */
function timeOf(f: () => unknown, tries = 2): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Doubles n from `from` until `measure(n)` (ms) passes `floorMs` or n passes `to`. Superlinear when, at that
 * point, doubling n more than tripled the time (linear work doubles, quadratic quadruples). Starting small
 * means an exponential pattern is caught at a few dozen characters instead of hanging the test.
 */
function superlinear(measure: (n: number) => number, from: number, to: number, floorMs: number): string | null {
  let prev = Infinity;
  for (let n = from; n <= to; n *= 2) {
    const ms = measure(n);
    if (ms >= floorMs) {
      const b = Math.min(ms, measure(n), measure(n));
      if (b < floorMs / 2) { prev = b; continue; } // a GC pause, not the input
      const a = Math.min(prev, measure(n / 2), measure(n / 2));
      return b / a > 3 ? `${a.toFixed(1)} ms at n=${n / 2}, ${b.toFixed(1)} ms at n=${n}` : null;
    }
    prev = ms;
  }
  return null;
}

// recheck is slow on some patterns (seconds): results are cached per pattern under node_modules/.cache.
const CACHE = join(ROOT, 'node_modules', '.cache', 'boxlint-recheck.json');
const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;
type Verdict = { status: Diagnostics['status']; summary: string; attack: string | null };

function recheck(source: string, flags: string, cache: Record<string, Verdict>): Verdict {
  const key = `${RECHECK_VERSION} /${source}/${flags}`;
  if (cache[key]) return cache[key];
  const d = checkSync(source, flags, { timeout: 3000, randomSeed: 7 });
  const v: Verdict = d.status === 'vulnerable'
    ? { status: d.status, summary: d.complexity.summary, attack: d.attack.pattern }
    : { status: d.status, summary: d.status === 'unknown' ? d.error.kind : d.complexity.summary, attack: null };
  // A timeout is not a verdict: do not cache it, a faster machine may decide.
  if (v.status !== 'unknown') cache[key] = v;
  return v;
}

describe('regular expressions are safe on hostile input (ReDoS)', function () {
  this.timeout(240000);

  it('finds the regexes of the engine, rules and adapters', () => {
    assert.ok(literals.length > 20, `only ${literals.length} regex literals found: is the inventory broken?`);
  });

  it('every regex built at run time is reviewed', () => {
    const unreviewed = dynamic.filter(d => !Object.keys(REVIEWED_DYNAMIC).some(f => d.where.startsWith(`${f}:`)));
    assert.deepEqual(unreviewed, [], 'a RegExp built at run time: check it cannot backtrack on workspace text, then add it to REVIEWED_DYNAMIC');
  });

  it('recheck finds no literal vulnerable', () => {
    let cache: Record<string, Verdict> = {};
    try { cache = JSON.parse(readFileSync(CACHE, 'utf8')); } catch { /* first run */ }
    const bad: string[] = [];
    for (const r of literals) {
      const v = recheck(r.source, r.flags, cache);
      if (v.status === 'vulnerable') bad.push(`/${r.source}/${r.flags} at ${r.where.join(', ')}: ${v.summary}, attack ${v.attack}`);
    }
    if (existsSync(join(ROOT, 'node_modules'))) { mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true }); writeFileSync(CACHE, JSON.stringify(cache)); }
    assert.deepEqual(bad, [], 'ReDoS-vulnerable patterns (make the repeated parts unambiguous, or avoid the regex)');
  });

  it('every literal stays linear on long runs of what it repeats', () => {
    const bad: string[] = [];
    for (const r of literals) {
      const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
      search: for (const pump of patternPumps(r.source)) {
        for (const tail of ['\u0001', '\n\u0001']) {
          const slow = superlinear(n => { const text = pump.repeat(Math.ceil(n / pump.length)) + tail; return timeOf(() => re.exec(text), 1); }, 16, 32768, 20);
          if (slow) { bad.push(`/${r.source}/${r.flags} (${r.where.join(', ')}) on ${JSON.stringify(pump + tail)}: ${slow}`); break search; }
        }
      }
    }
    assert.deepEqual(bad, []);
  });
});

/** Lines that put a payload where each kind of Dockerfile rule reads: image refs, scripts, labels, paths, comments. */
const TEMPLATES = [
  'FROM a:{}', 'FROM a AS {}', 'ARG A={}', 'ENV A={}', 'LABEL {}={}', 'RUN echo {}', 'RUN pip install {}', 'RUN ["{}"]', 'RUN --mount={} x',
  'COPY {} /a/', 'ADD https://{} /a', 'WORKDIR {}', 'USER {}', 'EXPOSE {}', 'HEALTHCHECK CMD {}', '# hadolint ignore={}', 'RUN <<EOF\n{}\nEOF',
];

/** Documents with many of one thing (instructions, stages, words, commands): what an O(n²) rule loop chokes on. */
const SHAPES: Record<string, (n: number) => string> = {
  stages: n => Array.from({ length: n }, (_, i) => `FROM s${i ? i - 1 : ''}x AS s${i}\nCOPY --from=s${i ? i - 1 : 0} /a /a\n`).join(''),
  args: n => Array.from({ length: n }, (_, i) => `ARG A${i}=\${A${i ? i - 1 : 0}}\n`).join('') + 'FROM $A0\n',
  envs: n => 'FROM a\n' + Array.from({ length: n }, (_, i) => `ENV A${i}=\${A${i ? i - 1 : 0}} B=$A${i}\n`).join(''),
  labels: n => 'FROM a\nLABEL ' + Array.from({ length: n }, (_, i) => `l${i}=v`).join(' ') + '\n',
  runs: n => 'FROM a\n' + 'RUN apt-get update && apt-get install -y curl && curl https://x | sh\n'.repeat(n),
  commands: n => 'FROM a\nRUN ' + 'apt-get install -y a && pip install b && '.repeat(n) + 'true\n',
  pipes: n => 'FROM a\nRUN curl x' + ' | sh'.repeat(n) + '\n',
  words: n => 'FROM a\nRUN apt-get install ' + 'p '.repeat(n) + '\n',
  copies: n => 'FROM a\n' + 'COPY a b c /d/\n'.repeat(n),
  heredocs: n => 'FROM a\n' + 'RUN <<EOF\napt-get install x\nEOF\n'.repeat(n),
  continuations: n => 'FROM a\nRUN a \\\n' + '  && b \\\n'.repeat(n) + '  && c\n',
  comments: n => 'FROM a\n' + '# hadolint ignore=DL3008\nRUN x\n'.repeat(n),
  exposes: n => 'FROM a\nEXPOSE ' + Array.from({ length: n }, (_, i) => `${i % 65535}/tcp`).join(' ') + '\n',
};

describe('every Dockerfile rule stays linear on hostile documents', function () {
  this.timeout(240000);
  before(initEngine);
  const config: LintConfig = { ...defaultConfig(), enableAll: true };
  const rules = ALL_RULES.filter(r => r.language !== 'vagrantfile');
  const only = (id: string) => ({ ...config, rules: Object.fromEntries(rules.map(r => [r.id, r.id === id ? 'warning' : 'off'])) }) as LintConfig;
  const ready = (text: string) => { const m = parse(text, 'dockerfile'); (m as { shellSources?: () => unknown }).shellSources?.(); return m; };

  /**
   * Lints `make(big)` with every rule; only when that is slow, times each rule at `big` and `big / 4`: a rule
   * over 10x slower on 4x the input is superlinear (linear work takes 4x, quadratic 16x).
   */
  function superlinearRules(make: (n: number) => string, big: number, label: string): string[] {
    const large = ready(make(big));
    const all = lintModel(large, config);
    assert.deepEqual(all.errors, [], `rule error on ${label}`);
    if (timeOf(() => lintModel(large, config), 1) < 150) return [];
    const small = ready(make(big / 4));
    const out: string[] = [];
    for (const rule of rules) {
      const t2 = timeOf(() => lintModel(large, only(rule.id)), 3);
      if (t2 < 40) continue;
      const t1 = timeOf(() => lintModel(small, only(rule.id)), 5);
      if (t2 / t1 > 10) out.push(`${rule.id} ${rule.name} on ${label}: ${t1.toFixed(1)} ms at n=${big / 4}, ${t2.toFixed(1)} ms at n=${big}`);
    }
    return out;
  }

  // Timing single rules proved too noisy (GC, JIT) to judge growth; the whole lint at two sizes is stable enough.
  // Linear work takes 4x on 4x the input, quadratic 16x: over 10x fails. Before stage lookups were indexed, 4,000
  // chained stages took 3.7 s in one rule (cubic). `npm run fuzz` repeats this up to the full 1 MiB.
  const BIG = process.env.FUZZ_LONG ? 1 << 20 : 1 << 15;
  const sized = (make: (n: number) => string, chars: number) => { let n = 4; while (make(n * 2).length <= chars) n *= 2; return make(n); };
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`many ${name}: linear up to ${BIG >> 10} KiB`, () => {
      const run = (text: string) => {
        const t = performance.now();
        assert.deepEqual(lint(text, 'dockerfile', config).errors, []);
        return performance.now() - t;
      };
      const small = sized(make, BIG / 4), big = sized(make, BIG);
      const t1 = Math.min(run(small), run(small)), t2 = run(big);
      assert.ok(t2 < 4 * 5000, `${name}: ${t2.toFixed(0)} ms for ${big.length} characters`);
      if (t2 > 200) assert.ok(t2 / t1 < 10 * (big.length / small.length / 4), `${name}: ${t1.toFixed(0)} ms for ${small.length} characters, ${t2.toFixed(0)} ms for ${big.length}`);
    });
  }

  // Two minutes: part of `npm run fuzz` (FUZZ_LONG=1); `npm test` checks the patterns themselves above.
  (process.env.FUZZ_LONG ? it : it.skip)('documents full of long runs of the characters rule patterns repeat', () => {
    const chars = [...new Set(literals.filter(r => r.where.some(w => w.startsWith('rules/'))).flatMap(r => patternPumps(r.source)).filter(p => p.length === 1))]
      .filter(c => c !== '\n' && c !== '\r');
    const bad = chars.flatMap(c => superlinearRules(n => 'FROM a\n' + TEMPLATES.map(t => t.replaceAll('{}', c.repeat(n))).join('\n') + '\n', 8000, JSON.stringify(c)));
    assert.deepEqual(bad, []);
  });
});
