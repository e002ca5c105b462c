// Large documents are linted on a worker thread, so that a long lint never holds up hovers,
// completions or the lint of other documents. One worker, one job at a time; a newer version of a
// document cancels the lint of the older one (the worker is stopped, not waited for). The worker
// runs the server bundle itself (see main.ts) with a heap limit, so that a document too large to
// lint costs a status message, not the editor's memory.
import { Worker } from 'node:worker_threads';
import type { LintOptions, LintResult } from '../engine/index.js';

/** Set in workerData: dist/server.js, loaded in a worker thread, lints instead of serving LSP. */
export const LINT_WORKER_MARK = 'disclosureLintServerWorker';

/** The worker's old generation, in MB: with the main thread, the server stays under 1 GB. */
const DEFAULT_HEAP_MB = 640;

export interface LintJob {
  text: string;
  options: LintOptions;
}

export type Outcome =
  | { kind: 'done'; result: LintResult }
  /** A newer version (or the document's close) superseded the job. */
  | { kind: 'cancelled' }
  /** The worker ran out of memory or failed: `message` says why. */
  | { kind: 'failed'; outOfMemory: boolean; message: string };

interface Pending {
  uri: string;
  version: number;
  job: LintJob;
  resolve: (o: Outcome) => void;
}

export class BackgroundLinter {
  #worker: Worker | undefined;
  #running: Pending | undefined;
  readonly #queue: Pending[] = [];
  #heapMb = DEFAULT_HEAP_MB;

  /** `file`: the bundle the worker runs (dist/server.js). */
  constructor(readonly file: string) {}

  /** Lints `job` off the main thread; an earlier job for `uri`, queued or running, is cancelled. */
  lint(uri: string, version: number, job: LintJob): Promise<Outcome> {
    this.cancel(uri);
    return new Promise((resolve) => {
      this.#queue.push({ uri, version, job, resolve });
      this.#pump();
    });
  }

  /** Cancels the queued or running lint of `uri` (only of versions before `before`, if given). */
  cancel(uri: string, before = Infinity): void {
    const stale = (p: Pending | undefined): boolean => p?.uri === uri && p.version < before;
    for (let i = this.#queue.length - 1; i >= 0; i--) {
      if (stale(this.#queue[i])) this.#queue.splice(i, 1)[0]!.resolve({ kind: 'cancelled' });
    }
    if (stale(this.#running)) {
      const running = this.#running!;
      this.#running = undefined;
      this.#stop();
      running.resolve({ kind: 'cancelled' });
      this.#pump();
    }
  }

  /** The worker's heap limit (initializationOptions.workerHeapMb); applies to workers started later. */
  setHeapLimit(mb: number): void {
    this.#heapMb = mb;
  }

  dispose(): void {
    for (const p of this.#queue.splice(0)) p.resolve({ kind: 'cancelled' });
    if (this.#running) this.#running.resolve({ kind: 'cancelled' });
    this.#running = undefined;
    this.#stop();
  }

  #stop(): void {
    const w = this.#worker;
    this.#worker = undefined;
    if (w) {
      w.removeAllListeners();
      w.on('error', () => undefined);
      void w.terminate();
    }
  }

  #pump(): void {
    if (this.#running || this.#queue.length === 0) return;
    const next = this.#queue.shift()!;
    this.#running = next;
    const worker = this.#worker ?? this.#start();
    worker.postMessage(next.job);
  }

  #start(): Worker {
    const worker = new Worker(this.file, {
      workerData: { [LINT_WORKER_MARK]: true },
      resourceLimits: { maxOldGenerationSizeMb: this.#heapMb },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    const finish = (o: Outcome): void => {
      const running = this.#running;
      this.#running = undefined;
      running?.resolve(o);
      this.#pump();
    };
    worker.on('message', (result: LintResult) => finish({ kind: 'done', result }));
    worker.on('error', (e: Error & { code?: string }) => {
      this.#worker = undefined;
      finish({ kind: 'failed', outOfMemory: e.code === 'ERR_WORKER_OUT_OF_MEMORY', message: e.message });
    });
    worker.on('exit', () => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      finish({ kind: 'failed', outOfMemory: false, message: 'the lint worker stopped' });
    });
    this.#worker = worker;
    return worker;
  }
}
