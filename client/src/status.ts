// The status bar item: errors and warnings of the active report, and why it is not linted as you
// type when the server says so (disclosureLint/status).
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol.js';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'disclosure-lint';

export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}

export class ReportStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('disclosureLint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly states = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item.name = vscode.l10n.t('Disclosure Lint');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri !== undefined && e.uris.some((u) => u.toString() === uri)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.states.delete(d.uri.toString());
        this.update();
      }),
    );
    this.update();
  }

  /** Handler of the server's disclosureLint/status notification. */
  setState(params: StatusParams): void {
    this.states.set(params.uri, params);
    if (params.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const state = doc ? this.states.get(doc.uri.toString()) : undefined;
    if (!doc || doc.languageId !== 'markdown' || state?.state === 'notReport' || state?.state === 'disabled') {
      this.item.hide();
      return;
    }
    const { errors, warnings } = countDiagnostics(vscode.languages.getDiagnostics(doc.uri));
    const tooltip = [vscode.l10n.t('Disclosure Lint: {0} errors and {1} warnings in this report', errors, warnings)];
    let text = `$(error) ${errors} $(warning) ${warnings}`;
    if (state?.state === 'tooLarge') {
      const onSave = vscode.l10n.t('lint on save only (large file)');
      text += ` $(history) ${onSave}`;
      tooltip.push(state.message ?? onSave);
    } else if (state?.state === 'error') {
      text = `$(alert) ${text}`;
      tooltip.push(state.message ?? vscode.l10n.t('The report could not be checked; see the Disclosure Lint output.'));
    }
    tooltip.push(vscode.l10n.t('Click to open the Problems view.'));
    this.item.text = text;
    this.item.tooltip = tooltip.join('\n\n');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
