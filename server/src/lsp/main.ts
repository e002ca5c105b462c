// dist/server.js: the language server, over IPC (VS Code) or --stdio (any LSP client).
import { startServer } from './server.js';

process.on('uncaughtException', (e) => {
  // Never take the editor session down; the connection's console may be gone, so use stderr.
  process.stderr.write(`disclosure-lint server: uncaught ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
});

startServer();
