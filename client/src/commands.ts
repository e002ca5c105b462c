// The commands that talk to the server: new report, insert a standard table, fix all problems.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  NewReportRequest,
  ServerCommands,
  StandardTablesRequest,
  type NewReportParams,
  type NewReportResult,
  type StandardBlock,
  type StandardTablesParams,
  type StandardTablesResult,
} from '../../server/src/lsp/protocol.js';
import { blockInsertion, DEFAULT_AGENCY, defaultReportYear, FIRST_REPORT_YEAR, parseYear } from './text.js';

function activeMarkdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor : undefined;
}

/** Asks for the year and the agency, unless given as arguments (year: number or string, agency: string). */
export async function newReport(client: LanguageClient, yearArg?: unknown, agencyArg?: unknown): Promise<void> {
  const now = new Date();
  const title = vscode.l10n.t('New annual report from template');
  let year = typeof yearArg === 'number' || typeof yearArg === 'string' ? parseYear(String(yearArg), now) : undefined;
  if (year === undefined) {
    const yearText = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Year the report covers ({0}–{1})', FIRST_REPORT_YEAR, now.getFullYear()),
      value: String(defaultReportYear(now)),
      validateInput: (v) => (parseYear(v, now) === undefined ? vscode.l10n.t('Enter a year from {0} to {1}.', FIRST_REPORT_YEAR, now.getFullYear()) : undefined),
    });
    year = yearText === undefined ? undefined : parseYear(yearText, now);
    if (year === undefined) return;
  }
  let agency = typeof agencyArg === 'string' && agencyArg.trim() !== '' ? agencyArg.trim() : undefined;
  if (agency === undefined) {
    const input = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Agency that publishes the report'),
      value: DEFAULT_AGENCY,
      validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter the name of the agency.') : undefined),
    });
    agency = input?.trim();
    if (!agency) return;
  }
  const params: NewReportParams = { year, agency };
  const result = await client.sendRequest<NewReportResult | null>(NewReportRequest, params);
  if (!result) throw new Error(vscode.l10n.t('The language server could not make the report.'));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(doc);
}

interface TablePick extends vscode.QuickPickItem {
  block: StandardBlock;
}

/** Asks which table, unless its id ("2.1", "3", "4") is given as the argument. */
export async function insertTable(client: LanguageClient, tableId?: unknown): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown report to insert a table into.'));
    return;
  }
  const doc = editor.document;
  const params: StandardTablesParams = { uri: doc.uri.toString() };
  const result = await client.sendRequest<StandardTablesResult | null>(StandardTablesRequest, params);
  if (!result || result.tables.length === 0) throw new Error(vscode.l10n.t('The language server sent no tables.'));
  let block: StandardBlock | undefined;
  if (typeof tableId === 'string') {
    block = result.tables.find((t) => t.id === tableId);
    if (!block) throw new Error(vscode.l10n.t('There is no standard table {0} in the {1} format.', tableId, result.format));
  } else {
    const items: TablePick[] = result.tables.map((b) => ({ label: b.label, description: b.id, block: b }));
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Insert standard table ({0} format)', result.format),
      placeHolder: vscode.l10n.t('Choose a table'),
      matchOnDescription: true,
    });
    block = pick?.block;
  }
  if (!block || editor.document !== doc || doc.isClosed) return;
  const { start, end } = editor.selection;
  const first = Math.max(0, start.line - 2);
  const last = Math.min(doc.lineCount - 1, end.line + 2);
  const before = doc.getText(new vscode.Range(first, 0, start.line, start.character));
  const after = doc.getText(new vscode.Range(end, doc.lineAt(last).range.end));
  const text = blockInsertion(block.text, {
    before,
    after,
    atDocumentStart: first === 0 && before.trim() === '',
    atDocumentEnd: last === doc.lineCount - 1 && after.trim() === '',
  });
  await editor.edit((edit) => edit.replace(editor.selection, text));
}

/** Argument: the document's uri (a string from a code action, a Uri from a menu); default the active editor. */
export async function fixAll(client: LanguageClient, target?: unknown): Promise<void> {
  const uri = typeof target === 'string' ? target : target instanceof vscode.Uri ? target.toString() : activeMarkdownEditor()?.document.uri.toString();
  if (uri === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown report to fix.'));
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.fixAll, arguments: [uri] });
}
