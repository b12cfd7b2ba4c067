// code-server (real VS Code 1.100 served to a browser) as a test host, and Debian's Chromium driven by
// playwright-core. code-server runs detached (a new session via setsid(2)) so stop() can end its whole process
// group: extension hosts and language servers outlive the browser otherwise. Nothing is ever killed by name.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';
const CACHE = process.env.BOXLINT_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'boxlint-e2e');
export const CODE_SERVER = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.BOXLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100, 'files.autoSave': 'off', 'workbench.editor.enablePreview': false, 'chat.commandCenter.enabled': false,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    }).on('error', reject);
  });
}

export class CodeServer {
  private proc?: ChildProcess;
  base = '';
  private readonly dirs: { userData: string; extensions: string; config: string };

  constructor(root: string, private readonly env: NodeJS.ProcessEnv, private readonly log: string) {
    if (!existsSync(CODE_SERVER)) throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed at ${CODE_SERVER}: run \`npm run e2e:install\``);
    this.dirs = { userData: join(root, 'user-data'), extensions: join(root, 'extensions'), config: join(root, 'config.yaml') };
    mkdirSync(join(this.dirs.userData, 'User'), { recursive: true });
    mkdirSync(this.dirs.extensions, { recursive: true });
    writeFileSync(join(this.dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    writeFileSync(this.dirs.config, 'auth: none\ncert: false\n');
  }

  private get commonArgs(): string[] {
    return ['--config', this.dirs.config, '--user-data-dir', this.dirs.userData, '--extensions-dir', this.dirs.extensions];
  }

  /** `code-server --install-extension` into this instance's extensions dir; returns the installed folder names. */
  installExtension(vsix: string): string[] {
    const r = spawnSync(CODE_SERVER, [...this.commonArgs, '--install-extension', vsix], { env: this.env, encoding: 'utf8', timeout: 120000 });
    if (r.status !== 0) throw new Error(`code-server --install-extension exited ${r.status}: ${r.stderr}${r.stdout}`);
    return readdirSync(this.dirs.extensions).filter(n => !n.startsWith('.') && n !== 'extensions.json');
  }

  async start(): Promise<void> {
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    const out = createWriteStream(this.log);
    this.proc = spawn(CODE_SERVER, [
      ...this.commonArgs, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ], { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.pipe(out, { end: false });
    this.proc.stderr!.pipe(out, { end: false });
    this.proc.on('close', () => out.end());
    process.once('exit', this.killGroup);
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      if (this.proc.exitCode !== null) throw new Error(`code-server exited ${this.proc.exitCode}; see ${this.log}`);
      try { if ((await fetch(`${this.base}/healthz`)).ok) return; } catch { /* not listening yet */ }
      await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`code-server did not answer /healthz within 60 s; see ${this.log}`);
  }

  /** `/?folder=…&payload=…`: opens `folder`, plus what the payload asks (files to open, tests to run). */
  url(folder: string, payload: [string, string][] = []): string {
    const q = `folder=${encodeURIComponent(folder)}`;
    return `${this.base}/?${q}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  }

  /** A path on the code-server machine as the workbench names it in payloads. */
  remote(path: string): string {
    return `vscode-remote://${new URL(this.base).host}${path}`;
  }

  private readonly killGroup = (): void => {
    const pid = this.proc?.pid;
    if (pid && this.proc!.exitCode === null && this.proc!.signalCode === null) {
      try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  };

  /** SIGTERM to code-server's process group, SIGKILL to what is left after 5 s. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc?.pid) return;
    process.removeListener('exit', this.killGroup);
    const gone = () => { try { process.kill(-proc.pid!, 0); return false; } catch { return true; } };
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { return; }
    const deadline = Date.now() + 5000;
    while (!gone() && Date.now() < deadline) await new Promise(r => setTimeout(r, 100));
    if (!gone()) process.kill(-proc.pid, 'SIGKILL');
  }
}

/** Headless Debian Chromium with a throwaway profile; `env` keeps its XDG dirs (crash reports) in the sandbox. */
export function launchChromium(profileDir: string, env: NodeJS.ProcessEnv): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 900 }, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
