// The CLI's entry point, bundled to dist/cli.js; bin/disclosure-lint.js only calls main().
// Loaded in a worker thread (--jobs), the same bundle serves lint jobs instead: see worker.ts.
import { ENGINE_VERSION } from '../engine/version.js';
import { engineModule } from '../lazy.js';
import { runCli } from './run.js';
import type { CliIo, Engine } from './types.js';
import { WORKER_FILE } from './worker.js';

/** What the program that loaded the bundle knows already: a hash of the bundle's text (bin/disclosure-lint.js). */
export interface Loaded {
  bundleHash?: string;
}

/** Runs the command line and resolves to the exit code (0 clean, 1 problems, 2 usage or I/O failure). */
export function main(argv: string[], io: CliIo, loaded: Loaded = {}): Promise<number> {
  const build = WORKER_FILE && loaded.bundleHash !== undefined ? { buildHash: loaded.bundleHash } : {};
  // The engine is set up on its first call (lazy-engine.ts): a run answered from --cache makes none.
  const engine: Engine = {
    lint: (text, options) => engineModule().lint(text, options),
    fixAll: (text, options) => engineModule().fixAll(text, options),
    findRuleMeta: (id) => engineModule().findRuleMeta(id),
    identify: (text) => engineModule().reportIdentity(text),
    version: ENGINE_VERSION,
    ...(WORKER_FILE ? { workerFile: WORKER_FILE } : {}),
    ...build,
  };
  return runCli(argv, io, engine, ENGINE_VERSION);
}
