// --format json: one flat array of findings, ordered by file and then by position.
import type { FileResult } from '../types.js';
import { locatedFindings } from './locate.js';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  ruleName: string;
  message: string;
  fixable: boolean;
  expected?: string;
  actual?: string;
}

export function toJsonFindings(results: readonly FileResult[]): JsonFinding[] {
  const sorted = results.slice().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.flatMap((r) =>
    locatedFindings(r).map(({ finding: f, region }) => ({
      file: r.path,
      ...region,
      severity: f.severity,
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      message: f.message,
      fixable: f.fix !== undefined && f.fix.edits.length > 0,
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
    })),
  );
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonFindings(results), null, 2)}\n`;
}
