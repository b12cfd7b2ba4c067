// Editor settings (`boxlint.*`) per document, merged over the project's .boxlint.yaml / .hadolint.yaml.
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { ConfigError, defaultConfig, toSeveritySetting, type LintConfig } from '../../rules/src';
import { ConfigResolver } from '../../host/src/config-files';

export interface EditorSettings {
  enable: boolean;
  rules: Record<string, string>;
  trustedRegistries: string[];
  maxFileSize: number;
  /** Milliseconds to wait after a keystroke before linting. */
  debounce: number;
  /** Offer "Pin to digest" on FROM lines, which asks the image's registry: no network unless true. */
  pinDigests: boolean;
}

const DEFAULTS: EditorSettings = { enable: true, rules: {}, trustedRegistries: [], maxFileSize: defaultConfig().maxFileSize, debounce: 150, pinDigests: false };

function sanitize(raw: unknown): EditorSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Partial<EditorSettings>;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : DEFAULTS.enable,
    rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
    trustedRegistries: Array.isArray(s.trustedRegistries) ? s.trustedRegistries.filter(x => typeof x === 'string') : [],
    maxFileSize: typeof s.maxFileSize === 'number' && s.maxFileSize > 0 ? s.maxFileSize : DEFAULTS.maxFileSize,
    debounce: typeof s.debounce === 'number' && s.debounce >= 0 ? s.debounce : DEFAULTS.debounce,
    pinDigests: s.pinDigests === true,
  };
}

export class SettingsStore {
  private pull = false;
  private global: EditorSettings = DEFAULTS;
  private readonly perUri = new Map<string, Promise<EditorSettings>>();
  private resolver = new ConfigResolver(null);
  private readonly warned = new Set<string>();
  private listeners: (() => void)[] = [];

  constructor(private readonly connection: Connection) {
    connection.onDidChangeConfiguration(change => {
      if (!this.pull) this.global = sanitize((change.settings as { boxlint?: unknown })?.boxlint);
      this.perUri.clear();
      this.resolver = new ConfigResolver(null);
      for (const l of this.listeners) l();
    });
  }

  init(params: InitializeParams): void {
    this.pull = !!params.capabilities.workspace?.configuration;
    const opts = params.initializationOptions as { settings?: unknown } | undefined;
    if (opts?.settings) this.global = sanitize(opts.settings);
  }

  register(): void {
    if (this.pull) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'boxlint' }).catch(() => undefined);
  }

  onChange(listener: () => void): void { this.listeners.push(listener); }

  /** Forgets cached project config files (a .boxlint.yaml was edited). */
  reloadProjectConfig(): void { this.resolver = new ConfigResolver(null); }

  editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.pull) return Promise.resolve(this.global);
    let p = this.perUri.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'boxlint' }).then(sanitize, () => this.global);
      this.perUri.set(uri, p);
    }
    return p;
  }

  /** Project config file (if the document is on disk) with editor settings on top. */
  async lintConfig(uri: string): Promise<{ config: LintConfig; enabled: boolean; debounce: number; configFile: string | null; configError: ConfigError | null }> {
    const s = await this.editorSettings(uri);
    let config = defaultConfig();
    let configFile: string | null = null;
    let configError: ConfigError | null = null;
    if (uri.startsWith('file:')) {
      const path = fileURLToPath(uri);
      configFile = this.resolver.fileFor(path);
      try { config = this.resolver.configFor(path); }
      catch (e) {
        // A broken (or hostile) config must not stop linting: defaults apply, and the error is shown as a diagnostic.
        configError = e instanceof ConfigError ? e : new ConfigError(configFile ?? 'config', String(e));
        const msg = configError.message;
        if (!this.warned.has(msg)) {
          this.warned.add(msg);
          // A request at run time (typed void): a client that refuses it must not leave an unhandled rejection.
          void Promise.resolve(this.connection.window.showWarningMessage(`boxlint: ${msg}. Using default settings.`) as unknown).catch(() => undefined);
        }
      }
    }
    const rules = { ...config.rules };
    for (const [id, sev] of Object.entries(s.rules)) { const v = toSeveritySetting(sev); if (v) rules[id] = v; }
    return {
      config: { ...config, rules, trustedRegistries: s.trustedRegistries.length ? s.trustedRegistries : config.trustedRegistries, maxFileSize: s.maxFileSize },
      enabled: s.enable, debounce: s.debounce, configFile, configError,
    };
  }
}
