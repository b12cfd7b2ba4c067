// Finds and reads the config that governs a file: the nearest `.boxlint.yaml` upward from it, else the
// nearest `.hadolint.yaml` (hadolint's own lookup: upward, then $XDG_CONFIG_HOME and ~/.config).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import { ConfigError, defaultConfig, isHadolintConfigName, parseConfigText, type LintConfig } from '../../rules/src/config';
import { findRule } from '../../rules/src/docs';
import { ignoreMatcher } from './ignore';

const BOXLINT_NAMES = ['.boxlint.yaml', '.boxlint.yml'];
const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
const NAME_SETS = [BOXLINT_NAMES, HADOLINT_NAMES] as const;

function findUpward(start: string, names: string[]): string | null {
  let dir = resolve(start);
  for (;;) {
    for (const n of names) { const p = join(dir, n); if (existsSync(p)) return p; }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function userHadolintConfig(): string | null {
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  for (const p of [join(xdg, 'hadolint.yaml'), join(xdg, 'hadolint.yml')]) if (existsSync(p)) return p;
  return null;
}

/** The config file that applies to `filePath`, or null for defaults. */
export function configFileFor(filePath: string): string | null {
  const dir = dirname(resolve(filePath));
  return findUpward(dir, BOXLINT_NAMES) ?? findUpward(dir, HADOLINT_NAMES) ?? userHadolintConfig();
}

// Codes of other tools boxlint may not alias (yet): accepted so a config shared with hadolint keeps working.
const FOREIGN_CODE = /^(DL|SC)\d{4}$|^[A-Z][A-Za-z]+$/;

/** A hadolint / ShellCheck code or BuildKit check name: harmless to name even when no boxlint rule has it. */
export function isForeignRuleCode(id: string): boolean {
  return FOREIGN_CODE.test(id);
}

/** A rule key in `.boxlint.yaml` that names no rule is a typo that would silently do nothing: reject it. */
function checkRuleKeys(file: string, cfg: LintConfig): void {
  if (isHadolintConfigName(file)) return;
  for (const key of Object.keys(cfg.rules)) {
    if (!findRule(key) && !isForeignRuleCode(key)) throw new ConfigError(file, `rules.${key}: unknown rule (see \`boxlint --list-rules\`)`);
  }
}

/** Reads a config file (either format); throws ConfigError with the file name on a bad file. */
export function readConfigFile(file: string, base: LintConfig = defaultConfig()): LintConfig {
  let text: string;
  try { text = readFileSync(file, 'utf8'); }
  catch (e) { throw new ConfigError(file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
  const cfg = parseConfigText(file, text, base);
  checkRuleKeys(file, cfg);
  return cfg;
}

type Matcher = (path: string) => boolean;

/** Per-directory caches so a tree of 10,000 files looks up each folder and reads each config once. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly upward = [new Map<string, string | null>(), new Map<string, string | null>()];
  private user: string | null | undefined;
  private readonly parsed = new Map<string, LintConfig>();
  private readonly matchers = new Map<string, Matcher>();
  /** Entry names of folders a walk listed, by absolute path: config names are looked up there, not on disk. */
  private readonly listings = new Map<string, ReadonlySet<string>>();
  constructor(private readonly explicit: string | null, private readonly base: LintConfig = defaultConfig()) {}

  /** The nearest file named one of `NAME_SETS[set]` in `dir` or above, memoised for every folder on the way. */
  private nearest(set: 0 | 1, dir: string): string | null {
    const memo = this.upward[set];
    const hit = memo.get(dir);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    const listed = this.listings.get(dir);
    // A listed name is still checked on disk: a dangling symlink is not a config file.
    for (const n of NAME_SETS[set]) {
      if (listed && !listed.has(n)) continue; // joined only when it may be there: 4 names x every folder of a walk
      const p = join(dir, n);
      if (existsSync(p)) { found = p; break; }
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = this.nearest(set, parent);
    memo.set(dir, found);
    return found;
  }

  /** A folder's entry names, from a walk that is about to look at its entries. */
  noteListing(dir: string, names: ReadonlySet<string>): void {
    if (!this.explicit) this.listings.set(resolve(dir), names);
  }

  fileFor(filePath: string): string | null {
    if (this.explicit) return this.explicit;
    const dir = dirname(resolve(filePath));
    let file = this.byDir.get(dir);
    if (file === undefined) {
      file = this.nearest(0, dir) ?? this.nearest(1, dir) ?? (this.user === undefined ? (this.user = userHadolintConfig()) : this.user);
      this.byDir.set(dir, file);
    }
    return file;
  }

  configFor(filePath: string): LintConfig {
    const file = this.fileFor(filePath);
    if (!file) return this.base;
    let cfg = this.parsed.get(file);
    if (!cfg) { cfg = readConfigFile(file, this.base); this.parsed.set(file, cfg); }
    return cfg;
  }

  /**
   * True when the `ignorePaths` of the config governing `path` exclude it. Patterns are relative to the
   * folder of the config file that declares them, as in a .gitignore.
   */
  isIgnored(path: string, isDir: boolean): boolean {
    const file = this.fileFor(path);
    if (!file) return false;
    let match = this.matchers.get(file);
    if (!match) { match = ignoreMatcher(this.configFor(path).ignorePaths); this.matchers.set(file, match); }
    const rel = relative(dirname(resolve(file)), resolve(path)).split(sep).join('/');
    return match(isDir ? `${rel}/` : rel);
  }
}
