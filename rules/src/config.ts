// Configuration as the engine sees it, and the readers for `.boxlint.yaml` and `.hadolint.yaml` text.
// Finding the file on disk is the adapters' job; this module only turns text into a checked config.
import { parseDocument } from 'yaml';
import type { Severity, SeveritySetting } from './types';

export interface LintConfig {
  /** Rule id, name or alias -> severity or off. */
  rules: Record<string, SeveritySetting>;
  trustedRegistries: string[];
  /** Per-rule settings (e.g. `label-schema`), documented by the rules that read them. */
  settings: Record<string, unknown>;
  /** gitignore-style patterns of paths the CLI skips. */
  ignorePaths: string[];
  /** Files larger than this (UTF-16 code units) get one informational finding instead of a lint. */
  maxFileSize: number;
  /** Turn on the opt-in rules too (conformance runs). */
  enableAll: boolean;
  failureThreshold?: Severity;
  /** Text of the `.dockerignore` that applies to the Dockerfile, injected by adapters that read files (CopyIgnoredFile). */
  dockerignore?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export function defaultConfig(): LintConfig {
  return { rules: {}, trustedRegistries: [], settings: {}, ignorePaths: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, enableAll: false };
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
export function atLeast(s: Severity, threshold: Severity): boolean { return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold]; }

export class ConfigError extends Error {
  constructor(readonly file: string, message: string) { super(`${file}: ${message}`); }
}

/** Severity words accepted from users and from hadolint (`style` = hint, `ignore`/`none` = off). */
export function toSeveritySetting(v: unknown): SeveritySetting | null {
  if (typeof v !== 'string') return null;
  const s = v.toLowerCase();
  if ((SEVERITY_SETTINGS as string[]).includes(s)) return s as SeveritySetting;
  if (s === 'style') return 'hint';
  if (s === 'ignore' || s === 'none') return 'off';
  if (s === 'information') return 'info';
  return null;
}

function stringList(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) throw new ConfigError(file, `\`${key}\` must be a list of strings`);
  return v as string[];
}

function loadYaml(file: string, text: string): Record<string, unknown> {
  let data: unknown;
  // Core schema only: no custom tags, nothing in the file can make the parser run code. A tag the core schema
  // does not know (`!!js/function`, `!ruby/object`) is refused outright rather than read as plain data.
  const doc = parseDocument(text, { schema: 'core', customTags: [] });
  const problem = doc.errors[0] ?? doc.warnings.find(w => w.code === 'TAG_RESOLVE_FAILED');
  if (problem) throw new ConfigError(file, `invalid YAML: ${problem.message.split('\n')[0]}`);
  try { data = doc.toJS({ maxAliasCount: 100 }); }
  catch (e) { throw new ConfigError(file, `invalid YAML: ${(e as Error).message.split('\n')[0]}`); }
  if (data == null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(file, 'the top level must be a mapping');
  return data as Record<string, unknown>;
}

const BOXLINT_KEYS = ['rules', 'trustedRegistries', 'ignorePaths', 'maxFileSize', 'failureThreshold', 'settings'];

/** `.boxlint.yaml`. Unknown keys are errors that name the key: a typo must not silently do nothing. */
export function parseBoxlintConfig(file: string, text: string, base = defaultConfig()): LintConfig {
  const data = loadYaml(file, text);
  const cfg: LintConfig = { ...base, rules: { ...base.rules }, settings: { ...base.settings } };
  for (const [key, v] of Object.entries(data)) {
    switch (key) {
      case 'rules': {
        if (v == null) break;
        if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(file, '`rules` must map rule ids to off|hint|info|warning|error');
        for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
          const s = toSeveritySetting(sev);
          if (!s) throw new ConfigError(file, `rules.${id}: \`${String(sev)}\` is not one of off, hint, info, warning, error`);
          cfg.rules[id] = s;
        }
        break;
      }
      case 'trustedRegistries': cfg.trustedRegistries = stringList(file, key, v); break;
      case 'ignorePaths': cfg.ignorePaths = stringList(file, key, v); break;
      case 'maxFileSize':
        if (typeof v !== 'number' || !(v > 0)) throw new ConfigError(file, '`maxFileSize` must be a positive number');
        cfg.maxFileSize = v; break;
      case 'failureThreshold': {
        const s = toSeveritySetting(v);
        if (!s || s === 'off') throw new ConfigError(file, '`failureThreshold` must be one of hint, info, warning, error');
        cfg.failureThreshold = s; break;
      }
      case 'settings':
        if (typeof v !== 'object' || v == null || Array.isArray(v)) throw new ConfigError(file, '`settings` must be a mapping');
        Object.assign(cfg.settings, v); break;
      default:
        throw new ConfigError(file, `unknown key \`${key}\` (known: ${BOXLINT_KEYS.join(', ')})`);
    }
  }
  return cfg;
}

const HADOLINT_KEYS = ['ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold', 'no-fail', 'no-color', 'format', 'disable-ignore-pragma'];

/** `.hadolint.yaml`, read with hadolint's documented keys; rule codes are matched by alias. */
export function parseHadolintConfig(file: string, text: string, base = defaultConfig()): LintConfig {
  const data = loadYaml(file, text);
  const cfg: LintConfig = { ...base, rules: { ...base.rules }, settings: { ...base.settings } };
  for (const [key, v] of Object.entries(data)) {
    switch (key) {
      case 'ignored': for (const id of stringList(file, key, v)) cfg.rules[id] = 'off'; break;
      case 'override': {
        if (typeof v !== 'object' || v == null) throw new ConfigError(file, '`override` must map severities to lists of rule codes');
        for (const [sev, ids] of Object.entries(v as Record<string, unknown>)) {
          const s = toSeveritySetting(sev);
          if (!s) throw new ConfigError(file, `override.${sev}: unknown severity`);
          for (const id of stringList(file, `override.${sev}`, ids)) cfg.rules[id] = s;
        }
        break;
      }
      case 'trustedRegistries': cfg.trustedRegistries = stringList(file, key, v); break;
      case 'label-schema': cfg.settings['label-schema'] = v; break;
      case 'strict-labels': cfg.settings['strict-labels'] = v === true; break;
      case 'failure-threshold': {
        const s = toSeveritySetting(v);
        if (s && s !== 'off') cfg.failureThreshold = s;
        break;
      }
      default:
        if (!HADOLINT_KEYS.includes(key)) throw new ConfigError(file, `unknown key \`${key}\` for a hadolint config (known: ${HADOLINT_KEYS.join(', ')})`);
    }
  }
  return cfg;
}

export function isHadolintConfigName(file: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? '';
  return /^\.?hadolint\.ya?ml$/.test(base) || base.endsWith('.hadolint.yaml') || base.endsWith('.hadolint.yml');
}

export function parseConfigText(file: string, text: string, base = defaultConfig()): LintConfig {
  return isHadolintConfigName(file) ? parseHadolintConfig(file, text, base) : parseBoxlintConfig(file, text, base);
}
