// What a rule is: metadata (the single source for hover, docs, CLI rule list and SARIF) plus a check.
import type { Alias, Concern, FileKind, Fix, Range, RuleDocs, Severity } from './types';
import type { DockerfileModel } from './dockerfile/model';
import type { VagrantfileModel } from './vagrantfile/model';
import type { ShellHost } from './shell/host';

export interface RuleMeta {
  /** Stable id: BXD… for Dockerfiles, BXV… for Vagrantfiles. Never reused. */
  id: string;
  /** kebab-case, starts with a verb or no-/require-/prefer-. */
  name: string;
  /**
   * `shell`: checks shell scripts only, runs on Dockerfile RUN bodies and Vagrant inline provisioners alike.
   * `any`: engine-level rules reported before a file is parsed.
   */
  language: FileKind | 'shell' | 'any';
  concern: Concern;
  severity: Severity;
  /** Off unless enabled in config or with --enable-all (hadolint's off-by-default rules). */
  optIn?: boolean;
  aliases: Alias[];
  /** Best fix safety the rule can offer. */
  fixable: 'none' | 'safe' | 'unsafe';
  docs: RuleDocs;
  /**
   * Dockerfile rules: what one finding depends on, so editors re-run the rule only where an edit changed
   * something (test/dockerfile-findings-cache.test.ts checks the declarations).
   * `instruction`: the instruction it is reported on alone (keyword, words, flags, properties, heredocs, its
   * ONBUILD trigger, its shell scripts), whether its layer is shipped (`reachesFinalImage`) and the options.
   * `stage`: the instructions of its stage, the stage's FROM as resolved, whether the stage is the last one or
   * shipped, and the global ARGs. `file` (default): anything.
   */
  scope?: 'instruction' | 'stage' | 'file';
}

export interface RuleOptions {
  trustedRegistries: string[];
  /** Extra settings keyed by rule name (e.g. label schema); rules read what they document. */
  settings: Record<string, unknown>;
  /** `.dockerignore` text beside the linted Dockerfile, when the adapter read one. */
  dockerignore?: string;
}

export interface Report { range: Range; message: string; fixes?: Fix[] }

export interface RuleContext<M> {
  model: M;
  options: RuleOptions;
  report(r: Report): void;
}

export interface Rule<M = unknown> extends RuleMeta {
  check(ctx: RuleContext<M>): void;
}

export type DockerfileRule = Rule<DockerfileModel>;
export type VagrantfileRule = Rule<VagrantfileModel>;
export type ShellRule = Rule<ShellHost>;
export type AnyRule = DockerfileRule | VagrantfileRule | ShellRule;

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'language'>): DockerfileRule {
  return { ...rule, language: 'dockerfile' };
}

export function defineVagrantfileRule(rule: Omit<VagrantfileRule, 'language'>): VagrantfileRule {
  return { ...rule, language: 'vagrantfile' };
}

export function defineShellRule(rule: Omit<ShellRule, 'language'>): ShellRule {
  return { ...rule, language: 'shell' };
}
