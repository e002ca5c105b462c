// "Import report from Word/HTML/text": the server converts the file to standard Markdown, which
// opens as a new, unsaved document. The source file is only read.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPORT_FILE_EXTENSIONS, ImportRequest, type ImportParams, type ImportReportResult } from '../../server/src/lsp/protocol.js';

function asUri(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string' && target !== '') return target.includes('://') ? vscode.Uri.parse(target) : vscode.Uri.file(target);
  return undefined;
}

/** Argument: the file (a Uri from the Explorer menu, or a path); without one, the user picks it. */
export async function importReport(client: LanguageClient, target?: unknown): Promise<void> {
  let uri = asUri(target);
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Import report from Word/HTML/text'),
      canSelectMany: false,
      filters: { [vscode.l10n.t('Reports (Word, web page, text from PDF)')]: IMPORT_FILE_EXTENSIONS },
    });
    uri = picked?.[0];
  }
  if (!uri) return;
  const params: ImportParams = { uri: uri.toString() };
  const result = await client.sendRequest<ImportReportResult>(ImportRequest, params);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(doc);
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Imported: {0} standard tables recognised, {1} other tables kept as they were. Save the new document where you want it.', result.tables.recognised, result.tables.other),
  );
}
