// The engine's public face: lint(text, options) → findings; applyFixes(text, findings) → text.
// Pure: no editor API, no Node built-ins. The CLI and the language server are thin adapters.
export type * from './types.js';
export { LineIndex, type Position } from './lines.js';
export { lint } from './lint.js';
export { applyFixes, fixAll, type ApplyResult, type FixAllResult } from './fixes/apply.js';
export { ruleMetas, findRuleMeta } from './rules/index.js';
export { ENGINE_VERSION } from './version.js';
