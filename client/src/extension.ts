// The extension's entry point: starts the language server, the status bar item and the commands.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, StatusNotification, type StatusParams } from '../../server/src/lsp/protocol.js';
import { createClient } from './client.js';
import { fixAll, insertTable, newReport } from './commands.js';
import { importReport } from './importReport.js';
import { showRuleDocumentation } from './ruleDocs.js';
import { ReportStatus } from './status.js';

let client: LanguageClient | undefined;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A command that reports its failure instead of failing silently. */
function command(id: string, run: (...args: unknown[]) => Promise<void>): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      await run(...args);
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Disclosure Lint: {0}', message(err)));
    }
  });
}

export function activate(context: vscode.ExtensionContext): void {
  const status = new ReportStatus();
  const lc = createClient(context);
  client = lc;
  context.subscriptions.push(
    status,
    lc.onNotification(StatusNotification, (params: StatusParams) => status.setState(params)),
    command(ClientCommands.newReport, (year, agency) => newReport(lc, year, agency)),
    command(ClientCommands.insertTable, (tableId) => insertTable(lc, tableId)),
    command(ClientCommands.fixAll, (target) => fixAll(lc, target)),
    command(ClientCommands.showRuleDocs, (ruleId) => showRuleDocumentation(context, ruleId)),
    command(ClientCommands.restartServer, () => lc.restart()),
    command(ClientCommands.importReport, (file) => importReport(lc, file)),
  );
  lc.start().catch((err: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Disclosure Lint: the language server could not start: {0}', message(err)));
  });
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  if (lc?.needsStop()) await lc.stop();
}
