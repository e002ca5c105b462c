// The worker-thread side of --jobs. The bundle dist/cli.js is its own worker script: main.ts imports
// this module, so when the bundle is loaded in a worker thread marked WORKER_MARK (argv and workerData),
// it serves jobs here instead of running a command line, one after the other in the order they come
// (the pool sends a few ahead). Each job runs lintTarget() exactly as a plain run does, so a parallel
// run gives the same findings, messages and fixes.
import { Writable, Readable } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';
import { cachingEngine, direct, recorder, sizeChecked } from './cached-engine.js';
import { lintTarget } from './lint-target.js';
import { messages } from './messages.js';
import { perfMessages } from './perf-messages.js';
import { WORKER_MARK, type Job, type Reply } from './pool.js';
import { engineModule, workerThreads } from '../lazy.js';
import type { CliIo, Engine } from './types.js';

/**
 * The file a worker thread starts from: the bundle (a .js file). Undefined when running from the
 * TypeScript sources (tests through tsx), where the CLI lints on the main thread.
 */
export const WORKER_FILE: string | undefined = typeof __filename === 'string' && /\.c?js$/u.test(__filename) ? __filename : undefined;

/** The engine, set up by the first job (lazy-engine.ts). */
const ENGINE = direct({
  lint: (text, options) => engineModule().lint(text, options),
  fixAll: (text, options) => engineModule().fixAll(text, options),
  findRuleMeta: (id) => engineModule().findRuleMeta(id),
} satisfies Engine);

let quiet: CliIo | undefined;

function quietIo(cwd: string): CliIo {
  if (quiet?.cwd !== cwd) {
    const sink = new Writable({ write: (_c, _e, done) => done() });
    quiet = { stdin: Readable.from([]), stdout: sink, stderr: sink, cwd };
  }
  return quiet;
}

/** One job, as a worker thread runs it; the main thread runs jobs the same way (pool.ts, `local`). */
export async function handle(job: Job): Promise<Reply> {
  const rec = recorder();
  const said: string[] = [];
  const say = (line: string): void => void said.push(line);
  const cached = job.engineKey === undefined ? ENGINE : cachingEngine(ENGINE, job.engineKey, rec);
  const tooLarge = (size: number): void => say(perfMessages(job.lang).tooLarge(job.target.path, size, job.maxFileSize));
  const engine = sizeChecked(cached, job.maxFileSize, tooLarge);
  const known = { ...(job.previous ? { previous: job.previous } : {}), ...(job.decoded ? { decoded: job.decoded } : {}) };
  const env = { o: job.o, io: quietIo(job.cwd), engine, m: messages(job.lang), say, ...known };
  const outcome = await lintTarget(job.target, env);
  return { outcome, said, entries: rec.entries };
}

function serve(port: MessagePort): void {
  let last: Promise<void> = Promise.resolve();
  port.on('message', (job: Job) => {
    // lintTarget reports its own failures; anything else rejects, unhandled, which ends this worker
    // (the pool fails this job and replaces the worker for the others).
    last = last.then(async () => port.postMessage(await handle(job)));
  });
}

/** Whether this is a worker thread the pool started: the mark in argv, then in workerData. */
function poolWorker(): MessagePort | undefined {
  if (!process.argv.includes(WORKER_MARK)) return undefined;
  const { isMainThread, parentPort, workerData } = workerThreads();
  return !isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true ? parentPort : undefined;
}

const port = poolWorker();
if (port) serve(port);
