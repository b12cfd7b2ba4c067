// Public API of the engine, shared by the language server, the CLI and tests.
export * from './types';
export * from './config';
export * from './engine';
export * from './docs';
export type { RuleMeta, AnyRule } from './rule';
export { ALL_RULES, CATALOG } from './rules/index';
export { applyEdits, resolveSnippet } from './edits';
export { fixAll, type FixAllResult } from './fix-all';
