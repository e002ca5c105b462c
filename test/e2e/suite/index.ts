// The extension-test suite: runs inside a real VS Code extension host (extensionTestsPath) against
// the installed behaviour — client, manifest, bundled server, snippets, commands.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAll, lint } from '../../../server/src/engine/index.js';
import { codeOf, ours, runAll, test, whenDiagnostics, whenDocument } from './harness.js';

const EXTENSION_ID = 'disclosure-lint.disclosure-lint';
/** test-fixtures/ of the repository (set when the suite is bundled). */
const FIXTURES = process.env.DL_FIXTURES ?? '';

function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function untitled(text: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(doc);
  return doc;
}

function expectedFindings(text: string): ReturnType<typeof lint>['findings'] {
  return lint(text, { lang: 'zh-CN' }).findings;
}

test('the extension activates in under 2 s', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const started = Date.now();
  await ext.activate();
  const took = Date.now() - started;
  assert.ok(ext.isActive);
  assert.ok(took < 2000, `activation took ${took} ms`);
});

test('opening the seed report shows exactly the engine findings, with codes and doc links', async () => {
  const doc = await open('seed.md');
  const expected = expectedFindings(doc.getText());
  const diags = await whenDiagnostics(doc.uri, (d) => (d.length === expected.length ? d : undefined), `${expected.length} diagnostics`);
  const sorted = [...diags].sort((a, b) => doc.offsetAt(a.range.start) - doc.offsetAt(b.range.start) || codeOf(a).localeCompare(codeOf(b)));
  sorted.forEach((d, i) => {
    const f = expected[i]!;
    assert.equal(codeOf(d), f.ruleId);
    assert.equal(d.message, f.message);
    assert.equal(doc.offsetAt(d.range.start), f.start);
    assert.equal(doc.offsetAt(d.range.end), f.end);
    const target = typeof d.code === 'object' ? d.code.target.toString() : '';
    assert.match(target, new RegExp(`docs/rules/${f.ruleId}\\.md$`, 'u'));
  });
});

test('editing a total updates the diagnostics', async () => {
  const doc = await open('clean.md');
  await whenDiagnostics(doc.uri, (d) => (d.length === 0 ? true : undefined), 'no diagnostics on the clean report');
  const at = doc.getText().indexOf('| | （七）总计 | 53 |') + '| | （七）总计 | '.length;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 2)), '55');
  assert.ok(await vscode.workspace.applyEdit(edit));
  const sum = await whenDiagnostics(doc.uri, (d) => d.find((x) => codeOf(x) === 'DL401' && x.message.includes('应为 53，表中为 55')), 'the wrong total');
  assert.equal(doc.offsetAt(sum.range.start), at);
  assert.equal(sum.relatedInformation?.length, 21);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

test('each quick fix applied through the code action provider gives the expected text', async () => {
  const source = await vscode.workspace.openTextDocument(file('defects.md'));
  const text = source.getText();
  const fixable = expectedFindings(text).filter((f) => f.fix);
  assert.ok(fixable.length >= 8);
  const before = new Set(text.split('\n'));
  const summary: string[] = [];
  for (const f of fixable) {
    const doc = await untitled(text);
    await whenDiagnostics(doc.uri, (d) => (d.length > 0 ? true : undefined), 'diagnostics of the copy');
    const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    // The API command does not carry the diagnostics of an action back, so match on the title at this range.
    const action = actions.find((a) => a.title === f.fix!.description && a.edit !== undefined);
    assert.ok(action?.edit, `a quick fix "${f.fix!.description}" for ${f.ruleId}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    summary.push(`## ${f.ruleId} ${action.title}`, ...doc.getText().split('\n').filter((l) => !before.has(l)).map((l) => `+ ${l}`));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  // The same expected file as the protocol tests: written by hand-checked fixes, not by this editor.
  const expected = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.file(`${FIXTURES}/lsp/defects-quickfixes.expected.txt`)));
  assert.equal(`${summary.join('\n')}\n`, expected);
});

test('source.fixAll runs on save through editor.codeActionsOnSave', async () => {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
  await config.update('codeActionsOnSave', { 'source.fixAll.disclosureLint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  try {
    const seedText = (await vscode.workspace.openTextDocument(file('seed.md'))).getText();
    const copy = file('drafts/seed-save.md');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(seedText));
    const doc = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(doc);
    const before = expectedFindings(seedText).length;
    await whenDiagnostics(doc.uri, (d) => (d.length === before ? true : undefined), 'the seed findings on the copy');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n');
    await vscode.workspace.applyEdit(edit);
    await doc.save();
    const left = expectedFindings(fixAll(seedText + '\n').output).map((f) => f.ruleId).sort();
    await whenDiagnostics(doc.uri, (d) => (JSON.stringify(d.map(codeOf).sort()) === JSON.stringify(left) ? true : undefined), `only ${left.join(', ')} after fix-on-save`);
    assert.match(doc.getText(), /## 五、存在的主要问题及改进情况/u);
    assert.match(doc.getText(), /## 六、其他需要报告的事项/u);
  } finally {
    await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
  }
});

test('a completion and a contributed snippet insert a section 三 table that lints clean', async () => {
  const doc = await untitled('# 某某县某某局2023年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n');
  const editor = vscode.window.activeTextEditor!;
  const end = doc.positionAt(doc.getText().length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '收到和处理政府信息公开申请情况');
  assert.ok(item, 'the section 三 table is offered');
  const insert = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText ?? ''));
  await editor.insertSnippet(insert, end);
  const table = (d: vscode.Diagnostic[]): boolean | undefined => (d.length > 0 && d.every((x) => !['DL203', 'DL206', 'DL301', 'DL401', 'DL402', 'DL201'].includes(codeOf(x))) ? true : undefined);
  await whenDiagnostics(doc.uri, table, 'only missing-section findings');
  const doc2 = await untitled('# 某某县某某局2023年政府信息公开工作年度报告\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n');
  const editor2 = vscode.window.activeTextEditor!;
  editor2.selection = new vscode.Selection(doc2.positionAt(doc2.getText().length), doc2.positionAt(doc2.getText().length));
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'disclosure-lint: 2021 table 4' });
  await whenDocument(doc2, () => doc2.getText().includes('| 行政复议 |'), 'the contributed snippet inserted');
  await whenDiagnostics(doc2.uri, table, 'the snippet table lints clean');
});

test('hover on a total explains the formula with the actual numbers', async () => {
  const doc = await open('defects.md');
  await whenDiagnostics(doc.uri, (d) => (d.length > 0 ? true : undefined), 'diagnostics of defects.md');
  const at = doc.getText().indexOf('| （七）总计 |');
  const line = doc.positionAt(at).line;
  const cell = doc.lineAt(line).text.indexOf('24');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, cell));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /（七）总计 = 各项办理结果之和/u);
  assert.match(text, /= \*\*22\*\*；表中为 \*\*24\*\*/u);
});

test('the outline lists the sections and their tables', async () => {
  const doc = await open('seed.md');
  // VS Code merges every provider's symbols; the Markdown extension adds the title heading. Ours are the sections (namespaces).
  const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
  const symbols = all.filter((s) => s.kind === vscode.SymbolKind.Namespace);
  assert.deepEqual(symbols.map((s) => s.name), ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、下一步工作打算']);
  assert.equal(symbols[1]!.children.length, 5);
});

test('"New annual report from template" creates a report with only the findings a human must resolve', async () => {
  // An agency with no report in the workspace: with 某某县某某局, clean.md (its 2023 report) would be
  // last year's, and the skeleton's zeros would rightly disagree with it.
  await vscode.commands.executeCommand('disclosureLint.newReport', 2024, '某某市某某中心');
  const doc = vscode.window.activeTextEditor!.document;
  assert.match(doc.getText(), /^# 某某市某某中心2024年政府信息公开工作年度报告/u);
  const expected = expectedFindings(doc.getText());
  assert.ok(expected.length > 0 && expected.every((f) => f.ruleId === 'DL106'), 'the skeleton leaves only empty sections for a human to write');
  await whenDiagnostics(doc.uri, (d) => (d.length === expected.length && d.every((x) => codeOf(x) === 'DL106') ? true : undefined), 'the empty sections only');
});

test('"Insert standard table…" inserts the chosen table', async () => {
  const doc = await untitled('# 某某县某某局2023年政府信息公开工作年度报告\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n');
  const editor = vscode.window.activeTextEditor!;
  editor.selection = new vscode.Selection(doc.positionAt(doc.getText().length), doc.positionAt(doc.getText().length));
  await vscode.commands.executeCommand('disclosureLint.insertTable', '4');
  await whenDocument(doc, () => doc.getText().includes('| 行政复议 |'), 'the section 四 table');
});

test('"Fix all problems" fixes the active report', async () => {
  const text = (await vscode.workspace.openTextDocument(file('seed.md'))).getText();
  const doc = await untitled(text);
  await whenDiagnostics(doc.uri, (d) => (d.length === expectedFindings(text).length ? true : undefined), 'the seed findings');
  await vscode.commands.executeCommand('disclosureLint.fixAll');
  const left = expectedFindings(fixAll(text).output).map((f) => f.ruleId).sort();
  await whenDiagnostics(doc.uri, (d) => (JSON.stringify(d.map(codeOf).sort()) === JSON.stringify(left) ? true : undefined), `only ${left.join(', ')} after fix all`);
});

test('"Show rule documentation" opens the rule page', async () => {
  const hasTab = (): boolean => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /DL401|sum-mismatch/u.test(t.label));
  const opened = new Promise<void>((resolve, reject) => {
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => hasTab() && (sub.dispose(), clearTimeout(timer), resolve()));
    const timer = setTimeout(() => (sub.dispose(), reject(new Error(`no DL401 tab among ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`))), 15_000);
  });
  await vscode.commands.executeCommand('disclosureLint.showRuleDocumentation', 'DL401');
  if (!hasTab()) await opened;
});

test('a setting changed in the workspace takes effect', async () => {
  const doc = await open('seed.md');
  const all = expectedFindings(doc.getText()).length;
  const blanks = expectedFindings(doc.getText()).filter((f) => f.ruleId === 'DL301').length;
  const config = vscode.workspace.getConfiguration('disclosureLint');
  await config.update('rules', { 'cell-blank': 'off' }, vscode.ConfigurationTarget.Workspace);
  try {
    await whenDiagnostics(doc.uri, (d) => (d.length === all - blanks && !d.some((x) => codeOf(x) === 'DL301') ? true : undefined), 'no cell-blank findings');
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await whenDiagnostics(doc.uri, (d) => (d.length === all ? true : undefined), 'the findings back');
});

test('a report past maxFileSize is linted on a worker thread: the engine findings arrive, without hovers', async () => {
  const seed = await open('seed.md');
  const hoverText = async (uri: vscode.Uri): Promise<string> =>
    (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 3))).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(await hoverText(seed.uri), /统一格式/u, 'below maxFileSize the title has its hover');
  const config = vscode.workspace.getConfiguration('disclosureLint');
  await config.update('maxFileSize', 2000, vscode.ConfigurationTarget.Workspace);
  try {
    const doc = await untitled(seed.getText());
    const expected = expectedFindings(doc.getText());
    await whenDiagnostics(doc.uri, (d) => (JSON.stringify(d.map(codeOf).sort()) === JSON.stringify(expected.map((f) => f.ruleId).sort()) ? true : undefined), `${expected.length} findings from the worker`);
    // Its model lives on the worker: no hover for it on the main thread.
    assert.doesNotMatch(await hoverText(doc.uri), /统一格式/u, 'no hover on a document past maxFileSize');
  } finally {
    await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('a Markdown file that is not a report gets no diagnostics', async () => {
  const notes = await open('notes.md');
  // The server lints in order: once a report opened after it has its diagnostics, notes.md has been linted too.
  const seed = await open('defects.md');
  await whenDiagnostics(seed.uri, (d) => (d.length > 0 ? true : undefined), 'diagnostics of the report opened after it');
  assert.deepEqual(ours(notes.uri), []);
});

test('"Import report from Word/HTML/text" turns the seed’s PDF text into a report that lints like the hand-written one', async () => {
  const seed = await vscode.workspace.openTextDocument(file('seed.md'));
  const source = file('seed-from-pdf.txt');
  const before = await vscode.workspace.fs.readFile(source);
  await vscode.commands.executeCommand('disclosureLint.importReport', source);
  const doc = vscode.window.activeTextEditor!.document;
  assert.equal(doc.uri.scheme, 'untitled');
  assert.match(doc.getText(), /^# 黑龙江省人民政府外事办公室 2020 年政府信息公开工作年度报告/u);
  const expected = expectedFindings(seed.getText()).map((f) => f.ruleId);
  await whenDiagnostics(doc.uri, (d) => (JSON.stringify(d.map(codeOf).sort()) === JSON.stringify([...expected].sort()) ? true : undefined), `the seed's findings ${expected.join(', ')}`);
  assert.deepEqual(await vscode.workspace.fs.readFile(source), before, 'the source file is untouched');
});

test('the language server stops cleanly and starts again ("Restart the language server")', async () => {
  const doc = await open('seed.md');
  const count = expectedFindings(doc.getText()).length;
  await whenDiagnostics(doc.uri, (d) => (d.length === count ? true : undefined), 'the seed findings');
  let cleared = false;
  const back = whenDiagnostics(doc.uri, (d) => {
    if (d.length === 0) cleared = true;
    return cleared && d.length === count ? true : undefined;
  }, 'the findings cleared on stop and published again after the restart');
  await vscode.commands.executeCommand('disclosureLint.restartServer');
  await back;
});

export async function run(): Promise<void> {
  await runAll();
}
