// Engines wrapped for the run: answered from the cache (--cache), and warning once about a text over --max-file-size. Wrapping the engine, not the file
// loop, keeps every other step (reading, decoding, messages, --fix) the code of a plain run.
import type { FixAllResult, LintResult } from '../engine/index.js';
import { cacheKey } from './cache.js';
import type { Engine } from './types.js';

export interface EntryStore {
  has(key: string): boolean;
  get(key: string): unknown;
  put(key: string, value: unknown): void;
}

/** Thrown by a `throw`-mode engine when a text is not in the cache: the work goes to a worker thread. */
export class CacheMiss extends Error {
  constructor() {
    super('not in the cache');
  }
}

/**
 * Without `onMiss`, a miss calls the inner engine and stores what it gives (results of a broken rule
 * and fixes that changed the text are not stored); with it, a miss calls it (it throws).
 */
export function cachingEngine(inner: Engine, engineKey: string, store: EntryStore, onMiss?: () => never): Engine {
  const miss = onMiss ?? ((): void => undefined);
  return {
    ...inner,
    lint(text, options) {
      const key = cacheKey(engineKey, 'lint', options, text);
      if (store.has(key)) return store.get(key) as LintResult;
      miss();
      const result = inner.lint(text, options);
      if (!result.ruleErrors) store.put(key, result);
      return result;
    },
    fixAll(text, options): FixAllResult {
      // Only texts the fixes leave as they are are stored: their result is all there is to keep.
      const key = cacheKey(engineKey, 'fixAll', options, text);
      if (store.has(key)) return { output: text, passes: 0, result: store.get(key) as LintResult };
      miss();
      const done = inner.fixAll(text, options);
      if (done.output === text && !done.result.ruleErrors) store.put(key, done.result);
      return done;
    },
  };
}

/** An engine that calls `warn` (with the length) before linting a text longer than `max` characters. */
export function sizeChecked(inner: Engine, max: number | undefined, warn: (size: number) => void): Engine {
  if (!max) return inner;
  let warned = false;
  const check = (text: string): void => {
    if (text.length > max && !warned) {
      warned = true;
      warn(text.length);
    }
  };
  return {
    ...inner,
    lint: (text, options) => (check(text), inner.lint(text, options)),
    fixAll: (text, options) => (check(text), inner.fixAll(text, options)),
  };
}

/** A store that remembers nothing and records what is put (a worker's results, sent to the main thread). */
export function recorder(): EntryStore & { entries: Array<[string, unknown]> } {
  const entries: Array<[string, unknown]> = [];
  return { entries, has: () => false, get: () => undefined, put: (k, v) => void entries.push([k, v]) };
}
