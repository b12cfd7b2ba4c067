// The lint engine: text in, findings out. No I/O, no LSP, no Node-only API.
import type { FileKind, Finding, Fix, Range, Severity, SeveritySetting } from './types';
import { defaultConfig, type LintConfig } from './config';
import type { AnyRule, DockerfileRule, Report, RuleContext, RuleMeta } from './rule';
import { parseDockerfile, type DockerfileModel } from './dockerfile/model';
import { dockerfilePragmas, dockerfileSuppressionPlaces } from './dockerfile/pragmas';
import { parseVagrantfile, type VagrantfileModel } from './vagrantfile/model';
import { vagrantfilePragmas, vagrantfileSuppressionPlaces } from './vagrantfile/pragmas';
import { ShellCache } from './shell/script';
import { ShellFindingsCache } from './shell-findings-cache';
import { DockerfileFindingsCache } from './dockerfile-findings-cache';
import { SyntaxCache } from './dockerfile/parse';
import { suppressedBy, matchesId, suppressionFixes, type Pragma, type SuppressionPlaces } from './suppress';
import { ALL_RULES, FILE_TOO_LARGE } from './rules/index';
import { SHELL_BUDGET } from './shell/host';

export interface InternalError { ruleId: string; message: string }
export interface LintResult { findings: Finding[]; errors: InternalError[] }

export type Model = DockerfileModel | VagrantfileModel;

/**
 * Parse products and rule findings of one document kept across its versions by an editor: scanned Dockerfile
 * instructions (`SyntaxCache`), shell parses (`ShellCache`), findings per script, instruction and stage.
 */
export interface ParseCache {
  syntax: SyntaxCache; shell: ShellCache; shellFindings: ShellFindingsCache; dockerfileFindings: DockerfileFindingsCache;
  /** The model the last lint built and its text: requests on the same version (hover, code actions) need not parse again. */
  last?: { text: string; model: Model };
}

export function createParseCache(): ParseCache {
  return { syntax: new SyntaxCache(), shell: new ShellCache(), shellFindings: new ShellFindingsCache(), dockerfileFindings: new DockerfileFindingsCache() };
}

/** What the engine needs per file kind: a parser to the kind's model and its suppression comments. */
interface Language<M extends Model> {
  parse(text: string, cache?: ParseCache): M;
  pragmas(model: M): Pragma[];
  suppressionPlaces(model: M, line: number): SuppressionPlaces;
}

const LANGUAGES: Partial<Record<FileKind, Language<Model>>> = {
  dockerfile: {
    parse: (text, cache) => parseDockerfile(text, cache && (script => cache.shell.parse(script)), cache?.syntax, cache?.last?.model.kind === 'dockerfile' ? cache.last.model : undefined),
    pragmas: dockerfilePragmas,
    suppressionPlaces: dockerfileSuppressionPlaces,
  },
  vagrantfile: { parse: parseVagrantfile, pragmas: vagrantfilePragmas, suppressionPlaces: vagrantfileSuppressionPlaces },
};

/** Which kind a file name is, or null. Matches what the VS Code client and the CLI discover. */
export function detectKind(fileName: string): FileKind | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (base === 'vagrantfile' || base.endsWith('.vagrantfile')) return 'vagrantfile';
  if (base === 'dockerfile' || base === 'containerfile' || base.startsWith('dockerfile.') || base.startsWith('containerfile.')
    || base.endsWith('.dockerfile') || base.endsWith('.containerfile')) return 'dockerfile';
  return null;
}

/** A leading BOM becomes a space: same length, so every offset still maps to the document. */
export function normalizeText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

function language(kind: FileKind): Language<Model> {
  const lang = LANGUAGES[kind];
  if (!lang) throw new Error(`boxlint: no parser for ${kind}`);
  return lang;
}

export function parse(text: string, kind: FileKind, cache?: ParseCache): Model {
  return language(kind).parse(normalizeText(text), cache);
}

const ruleKeys = new WeakMap<RuleMeta, string[]>();

/** The configured severity of a rule, or off. Looks up the id, the name and each alias. */
export function effectiveSeverity(rule: RuleMeta, config: LintConfig): SeveritySetting {
  let keys = ruleKeys.get(rule);
  if (!keys) ruleKeys.set(rule, keys = [rule.id, rule.name, ...rule.aliases.map(a => a.id)].map(x => x.toLowerCase()));
  // Later entries win: `--rule` and editor settings are merged after the config file's own entries.
  let set: SeveritySetting | undefined;
  for (const [k, v] of Object.entries(config.rules)) if (keys.includes(k.toLowerCase())) set = v;
  if (set) return set;
  if (rule.optIn && !config.enableAll) return 'off';
  return rule.severity;
}

const rulesByKind = new Map<FileKind, AnyRule[]>();
export function rulesFor(kind: FileKind): AnyRule[] {
  let rules = rulesByKind.get(kind);
  if (!rules) rulesByKind.set(kind, rules = ALL_RULES.filter(r => r.language === kind || r.language === 'shell'));
  return rules;
}

interface EnabledRule { rule: AnyRule; severity: Severity; aliases: readonly string[] }
const enabledCache = new Map<string, EnabledRule[]>();
/** The same lookup by the identity of `config.rules` (CLIs and servers reuse one config object for every file). */
const enabledByRules = new WeakMap<object, Map<string, EnabledRule[]>>();

/** The rules that run on a kind under a config, with their severities: resolved once per distinct config. */
function enabledRules(kind: FileKind, config: LintConfig): EnabledRule[] {
  const short = `${kind}\0${config.enableAll ? 1 : 0}`;
  let byKind = enabledByRules.get(config.rules);
  let enabled = byKind?.get(short);
  if (enabled) return enabled;
  const key = `${short}\0${JSON.stringify(config.rules)}`;
  enabled = enabledCache.get(key);
  if (!enabled) {
    enabled = [];
    for (const rule of rulesFor(kind)) {
      const severity = effectiveSeverity(rule, config);
      // Shared by all the rule's findings: frozen so no consumer can change another finding's list.
      if (severity !== 'off') enabled.push({ rule, severity, aliases: Object.freeze(rule.aliases.map(a => a.id)) });
    }
    if (enabledCache.size >= 64) enabledCache.clear(); // editors and CLIs use a handful of configs
    enabledCache.set(key, enabled);
  }
  if (!byKind) enabledByRules.set(config.rules, byKind = new Map());
  byKind.set(short, enabled);
  return enabled;
}

/** What `lint` fills in for settings a caller leaves out; frozen, as every call shares it. */
const DEFAULTS: Readonly<LintConfig> = (() => {
  const d = defaultConfig();
  for (const v of Object.values(d)) if (typeof v === 'object') Object.freeze(v);
  return Object.freeze(d);
})();

/** `cache`: pass the same one for every version of a document (editors) to re-parse only what changed. */
export function lint(text: string, kind: FileKind, partial: Partial<LintConfig> = {}, cache?: ParseCache): LintResult {
  const config = { ...DEFAULTS, ...partial };
  if (text.length > config.maxFileSize) {
    const sev = effectiveSeverity(FILE_TOO_LARGE, config);
    const findings: Finding[] = sev === 'off' ? [] : [{
      ruleId: FILE_TOO_LARGE.id, ruleName: FILE_TOO_LARGE.name, aliases: [], concern: FILE_TOO_LARGE.concern, severity: sev,
      message: `File is ${text.length} characters, over the ${config.maxFileSize} limit: not linted. Raise \`maxFileSize\` to lint it.`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fixes: [],
    }];
    return { findings, errors: [] };
  }
  cache?.shell.rotate();
  const model = parse(text, kind, cache);
  if (cache) cache.last = { text, model };
  return lintModel(model, config, cache);
}

/** Findings made from reports the findings caches keep (editors): read-only for every consumer. */
const findingOf = new WeakMap<Report, Finding>();

export function lintModel(model: Model, config: LintConfig, cache?: ParseCache): LintResult {
  const findings: Finding[] = [];
  const errors: InternalError[] = [];
  const options = { trustedRegistries: config.trustedRegistries, settings: config.settings, dockerignore: config.dockerignore };
  // One context for all rules: `report` files findings under the rule running now.
  let running: EnabledRule;
  const finding = (r: Report): Finding => ({
    ruleId: running.rule.id, ruleName: running.rule.name, aliases: running.aliases as string[], concern: running.rule.concern,
    severity: running.severity, message: r.message, range: r.range, fixes: r.fixes ?? [],
  });
  const ctx: RuleContext<Model> = {
    model, options,
    // With a cache, a report kept from an earlier version is the same object again: so is its finding.
    report: cache ? r => {
      let f = findingOf.get(r);
      if (!f || f.severity !== running.severity || f.ruleId !== running.rule.id) findingOf.set(r, f = finding(r));
      findings.push(f);
    } : r => findings.push(finding(r)),
  };
  for (const enabled of enabledRules(model.kind, config)) {
    const { rule } = enabled;
    running = enabled;
    const first = findings.length;
    // One broken rule must not take the others down: drop its findings, report the error once.
    try {
      if (cache && rule.language === 'shell') cache.shellFindings.check(rule, ctx);
      else if (cache && model.kind === 'dockerfile' && rule.scope) cache.dockerfileFindings.check(rule as DockerfileRule, ctx as RuleContext<DockerfileModel>);
      else (rule.check as (c: RuleContext<Model>) => void)(ctx);
    }
    catch (e) { findings.length = first; errors.push({ ruleId: rule.id, message: (e as Error)?.stack ?? String(e) }); }
  }
  // Scripts past the shell-analysis budget were not checked: say so, never pass them silently.
  if (model.shellSkippedAt !== undefined) {
    const sev = effectiveSeverity(FILE_TOO_LARGE, config);
    const at = model.lines.positionAt(model.shellSkippedAt);
    if (sev !== 'off') findings.push({
      ruleId: FILE_TOO_LARGE.id, ruleName: FILE_TOO_LARGE.name, aliases: [], concern: FILE_TOO_LARGE.concern, severity: sev,
      message: `Shell scripts from here on are not analysed: the file holds over ${SHELL_BUDGET} characters of script.`,
      range: { start: at, end: at }, fixes: [],
    });
  }
  const pragmas = language(model.kind).pragmas(model);
  const suppressed = pragmas.length ? suppressedBy(pragmas) : null;
  const kept = suppressed ? findings.filter(f => !suppressed(f)) : findings;
  kept.sort(compareFindings);
  return { findings: kept, errors };
}

function cmpRange(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

export function compareFindings(a: Finding, b: Finding): number {
  // Code-point order (ids are ASCII): localeCompare was a measurable share of a lint.
  return cmpRange(a.range, b.range) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** "Disable for this line" and "… for this file" fixes for a finding. */
export function suppressFixes(model: Model, finding: Finding): Fix[] {
  return suppressionFixes(model.lines, finding, language(model.kind).suppressionPlaces(model, finding.range.start.line));
}

export { matchesId };
