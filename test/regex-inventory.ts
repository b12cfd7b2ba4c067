// Every regular expression literal in the code that reads workspace data (engine, rules, host, server, CLI),
// found through the TypeScript AST so new rules are covered without registering anything.
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '..');
const SOURCE_DIRS = ['rules/src', 'host/src', 'server/src', 'cli/src'];

export interface RegexSite { source: string; flags: string; where: string[] }
export interface DynamicRegexSite { where: string; text: string }

function tsFiles(dir: string): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return []; }
  return names.flatMap(f => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Regex literals (deduplicated by source and flags) and `new RegExp(…)`/`RegExp(…)` calls built at run time. */
export function regexInventory(): { literals: RegexSite[]; dynamic: DynamicRegexSite[] } {
  const literals = new Map<string, RegexSite>();
  const dynamic: DynamicRegexSite[] = [];
  for (const file of SOURCE_DIRS.flatMap(d => tsFiles(join(ROOT, d)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const slash = text.lastIndexOf('/');
        const site = { source: text.slice(1, slash), flags: text.slice(slash + 1) };
        const key = `/${site.source}/${site.flags}`;
        const seen = literals.get(key);
        if (seen) seen.where.push(at(n)); else literals.set(key, { ...site, where: [at(n)] });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.expression.getText() === 'RegExp') {
        dynamic.push({ where: at(n), text: n.getText().slice(0, 120) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals: [...literals.values()], dynamic };
}

/**
 * Strings a pattern may repeat: each character it mentions (one member per escape class) and each run of literal
 * characters (`${`, `.git#`). Long runs of them, followed by a character that breaks the match, are the classic
 * inputs that make a backtracking matcher go superlinear.
 */
export function patternPumps(source: string): string[] {
  const pumps = new Set<string>([' ', '\t', 'a', 'A', '0', '\n', '\r', '\0', 'a ', 'a=']);
  const classes: Record<string, string[]> = { s: [' ', '\t'], S: ['x'], d: ['7'], D: ['x'], w: ['a', '_'], W: ['-'], b: [], B: [], n: ['\n'], r: ['\r'], t: ['\t'] };
  let run = '';
  const endRun = () => { if (run.length > 1) pumps.add(run.slice(0, 8)); run = ''; };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length) {
      const e = source[++i];
      const members = classes[e] ?? [e];
      for (const x of members) pumps.add(x);
      if (members.length === 1 && !(e in classes)) run += e; else endRun();
    } else if ('^$()|?*+{}[].'.includes(c)) {
      pumps.add(c);
      endRun();
    } else {
      pumps.add(c);
      run += c;
    }
  }
  endRun();
  return [...pumps];
}
