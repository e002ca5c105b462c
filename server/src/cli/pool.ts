// Worker threads for the CLI: a fixed number at most, started when the first job needs one, each given
// one job at a time. The workers run the bundle itself (dist/cli.js; see worker.ts). A worker that
// dies (a crash, running out of memory) fails its job only, and is replaced for the jobs still queued.
import { Worker } from 'node:worker_threads';
import type { Lang } from '../engine/index.js';
import type { Target } from './files.js';
import type { TargetOutcome } from './lint-target.js';
import type { PreviousText } from './previous.js';
import type { CliOptions } from './types.js';

/** Set in workerData: the bundle, loaded in a worker thread, serves jobs instead of exporting main(). */
export const WORKER_MARK = 'disclosureLintCliWorker';

/**
 * The young generation of a worker's heap: parsing allocates many short-lived objects, and a young
 * generation larger than V8's default (16 MB semi-spaces) takes about a quarter off the CPU time.
 */
const YOUNG_MB = 96;

export type Job =
  /** The identity (agency, year) of a text, to pair reports with last year's. */
  | { kind: 'identify'; text: string; engineKey: string }
  /** One target linted as a plain run would; `engineKey` set: send back the results to cache. */
  | { kind: 'lint'; target: Target; o: CliOptions; lang: Lang; cwd: string; maxFileSize: number; previous?: PreviousText; engineKey?: string };

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
  readonly #busy = new Map<Worker, Task>();
  #idle: Worker[] = [];
  readonly #queue: Task[] = [];
  #closed = false;

  constructor(
    readonly file: string,
    readonly size: number,
  ) {}

  run(job: Job): Promise<Reply> {
    if (this.#closed) return Promise.reject(new Error('the pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  /** Workers started so far (for tests and the benchmark). */
  get started(): number {
    return this.#all.size;
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let w = this.#idle.pop();
      if (!w) {
        if (this.#all.size >= this.size) return;
        w = this.#spawn();
      }
      const task = this.#queue.shift()!;
      this.#busy.set(w, task);
      w.postMessage(task.job);
    }
  }

  #spawn(): Worker {
    const w = new Worker(this.file, { workerData: { [WORKER_MARK]: true }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    this.#all.add(w);
    w.on('message', (reply: Reply) => {
      const task = this.#busy.get(w);
      this.#busy.delete(w);
      this.#idle.push(w);
      task?.resolve(reply);
      this.#pump();
    });
    w.on('error', (err) => this.#lost(w, err));
    w.on('exit', (code) => this.#lost(w, new Error(`exit code ${code}`)));
    return w;
  }

  #lost(w: Worker, err: Error): void {
    if (!this.#all.delete(w)) return;
    this.#idle = this.#idle.filter((x) => x !== w);
    const task = this.#busy.get(w);
    this.#busy.delete(w);
    task?.reject(err);
    if (!this.#closed) this.#pump();
  }

  async close(): Promise<void> {
    this.#closed = true;
    const workers = [...this.#all];
    this.#all.clear();
    for (const t of this.#queue.splice(0)) t.reject(new Error('the pool is closed'));
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
