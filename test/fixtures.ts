// Fixture files with inline expectations (Ruff / RuleTester style). In `test-fixtures/rules/<rule-name>/`:
//   valid*.Dockerfile / valid*.Vagrantfile     must produce no finding of that rule
//   invalid*.Dockerfile / invalid*.Vagrantfile  must produce exactly the findings its comments announce:
//     # expect: <rule-name>              a finding starting on the next non-expect line
//     # expect: <rule-name> "text"       …whose range covers exactly `text` there (a JSON string)
//   <fixture>.boxlint.yaml next to a fixture holds its config; <fixture>.Dockerfile.dockerignore its .dockerignore.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind, Finding, LintConfig } from '../rules/src';
import { lint, parseBoxlintConfig } from '../rules/src';

export const FIXTURES = join(__dirname, '..', 'test-fixtures', 'rules');

export interface Expectation { rule: string; line: number; text: string | null; source: number }

export function kindOf(file: string): FileKind {
  return /vagrantfile$/i.test(file) ? 'vagrantfile' : 'dockerfile';
}

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  const pending: Omit<Expectation, 'line'>[] = [];
  lines.forEach((l, i) => {
    const m = /^\s*#\s*expect:\s*([\w-]+)(?:\s+(".*"))?\s*$/.exec(l);
    if (m) { pending.push({ rule: m[1], text: m[2] ? JSON.parse(m[2]) : null, source: i }); return; }
    for (const p of pending.splice(0)) out.push({ ...p, line: i });
  });
  if (pending.length) throw new Error(`expect comment on line ${pending[0].source + 1} has no line after it`);
  return out;
}

export function fixtureConfig(file: string): Partial<LintConfig> {
  const cfg = file.replace(/\.(Dockerfile|Vagrantfile)$/, '.boxlint.yaml');
  const base = { enableAll: true } as Partial<LintConfig>;
  const config = existsSync(cfg) ? { ...parseBoxlintConfig(cfg, readFileSync(cfg, 'utf8')), enableAll: true } : base;
  // `<fixture>.dockerignore`, Docker's own name for a Dockerfile-specific ignore file.
  const ignore = `${file}.dockerignore`;
  return existsSync(ignore) ? { ...config, dockerignore: readFileSync(ignore, 'utf8') } : config;
}

export function lintFixture(file: string): { text: string; findings: Finding[] } {
  const text = readFileSync(file, 'utf8');
  const result = lint(text, kindOf(file), fixtureConfig(file));
  if (result.errors.length) throw new Error(`rule crashed on ${file}: ${result.errors[0].ruleId} ${result.errors[0].message}`);
  return { text, findings: result.findings };
}

export function fixtureDirs(): string[] {
  return existsSync(FIXTURES) ? readdirSync(FIXTURES).sort() : [];
}

export function fixtureFiles(rule: string): string[] {
  const dir = join(FIXTURES, rule);
  return existsSync(dir) ? readdirSync(dir).filter(f => /\.(Dockerfile|Vagrantfile)$/.test(f)).sort().map(f => join(dir, f)) : [];
}

/** The text a finding's range covers. */
export function coveredText(text: string, f: Finding): string {
  const lines = text.split(/\r?\n/);
  if (f.range.start.line !== f.range.end.line) return '\u0000multi-line';
  return (lines[f.range.start.line] ?? '').slice(f.range.start.character, f.range.end.character);
}
