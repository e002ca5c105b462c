// Commands and custom requests: fix all through workspace/applyEdit, a new report skeleton, the
// standard tables of a document's format version.
import type { CancellationToken, Connection, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { getFormat } from '../engine/index.js';
import { formatForYear, standardReport, standardTable, type FormatVersion } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { fixAllAction, FIX_ALL_KIND } from './codeActions.js';
import { URI } from 'vscode-uri';
import { importFile } from '../import/file.js';
import {
  ImportRequest,
  type ImportParams,
  type ImportReportResult,
  NewReportRequest,
  ServerCommands,
  StandardTablesRequest,
  type NewReportParams,
  type NewReportResult,
  type StandardTablesParams,
  type StandardTablesResult,
} from './protocol.js';

type Guard = <P, R>(what: string, fallback: R, fn: (p: P) => Promise<R> | R) => (p: P, token?: CancellationToken) => Promise<R | ResponseError<void>>;

export interface CommandHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analysis(doc: TextDocument): Promise<Analysis | undefined>;
  guard: Guard;
  format: typeof getFormat;
}

export function registerCommands(host: CommandHost): void {
  const { connection, documents, guard } = host;

  connection.onRequest(ImportRequest, async (p: ImportParams): Promise<ImportReportResult> => {
    // Errors go back to the client as a failed request, with the reason, to be shown to the user.
    const r = await importFile(URI.parse(p.uri).fsPath);
    return { markdown: r.markdown, tables: r.tables };
  });

  connection.onExecuteCommand(
    guard('executeCommand', undefined, async (p: { command: string; arguments?: unknown[] }) => {
      if (p.command !== ServerCommands.fixAll) return undefined;
      const uri = p.arguments?.[0];
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      const a = doc ? await host.analysis(doc) : undefined;
      if (!doc || !a) return undefined;
      const action = fixAllAction(doc, a, 'fix all', FIX_ALL_KIND);
      if (action?.edit) await connection.workspace.applyEdit({ label: 'disclosure-lint: fix all', edit: action.edit });
      return undefined;
    }),
  );

  connection.onRequest(
    NewReportRequest,
    guard('newReport', undefined, (p: NewReportParams): NewReportResult | undefined => {
      const year = Math.trunc(Number(p.year));
      const version: FormatVersion = formatForYear(year) ?? (year < 2019 ? '2019' : '2021');
      const agency = typeof p.agency === 'string' && p.agency.trim() !== '' ? p.agency.trim() : '某某县某某局';
      return { format: version, text: standardReport(host.format(version), year, agency) };
    }),
  );

  connection.onRequest(
    StandardTablesRequest,
    guard('standardTables', undefined, async (p: StandardTablesParams): Promise<StandardTablesResult> => {
      const doc = p.uri ? documents.get(p.uri) : undefined;
      const a = doc ? await host.analysis(doc) : undefined;
      const version: FormatVersion = a?.report.format.version ?? p.format ?? '2021';
      const format = host.format(version);
      const lang = a?.options.lang ?? 'zh-CN';
      return { format: version, tables: format.tables.map((t) => ({ id: t.id, label: t.name[lang], text: standardTable(t) })) };
    }),
  );
}
