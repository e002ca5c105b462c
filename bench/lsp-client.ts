// A minimal LSP client for the benchmark: the server (dist/server.js --stdio, measured as a child
// process) initialised with { lintDelay: 0 }, documents opened and changed, diagnostics awaited with
// the time they arrived. No workspace/configuration: the server uses its default settings.
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startNode, type ChildFigures } from './measure.js';

export interface Arrived {
  params: PublishDiagnosticsParams;
  at: number;
}

export interface BenchServer {
  conn: ProtocolConnection;
  /** The last disclosureLint/status notification (state and message). */
  status(): { state?: string; message?: string } | undefined;
  /** The next diagnostics for `uri` (of `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<Arrived>;
  /** Resolves with the server's figures once it has exited (asked to, or killed at its time limit). */
  close(): Promise<ChildFigures>;
  exited: Promise<ChildFigures>;
}

export async function startServer(serverJs: string, scratch: string, timeoutMs: number): Promise<BenchServer> {
  const m = startNode([serverJs, '--stdio'], { scratch, output: 'pipe', timeoutMs });
  const conn = createProtocolConnection(new StreamMessageReader(m.child.stdout), new StreamMessageWriter(m.child.stdin));
  const waiting: Array<{ uri: string; version?: number; resolve: (a: Arrived) => void; reject: (e: Error) => void }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const at = performance.now();
    const i = waiting.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve({ params, at });
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onError(() => undefined);
  let status: { state?: string; message?: string } | undefined;
  conn.onNotification('disclosureLint/status', (p: { state?: string; message?: string }) => void (status = p));
  conn.listen();
  const exited = m.done.then((figures) => {
    for (const w of waiting.splice(0)) w.reject(new Error(figures.timedOut ? 'the server was killed at its time limit' : `the server exited (${figures.code})`));
    return figures;
  });
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { lintDelay: 0, displayLanguage: 'zh-cn' } });
  await conn.sendNotification('initialized', {});
  return {
    conn,
    exited,
    status: () => status,
    diagnostics: (uri, version) => new Promise((resolve, reject) => waiting.push({ uri, ...(version !== undefined ? { version } : {}), resolve, reject })),
    async close() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), exited]);
        await conn.sendNotification('exit');
      } catch {
        // gone already
      }
      const figures = await exited;
      conn.dispose();
      return figures;
    },
  };
}
