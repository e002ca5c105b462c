// Pairing each report with last year's needs every file's identity (agency, year) before any lint.
// The engine reads it by parsing the head of the report, which costs nearly as much as a lint, so
// with worker threads the identities are computed there, in parallel, into the run's cache; the
// plain run's own pairing (previous.ts) then finds each of them there.
import { readFile } from 'node:fs/promises';
import { cacheKey, type LintCache } from './cache.js';
import type { Target } from './files.js';
import type { Pool } from './pool.js';
import { decode } from './read.js';

/** Files read at once while identities are computed. */
const IN_FLIGHT = 64;

/** Runs `fn` over `items` with at most `limit` calls pending at a time. */
export async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Puts the identity of every readable file into `cache` (those not there yet, computed on the pool). */
export async function identifyAll(files: readonly Target[], pool: () => Pool, cache: LintCache, engineKey: string): Promise<void> {
  await mapLimit(files, IN_FLIGHT, async (t) => {
    if (t.kind !== 'file') return;
    let text: string | undefined;
    try {
      // As previous.ts reads a file: undecodable ones have no identity (their lint reports them).
      const d = decode(await readFile(t.abs));
      text = d.ok ? d.text : undefined;
    } catch {
      text = undefined;
    }
    if (text === undefined || cache.has(cacheKey(engineKey, 'identify', null, text))) return;
    try {
      const reply = await pool().run({ kind: 'identify', text, engineKey });
      for (const [k, v] of reply.entries ?? []) cache.put(k, v);
    } catch {
      // the pairing computes it on this thread instead
    }
  });
}
