// The linters compared, behind one interface. Each runs in its own child process (bench/in-process.ts), so
// one tool's code or V8 flags never speeds up or slows down another's.
import type { FileKind } from '../rules/src/types';

/** Lints one file fully and returns the number of findings (so the work cannot be optimised away), -1 if it threw. */
export type LintFn = (text: string, kind: FileKind) => number;

export interface Tool { kinds: FileKind[]; load(): Promise<LintFn> }

export const TOOLS: Record<string, Tool> = {
  boxlint: {
    kinds: ['dockerfile', 'vagrantfile'],
    async load() {
      await (await import('../host/src/wasm')).initEngine();
      const { lint } = await import('../rules/src');
      return (text, kind) => lint(text, kind).findings.length;
    },
  },
  // The validator behind Microsoft's Docker / Container Tools extension, default settings.
  'dockerfile-utils': {
    kinds: ['dockerfile'],
    async load() {
      const { validate } = await import('dockerfile-utils');
      return text => validate(text).length;
    },
  },
  // `run(configDir, text)` as its CLI calls it (it looks for `<configDir>/.dockerfilelintrc` on every call).
  // It throws on some real files (`HEALTHCHECK` without options): such files count as crashed, the time is kept.
  dockerfilelint: {
    kinds: ['dockerfile'],
    async load() {
      const { run } = (await import('dockerfilelint')) as unknown as { run(dir: string, text: string): unknown[] };
      return text => { try { return run('/nonexistent-boxlint-bench', text).length; } catch { return -1; } };
    },
  },
};
