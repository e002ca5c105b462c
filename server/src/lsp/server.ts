// The language server: a thin adapter that keeps one analysis per document version and answers
// the editor from it. Nothing here knows a rule.
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeActionParams,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getFormat, lint, render, type Lang, type LintOptions } from '../engine/index.js';
import { BackgroundLinter } from './backgroundLint.js';
import { AnalysisStore, included, type Analysis, type Findings } from './analysis.js';
import { FIX_ALL_KIND, codeActions } from './codeActions.js';
import { registerCommands } from './commands.js';
import { toDiagnostic } from './diagnostics.js';
import { completionsAt, documentSymbols, foldingRanges, hoverAt } from './features.js';
import { ServerCommands, StatusNotification, type Settings, type StatusParams } from './protocol.js';
import { PreviousReports } from './previous.js';
import { ProjectConfig, withProject } from './projectConfig.js';
import { Scheduler } from './scheduler.js';
import { SettingsStore } from './settings.js';

export interface Server {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analysis(doc: TextDocument): Promise<Analysis | undefined>;
}

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Server {
  // A didOpen whose text is not a string (a broken client) opens an empty document: otherwise every
  // later lint that looks at the open documents (last year's report) fails on it.
  const documents = new TextDocuments({ ...TextDocument, create: (uri: string, languageId: string, version: number, text: unknown) => TextDocument.create(uri, languageId, version, typeof text === 'string' ? text : '') });
  const settings = new SettingsStore(connection);
  const store = new AnalysisStore();
  /** Findings of documents past maxFileSize, from the worker (no model on this thread). */
  const largeFindings = new Map<string, Findings>();
  const previousReports = new PreviousReports(documents);
  const projectConfig = new ProjectConfig(connection);
  let delay = 100;
  // The bundle (dist/server.js) is also the worker; run from sources, large documents lint inline.
  const background = typeof __filename === 'string' && /\.c?js$/u.test(__filename) ? new BackgroundLinter(__filename) : undefined;

  const log = (what: string, e: unknown): void => connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  const status = (p: StatusParams): void => void connection.sendNotification(StatusNotification, p);

  async function optionsFor(doc: TextDocument): Promise<{ s: Settings; options: LintOptions }> {
    const fromSettings = await settings.get(doc.uri);
    const project = projectConfig.forDocument(doc.uri, settings.lang(fromSettings));
    // A file the project ignores is treated as if the extension were disabled for it.
    const s = project.ignored ? { ...fromSettings, enable: false } : fromSettings;
    const options = withProject(settings.lintOptions(s, included(doc.uri, s)), project.data, s);
    const previous = await previousReports.find(doc, previousReports.identity(doc)).catch(() => undefined);
    if (previous) options.previous = { text: previous.text, name: previous.name };
    return { s, options };
  }

  /** The analysis of the current version, computed now if need be (requests never see a stale one). */
  async function analysis(doc: TextDocument): Promise<Analysis | undefined> {
    const have = store.get(doc);
    if (have) return have.result.isReport ? have : undefined;
    const { s, options } = await optionsFor(doc);
    // A large document is analysed on save only: requests between saves are not worth a full lint.
    if (!s.enable || doc.getText().length > s.maxFileSize) return undefined;
    const a = store.analyze(doc, options);
    return a.result.isReport ? a : undefined;
  }

  async function validate(uri: string, trigger: 'open' | 'change' | 'save' | 'config'): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const { s, options } = await optionsFor(doc);
      const current = documents.get(uri);
      if (!current || current.version !== doc.version) return; // a newer version has its own lint coming
      if (!s.enable) {
        store.delete(uri);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return status({ uri, state: 'disabled' });
      }
      const size = doc.getText().length;
      const lang = options.lang ?? 'zh-CN';
      if (size > s.maxFileSize) {
        // Large: linted on open and save only, on the worker thread; typing cancels a lint under way.
        store.delete(uri);
        if (trigger === 'change') return background?.cancel(uri, doc.version);
        return await lintLarge(doc, options, lang);
      }
      largeFindings.delete(uri);
      const a = store.analyze(doc, options);
      for (const e of a.result.ruleErrors ?? []) log(`rule ${e.ruleId} failed on ${uri}`, e.error);
      if (!a.result.isReport) {
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return status({ uri, state: 'notReport' });
      }
      const diagnostics = a.result.findings.map((f, i) => toDiagnostic(doc, f, i));
      // This year's report compares itself with this one: check it again.
      if (trigger === 'change' || trigger === 'save') for (const next of previousReports.followers(doc)) changeScheduler.schedule(next.uri);
      await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      status({ uri, state: 'ok' });
    } catch (e) {
      log(`lint of ${uri} failed`, e);
      status({ uri, state: 'error' });
    }
  }

  /** A large document's lint, off the main thread; its diagnostics are published only if still current. */
  async function lintLarge(doc: TextDocument, options: LintOptions, lang: Lang): Promise<void> {
    const uri = doc.uri;
    const size = doc.getText().length;
    status({ uri, state: 'tooLarge', message: render('status.largeLinting', { size }, lang) });
    const outcome = background ? await background.lint(uri, doc.version, { text: doc.getText(), options }) : { kind: 'done' as const, result: lint(doc.getText(), options) };
    if (outcome.kind === 'cancelled' || documents.get(uri)?.version !== doc.version) return;
    if (outcome.kind === 'failed') {
      log(`lint of ${uri} failed`, outcome.message);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return status({ uri, state: 'tooLarge', message: render(outcome.outOfMemory ? 'status.notLinted' : 'status.largeFailed', { size }, lang) });
    }
    for (const e of outcome.result.ruleErrors ?? []) log(`rule ${e.ruleId} failed on ${uri}`, e.error);
    const diagnostics = outcome.result.isReport ? outcome.result.findings.map((f, i) => toDiagnostic(doc, f, i)) : [];
    largeFindings.set(uri, { uri, version: doc.version, result: outcome.result, options });
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    status({ uri, state: outcome.result.isReport ? 'tooLarge' : 'notReport', message: render('status.tooLarge', { size }, lang) });
  }

  let changeScheduler = new Scheduler(delay, (uri) => validate(uri, 'change'));

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { displayLanguage?: unknown; lintDelay?: unknown; workerHeapMb?: unknown };
    if (typeof init.workerHeapMb === 'number' && init.workerHeapMb >= 16) background?.setHeapLimit(init.workerHeapMb);
    settings.configure(params.capabilities.workspace?.configuration === true, init.displayLanguage ?? params.locale);
    previousReports.setFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []));
    if (typeof init.lintDelay === 'number' && init.lintDelay >= 0) delay = init.lintDelay;
    changeScheduler = new Scheduler(delay, (uri) => validate(uri, 'change'));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ['#', '|'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        executeCommandProvider: { commands: [ServerCommands.fixAll] },
      },
      serverInfo: { name: 'disclosure-lint' },
    };
  });

  connection.onInitialized(() => {
    if (settings.canPull) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  });

  documents.onDidOpen((e) => void validate(e.document.uri, 'open'));
  documents.onDidChangeContent(async (e) => {
    const s = await settings.get(e.document.uri);
    if (s.run === 'onType') changeScheduler.schedule(e.document.uri);
  });
  documents.onDidSave((e) => void validate(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    changeScheduler.cancel(e.document.uri);
    background?.cancel(e.document.uri);
    largeFindings.delete(e.document.uri);
    store.delete(e.document.uri);
    settings.forget(e.document.uri);
    previousReports.closed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(() => {
    previousReports.forgetFiles();
    projectConfig.reset();
    store.clear();
    for (const doc of documents.all()) void validate(doc.uri, 'config');
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    for (const doc of documents.all()) void validate(doc.uri, 'config');
  });

  const guard = <P, R>(what: string, fallback: R, fn: (p: P, token?: CancellationToken) => Promise<R> | R) => async (p: P, token?: CancellationToken): Promise<R | ResponseError<void>> => {
    try {
      const r = await fn(p, token);
      // A request the client cancelled while it waited for an analysis is answered as cancelled.
      return token?.isCancellationRequested ? cancelled() : r;
    } catch (e) {
      log(what, e);
      return fallback;
    }
  };

  const withDoc = <P extends { textDocument: { uri: string } }, R>(what: string, fallback: R, fn: (doc: TextDocument, a: Analysis, p: P) => R) =>
    guard<P, R>(what, fallback, async (p, token) => {
      const doc = documents.get(p.textDocument.uri);
      const a = doc ? await analysis(doc) : undefined;
      if (token?.isCancellationRequested) return fallback;
      return doc && a ? fn(doc, a, p) : fallback;
    });

  connection.onCodeAction(
    guard('codeAction', [], async (p: CodeActionParams, token) => {
      const doc = documents.get(p.textDocument.uri);
      if (!doc) return [];
      const large = largeFindings.get(doc.uri);
      const a: Findings | undefined = (await analysis(doc)) ?? (large?.version === doc.version ? large : undefined);
      return a && !token?.isCancellationRequested ? codeActions(doc, a, p) : [];
    }),
  );
  connection.onHover(withDoc('hover', null, (doc, a, p) => hoverAt(doc, a, doc.offsetAt(p.position))));
  connection.onCompletion(withDoc('completion', [], (doc, a, p) => completionsAt(doc, a, doc.offsetAt(p.position))));
  connection.onDocumentSymbol(withDoc('documentSymbol', [], (doc, a) => documentSymbols(doc, a)));
  connection.onFoldingRanges(withDoc('foldingRange', [], (doc, a) => foldingRanges(doc, a)));
  registerCommands({ connection, documents, analysis, guard, format: getFormat });

  connection.onShutdown(() => background?.dispose());
  documents.listen(connection);
  connection.listen();
  return { connection, documents, analysis };
}
