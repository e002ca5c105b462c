// The lint of a run's targets, in order: last year's reports paired first (every file's identity, read
// from its head on this thread), then --shard's part of the targets, each linted from the cache
// (--cache), on a worker thread (--jobs) or here, and handed back in the order of a plain run so that
// the output streams and reads the same whatever the number of threads. A run answered from the cache
// starts no worker thread; a run without --cache starts them first, to load while the files are paired.
import { availableParallelism } from 'node:os';
import { CACHE_MISS, cachedClean, cachedIdentity, cachingEngine, direct, sizeChecked, type TextLinter } from './cached-engine.js';
import { cacheFile, engineIdentity, LintCache } from './cache.js';
import { memoReader, readPlain, settled } from './file-memo.js';
import type { Target } from './files.js';
import { lintTarget, resultOf, withPrevious, type TargetOutcome } from './lint-target.js';
import type { Catalogue } from './messages.js';
import { DEFAULT_MAX_FILE_SIZE } from './perf-args.js';
import { perfMessages } from './perf-messages.js';
import { Pool, type Job } from './pool.js';
import { portablePrevious, previousSource, type PreviousText } from './previous.js';
import { inShard } from './shard.js';
import { lengthAtMost, portable, TextStore, type DecodedText } from './texts.js';
import type { CliIo, CliOptions, Engine } from './types.js';
import { reasonOf } from './walk.js';
import { handle } from './worker.js';

export interface EachEnv {
  o: CliOptions;
  io: CliIo;
  engine: Engine;
  m: Catalogue;
  say: (line: string) => void;
  /** The options of one target (its configuration under the command line). */
  optionsFor?: (target: Target) => CliOptions;
}

export interface Linted {
  target: Target;
  outcome: TargetOutcome;
}

export interface Each {
  /** --previous could not be read (exit code 2). */
  failed: boolean;
  outcomes: AsyncGenerator<Linted>;
}

interface Ran {
  outcome: TargetOutcome;
  said: string[];
}

/** A job run on a worker thread; what it computed for the cache goes into the run's cache. */
async function onWorker(pool: Pool, job: Job, cache: LintCache, failed: (err: unknown) => string): Promise<Ran> {
  try {
    const reply = await pool.run(job);
    for (const [k, v] of reply.entries ?? []) cache.put(k, v);
    return { outcome: reply.outcome ?? { kind: 'failed' }, said: reply.said ?? [] };
  } catch (err) {
    return { outcome: { kind: 'failed' }, said: [failed(err)] };
  }
}

/** Targets started ahead of the one being reported, with worker threads. */
const WINDOW = 64;
/** Without --jobs, a worker thread for every this many files, up to the number of cores. */
const FILES_PER_WORKER = 4;

export async function lintEach(targets: readonly Target[], env: EachEnv): Promise<Each> {
  const { o, io, engine, m, say } = env;
  const optionsFor = env.optionsFor ?? (() => o);
  const files = targets.filter((t) => t.kind === 'file');
  const max = o.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const pm = perfMessages(o.lang);
  const engineKey = o.cache ? await engineIdentity(engine.version, engine.programFiles ?? [], engine.buildHash) : '';
  const cacheAt = o.cache ? await cacheFile(io.cwd, o.cacheLocation) : undefined;
  const cache = await new LintCache(engineKey, cacheAt).load();
  // An empty cache answers nothing: with worker threads, every file goes straight to them.
  const nothingCached = cache.size === 0;
  const size = o.jobs ?? Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_WORKER));
  const poolable = engine.workerFile !== undefined && size >= 2 && !o.fixDryRun && files.length === targets.length && files.length >= 2;
  let pool: Pool | undefined;
  // The main thread lints too: `size` threads are the main one and size - 1 workers.
  const getPool = (): Pool => (pool ??= new Pool(engine.workerFile!, size - 1, handle));
  const mine = o.shard ? targets.filter((t) => t.kind !== 'file' || inShard(t.path, o.shard)) : [...targets];
  // Every file goes to a worker (no cache, or an empty one): start them now, to load while pairing reads.
  if (poolable && mine.length > 0 && (!o.cache || nothingCached)) getPool().start();
  // The texts pairing reads, kept for the lint of this run's own targets (not with --fix: files change).
  const texts = o.fix ? undefined : new TextStore();
  const own = new Set(mine);
  // With --cache, each file's identity too comes from the cache: a run answered from it decodes nothing.
  const identify = engine.identify && (o.cache ? cachedIdentity(engine.identify, engineKey, cache) : (d: { text: string }) => engine.identify!(d.text));
  // With --cache, a file unchanged since a run read it is known by its key without reading it (file-memo.ts).
  const reader = o.cache ? memoReader(cache) : readPlain;
  const keep = texts && { texts, wanted: (t: Target) => own.has(t) };
  const previous = await previousSource(o, targets, io, m, say, { identify, keep, reader });
  const linter = direct(engine);
  // With worker threads, a miss is thrown (and the file sent to one); one wrapper serves every file.
  const throwMiss = (): never => {
    throw CACHE_MISS;
  };
  const cached = o.cache ? cachingEngine(linter, engineKey, cache, poolable ? throwMiss : undefined) : linter;
  const started = new Map<string, Promise<Ran>>();

  /** What a target's lint starts from, found before (`start`) or by the lint itself. */
  interface Ready {
    to: CliOptions;
    prev: PreviousText | undefined;
    decoded: DecodedText | undefined;
  }

  /**
   * A target's lint. With --cache (not fixing), a report the cache holds as clean (no findings, not
   * too long) is answered here and now: the result a lint would give, without its steps.
   */
  function start(t: Target): Ran | Promise<Ran> {
    if (!o.cache || o.fix || o.fixDryRun || t.kind !== 'file') return runOne(t);
    const ready: Ready = { to: optionsFor(t), prev: previous.find(t), decoded: texts?.take(t.abs) };
    const { to, prev, decoded } = ready;
    if (decoded && (!max || lengthAtMost(decoded) <= max) && cachedClean(engineKey, cache, decoded, withPrevious(to, prev).lint)) {
      return { outcome: { kind: 'linted', result: resultOf(t.path, decoded, [], undefined) }, said: [] };
    }
    return runOne(t, ready);
  }

  async function runOne(t: Target, ready?: Ready): Promise<Ran> {
    const to = ready?.to ?? optionsFor(t);
    const said: string[] = [];
    const sized = (e: TextLinter): TextLinter => sizeChecked(e, max, (n) => said.push(pm.tooLarge(t.path, n, max)));
    if (o.fix) await fixedBefore(t); // --fix: last year's file is read after it was fixed, as in a plain run
    const prev = ready ? ready.prev : previous.find(t);
    const decoded = ready ? ready.decoded : t.kind === 'file' ? texts?.take(t.abs) : undefined;
    const known = { ...(prev ? { previous: prev } : {}), ...(decoded ? { decoded } : {}) };
    const base = { o: to, io, m, say: (line: string) => void said.push(line), reader, ...known };
    if ((o.cache && !(poolable && nothingCached)) || !poolable) {
      try {
        return { outcome: await lintTarget(t, { ...base, engine: sized(cached) }), said };
      } catch (err) {
        if (err !== CACHE_MISS) throw err;
        said.length = 0;
      }
    }
    // What goes to a worker thread is copied: texts are decoded (and keyed) here; a file that cannot
    // be read as it was remembered (file-memo.ts) is left for the worker to read and report.
    const now = decoded && sendable(decoded);
    const sent = { ...(prev ? { previous: portablePrevious(prev) } : {}), ...(now ? { decoded: portable(now, o.cache) } : {}) };
    const job: Job = { kind: 'lint', target: t, o: to, lang: o.lang, cwd: io.cwd, maxFileSize: max, ...sent, ...(o.cache ? { engineKey } : {}) };
    return onWorker(getPool(), job, cache, (err) => pm.workerFailed(t.path, reasonOf(err)));
  }

  /** With --fix: waits for last year's report to be done when it is an earlier target of this run. */
  async function fixedBefore(t: Target): Promise<void> {
    const prev = previous.find(t);
    const run = prev ? started.get(prev.name) : undefined;
    if (run) await run;
  }

  async function* outcomes(): AsyncGenerator<Linted> {
    let next = 0;
    const ahead = poolable ? WINDOW : 1;
    const runs: Array<Ran | Promise<Ran> | undefined> = [];
    try {
      for (let i = 0; i < mine.length; i++) {
        for (; next < mine.length && next < i + ahead; next++) {
          const t = mine[next]!;
          const run = start(t);
          runs[next] = run;
          if (o.fix && t.kind === 'file') started.set(t.path, Promise.resolve(run));
        }
        const { outcome, said } = await runs[i]!;
        runs[i] = undefined;
        for (const line of said) say(line);
        yield { target: mine[i]!, outcome };
      }
    } finally {
      await pool?.close();
      if (o.cache) await cache.save().catch((err: unknown) => say(pm.cacheNotWritten(cacheAt ?? '', reasonOf(err))));
    }
  }

  return { failed: previous.failed, outcomes: outcomes() };
}

function sendable(d: DecodedText): DecodedText | undefined {
  try {
    return settled(d);
  } catch {
    return undefined;
  }
}
