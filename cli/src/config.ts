// The CLI's config layers for a file: the governing .boxlint.yaml / .hadolint.yaml (or --config), then
// --enable-all, --rule / --ignore and --trusted-registry on top. Also the failure threshold:
// --failure-threshold, else the file's config.
import { resolve } from 'node:path';
import { defaultConfig, type LintConfig } from '../../rules/src';
import { ConfigResolver, readConfigFile } from '../../host/src/config-files';
import type { CliOptions } from './options';
import type { Threshold } from './types';

export interface FileConfig { config: LintConfig; threshold: Threshold; file: string | null }

export class CliConfig {
  readonly resolver: ConfigResolver;
  /** One effective config per config file: files sharing a config share the object. */
  private readonly layered = new Map<LintConfig, LintConfig>();

  /** Reads an explicit --config at once, so a bad one fails before any file is read. */
  constructor(private readonly opts: Pick<CliOptions, 'config' | 'enableAll' | 'ruleFlags' | 'threshold' | 'trustedRegistries'>) {
    const explicit = opts.config ? resolve(opts.config) : null;
    if (explicit) readConfigFile(explicit);
    this.resolver = new ConfigResolver(explicit, defaultConfig());
  }

  for(path: string): FileConfig {
    const base = this.resolver.configFor(path);
    let config = this.layered.get(base);
    if (!config) {
      config = {
        ...base,
        enableAll: base.enableAll || this.opts.enableAll,
        rules: { ...base.rules, ...this.opts.ruleFlags },
        trustedRegistries: [...new Set([...base.trustedRegistries, ...this.opts.trustedRegistries])],
      };
      this.layered.set(base, config);
    }
    return { config, threshold: this.opts.threshold ?? base.failureThreshold ?? 'warning', file: this.resolver.fileFor(path) };
  }

  isIgnored = (path: string, isDir: boolean): boolean => this.resolver.isIgnored(path, isDir);
  onFolder = (dir: string, names: ReadonlySet<string>): void => this.resolver.noteListing(dir, names);
}
