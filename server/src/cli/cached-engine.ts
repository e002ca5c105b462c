// The engine as the run calls it: on a text read from a file (texts.ts), answered from the cache
// (--cache), and warning once about a text over --max-file-size. Wrapping the engine, not the file
// loop, keeps every other step (reading, decoding, messages, --fix) the code of a plain run. A text
// from a plain UTF-8 file is keyed by a hash of its bytes, and cached findings come with where its
// lines start: a run answered from the cache decodes no file.
import type { FixAllResult, LintOptions, LintResult } from '../engine/index.js';
import { LineIndex } from '../engine/lines.js';
import { cacheKey } from './cache.js';
import { isCurrent, settled } from './file-memo.js';
import { lengthAtMost, type DecodedText } from './texts.js';
import type { Engine } from './types.js';

/**
 * What the CLI uses of a lint: whether the text is a report, its findings, the rules that threw; from
 * the cache, where the text's lines start when there are findings (to place them without the text).
 */
export type Linted = Pick<LintResult, 'isReport' | 'findings' | 'ruleErrors'> & { lines?: readonly number[] };
export type FixedLinted = Omit<FixAllResult, 'result'> & { result: Linted };

/** What a target's lint calls: the engine's two entry points, on a text read from a file. */
export interface TextLinter {
  lint(d: DecodedText, options: LintOptions): Linted;
  fixAll(d: DecodedText, options: LintOptions): FixedLinted;
}

/** What is kept of a result in the cache (the report's metadata is not used by the CLI), for `text`. */
function kept(r: Linted, text: string): Linted {
  if (r.findings.length === 0) return { isReport: r.isReport, findings: r.findings };
  return { isReport: r.isReport, findings: r.findings, lines: new LineIndex(text).encoded };
}

/** The engine itself. */
export function direct(engine: Engine): TextLinter {
  return { lint: (d, options) => engine.lint(d.text, options), fixAll: (d, options) => engine.fixAll(d.text, options) };
}

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

/** The one CacheMiss thrown (a stack trace per miss would cost more than the lookup). */
export const CACHE_MISS = new CacheMiss();

/** A stored lint result, or undefined when there is none or it is not of a result's shape. */
function storedLint(store: EntryStore, key: string): Linted | undefined {
  const r = store.get(key) as Linted | undefined;
  return Array.isArray(r?.findings) ? r : undefined;
}

/**
 * Without `onMiss`, a miss calls the inner engine and stores what it gives (results of a broken rule
 * and fixes that changed the text are not stored); with it, a miss calls it (it throws).
 * A text known only by the key remembered for its file (file-memo.ts) is linted, on a miss, as the
 * file is now (under the key of what it holds).
 */
export function cachingEngine(inner: TextLinter, engineKey: string, store: EntryStore, onMiss?: () => never): TextLinter {
  const miss = onMiss ?? ((): void => undefined);
  /**
   * The stored result for `key`, when there is one that holds for `d`: findings are placed by the
   * lines stored with them, so the file is not read; without them, it is read to be placed.
   */
  const stored = (key: string, d: DecodedText): Linted | undefined => {
    const r = storedLint(store, key);
    return r && (r.findings.length === 0 || Array.isArray(r.lines) || isCurrent(d)) ? r : undefined;
  };
  const self: TextLinter = {
    lint(d, options) {
      const key = cacheKey(engineKey, 'lint', options, d);
      const hit = stored(key, d);
      if (hit) return hit;
      miss();
      const now = settled(d);
      if (now !== d) return self.lint(now, options);
      const result = inner.lint(d, options);
      if (!result.ruleErrors) store.put(key, kept(result, d.text));
      return result;
    },
    fixAll(d, options): FixedLinted {
      // Only texts the fixes leave as they are are stored: their result is all there is to keep.
      const key = cacheKey(engineKey, 'fixAll', options, d);
      const hit = stored(key, d);
      if (hit) return { output: d.text, passes: 0, result: hit };
      miss();
      const now = settled(d);
      if (now !== d) return self.fixAll(now, options);
      const done = inner.fixAll(d, options);
      if (done.output === d.text && !done.result.ruleErrors) store.put(key, kept(done.result, d.text));
      return done;
    },
  };
  return self;
}

/**
 * Whether the cache holds, for this text and these options, a report without findings: what most
 * files of a warm run are, answered without the rest of a lint's steps (lint-each.ts). The same key
 * and the same stored result as `cachingEngine`'s lint.
 */
export function cachedClean(engineKey: string, store: EntryStore, d: DecodedText, options: LintOptions): boolean {
  const r = storedLint(store, cacheKey(engineKey, 'lint', options, d));
  return r?.isReport === true && r.findings.length === 0 && !r.ruleErrors;
}

/** The identity (agency, year) of a text, from the cache when it was read before. */
export function cachedIdentity(identify: (text: string) => Identity, engineKey: string, store: EntryStore): (d: DecodedText) => Identity {
  const own = (d: DecodedText): Identity => {
    const key = cacheKey(engineKey, 'identify', null, d);
    // A damaged entry (LintCache.get gives undefined) or one of another shape is no entry.
    const hit = store.get(key);
    if (hit !== null && typeof hit === 'object' && !Array.isArray(hit)) return hit as Identity;
    // A remembered file is read now, and its own key used (file-memo.ts); one gone is nobody's.
    let now: DecodedText;
    try {
      now = settled(d);
    } catch {
      return {};
    }
    if (now !== d) return own(now);
    const id = identify(d.text);
    store.put(key, id);
    return id;
  };
  return own;
}

export type Identity = { agency?: string; year?: number };

/** An engine that calls `warn` (with the length) before linting a text longer than `max` characters. */
export function sizeChecked(inner: TextLinter, max: number | undefined, warn: (size: number) => void): TextLinter {
  if (!max) return inner;
  let warned = false;
  const check = (d: DecodedText): void => {
    // The length is read (the text decoded) only when the bytes allow a text that long.
    if (!warned && lengthAtMost(d) > max && d.text.length > max) {
      warned = true;
      warn(d.text.length);
    }
  };
  return {
    lint: (d, options) => (check(d), inner.lint(d, options)),
    fixAll: (d, options) => (check(d), inner.fixAll(d, options)),
  };
}

/** A store that remembers nothing and records what is put (a worker's results, sent to the main thread). */
export function recorder(): EntryStore & { entries: Array<[string, unknown]> } {
  const entries: Array<[string, unknown]> = [];
  return { entries, has: () => false, get: () => undefined, put: (k, v) => void entries.push([k, v]) };
}
