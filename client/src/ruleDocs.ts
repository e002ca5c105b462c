// "Show rule documentation": docs/rules/<ID>.md of the extension folder, in the Markdown preview.
import * as vscode from 'vscode';
import { SECTION } from '../../server/src/lsp/protocol.js';
import { parseRuleDoc, prefersChinese, type RuleDocInfo } from './text.js';

interface RuleDoc extends RuleDocInfo {
  uri: vscode.Uri;
}

/** The rule docs shipped with the extension, read from docs/rules/ at run time. */
async function listRuleDocs(extensionUri: vscode.Uri): Promise<RuleDoc[]> {
  const dir = vscode.Uri.joinPath(extensionUri, 'docs', 'rules');
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const decoder = new TextDecoder();
  const docs: RuleDoc[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.endsWith('.md') || name === 'README.md') continue;
    const uri = vscode.Uri.joinPath(dir, name);
    const info = parseRuleDoc(decoder.decode(await vscode.workspace.fs.readFile(uri)));
    if (info) docs.push({ ...info, uri });
  }
  return docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Argument: a rule id (DL401) or name (sum-mismatch); without one, the user picks a rule. */
export async function showRuleDocumentation(context: vscode.ExtensionContext, ruleId?: unknown): Promise<void> {
  const docs = await listRuleDocs(context.extensionUri);
  let doc: RuleDoc | undefined;
  if (typeof ruleId === 'string' && ruleId.trim() !== '') {
    const key = ruleId.trim().toLowerCase();
    doc = docs.find((d) => d.id.toLowerCase() === key || d.name === key);
    if (!doc) {
      void vscode.window.showWarningMessage(vscode.l10n.t('There is no documentation for rule {0}.', ruleId));
      return;
    }
  } else {
    const language = vscode.workspace.getConfiguration(SECTION).get<string>('language');
    const zh = prefersChinese(language, vscode.env.language);
    const pick = await vscode.window.showQuickPick(
      docs.map((d) => ({ label: d.id, description: d.name, detail: zh ? d.summary : d.summaryEn, doc: d })),
      { title: vscode.l10n.t('Show rule documentation'), placeHolder: vscode.l10n.t('Choose a rule'), matchOnDescription: true, matchOnDetail: true },
    );
    doc = pick?.doc;
  }
  if (doc) await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}
