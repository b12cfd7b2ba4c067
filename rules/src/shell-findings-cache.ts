// Findings of shell rules per script, kept across the versions of one document (editors): an edit re-runs
// shell rules only on the scripts it changed. Shell rules read nothing but the host's kind, its line index
// and its scripts, and each finding concerns one script (test/shell-findings-cache.test.ts checks that every
// rule gives the same findings split per script as on the whole file), so a script's findings depend only on
// its text, where its first line starts, whether it is a heredoc, the file kind and the rule options. Moved
// to another line, they are the same findings shifted by whole lines.
import type { Range } from './types';
import type { Report, RuleContext, RuleOptions, ShellRule } from './rule';
import type { ShellHost, ShellSource } from './shell/host';

interface Stored { line: number; reports: Report[] }

/** One script of the file being linted: a host that shows rules only this script, and its findings by rule index. */
interface Part { host: ShellHost; line: number; lastLine: number; stored: (Stored | undefined)[] }

const NONE: Report[] = [];

export class ShellFindingsCache {
  /** By script key (kind, heredoc, first column, text): what the last lint and the one before found in it. */
  private previous = new Map<string, (Stored | undefined)[]>();
  private current = new Map<string, (Stored | undefined)[]>();
  private readonly ruleIndex = new Map<string, number>();
  /** Rules seen reporting outside the script they ran on: always run on the whole file. */
  private readonly whole = new Set<string>();
  private optionsKey = '';
  private run: { options: RuleOptions; host: ShellHost; parts: Part[] } | null = null;
  /** Rule runs on one script (cache misses) since creation. */
  checked = 0;

  /** Runs `rule` as `rule.check(ctx)` would, re-running it only on scripts whose findings are not known. */
  check(rule: ShellRule, ctx: RuleContext<ShellHost>): void {
    if (this.whole.has(rule.id)) { rule.check(ctx); return; }
    let index = this.ruleIndex.get(rule.id);
    if (index === undefined) this.ruleIndex.set(rule.id, index = this.ruleIndex.size);
    const found: Report[] = [];
    for (const part of this.partsOf(ctx)) {
      let stored = part.stored[index];
      if (!stored) {
        let reports = NONE;
        rule.check({ model: part.host, options: ctx.options, report: r => { if (reports === NONE) reports = []; reports.push(r); } });
        this.checked++;
        if (!reports.every(r => within(r, part.line, part.lastLine))) {
          // Not a per-script rule after all: never split it again, and report what the whole file gives.
          this.whole.add(rule.id);
          rule.check(ctx);
          return;
        }
        part.stored[index] = stored = { line: part.line, reports };
      }
      // Most scripts have no finding of most rules.
      if (stored.reports === NONE) continue;
      const by = part.line - stored.line;
      for (const r of stored.reports) found.push(by ? shifted(r, by) : r);
    }
    for (const r of found) ctx.report(r);
  }

  /** The scripts of the file linted now; a new lint (a new options object) starts a new generation. */
  private partsOf(ctx: RuleContext<ShellHost>): Part[] {
    if (this.run?.options === ctx.options && this.run.host === ctx.model) return this.run.parts;
    const optionsKey = JSON.stringify([ctx.options.trustedRegistries, ctx.options.settings, ctx.options.dockerignore ?? null]);
    if (optionsKey !== this.optionsKey) { this.optionsKey = optionsKey; this.current.clear(); }
    this.previous = this.current;
    this.current = new Map();
    const model = ctx.model;
    const parts = model.shellSources().map((source): Part => {
      const start = model.lines.positionAt(source.offset);
      const lastLine = model.lines.positionAt(source.offset + source.script.text.length).line;
      const host: ShellHost = { kind: model.kind, lines: model.lines, shellSources: (): ShellSource[] => [source] };
      const key = `${model.kind}\0${source.heredoc ? 1 : 0}\0${start.character}\0${source.script.text}`;
      const stored = this.current.get(key) ?? this.previous.get(key) ?? [];
      this.current.set(key, stored);
      return { host, line: start.line, lastLine, stored };
    });
    this.run = { options: ctx.options, host: model, parts };
    return parts;
  }
}

function within(r: Report, first: number, last: number): boolean {
  const ok = (x: Range) => x.start.line >= first && x.end.line <= last;
  return ok(r.range) && (r.fixes ?? []).every(f => f.edits.every(e => ok(e.range)));
}

function shiftRange(x: Range, by: number): Range {
  return { start: { line: x.start.line + by, character: x.start.character }, end: { line: x.end.line + by, character: x.end.character } };
}

function shifted(r: Report, by: number): Report {
  return {
    ...r, range: shiftRange(r.range, by),
    fixes: r.fixes?.map(f => ({ ...f, edits: f.edits.map(e => ({ ...e, range: shiftRange(e.range, by) })) })),
  };
}
