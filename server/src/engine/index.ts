// The engine's public face: lint(text, options) → findings; applyFixes(text, findings) → text.
// Pure: no editor API, no Node built-ins. The CLI and the language server are thin adapters.
export type * from './types.js';
export { LineIndex, type Position } from './lines.js';
export { lint, lintReport } from './lint.js';
export { buildReport, type Report } from './model/report.js';
export { ParseCache } from './model/parseCache.js';
export { reportIdentity } from './model/identity.js';
export { agencyKey, isPreviousOf, type ReportIdentity } from './model/previous.js';
export { applyFixes, fixAll, type ApplyResult, type FixAllResult } from './fixes/apply.js';
export { ruleMetas, findRuleMeta } from './rules/index.js';
export { ENGINE_VERSION } from './version.js';
export { hover, type HoverResult } from './features/hover.js';
export { completions, type CompletionData } from './features/completion.js';
export { symbols, foldingSpans, type SymbolData } from './features/symbols.js';
export { standardReport, standardTable, standardSection, standardTitle } from './formats/render.js';
export { FORMATS, getFormat, formatForYear } from './formats/index.js';
export { render, type MessageId } from './i18n/messages.js';
