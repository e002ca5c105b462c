// The exit code: 0 clean, 1 errors or too many warnings, 2 usage or I/O failure.
import type { Catalogue } from './messages.js';
import type { Counts } from './counts.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export interface ExitInput {
  counts: Counts;
  /** A file or argument could not be read, decoded or written. */
  failed: boolean;
  maxWarnings: number;
  exitZero: boolean;
}

/** The code, and the message to print when the warnings went over --max-warnings. */
export function exitCode(input: ExitInput, m: Catalogue): { code: number; note?: string } {
  if (input.failed) return { code: EXIT_FAILURE };
  const { errors, warnings } = input.counts;
  const tooMany = input.maxWarnings >= 0 && warnings > input.maxWarnings;
  const note = tooMany ? m.tooManyWarnings(warnings, input.maxWarnings) : undefined;
  const code = input.exitZero ? EXIT_OK : errors > 0 || tooMany ? EXIT_PROBLEMS : EXIT_OK;
  return note === undefined ? { code } : { code, note };
}
