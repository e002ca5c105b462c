// A minimal LSP client for protocol tests: spawns the built dist/server.js over stdio, answers the
// server's own requests (configuration, applyEdit) like an editor, and waits on events, not time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(import.meta.dirname, '..', '..', '..', 'dist', 'server.js');
export const built = existsSync(SERVER);

export interface TestClient {
  conn: ProtocolConnection;
  proc: ChildProcessWithoutNullStreams;
  settings: Record<string, unknown>;
  /** While set, the client answers the server's configuration requests only once it resolves. */
  configGate?: Promise<void>;
  applied: WorkspaceEdit[];
  stderr: string[];
  /** Resolves with the next diagnostics for `uri` that satisfy `pred` (default: any). */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  notifications(method: string): unknown[];
  /** Every publishDiagnostics received for `uri`, in order. */
  published(uri: string): PublishDiagnosticsParams[];
  /** Resolves when `pred` holds, checking after every message from the server. */
  waitFor(pred: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startClient(settings: Record<string, unknown> = {}, init: Record<string, unknown> = { lintDelay: 0, displayLanguage: 'zh-cn' }): Promise<TestClient> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const stderr: string[] = [];
  proc.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const applied: WorkspaceEdit[] = [];
  const seen: PublishDiagnosticsParams[] = [];
  const everything: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const notes = new Map<string, unknown[]>();
  let checks: Array<() => boolean> = [];
  const recheck = (): void => {
    checks = checks.filter((c) => !c());
  };
  const client: TestClient = {
    conn,
    proc,
    settings,
    applied,
    stderr,
    diagnostics(uri, pred = () => true, timeoutMs = 10_000) {
      const idx = seen.findIndex((p) => p.uri === uri && pred(p));
      if (idx >= 0) return Promise.resolve(seen.splice(0, idx + 1).pop()!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, pred, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    notifications: (method) => notes.get(method) ?? [],
    published: (uri) => everything.filter((p) => p.uri === uri),
    waitFor(pred, timeoutMs = 10_000) {
      if (pred()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`condition not met within ${timeoutMs} ms`)), timeoutMs);
        checks.push(() => {
          if (!pred()) return false;
          clearTimeout(timer);
          resolve();
          return true;
        });
      });
    },
    async close() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
      } catch {
        // the server is gone already
      }
      conn.dispose();
      if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
    },
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    everything.push(p);
    recheck();
    const w = waiters.findIndex((x) => x.uri === p.uri && x.pred(p));
    if (w >= 0) waiters.splice(w, 1)[0]!.resolve(p);
    else seen.push(p);
  });
  conn.onUnhandledNotification((message) => {
    const list = notes.get(message.method) ?? [];
    list.push(message.params);
    notes.set(message.method, list);
    recheck();
  });
  conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
    await client.configGate;
    return p.items.map(() => client.settings);
  });
  conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    applied.push(p.edit);
    return { applied: true };
  });
  conn.onRequest('client/registerCapability', () => null);
  // Messages the server shows the user: kept with the notifications, answered with no choice.
  conn.onRequest('window/showMessageRequest', (p: unknown) => {
    const list = notes.get('window/showMessage') ?? [];
    list.push(p);
    notes.set('window/showMessage', list);
    recheck();
    return null;
  });
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, applyEdit: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    initializationOptions: init,
  });
  await conn.sendNotification('initialized', {});
  return client;
}
