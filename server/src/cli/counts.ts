// Tallies of findings by severity, for the summary line and the exit code.
import type { FileResult } from './types.js';

export interface Counts {
  errors: number;
  warnings: number;
  /** Infos and hints. */
  infos: number;
  fixable: number;
}

export function countFindings(results: readonly FileResult[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const f of results.flatMap((r) => r.findings)) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
    if (f.fix && f.fix.edits.length > 0) c.fixable++;
  }
  return c;
}
