// Engine offsets → 1-based line/column for people and tools (columns count UTF-16 code units).
import type { Finding, Span } from '../../engine/index.js';
import { LineIndex } from '../../engine/lines.js';
import type { FileResult } from '../types.js';

export interface Region {
  line: number;
  column: number;
  /** The position just after the span (exclusive), as ESLint and SARIF count it. */
  endLine: number;
  endColumn: number;
}

export type Locate = (span: Span) => Region;

/** The regions of a result's spans (from its line starts when known, else from its text). */
export function locator(result: Pick<FileResult, 'text' | 'lines'>): Locate {
  const index = result.lines ? new LineIndex(undefined, result.lines) : new LineIndex(result.text);
  return (span) => {
    const start = index.positionAt(span.start);
    const end = index.positionAt(Math.max(span.start, span.end));
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
}

/**
 * A result's findings in document order, each with its region (`locate`: the result's locator, when
 * the caller has it). A result without findings needs no text: one from --cache is not read for it.
 */
export function locatedFindings(result: FileResult, locate?: Locate): Array<{ finding: Finding; region: Region }> {
  if (result.findings.length === 0) return [];
  const at = locate ?? locator(result);
  return result.findings
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
    .map((finding) => ({ finding, region: at(finding) }));
}
