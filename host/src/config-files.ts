// Finds and reads the config that governs a file: the nearest `.boxlint.yaml` upward from it, else the
// nearest `.hadolint.yaml` (hadolint's own lookup: upward, then $XDG_CONFIG_HOME and ~/.config).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { defaultConfig, parseConfigText, type LintConfig } from '../../rules/src/config';

const BOXLINT_NAMES = ['.boxlint.yaml', '.boxlint.yml'];
const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

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

/** Reads a config file (either format); throws ConfigError with the file name on a bad file. */
export function readConfigFile(file: string, base: LintConfig = defaultConfig()): LintConfig {
  return parseConfigText(file, readFileSync(file, 'utf8'), base);
}

/** Per-directory cache so a tree of 10,000 files reads each config once. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly parsed = new Map<string, LintConfig>();
  constructor(private readonly explicit: string | null, private readonly base: LintConfig = defaultConfig()) {}

  fileFor(filePath: string): string | null {
    if (this.explicit) return this.explicit;
    const dir = dirname(resolve(filePath));
    if (!this.byDir.has(dir)) this.byDir.set(dir, configFileFor(filePath));
    return this.byDir.get(dir)!;
  }

  configFor(filePath: string): LintConfig {
    const file = this.fileFor(filePath);
    if (!file) return this.base;
    let cfg = this.parsed.get(file);
    if (!cfg) { cfg = readConfigFile(file, this.base); this.parsed.set(file, cfg); }
    return cfg;
  }
}
