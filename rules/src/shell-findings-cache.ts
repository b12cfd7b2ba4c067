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

/**
 * What the rules found in one script: by rule index, and the indexes that found anything (most find nothing);
 * `born` and `seen`: the lints it was created in and last used in.
 */
interface Entry { kind: string; heredoc: boolean; column: number; stored: (Stored | undefined)[]; found: number[]; born: number; seen: number }

/** One script of the file being linted: its lines, its findings, and a host showing rules only this script (built on a miss). */
interface Live { source: ShellSource; line: number; lastLine: number; entry: Entry; host: ShellHost | null }

/** The scripts of the file linted now: all, those new in this version, and the reused findings by rule (moved to their lines). */
interface Scan { lives: Live[]; fresh: Live[]; reused: Map<number, Report[]> }

const NONE: Report[] = [];

export class ShellFindingsCache {
  /**
   * By script text, then kind, heredoc and first column: what the scripts found. Kept from version to version
   * (not rebuilt: hundreds of keys) and swept once most entries are unused; an entry used by neither this lint
   * nor the last one is never reused.
   */
  private readonly entries = new Map<string, Entry[]>();
  private size = 0;
  private readonly ruleIndex = new Map<string, number>();
  /** Rules seen reporting outside the script they ran on: always run on the whole file. */
  private readonly whole = new Set<string>();
  /** Lints so far, and for each rule index the last lint in which it ran on every script. */
  private lints = 0;
  private readonly complete = new Map<number, number>();
  private optionsKey = '';
  private run: { options: RuleOptions; host: ShellHost; scan: Scan } | null = null;
  /** Rule runs on one script (cache misses) since creation. */
  checked = 0;

  /** Runs `rule` as `rule.check(ctx)` would, re-running it only on scripts whose findings are not known. */
  check(rule: ShellRule, ctx: RuleContext<ShellHost>): void {
    if (this.whole.has(rule.id)) { rule.check(ctx); return; }
    let index = this.ruleIndex.get(rule.id);
    if (index === undefined) this.ruleIndex.set(rule.id, index = this.ruleIndex.size);
    const scan = this.scanOf(ctx);
    // A rule that ran on every script of the last version knows every script reused from it.
    const unknown = this.complete.get(index) === this.lints - 1 ? scan.fresh : scan.lives.filter(l => !l.entry.stored[index]);
    const found: Report[] = [];
    for (const live of unknown) {
      let stored = live.entry.stored[index];
      if (!stored) {
        let reports = NONE;
        const host = live.host ??= { kind: ctx.model.kind, lines: ctx.model.lines, shellSources: (): ShellSource[] => [live.source], memo: undefined };
        rule.check({ model: host, options: ctx.options, report: r => { if (reports === NONE) reports = []; reports.push(r); } });
        this.checked++;
        if (!reports.every(r => within(r, live.line, live.lastLine))) {
          // Not a per-script rule after all: never split it again, and report what the whole file gives.
          this.whole.add(rule.id);
          rule.check(ctx);
          return;
        }
        live.entry.stored[index] = stored = { line: live.line, reports };
        if (reports !== NONE) live.entry.found.push(index);
      }
      pushMoved(found, stored, live.line);
    }
    this.complete.set(index, this.lints);
    // In script order or not, the engine sorts all findings by place; one place's findings come from one script, in order.
    for (const r of scan.reused.get(index) ?? NONE) ctx.report(r);
    for (const r of found) ctx.report(r);
  }

  /** The scripts of the file linted now; a new lint (a new options object) starts a new generation. */
  private scanOf(ctx: RuleContext<ShellHost>): Scan {
    if (this.run?.options === ctx.options && this.run.host === ctx.model) return this.run.scan;
    const optionsKey = JSON.stringify([ctx.options.trustedRegistries, ctx.options.settings, ctx.options.dockerignore ?? null]);
    // The last scan's scripts, in document order: a source object met again (same script at the same place) is
    // that script again, with the same lines and entry.
    let last = this.run?.scan.lives ?? [];
    if (optionsKey !== this.optionsKey) { this.optionsKey = optionsKey; this.entries.clear(); this.size = 0; this.complete.clear(); last = []; }
    const lints = ++this.lints;
    const model = ctx.model, lines = model.lines;
    const scan: Scan = { lives: [], fresh: [], reused: new Map() };
    let c = 0;
    for (const source of model.shellSources()) {
      while (c < last.length && last[c].source.offset < source.offset) c++;
      let live = last[c];
      if (live?.source === source) {
        c++;
        live.host = null; // built on this version's model if a rule must run on it
      } else {
        const line = lines.lineAt(source.offset), column = source.offset - lines.lineStart(line);
        const text = source.script.text;
        // The same script used by this lint or the last one, else a new entry.
        const list = this.entries.get(text);
        let entry = list?.find(e => e.seen >= lints - 1 && e.kind === model.kind && e.heredoc === source.heredoc && e.column === column);
        if (!entry) {
          entry = { kind: model.kind, heredoc: source.heredoc, column, stored: [], found: [], born: lints, seen: lints };
          if (list) list.push(entry); else this.entries.set(text, [entry]);
          this.size++;
        }
        live = { source, line, lastLine: lines.lineAt(source.offset + text.length), entry, host: null };
      }
      const entry = live.entry;
      entry.seen = lints;
      // A script new in this version (once or twice) has unknown findings; a known one's are gathered, moved to its line.
      if (entry.born === lints) scan.fresh.push(live);
      else for (const k of entry.found) { let list = scan.reused.get(k); if (!list) scan.reused.set(k, list = []); pushMoved(list, entry.stored[k]!, live.line); }
      scan.lives.push(live);
    }
    if (this.size > 2 * scan.lives.length + 64) this.sweep(lints);
    this.run = { options: ctx.options, host: model, scan };
    return scan;
  }

  /** Drops the entries neither this lint nor the last one used. */
  private sweep(lints: number): void {
    this.size = 0;
    for (const [text, list] of this.entries) {
      const kept = list.filter(e => e.seen >= lints - 1);
      if (kept.length) { this.entries.set(text, kept); this.size += kept.length; } else this.entries.delete(text);
    }
  }
}

/** A script's stored findings, moved by the lines it moved since they were found. */
function pushMoved(out: Report[], stored: Stored, line: number): void {
  const by = line - stored.line;
  for (const r of stored.reports) out.push(by ? shifted(r, by) : r);
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
