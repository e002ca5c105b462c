// The CLI's entry point, bundled to dist/cli.js; bin/disclosure-lint.js only calls main().
import { ENGINE_VERSION, findRuleMeta, fixAll, lint, reportIdentity } from '../engine/index.js';
import { runCli } from './run.js';
import type { CliIo } from './types.js';

/** Runs the command line and resolves to the exit code (0 clean, 1 problems, 2 usage or I/O failure). */
export function main(argv: string[], io: CliIo): Promise<number> {
  return runCli(argv, io, { lint, fixAll, findRuleMeta, identify: reportIdentity }, ENGINE_VERSION);
}
