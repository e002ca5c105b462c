// Worker threads for the CLI: a fixed number at most, started when the first job needs one (or all at
// once, start()), each kept DEPTH jobs ahead so that it never waits for the main thread between two
// jobs. A worker runs its jobs one after the other, in the order sent (see worker.ts), so its replies
// come in that order. The workers run the bundle itself (dist/cli.js). A worker that dies (a crash,
// running out of memory) fails the job it was running only; its other jobs go back to the queue.
// With `local`, the main thread is one more worker: it takes a job whenever the threads have theirs
// and it has none, one per turn of the event loop, so that it still answers the threads in between.
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../lazy.js';
import type { Lang } from '../engine/index.js';
import type { Target } from './files.js';
import type { TargetOutcome } from './lint-target.js';
import type { PreviousText } from './previous.js';
import type { DecodedText } from './texts.js';
import type { CliOptions } from './types.js';

/** Set in workerData: the bundle, loaded in a worker thread, serves jobs instead of exporting main(). */
export const WORKER_MARK = 'disclosureLintCliWorker';

/**
 * The young generation of a worker's heap: parsing allocates many short-lived objects, and a young
 * generation larger than V8's default (16 MB semi-spaces) takes about a quarter off the CPU time.
 */
const YOUNG_MB = 96;

/** Jobs sent to a worker ahead of the one it runs. */
const DEPTH = 2;

/** One target linted as a plain run would; `engineKey` set: send back the results to cache. */
export interface Job {
  kind: 'lint';
  target: Target;
  o: CliOptions;
  lang: Lang;
  cwd: string;
  maxFileSize: number;
  previous?: PreviousText;
  /** The file's text, read and decoded already on the main thread. */
  decoded?: DecodedText;
  engineKey?: string;
}

export interface Reply {
  outcome?: TargetOutcome;
  /** What the target's lint said on stderr, in order. */
  said?: string[];
  /** Cache entries computed for the job. */
  entries?: Array<[string, unknown]>;
}

interface Task {
  job: Job;
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}

export class Pool {
  readonly #all = new Set<Worker>();
  /** The jobs sent to each worker and not answered yet, oldest (the one it runs) first. */
  readonly #sent = new Map<Worker, Task[]>();
  readonly #queue: Task[] = [];
  #closed = false;
  /** The main thread is running a job (with `local`). */
  #localBusy = false;

  constructor(
    readonly file: string,
    readonly size: number,
    /** Runs a job on the main thread, as a worker thread would (see worker.ts, handle). */
    readonly local?: (job: Job) => Promise<Reply>,
  ) {}

  run(job: Job): Promise<Reply> {
    if (this.#closed) return Promise.reject(new Error('the pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  /** Starts every worker now, so that they load while the main thread prepares the jobs. */
  start(): this {
    while (!this.#closed && this.#all.size < this.size) this.#spawn();
    return this;
  }

  /** Workers started so far (for tests and the benchmark). */
  get started(): number {
    return this.#all.size;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const w = this.#pick();
      if (!w) break;
      const task = this.#queue.shift()!;
      this.#sent.get(w)!.push(task);
      w.postMessage(task.job);
    }
    if (this.local && !this.#localBusy && this.#queue.length > 0) this.#runLocal(this.local);
  }

  #runLocal(local: (job: Job) => Promise<Reply>): void {
    this.#localBusy = true;
    // On the next turn: the replies of the threads that came meanwhile are read first.
    setImmediate(() => {
      const task = this.#queue.shift();
      if (!task) {
        this.#localBusy = false;
        return;
      }
      local(task.job)
        .then(task.resolve, (err: unknown) => task.reject(err instanceof Error ? err : new Error(String(err))))
        .finally(() => {
          this.#localBusy = false;
          if (!this.#closed) this.#pump();
        });
    });
  }

  /** An idle worker, else a new one, else the least busy one with room. */
  #pick(): Worker | undefined {
    let best: Worker | undefined;
    let load = DEPTH;
    for (const [w, tasks] of this.#sent) {
      if (tasks.length < load) {
        best = w;
        load = tasks.length;
      }
    }
    if (load > 0 && this.#all.size < this.size) return this.#spawn();
    return best;
  }

  #spawn(): Worker {
    // The mark in argv too: the bundle looks there first, so that loading it never loads node:worker_threads for nothing.
    const w = new (workerThreads().Worker)(this.file, { argv: [WORKER_MARK], workerData: { [WORKER_MARK]: true }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    this.#all.add(w);
    this.#sent.set(w, []);
    w.on('message', (reply: Reply) => {
      this.#sent.get(w)?.shift()?.resolve(reply);
      this.#pump();
    });
    w.on('error', (err) => this.#lost(w, err));
    w.on('exit', (code) => this.#lost(w, new Error(`exit code ${code}`)));
    return w;
  }

  #lost(w: Worker, err: Error): void {
    if (!this.#all.delete(w)) return;
    const [running, ...waiting] = this.#sent.get(w) ?? [];
    this.#sent.delete(w);
    running?.reject(err);
    this.#queue.unshift(...waiting);
    this.#pump();
  }

  async close(): Promise<void> {
    this.#closed = true;
    const workers = [...this.#all];
    this.#all.clear();
    for (const t of this.#queue.splice(0)) t.reject(new Error('the pool is closed'));
    for (const tasks of this.#sent.values()) for (const t of tasks.splice(0)) t.reject(new Error('the pool is closed'));
    this.#sent.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
