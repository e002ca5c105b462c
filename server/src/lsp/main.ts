// dist/server.js: the language server, over IPC (VS Code) or --stdio (any LSP client); loaded in a
// worker thread (backgroundLint.ts), the same file lints large documents instead.
import { isMainThread, workerData } from 'node:worker_threads';
import { LINT_WORKER_MARK } from './backgroundLint.js';
import { serveLintJobs } from './lintWorker.js';
import { startServer } from './server.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[LINT_WORKER_MARK] === true) {
  serveLintJobs();
} else {
  process.on('uncaughtException', (e) => {
    // Never take the editor session down; the connection's console may be gone, so use stderr.
    process.stderr.write(`disclosure-lint server: uncaught ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  });
  startServer();
}
