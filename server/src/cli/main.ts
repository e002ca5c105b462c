// The CLI's entry point, bundled to dist/cli.js; bin/disclosure-lint.js only calls main().
// Loaded in a worker thread (--jobs), the same bundle serves lint jobs instead: see worker.ts.
import { ENGINE_VERSION } from '../engine/version.js';
import { dirname, join } from 'node:path';
import { engineModule, loadEngineWith } from '../lazy.js';
import { runCli } from './run.js';
import type { CliIo, Engine } from './types.js';
import { WORKER_FILE } from './worker.js';

/**
 * What the program that loaded the bundle knows already and can do (bin/disclosure-lint.js): a hash
 * of the bundle's text, and how to load another bundle (the engine's) through its code cache.
 */
export interface Loaded {
  bundleHash?: string;
  load?: (name: string) => unknown;
}

/**
 * A hash of the engine's bundle (dist/engine.js), written into this bundle when both were built
 * together (esbuild.mjs; not in watch mode, where the engine is rebuilt on its own): the cache's
 * engine identity then needs no read of it. Undefined otherwise, and the file is hashed.
 */
declare const DISCLOSURE_LINT_ENGINE_BUNDLE_HASH: string | undefined;
const ENGINE_BUNDLE_HASH = typeof DISCLOSURE_LINT_ENGINE_BUNDLE_HASH === 'string' ? DISCLOSURE_LINT_ENGINE_BUNDLE_HASH : undefined;

/** Runs the command line and resolves to the exit code (0 clean, 1 problems, 2 usage or I/O failure). */
export function main(argv: string[], io: CliIo, loaded: Loaded = {}): Promise<number> {
  const { load } = loaded;
  if (load) loadEngineWith(() => load('engine'));
  // The program is this bundle and the engine's, next to it; their hashes, when known, stand for them.
  const programFiles = WORKER_FILE ? { programFiles: [WORKER_FILE, join(dirname(WORKER_FILE), 'engine.js')] } : {};
  const known = loaded.bundleHash !== undefined && ENGINE_BUNDLE_HASH !== undefined ? `${loaded.bundleHash}.${ENGINE_BUNDLE_HASH}` : undefined;
  const build = WORKER_FILE && known !== undefined ? { buildHash: known } : {};
  // The engine is set up on its first call (lazy-engine.ts): a run answered from --cache makes none.
  const engine: Engine = {
    lint: (text, options) => engineModule().lint(text, options),
    fixAll: (text, options) => engineModule().fixAll(text, options),
    findRuleMeta: (id) => engineModule().findRuleMeta(id),
    identify: (text) => engineModule().reportIdentity(text),
    version: ENGINE_VERSION,
    ...(WORKER_FILE ? { workerFile: WORKER_FILE } : {}),
    ...programFiles,
    ...build,
  };
  return runCli(argv, io, engine, ENGINE_VERSION);
}
