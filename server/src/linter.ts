// Debounced linting per document, with the last result cached per version for hover and code actions.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, TextEdit } from 'vscode-languageserver/node';
import { ConfigError, createParseCache, fixAll, parse, suppressFixes, type FileKind, type Finding, type Fix, type LintConfig, type Model, type ParseCache } from '../../rules/src';
import { rangeContains } from '../../rules/src/text';
import type { SettingsStore } from './settings';
import { lintFile } from '../../host/src/lint-file';
import { dockerignoreFor } from '../../host/src/dockerignore';
import { documentKind } from './models';

const PARSE_CACHES = 8;
/**
 * Findings kept for hover and code actions: those of the documents linted or asked about last. A workspace of
 * open files must not keep every file's findings (515 corpus files held 3 MB); a miss lints again, silently.
 */
const RESULTS = 32;

interface Entry { version: number; findings: Finding[]; config: LintConfig }

export class Linter {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, Entry>();
  /**
   * Parse products of the documents linted last, reused by their next version (an edit re-parses only the RUN
   * it touched). Only the most recent few: opening a whole workspace must not keep every file's scripts.
   */
  private readonly caches = new Map<string, ParseCache>();
  private readonly loggedErrors = new Set<string>();

  constructor(
    private readonly settings: SettingsStore,
    /** The parsers are loaded (initEngine). */
    private readonly engine: Promise<void>,
    private readonly publish: (uri: string, version: number | undefined, findings: Finding[]) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Lints after `delay` ms (the configured debounce by default); a newer edit cancels the pending run. */
  schedule(doc: TextDocument, delay?: number): void {
    clearTimeout(this.timers.get(doc.uri));
    const run = () => { this.timers.delete(doc.uri); void this.run(doc); };
    if (delay === 0) { run(); return; }
    void this.settings.lintConfig(doc.uri).then(({ debounce }) => {
      clearTimeout(this.timers.get(doc.uri));
      const wait = delay ?? debounce;
      // A timer of 0 ms still waits ~1 ms: with no debounce the lint starts at once.
      if (wait === 0) run(); else this.timers.set(doc.uri, setTimeout(run, wait));
    });
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.results.delete(uri);
    this.caches.delete(uri);
    if (this.suppressModel?.uri === uri) this.suppressModel = null;
    if (this.fixed?.uri === uri) this.fixed = null;
  }

  private async run(doc: TextDocument): Promise<void> {
    // Null: a newer version arrived meanwhile, and its own run will publish.
    const done = await this.lintCurrent(doc);
    if (!done) return;
    const { entry: { version, findings }, configFile, configError } = done;
    this.publish(doc.uri, version, configError ? [...findings, configFinding(configError, true)] : findings);
    if (configFile) this.publishConfigState(configFile, configError);
  }

  /** Lints the document's current version and keeps its findings; null when a newer version arrived meanwhile. */
  private async lintCurrent(doc: TextDocument): Promise<{ entry: Entry; configFile: string | null; configError: ConfigError | null } | null> {
    const version = doc.version;
    const [{ config, enabled, configFile, configError }] = await Promise.all([this.settings.lintConfig(doc.uri), this.engine]);
    if (doc.version !== version) return null;
    const kind = documentKind(doc);
    const findings = enabled && kind ? await this.lintNow(doc, kind, config) : [];
    if (doc.version !== version) return null;
    const entry = { version, findings, config };
    this.remember(doc.uri, entry);
    return { entry, configFile, configError };
  }

  private remember(uri: string, entry: Entry): void {
    this.results.delete(uri);
    this.results.set(uri, entry); // most recent last
    if (this.results.size > RESULTS) this.results.delete(this.results.keys().next().value!);
  }

  /** The findings of the document's current version are known after this (linted again, unpublished, if they were let go). */
  async ready(doc: TextDocument): Promise<void> {
    const known = this.current(doc);
    if (known) this.remember(doc.uri, known);
    else await this.lintCurrent(doc);
  }

  /** Config files that currently show an error diagnostic (cleared once they read fine again). */
  private readonly brokenConfigs = new Set<string>();

  private publishConfigState(file: string, error: ConfigError | null): void {
    const uri = pathToFileURL(file).href;
    if (error) { this.brokenConfigs.add(uri); this.publish(uri, undefined, [configFinding(error, false)]); }
    else if (this.brokenConfigs.delete(uri)) this.publish(uri, undefined, []);
  }

  private async lintNow(doc: TextDocument, kind: FileKind, config: LintConfig): Promise<Finding[]> {
    try {
      const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined;
      const cache = this.caches.get(doc.uri) ?? createParseCache();
      this.caches.delete(doc.uri);
      this.caches.set(doc.uri, cache); // most recent last
      if (this.caches.size > PARSE_CACHES) this.caches.delete(this.caches.keys().next().value!);
      const result = await lintFile(doc.getText(), kind, config, path, cache);
      for (const e of result.errors) {
        const key = `${e.ruleId}:${e.message}`;
        if (!this.loggedErrors.has(key)) { this.loggedErrors.add(key); this.log(`boxlint: rule ${e.ruleId} failed on ${doc.uri} (its findings are dropped): ${e.message}`); }
      }
      return result.findings;
    } catch (e) {
      this.log(`boxlint: could not lint ${doc.uri}: ${(e as Error)?.stack ?? e}`);
      return [];
    }
  }

  /** The model the lint of the document's current text built, if it is still in the cache. */
  lintedModel(doc: TextDocument): Model | undefined {
    const last = this.caches.get(doc.uri)?.last;
    return last && last.text === doc.getText() ? last.model : undefined;
  }

  private current(doc: TextDocument): Entry | undefined {
    const entry = this.results.get(doc.uri);
    return entry && entry.version === doc.version ? entry : undefined;
  }

  findingsAt(doc: TextDocument, pos: Position): Finding[] {
    return (this.current(doc)?.findings ?? []).filter(f => rangeContains(f.range, pos));
  }

  findingFor(doc: TextDocument, diag: Diagnostic): Finding | undefined {
    const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
    return this.current(doc)?.findings.find(f => f.ruleId === diag.code && same(f.range.start, diag.range.start) && same(f.range.end, diag.range.end));
  }

  /** The model "disable for this line/file" fixes are placed with: parsed once per version, not per diagnostic. */
  private suppressModel: { uri: string; version: number; model: Model | null } | null = null;

  suppressions(doc: TextDocument, finding: Finding): Fix[] {
    const kind = documentKind(doc);
    if (!kind) return [];
    let hit = this.suppressModel;
    if (!hit || hit.uri !== doc.uri || hit.version !== doc.version) {
      let model = this.lintedModel(doc) ?? null;
      if (!model) try { model = parse(doc.getText(), kind); } catch { model = null; }
      this.suppressModel = hit = { uri: doc.uri, version: doc.version, model };
    }
    try { return hit.model ? suppressFixes(hit.model, finding) : []; } catch { return []; }
  }

  /** True when the current version's findings have a safe fix (fix-all is worth offering). */
  hasSafeFixes(doc: TextDocument): boolean {
    return !!this.current(doc)?.findings.some(f => f.fixes.some(x => x.safety === 'safe'));
  }

  /** The last fix-all computed: editors ask for code actions on every cursor move, and fix-all lints several times. */
  private fixed: { uri: string; version: number; edit: TextEdit | null } | null = null;

  /** One edit replacing the whole document with every safe fix applied, or null when nothing changes. */
  fixAll(doc: TextDocument): TextEdit | null {
    if (this.fixed?.uri === doc.uri && this.fixed.version === doc.version) return this.fixed.edit;
    const edit = this.computeFixAll(doc);
    this.fixed = { uri: doc.uri, version: doc.version, edit };
    return edit;
  }

  private computeFixAll(doc: TextDocument): TextEdit | null {
    const entry = this.current(doc);
    if (!entry || !this.hasSafeFixes(doc)) return null;
    const kind = documentKind(doc);
    if (!kind) return null;
    const text = doc.getText();
    // The same .dockerignore the lint read, so fixes of CopyIgnoredFile-style rules agree with the diagnostics.
    const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : undefined;
    const config = path && kind === 'dockerfile' ? { ...entry.config, dockerignore: dockerignoreFor(path) } : entry.config;
    const result = fixAll(text, kind, config);
    if (result.text === text) return null;
    return { range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, newText: result.text };
  }
}

/** A config error as a finding: on the config file itself, or at line 0 of a document linted with defaults. */
function configFinding(error: ConfigError, onDocument: boolean): Finding {
  const detail = error.message.startsWith(`${error.file}: `) ? error.message.slice(error.file.length + 2) : error.message;
  const at = { line: 0, character: 0 };
  return {
    ruleId: 'config', ruleName: 'config', aliases: [], concern: 'maintainability', severity: onDocument ? 'info' : 'error',
    message: onDocument ? `The project config ${error.file} could not be read (${detail}): linted with default settings.` : `boxlint cannot use this config: ${detail}. Files it governs are linted with default settings.`,
    range: { start: at, end: at }, fixes: [],
  };
}
